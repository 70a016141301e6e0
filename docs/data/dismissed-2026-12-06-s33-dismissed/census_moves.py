"""s33-dismissed: the census records whose first event moves between two census runs
(``census.py``'s json), per coder, with whether the record was right (type, source and
target as the harness reads them: a gold side left empty is not scored) before and after.

Run from the worktree root::

    python3 docs/data/dismissed-2026-12-06-s33-dismissed/census_moves.py START.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _right(row: dict[str, Any], coder: str) -> bool:
    first = row[coder][0] if row[coder] else None
    if first is None:
        return bool(row["gold"] == "NONE")
    ok = first["type"] == row["gold"]
    ok = ok and (not row["gold_src"] or first["src"] == row["gold_src"])
    return bool(ok and (not row["gold_tgt"] or first["tgt"] == row["gold_tgt"]))


def _short(row: dict[str, Any], coder: str) -> str:
    first = row[coder][0] if row[coder] else None
    if first is None:
        return "NONE"
    return f"{first['type']} {','.join(first['src'])}->{','.join(first['tgt'])}"


def main() -> None:
    start = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text("utf-8"))
    for coder in ("rules", "nlp"):
        fixed = broken = 0
        for a, b in zip(start, after, strict=True):
            if a[coder][:1] == b[coder][:1]:
                continue
            was, now = _right(a, coder), _right(b, coder)
            fixed += now and not was
            broken += was and not now
            gold = f"{a['gold']} {','.join(a['gold_src'])}->{','.join(a['gold_tgt'])}"
            print(
                f"{coder} {a['set']} {a['id']} gold {gold}: {_short(a, coder)} -> "
                f"{_short(b, coder)} ({'right' if was else 'wrong'} -> "
                f"{'right' if now else 'wrong'})"
            )
        print(f"{coder}: {fixed} fixed, {broken} broken\n")


if __name__ == "__main__":
    main()
