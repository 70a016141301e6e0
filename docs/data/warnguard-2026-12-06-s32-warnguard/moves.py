"""s32-warnguard (s31-warning's moves.py): the records whose first three events move in
either coder between two runs of ``census.py``, with the gold.

    python3 docs/data/warnguard-2026-12-06-s32-warnguard/moves.py START.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _line(e: dict[str, Any] | None) -> str:
    if e is None:
        return "NONE"
    roles = f"{','.join(e['src'])}->{','.join(e['tgt'])}"
    return f"{e['type']}/{e['mode']} {roles} [{e['trigger']}]"


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        start = {(r["set"], r["id"]): r for r in json.load(f)}
    with open(sys.argv[2], encoding="utf-8") as f:
        after = {(r["set"], r["id"]): r for r in json.load(f)}
    for key, a in start.items():
        b = after[key]
        for coder in ("rules", "nlp"):
            if a[coder] == b[coder]:
                continue
            gold = f"{b['gold']}/{b['gold_mode']} {','.join(b['gold_src'])}->"
            gold += ",".join(b["gold_tgt"])
            print(f"== {key[0]} {key[1]} {coder}\n  {b['text']}\n  GOLD {gold}")
            for i in range(max(len(a[coder]), len(b[coder]))):
                old = a[coder][i] if i < len(a[coder]) else None
                new = b[coder][i] if i < len(b[coder]) else None
                print(f"    {_line(old)}  =>  {_line(new)}")


if __name__ == "__main__":
    main()
