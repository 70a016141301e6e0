"""In-process A/B of the children table (:func:`accord.news.nlp.roles.children`): the
benchmark's long articles coded sixteen a call, rounds alternated in one process between
the table (B) and spaCy's ``Token.children`` read on every ask (A: ``children`` patched, in
``roles`` and ``coder``, to return ``tok.children``, as the code before the table read it, plus
one Python call), glibc keeping freed heap as in a worker; CPU seconds per round, the events'
digest of each round (they must agree), and the number of asks. Usage, from the repository
root: ``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s16-workers/ab_children.py
[N] [--rounds R]``."""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from worker_setup import TASK, worker_coder

    from accord.news.nlp import coder as coder_module
    from accord.news.nlp import roles

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    coder, docs = worker_coder(args.n)
    table = roles.children
    asks = 0

    def spacy_children(tok: Any) -> Any:
        return tok.children

    def counted(tok: Any) -> Any:
        nonlocal asks
        asks += 1
        return table(tok)

    def run(children: Any) -> tuple[float, str]:
        roles.children = coder_module.children = children  # type: ignore[attr-defined]
        digest = hashlib.sha256()
        start = time.process_time()
        for k in range(0, len(docs), TASK):
            for found in coder.code_documents(docs[k : k + TASK]):
                digest.update(repr(found).encode())
        return time.process_time() - start, digest.hexdigest()[:16]

    run(counted)
    print(f"{asks} asks of children for {len(docs)} articles")
    totals = {"A": 0.0, "B": 0.0}
    for r in range(args.rounds):
        for name, children in (
            (("A", spacy_children), ("B", table))
            if r % 2 == 0
            else (
                ("B", table),
                ("A", spacy_children),
            )
        ):
            cpu, digest = run(children)
            totals[name] += cpu
            print(f"round {r + 1} {name}: {cpu:.3f} CPU s, events {digest}", flush=True)
    print(f"B/A {totals['B'] / totals['A']:.4f} (A {totals['A']:.3f}, B {totals['B']:.3f} CPU s)")


if __name__ == "__main__":
    main()
