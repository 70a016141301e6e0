"""s32-calledlabel: the records whose first event (of either coder) differs between two runs of
``census.py``, marked FIX (type wrong -> right against the gold), BREAK (right -> wrong) or move.

    python3 docs/data/calledlabel-2026-12-06-s32-calledlabel/census_moves.py START.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _right(row: dict[str, Any], coder: str) -> bool:
    first = row[coder][0] if row[coder] else None
    return (first["type"] if first else "NONE") == row["gold"]


def _show(e: dict[str, Any] | None) -> str:
    if not e:
        return "NONE"
    return f"{e['type']}/{e['mode']} {','.join(e['src'])}->{','.join(e['tgt'])} [{e['trigger']}]"


def main() -> None:
    start = {(r["set"], r["id"]): r for r in json.loads(Path(sys.argv[1]).read_text("utf-8"))}
    after = {(r["set"], r["id"]): r for r in json.loads(Path(sys.argv[2]).read_text("utf-8"))}
    for key, old in start.items():
        new = after[key]
        for coder in ("rules", "nlp"):
            before = old[coder][0] if old[coder] else None
            now = new[coder][0] if new[coder] else None
            if before == now:
                continue
            mark = {(False, True): "FIX", (True, False): "BREAK"}.get(
                (_right(old, coder), _right(new, coder)), "move"
            )
            gold = f"{new['gold']} {','.join(new['gold_src'])} -> {','.join(new['gold_tgt'])}"
            print(f"{mark} {coder} {key[0]} {key[1]} GOLD {gold} | {_show(before)} => {_show(now)}")
            print(f"    {new['text']}")


if __name__ == "__main__":
    main()
