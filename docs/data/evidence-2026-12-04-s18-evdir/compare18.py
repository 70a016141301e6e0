"""Findings that a candidate changes against the default finder, per file (READING files only):
``python3 compare18.py items-CODER.json items-CODER-CANDIDATE.json [--show]``."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any


def keyed(path: str) -> dict[tuple[str, str], dict[str, Any]]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {(i["id"], "/".join(i["key"])): i for i in data["items"]}


def compare(base_path: str, after_path: str) -> dict[str, dict[str, int]]:
    """Per file: right findings lost and gained, wrong ones removed and added."""
    base, after = keyed(base_path), keyed(after_path)
    out: dict[str, dict[str, int]] = defaultdict(
        lambda: dict.fromkeys(("right_lost", "right_gained", "wrong_removed", "wrong_added"), 0)
    )
    for k in base.keys() - after.keys():
        out[base[k]["file"]]["right_lost" if base[k]["right"] else "wrong_removed"] += 1
    for k in after.keys() - base.keys():
        out[after[k]["file"]]["right_gained" if after[k]["right"] else "wrong_added"] += 1
    return dict(sorted(out.items()))


if __name__ == "__main__":
    table = compare(sys.argv[1], sys.argv[2])
    for name, row in table.items():
        net = row["right_gained"] - row["right_lost"]
        print(f"{name:28s} {row}  net right {net:+d}")
    if "--show" in sys.argv:
        base, after = keyed(sys.argv[1]), keyed(sys.argv[2])
        for k in sorted(base.keys() ^ after.keys()):
            i = base.get(k) or after[k]
            print("-" if k in base else "+", i["right"], k, i["gold"], i["text"][:200])
