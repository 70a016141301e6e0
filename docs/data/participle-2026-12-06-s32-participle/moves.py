"""Every census record (``census.py``'s json) whose first three events move in either coder
between two runs, with the gold.

Run from the worktree root::

    python3 docs/data/participle-2026-12-06-s32-participle/moves.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _line(events: list[dict[str, Any]]) -> str:
    return (
        "; ".join(
            f"{e['type']}/{e['mode']} {','.join(e['src'])}->{','.join(e['tgt'])} [{e['trigger']}]"
            for e in events
        )
        or "NONE"
    )


def main() -> None:
    before = {r["id"]: r for r in json.loads(Path(sys.argv[1]).read_text("utf-8"))}
    after = json.loads(Path(sys.argv[2]).read_text("utf-8"))
    for row in after:
        old = before[row["id"]]
        moved = [c for c in ("rules", "nlp") if row[c] != old[c]]
        if not moved:
            continue
        gold = f"{row['gold']}/{row['gold_mode']} {','.join(row['gold_src'])}->"
        gold += ",".join(row["gold_tgt"])
        print(f"== {row['set']} {row['id']} ({','.join(moved)})\n  {row['text']}\n  GOLD {gold}")
        for c in moved:
            print(f"  {c} before: {_line(old[c])}\n  {c} after:  {_line(row[c])}")


if __name__ == "__main__":
    main()
