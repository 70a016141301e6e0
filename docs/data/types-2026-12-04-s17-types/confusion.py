"""The pooled type confusion of a harness run (``evaluate_reading.py`` output), per coder.

Session 17 (s17-types). For each coder: right, wrong-type, missed and false-alarm counts over
the READING files in the JSON, the gold x coded matrix (types as rows and columns), and the
largest off-diagonal cells (gold type coded as another type) with the records and files behind
each, from the confusion tables and ``errors`` lists the harness keeps.

    D=docs/data/types-2026-12-04-s17-types
    python3 $D/confusion.py /tmp/reading-s17-start.json [TOP] [held-out]

With ``held-out``, only the 21 former held-out sets (not oeda, diplomacy, seed, real).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

CHECK = {"heldout-s15", "heldout-s15b"}
DEVELOPMENT = {"oeda", "diplomacy", "seed", "real"}  # never a held-out set


Cell = tuple[str, str]


def pooled(files: dict[str, Any]) -> tuple[Counter[Cell], dict[Cell, set[str]]]:
    """Gold x coded counts summed over the files, and the files behind each cell."""
    cells: Counter[Cell] = Counter()
    where: dict[Cell, set[str]] = defaultdict(set)
    for name, figures in files.items():
        if name in CHECK:
            continue
        for gold, row in figures["confusion"].items():
            for coded, n in row.items():
                cells[gold, coded] += n
                where[gold, coded].add(name)
    return cells, where


def report(coder: str, files: dict[str, Any], top: int) -> None:
    cells, where = pooled(files)
    right = sum(n for (g, c), n in cells.items() if g == c != "NONE")
    wrong = sum(n for (g, c), n in cells.items() if g != c and "NONE" not in (g, c))
    missed = sum(n for (g, c), n in cells.items() if g != "NONE" and c == "NONE")
    alarms = sum(n for (g, c), n in cells.items() if g == "NONE" and c != "NONE")
    print(
        f"## {coder}: {len(files)} files, right {right}, wrong type {wrong}, "
        f"missed {missed}, false alarms {alarms}\n"
    )
    kinds = [*sorted({k for cell in cells for k in cell} - {"NONE"}), "NONE"]
    short = [k[:4] for k in kinds]
    print("| gold \\ coded | " + " | ".join(short) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    for gold in kinds:
        row = [str(cells.get((gold, c), "")) if cells.get((gold, c)) else "." for c in kinds]
        row = [f"**{v}**" if g == gold and v != "." else v for g, v in zip(kinds, row, strict=True)]
        print(f"| {gold} | " + " | ".join(row) + " |")
    off = sorted(
        ((n, g, c) for (g, c), n in cells.items() if g != c and "NONE" not in (g, c)),
        key=lambda x: (-x[0], -len(where[x[1], x[2]]), x[1], x[2]),
    )
    print("\nLargest off-diagonal cells (gold -> coded: records, files):\n")
    for n, g, c in off[:top]:
        print(f"- {g} -> {c}: {n} records, {len(where[g, c])} files")
    print()


def main() -> None:
    runs = json.loads(Path(sys.argv[1]).read_text())
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    held_out = sys.argv[3:] == ["held-out"]
    for coder, files in runs.items():
        if held_out:
            files = {k: v for k, v in files.items() if k not in DEVELOPMENT}
        report(coder, files, top)


if __name__ == "__main__":
    main()
