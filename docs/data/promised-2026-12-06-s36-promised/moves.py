"""The records whose first event moves between two census files of s36-promised, with the
gold and whether each coder is right (type and both actor sets) before and after.

    python3 docs/data/promised-2026-12-06-s36-promised/moves.py START.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from typing import Any


def _right(row: dict[str, Any], out: list[Any] | None) -> bool:
    if out is None:
        return row["gold"] == "NONE"
    return bool(out[0] == row["gold"] and out[2] == row["gold_s"] and out[3] == row["gold_t"])


def main() -> None:
    start = {(r["set"], r["id"]): r for r in json.loads(open(sys.argv[1]).read())}
    after = {(r["set"], r["id"]): r for r in json.loads(open(sys.argv[2]).read())}
    for coder in ("rules", "nlp"):
        right = [0, 0]
        for key, a in after.items():
            b = start[key]
            right[0] += _right(b, b[coder])
            right[1] += _right(a, a[coder])
            if a[coder] != b[coder]:
                gold = (a["gold"], a["gold_s"], a["gold_t"])
                print(f"{coder} {key[0]} {key[1]} gold {gold}")
                print(f"   start {b[coder]} right={_right(b, b[coder])}")
                print(f"   after {a[coder]} right={_right(a, a[coder])}")
        print(f"{coder}: right {right[0]} -> {right[1]} of {len(after)}")


if __name__ == "__main__":
    main()
