"""The records whose first event moves between two censuses of s36-riot (``census.py``), with
the gold, for each coder: right (type, source set, target set where the gold names one) before
and after. Run from a worktree root::

    python3 docs/data/riot-2026-12-06-s36-riot/moves.py START.json CANDIDATE.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _right(row: dict[str, Any], event: dict[str, Any] | None) -> bool:
    gold = row["gold"]
    kind = event["type"] if event else "NONE"
    if kind != (gold["type"] or "NONE"):
        return False
    if event is None:
        return True
    if set(event["source"]) != set(gold["source"]):
        return False
    return not gold["target"] or set(event["target"]) == set(gold["target"])


def _show(event: dict[str, Any] | None) -> str:
    if event is None:
        return "none"
    roles = f"{event['source']}->{event['target']}"
    return f"{event['type']} {event['mode']} {roles} [{event['trigger']}]"


def main() -> None:
    start = {r["id"]: r for r in json.loads(Path(sys.argv[1]).read_text("utf-8"))}
    after = {r["id"]: r for r in json.loads(Path(sys.argv[2]).read_text("utf-8"))}
    for coder in ("rules", "nlp"):
        right = [0, 0]
        for key, row in after.items():
            before = start[key]
            right[0] += _right(before, before[coder])
            right[1] += _right(row, row[coder])
            if before[coder] == row[coder]:
                continue
            gold = row["gold"]
            was, now = _right(before, before[coder]), _right(row, row[coder])
            mark = "fixed" if now and not was else ("broken" if was and not now else "moved")
            print(f"{coder} {mark} {row['set']} {key}: gold {gold['type']} {gold['mode']}")
            print(f"    {gold['source']}->{gold['target']}")
            print(f"    start {_show(before[coder])}")
            print(f"    after {_show(row[coder])}")
            print(f"    {row['text']}")
        print(f"{coder}: right {right[0]} -> {right[1]} of {len(after)}")


if __name__ == "__main__":
    main()
