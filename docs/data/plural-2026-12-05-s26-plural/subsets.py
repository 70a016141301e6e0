"""s26-plural: the census's rows (``census.json``) split by four constructions that a rule could
name, with what removing the event would do at best: the gold-NONE rows it could fix (an upper
bound: the coder's next event, if any, becomes its first) and the rows right in the start run
that it would break, per coder, with the files of each. Exploration only; no coder is run.

Run from the worktree root: ``python3 subsets.py census.json > subsets.md``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSIVE = r"\s+(\w+\s+){0,2}?(were|was|are|is|been|being|be)\s+(\w+ly\s+)?\w+(ed|en|wn)\b"


def _passive(row: dict[str, Any]) -> bool:
    source = row["source_words"][0] or ""
    return re.search(re.escape(source) + PASSIVE, row["text"]) is not None


SUBSETS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "every bare plural self-dyad (item 5 read bluntly)": lambda r: True,
    "source's state from the home, target without words (s25's unseen BEN case)": lambda r: (
        r["source_state_from"] == "the home" and not r["target_named"]
    ),
    "source's state from the target's own words": lambda r: (
        r["source_state_from"] == "the target's own words"
    ),
    "the bare plural the subject of a passive ('activists were arrested')": _passive,
}


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print("| construction | coder | gold NONE (fixable at best) | right now (broken) | files |")
    print("|---|---|---:|---:|---|")
    for name, test in SUBSETS.items():
        for coder in ("rules", "nlp"):
            mine = [r for r in rows if r["coder"] == coder and test(r)]
            fix = [r for r in mine if r["kind"] == "gold NONE"]
            broken = [r for r in mine if r["right"]]
            files = f"{len({r['set'] for r in fix})} / {len({r['set'] for r in broken})}"
            print(f"| {name} | {coder} | {len(fix)} | {len(broken)} | {files} |")


if __name__ == "__main__":
    main()
