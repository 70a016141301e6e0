"""Timeline of the whole command ``accord ingest DIR --db DB --coder nlp --workers N`` with the
steps outside the workers' coding marked (s14-startup; s12-speed's ``timeline.py`` with more
marks). Run from the repository root with a build's ``src`` on PYTHONPATH:

    S14_LAUNCH=$(date +%s.%N) PYTHONPATH=src python3 \
        docs/data/speed-2026-12-04-s14-startup/steps_timeline.py DIR DB N OUT.json

This script is the command's ``__main__``. Multiprocessing's fork server is told to import
``__main__`` first (``set_forkserver_preload``), but on Python 3.11 it does not: the fork
server is handed the main script's path under the key ``init_main_from_path`` and looks for
``main_path`` (``multiprocessing/forkserver.py``), so each *worker* imports the script as
``__mp_main__`` after it is forked (``spawn.prepare``). What this script installs there runs
in the workers only. Marks (``time.time()`` and the process's CPU ``time.process_time()``),
one JSON row each, written to OUT.json:

* parent: ``launch`` (the shell's clock before the interpreter started, from S14_LAUNCH),
  ``start`` (this script's first line), ``cli-imported``, ``start_workers`` (called, returned),
  ``store-open`` (the parent's first :func:`accord.news.corpus._store`: SQLAlchemy's engine
  and the store's migration), ``ingest-loop`` (tasks made, first task submitted), each
  ``store`` (the parent storing one task's results), ``end`` with the parent's own CPU;
* workers: ``worker-first-task`` (with the CPU the worker used before it), ``store-open`` (a
  worker's first store open) and each ``code`` task (start, end, CPU, and the wall and CPU of
  its store reads: ``Store.shard_done`` and ``Store.has_document``).
The fork server's own steps are timed apart (``steps.py`` of s13-startup). Nothing else
changes (the wrappers only read clocks).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time

T0, C0 = time.time(), time.process_time()
TRACE = os.environ.get("S14_TRACE", "/tmp/s14-trace.jsonl")
_SEEN: set[str] = set()


def _log(kind: str, **fields: object) -> None:
    with open(TRACE, "a") as handle:
        row = {"t": time.time(), "cpu": time.process_time(), "pid": os.getpid(), "kind": kind}
        handle.write(json.dumps({**row, **fields}) + "\n")


def _install() -> None:
    import accord.news.corpus as corpus

    original_code, original_store, original_open = (
        corpus.code_shards,
        corpus.store_shards,
        corpus._store,
    )

    reads = {"wall": 0.0, "cpu": 0.0}

    def timed_read(method):  # type: ignore[no-untyped-def]
        @functools.wraps(method)
        def read(self, key):  # type: ignore[no-untyped-def]
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return method(self, key)
            finally:
                reads["wall"] += time.perf_counter() - start
                reads["cpu"] += time.process_time() - cpu

        return read

    from accord.news.store import Store

    if not getattr(Store.has_document, "__wrapped__", None):
        Store.has_document = timed_read(Store.has_document)
        Store.shard_done = timed_read(Store.shard_done)

    @functools.wraps(original_code)
    def code_shards(tasks):  # type: ignore[no-untyped-def]
        if "first" not in _SEEN:
            _SEEN.add("first")
            _log("worker-first-task")
        start, cpu = time.time(), time.process_time()
        reads["wall"] = reads["cpu"] = 0.0
        out = original_code(tasks)
        _log(
            "code",
            start=start,
            task_cpu=time.process_time() - cpu,
            n=len(tasks),
            read_wall=reads["wall"],
            read_cpu=reads["cpu"],
        )
        return out

    @functools.wraps(original_store)
    def store_shards(tasks, coded):  # type: ignore[no-untyped-def]
        start, cpu = time.time(), time.process_time()
        out = original_store(tasks, coded)
        _log("store", start=start, task_cpu=time.process_time() - cpu, n=len(tasks))
        return out

    @functools.wraps(original_open)
    def _store(url, near_threshold):  # type: ignore[no-untyped-def]
        if "open" in _SEEN:
            return original_open(url, near_threshold)
        _SEEN.add("open")
        start, cpu = time.time(), time.process_time()
        out = original_open(url, near_threshold)
        _log("store-open", start=start, task_cpu=time.process_time() - cpu)
        return out

    corpus.code_shards = code_shards
    corpus.store_shards = store_shards
    corpus._store = _store


def _install_parent() -> None:
    """Marks in the parent; ``accord.news.corpus`` (and with it SQLAlchemy) is imported only
    after the fork server was started, as the command does."""
    import accord.news.coders as coders

    original_start = coders.start_workers

    def start_workers(executor, coder):  # type: ignore[no-untyped-def]
        _log("start_workers-called")
        original_start(executor, coder)
        _log("start_workers-returned")
        if "parent" not in _SEEN:
            _SEEN.add("parent")
            _install_corpus()

    coders.start_workers = start_workers


def _install_corpus() -> None:
    import accord.news.corpus as corpus

    _install()
    original_groups = corpus._groups

    def _groups(tasks, workers):  # type: ignore[no-untyped-def]
        out = original_groups(tasks, workers)
        _log("ingest-loop", tasks=len(out))
        return out

    corpus._groups = _groups


if __name__ == "__main__":
    folder, db, workers, out = sys.argv[1:5]
    if os.path.exists(TRACE):
        os.unlink(TRACE)
    launch = float(os.environ.get("S14_LAUNCH", T0))
    with open(TRACE, "a") as handle:
        handle.write(json.dumps({"t": launch, "pid": os.getpid(), "kind": "launch"}) + "\n")
        row = {"t": T0, "cpu": C0, "pid": os.getpid(), "kind": "start"}
        handle.write(json.dumps(row) + "\n")
    from accord.cli import main

    _log("cli-imported")
    _install_parent()
    sys.argv = ["accord", "ingest", folder, "--db", db, "--coder", "nlp", "--workers", workers]
    with contextlib.suppress(SystemExit):
        main()
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    _log("end", parent_cpu=own.ru_utime + own.ru_stime)
    with open(TRACE) as lines:
        rows = [json.loads(line) for line in lines]
    with open(out, "w") as handle:
        json.dump(rows, handle, indent=1)
elif __name__ == "__mp_main__":  # every worker (see the docstring: not the fork server)
    _install()
