"""The static clause encoder, the start's (a mean per clause) against this branch's (the
clauses summed together), on the clauses the nlp coder embeds for N long articles of the
benchmark: rounds alternated in one process, CPU seconds, and the outputs compared bit for
bit; with ``--coding-rounds C``, also the whole coding of the articles with each encoder,
passes alternated the same way, and the events' digests. Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s18-speed/ab_static_embed.py [N]
[--rounds R] [--coding-rounds C]``."""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np


def per_clause(texts: list[str]) -> Any:
    """The start's ``static_embed`` (main at 4f973a0)."""
    from accord.news.nlp.models import _token_table, word_pieces

    table, _ = _token_table()
    out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
    for row, pieces in enumerate(word_pieces(texts)):
        if pieces:
            out[row] = table[pieces].mean(axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from stage_cpu import worker

    coder, docs, args = worker(10, coding_rounds=0)
    from worker_setup import TASK

    from accord.news.nlp import models

    calls: list[list[str]] = []
    batched = models.static_embed

    def record(texts: list[str], batch_size: int = 16) -> Any:
        calls.append(list(texts))
        return batched(texts)

    coder.embed = record
    for k in range(0, len(docs), TASK):
        coder.code_documents(docs[k : k + TASK])
    clauses = sum(len(c) for c in calls)
    print(f"{len(calls)} calls, {clauses} clauses for {len(docs)} articles")
    same = all(per_clause(c).tobytes() == batched(c).tobytes() for c in calls)
    print(f"bit for bit the same: {same}")
    pair = [("A per clause", per_clause), ("B batched", batched)]
    totals = {"A per clause": 0.0, "B batched": 0.0}
    for r in range(args.rounds):
        for name, fn in pair if r % 2 == 0 else pair[::-1]:
            start = time.process_time()
            for c in calls:
                fn(c)
            totals[name] += time.process_time() - start
    a, b = totals["A per clause"], totals["B batched"]
    print(f"A {a:.3f} CPU s, B {b:.3f} CPU s over {args.rounds} rounds: B/A {b / a:.3f}")
    # the whole coding of the articles with each encoder, passes alternated the same way
    coding = {"A per clause": 0.0, "B batched": 0.0}
    digests: set[str] = set()
    for r in range(args.coding_rounds):
        for name, fn in pair if r % 2 == 0 else pair[::-1]:
            coder.embed = fn
            start = time.process_time()
            found = [coder.code_documents(docs[k : k + TASK]) for k in range(0, len(docs), TASK)]
            coding[name] += time.process_time() - start
            digests.add(hashlib.sha256(repr(found).encode()).hexdigest()[:16])
            print(f"round {r + 1} {name}: {coding[name]:.3f} CPU s so far")
    if args.coding_rounds:
        a, b = coding["A per clause"], coding["B batched"]
        print(
            f"coding: A {a:.3f} CPU s, B {b:.3f} CPU s: B/A {b / a:.4f}; events {sorted(digests)}"
        )


if __name__ == "__main__":
    main()
