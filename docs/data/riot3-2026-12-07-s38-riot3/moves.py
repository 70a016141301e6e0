"""Records of the s38-riot3 census whose first event moves, for either coder, between two
census files (start code and candidate): right means the gold's type and, where the gold names
them, its source and target sets.

    python3 docs/data/riot3-2026-12-07-s38-riot3/moves.py START.json CANDIDATE.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _right(events: list[dict[str, Any]], gold: dict[str, Any]) -> bool:
    if not events:
        return bool(gold["type"] == "NONE")
    first = events[0]
    return bool(
        first["type"] == gold["type"]
        and (not gold["source"] or first["source"] == gold["source"])
        and (not gold["target"] or first["target"] == gold["target"])
    )


def main() -> None:
    before = {(r["set"], r["id"]): r for r in json.loads(Path(sys.argv[1]).read_text("utf-8"))}
    after = {(r["set"], r["id"]): r for r in json.loads(Path(sys.argv[2]).read_text("utf-8"))}
    for coder in ("rules", "nlp"):
        fixed = broken = changed = 0
        for key, row in after.items():
            old, new = before[key][coder], row[coder]
            if old == new:
                continue
            changed += 1
            was, now = _right(old, row["gold"]), _right(new, row["gold"])
            fixed += now and not was
            broken += was and not now
            tag = "FIXED" if now and not was else "BROKEN" if was and not now else "moved"
            first = [(e["type"], e["mode"], e["trigger"]) for e in old[:2]]
            then = [(e["type"], e["mode"], e["trigger"]) for e in new[:2]]
            print(f"{coder} {tag} {key[0]} {key[1]}: {first} -> {then}")
        right = sum(_right(r[coder], r["gold"]) for r in after.values())
        was_right = sum(_right(r[coder], r["gold"]) for r in before.values())
        print(
            f"{coder}: {changed} changed, {fixed} fixed, {broken} broken; right {was_right}"
            f" -> {right} of {len(after)}"
        )


if __name__ == "__main__":
    main()
