"""Which READING records two dumps of :mod:`dump` (start code, candidate) code differently, per
coder, with the gold and each code's first event (s30-source's exploratory census). Run::

    python3 docs/data/source-2026-12-06-s30-source/diff.py dump-start.json dump-candidate.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _right(event: list[Any] | None, gold: list[Any]) -> bool:
    kind, sources, targets = gold
    if event is None:
        return bool(kind == "NONE")
    return bool(
        event[0] == kind
        and (not sources or sorted(event[2]) == sorted(sources))
        and (not targets or sorted(event[3]) == sorted(targets))
    )


def main() -> None:
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    for coder in ("rules", "nlp"):
        print(f"## {coder}")
        for key, row in start.items():
            if row[coder] == after[key][coder]:
                continue
            first = row[coder][0] if row[coder] else None
            now = after[key][coder][0] if after[key][coder] else None
            scored = "first event moves" if first != now else "a later event moves"
            verdict = f"{_right(first, row['gold'])} -> {_right(now, row['gold'])}"
            print(f"{key} ({scored}; right {verdict}) gold {row['gold']}")
            print(f"    start {row[coder]}\n    after {after[key][coder]}")


if __name__ == "__main__":
    main()
