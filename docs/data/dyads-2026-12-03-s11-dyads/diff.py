"""Records whose first event changes between two dumps (``dump.py``), for one coder:
``python diff.py BEFORE AFTER nlp|rules`` prints each with gold and both readings and a
per-record score change (+1 target now right, -1 target now wrong, type likewise)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def main() -> None:
    before, after, coder = sys.argv[1:4]
    a = json.loads((HERE / f"dump-{before}.json").read_text("utf-8"))
    b = json.loads((HERE / f"dump-{after}.json").read_text("utf-8"))
    gain = loss = 0

    def view(events: list[dict[str, Any]]) -> tuple[Any, ...]:
        if not events:
            return ("NONE", [], [])
        e = events[0]
        return (e["type"], e["s"], e["t"])

    for x, y in zip(a, b, strict=True):
        va, vb = view(x[coder]), view(y[coder])
        if va == vb:
            continue
        gold = (x["gold"], x["gold_source"], x["gold_target"])
        score = 0
        for k in range(3):
            if k and not gold[k]:
                continue
            score += (vb[k] == gold[k]) - (va[k] == gold[k])
        gain += score > 0
        loss += score < 0
        targets = y[coder][0]["targets"] if y[coder] else []
        print(f"{score:+d} {x['file']} {x['id']} gold {gold} | {va} -> {vb} {targets}")
        print(f"     {x['text'][:200]}")
    print(f"better {gain}, worse {loss}")


if __name__ == "__main__":
    main()
