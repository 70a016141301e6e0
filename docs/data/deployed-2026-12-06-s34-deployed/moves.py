"""The records whose first event moved between two runs of census.py, right or wrong each side.

Session 34 (s34-deployed). A record is right for a coder when its first event has the gold's
type and, where the gold names them, its sources and targets (as ``accord events evaluate``
scores it)::

    python3 docs/data/deployed-2026-12-06-s34-deployed/moves.py \\
        docs/data/deployed-2026-12-06-s34-deployed/census-start.json \\
        docs/data/deployed-2026-12-06-s34-deployed/census-candidate.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def right(row: dict[str, Any], got: list[Any] | None) -> bool:
    kind, _mode, sources, targets = row["gold"]
    if got is None:
        return bool(kind == "NONE")
    return bool(
        got[0] == kind and (not sources or got[2] == sources) and (not targets or got[3] == targets)
    )


def moves(before: str, after: str) -> None:
    old = {r["id"]: r for r in json.loads(Path(before).read_text(encoding="utf-8"))}
    new = {r["id"]: r for r in json.loads(Path(after).read_text(encoding="utf-8"))}
    tally = {c: [0, 0] for c in ("rules", "nlp")}
    for key, row in old.items():
        for coder in ("rules", "nlp"):
            a, b = row[coder], new[key][coder]
            if a == b:
                continue
            was, now = right(row, a), right(row, b)
            tally[coder][0] += now and not was
            tally[coder][1] += was and not now
            mark = "FIXED" if now and not was else "BROKEN" if was and not now else "moved"
            print(row["set"], key, coder, mark, "gold", row["gold"], "|", a, "->", b)
    for coder, (fixed, broken) in tally.items():
        print(coder, "fixed", fixed, "broken", broken)


if __name__ == "__main__":
    moves(sys.argv[1], sys.argv[2])
