"""The records of s38-visanoun's census (census.py) whose first event moves between two runs, per
coder, and each coder's count of right records (type, source set and target set as the gold).
Session 37's s37-natvisa moves.py (s35-freed's), unchanged but for this docstring.

    python3 docs/data/visanoun-2026-12-07-s38-visanoun/moves.py START.json CANDIDATE.json
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _right(row: dict[str, Any], coder: str) -> bool:
    got = row[coder]
    if got is None:
        return bool(row["gold"] == "NONE")
    return bool(got[0] == row["gold"] and got[2] == row["gold_s"] and got[3] == row["gold_t"])


def main() -> None:
    runs = []
    for path in sys.argv[1:3]:
        with open(path) as handle:
            runs.append({f"{r['set']} {r['id']}": r for r in json.load(handle)})
    start, after = runs
    for coder in ("rules", "nlp"):
        for key, row in start.items():
            new = after[key]
            if row[coder] != new[coder]:
                was, now = _right(row, coder), _right(new, coder)
                print(
                    f"{coder} {key} gold {row['gold']} {row['gold_s']} -> {row['gold_t']}: "
                    f"{row[coder]} ({'right' if was else 'wrong'}) -> {new[coder]} "
                    f"({'right' if now else 'wrong'})"
                )
        rights = [sum(_right(r, coder) for r in run.values()) for run in runs]
        print(f"{coder}: right {rights[0]} -> {rights[1]} of {len(start)}")


if __name__ == "__main__":
    main()
