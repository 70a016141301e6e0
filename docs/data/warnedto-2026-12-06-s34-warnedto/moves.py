"""s34-warnedto: the records whose first event (type, source, recipient) moves in either coder
between two runs of ``census.py`` (the start code's and the candidate's), with the gold.

Run from the worktree root::

    python3 docs/data/warnedto-2026-12-06-s34-warnedto/moves.py START.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _line(e: dict[str, Any] | None) -> str:
    if e is None:
        return "NONE"
    return f"{e['type']}/{e['mode']} {','.join(e['src'])}->{','.join(e['tgt'])}"


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        before = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        after = json.load(f)
    for x, y in zip(before, after, strict=True):
        for coder in ("rules", "nlp"):
            a = x[coder][0] if x[coder] else None
            b = y[coder][0] if y[coder] else None
            if _line(a) != _line(b):
                gold = f"{x['gold']}/{x['gold_mode']} {','.join(x['gold_src'])}->"
                gold += ",".join(x["gold_tgt"])
                print(f"{x['set']} {x['id']} {coder}: GOLD {gold} | {_line(a)} => {_line(b)}")


if __name__ == "__main__":
    main()
