"""Imported by the fork server of a sharded ingest, whatever the coder: workers that keep
their freed heap, and start with the rules coder loaded.

``accord ingest --workers N`` runs its shards on worker processes forked from
multiprocessing's fork server (:class:`accord.execution.ProcessExecutor`, ``preload``); a
forked worker inherits this process's memory, the C library's allocator settings included.
Importing this module there does two things once, for every worker
(docs/benchmarks-news.md, session 8):

* :func:`retain_heap`: the allocator keeps up to :data:`HEAP_TRIM_BYTES` of freed memory at
  the top of its heap instead of returning it to the system after every batch. The ``nlp``
  coder's parse allocates and frees tens of MiB of arrays per batch of documents; glibc gave
  that memory back each time (its dynamic trim threshold is at most 64 MiB) and the next
  batch faulted it in again, page by page: 137,000 minor page faults and about 10 % of the
  CPU of an in-process ingest of 40 long articles, 19,000 with the heap kept, the same peak
  memory (the high-water mark is reached either way).
* :func:`warm`: codes one sentence with the rules coder, which loads the gazetteer and the
  CAMEO dictionaries (about 1 CPU s, until now paid by each worker on its first shard; the
  ``nlp`` coder's fallback uses them too), then freezes what is loaded out of the garbage
  collector's scans (:func:`gc.freeze`), so that those pages stay shared with the workers.

Neither changes what is coded: the allocator's settings decide only when memory goes back
to the system, and the rules coder's caches are memos of pure functions.
"""

from __future__ import annotations

import ctypes
import gc
import platform

M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
"""glibc's ``mallopt`` parameters (``malloc.h``)."""
HEAP_TRIM_BYTES = 256 << 20
"""Freed memory at the top of the heap that the allocator keeps for the next allocations:
a batch of parses frees up to about 100 MiB at once (128 MiB gave the same page faults on
the benchmark's articles; 64 MiB, glibc's own ceiling, did not help)."""
MMAP_THRESHOLD_BYTES = 32 << 20
"""Blocks from this size up are mapped apart and unmapped when freed: glibc's own ceiling
for its dynamic threshold on 64-bit systems, fixed (setting the trim threshold turns the
dynamic adjustment off, which would leave it at 128 KiB and map every array apart)."""


def retain_heap() -> bool:
    """Have glibc's allocator keep freed heap memory for reuse (:data:`HEAP_TRIM_BYTES`,
    :data:`MMAP_THRESHOLD_BYTES`); False, changing nothing, on another C library or
    platform."""
    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    return bool(
        mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)
        and mallopt(M_TRIM_THRESHOLD, HEAP_TRIM_BYTES)
    )


def warm(coder: str = "rules") -> bool:
    """Load the named coder's data and models into this process by coding one short sentence
    (its caches are memos of pure functions, so what it codes afterwards is the same); False
    when that failed (the workers then load them on their first shard and report any error
    there: the fork server must not die of it). :mod:`accord.news.nlp.preload` warms ``nlp``.

    The cyclic garbage collector is paused while the sentence is coded (and restored after):
    loading the gazetteer and the CAMEO lexicon creates several hundred thousand objects that
    all stay alive, and each of the collector's full collections meanwhile traversed the whole
    growing heap for nothing, about half of the rules coder's 1 CPU s of loading, on the
    serial start-up path of every sharded ingest (docs/benchmarks-news.md, session 13).

    What is frozen (:func:`gc.freeze`) should hold no garbage (a frozen cycle is never freed),
    so the one full collection runs *before* the load, over what the imports left, and not
    after it, over the several hundred thousand objects the load made alive: the rules coder's
    load makes no cyclic garbage, the ``nlp`` coder's warm-up a handful of objects (the parse
    of its one sentence, frozen with the models: a few KiB), which ``tests/news/test_preload.py``
    checks; the collection after the load found nothing more while it cost about 0.12-0.17 CPU
    s of the serial start-up (docs/benchmarks-news.md, sessions 14 and 15)."""
    collecting = gc.isenabled()
    # the tables' module first: its first import of :mod:`pickle` leaves garbage (the pure-Python
    # exception classes that the C module's replace), which the collection below then frees;
    # likewise the calibrated confidence's models (session 16): their first load imports the
    # evidence modules, whose import leaves a few hundred objects of garbage
    import accord.news.tables  # noqa: F401
    from accord.news.event_confidence import load_models

    load_models()

    gc.collect()  # the imports' garbage, if any: nothing is frozen with it
    gc.disable()  # see :func:`warm`'s docstring: no full collections while the tables grow
    try:
        from accord.news.coders import get_coder
        from accord.news.readers import make_document

        get_coder(coder, strict=True).coder(make_document("France met Germany in Paris."))
    except Exception:  # any failure: see the docstring (the workers report it)
        return False
    finally:
        if collecting:
            gc.enable()
    gc.freeze()
    return True


HEAP = retain_heap()
"""Whether this process (and the workers forked from it) keeps its freed heap."""
WARM = warm()
"""Whether this process holds the rules coder's loaded data."""
