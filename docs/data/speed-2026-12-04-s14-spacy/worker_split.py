"""The workers' CPU of the whole command split into spaCy's ``tok2vec``, the greedy parser and
the rest: ``accord ingest DIR --db DB --coder nlp --workers N`` run with this script as its
``__main__`` (as s12-speed's ``timeline.py``: the fork server imports ``__main__``, so the
wrappers below also run in the workers), each task's CPU and the CPU spent in
``Tok2Vec.predict`` and ``GreedyParser.parse`` during it appended to a trace; the sums are
printed at the end. Usage, from the repository root:

    PYTHONPATH=src python3 docs/data/speed-2026-12-04-s14-spacy/worker_split.py DIR DB N
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
from collections import Counter
from typing import Any

TRACE = os.environ.get("S14_TRACE", "/tmp/s14-spacy-trace.jsonl")
SPENT: Counter[str] = Counter()


def _timed(name: str, method: Any) -> Any:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return method(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - start

    return wrapper


def _install() -> None:
    import accord.news.corpus as corpus
    from accord.news.nlp.fast_parser import GreedyParser
    from accord.news.nlp.models import import_spacy_without_torch

    import_spacy_without_torch()
    from spacy.pipeline import Tok2Vec

    Tok2Vec.predict = _timed("tok2vec", Tok2Vec.predict)
    GreedyParser.parse = _timed("parse", GreedyParser.parse)
    original = corpus.code_shards

    @functools.wraps(original)
    def code_shards(tasks: Any) -> Any:
        before = dict(SPENT)
        cpu = time.process_time()
        out = original(tasks)
        row = {"pid": os.getpid(), "cpu": time.process_time() - cpu}
        row.update({k: SPENT[k] - before.get(k, 0.0) for k in ("tok2vec", "parse")})
        with open(TRACE, "a") as handle:
            handle.write(json.dumps(row) + "\n")
        return out

    corpus.code_shards = code_shards


if __name__ == "__main__":
    folder, db, workers = sys.argv[1:4]
    if os.path.exists(TRACE):
        os.unlink(TRACE)
    _install()
    from accord.cli import main

    sys.argv = ["accord", "ingest", folder, "--db", db, "--coder", "nlp", "--workers", workers]
    with contextlib.suppress(SystemExit):
        main()
    with open(TRACE) as lines:
        rows = [json.loads(line) for line in lines]
    total = {k: sum(r[k] for r in rows) for k in ("cpu", "tok2vec", "parse")}
    print(
        f"{len(rows)} tasks: workers' coding CPU {total['cpu']:.2f} s, tok2vec"
        f" {total['tok2vec']:.2f} s, greedy parser {total['parse']:.2f} s, rest"
        f" {total['cpu'] - total['tok2vec'] - total['parse']:.2f} s"
    )
elif __name__ == "__mp_main__":  # the fork server (and, inherited, every worker)
    _install()
