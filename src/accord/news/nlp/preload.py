"""Imported by the fork server of a sharded ``nlp`` ingest: the coder's models, loaded once.

``accord ingest --workers N --coder nlp`` runs its shards on worker processes forked from
multiprocessing's fork server (:class:`accord.execution.ProcessExecutor`, ``preload``). Every
worker used to load the coder on its first shard: spaCy and its English pipeline, the
gazetteer, the CAMEO dictionaries and the static head's word-piece table, about 2.2 CPU
seconds and 300 MiB per worker once torch was no longer imported (docs/benchmarks-news.md,
session 7). Importing this module in the fork server does that work once, by coding one short
sentence with the default ``nlp`` coder (as the benchmark's warm-up does: the coder's caches
are memos of pure functions, so what it codes afterwards is the same); the coder then moves
what it loaded to the garbage collector's permanent generation (``gc.freeze``), which keeps
those pages shared with the workers instead of copied on the first collection (Python docs,
:func:`gc.freeze`). A failure here is left to the workers, which then load the models
themselves and report any error on the shard that meets it: the fork server must not die of
it (it only passes over an ImportError).
"""

from __future__ import annotations

from accord.news import preload


def warm() -> bool:
    """Load the default ``nlp`` coder's models into this process (:func:`accord.news.preload.warm`);
    False when they could not be loaded (a missing extra, a broken install: the workers will
    say so)."""
    return preload.warm("nlp")


WARM = warm()
"""Whether this process holds the loaded models (the fork server imports this module)."""
