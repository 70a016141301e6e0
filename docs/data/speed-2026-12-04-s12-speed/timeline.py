"""Wall-clock timeline of the whole command ``accord ingest DIR --db DB --coder nlp --workers N``
(s12-speed): where its seconds go. Run from the repository root:

    PYTHONPATH=src python3 docs/data/speed-2026-12-04-s12-speed/timeline.py DIR DB N OUT.json

This script is the command's ``__main__``; multiprocessing's fork server imports ``__main__``
first (``set_forkserver_preload``), so the wrappers installed below also run in the workers:
each task's start and end in its worker, each result's arrival and storing in the parent, the
fork server's preload, are written with ``time.time()`` to OUT.json. Nothing else changes.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time

T0 = time.time()
TRACE = os.environ.get("S12_TRACE", "/tmp/s12-trace.jsonl")


def _log(kind: str, **fields: object) -> None:
    with open(TRACE, "a") as handle:
        row = {"t": time.time(), "pid": os.getpid(), "kind": kind, **fields}
        handle.write(json.dumps(row) + "\n")


def _install() -> None:
    import accord.news.corpus as corpus

    original_code = corpus.code_shards
    original_store = corpus.store_shards

    @functools.wraps(original_code)
    def code_shards(tasks):  # type: ignore[no-untyped-def]
        start = time.time()
        cpu = time.process_time()
        out = original_code(tasks)
        _log("code", start=start, cpu=time.process_time() - cpu, n=len(tasks))
        return out

    @functools.wraps(original_store)
    def store_shards(tasks, coded):  # type: ignore[no-untyped-def]
        start = time.time()
        cpu = time.process_time()
        out = original_store(tasks, coded)
        _log("store", start=start, cpu=time.process_time() - cpu, n=len(tasks))
        return out

    corpus.code_shards = code_shards
    corpus.store_shards = store_shards


if __name__ == "__main__":
    folder, db, workers, out = sys.argv[1:5]
    if os.path.exists(TRACE):
        os.unlink(TRACE)
    _log("start", at=T0)
    _install()
    from accord.cli import main

    sys.argv = ["accord", "ingest", folder, "--db", db, "--coder", "nlp", "--workers", workers]
    with contextlib.suppress(SystemExit):
        main()
    _log("end")
    with open(TRACE) as lines:
        rows = [json.loads(line) for line in lines]
    with open(out, "w") as handle:
        json.dump(rows, handle, indent=1)
elif __name__ == "__mp_main__":  # the fork server (and, inherited, every worker)
    _log("forkserver-main")
    _install()
