"""Census of the type errors of a harness READING run, per coder (session 44, s44-types).

For each coder of ``evaluate_reading.py``'s READING output (``{coder: {set: figures}}``, with
``errors``), every gold event (gold type not NONE) whose type is missed (NONE coded, or no
event) or replaced by another type: the pooled confusion pairs (gold -> got), with records and
files, and for the ``TOP`` largest pairs each record (set, id, trigger, text). Pairs come from
the ``confusion`` tables; the records from the ``errors`` lists. The CHECK files of session 44
must not be in the input (asserted by name).

    D=docs/data/types-2026-12-07-s44-types
    python3 $D/census.py /tmp/reading-s44-start.json 12 > $D/census-start.md
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

CHECK = {
    "heldout-s42",
    "heldout-s42b",
    "heldout-s42c",
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
}

Cell = tuple[str, str]


def cells_of(files: dict[str, Any]) -> tuple[Counter[Cell], dict[Cell, set[str]]]:
    """Gold x coded counts over the files (gold events only), and the files of each cell."""
    cells: Counter[Cell] = Counter()
    where: dict[Cell, set[str]] = defaultdict(set)
    for name, figures in files.items():
        for gold, row in figures["confusion"].items():
            if gold == "NONE":
                continue
            for got, n in row.items():
                if got != gold:
                    cells[gold, got] += n
                    where[gold, got].add(name)
    return cells, where


def records_of(files: dict[str, Any]) -> dict[Cell, list[tuple[str, dict[str, Any]]]]:
    """The error records behind each cell (gold type missed or replaced)."""
    out: dict[Cell, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for name, figures in files.items():
        for error in figures.get("errors", []):
            gold, got = str(error["gold"]), str(error["got"])
            if gold != "NONE" and gold != got:
                out[gold, got].append((name, error))
    return out


def report(coder: str, files: dict[str, Any], top: int) -> None:
    cells, where = cells_of(files)
    records = records_of(files)
    gold_n = sum(int(f["n"]) for f in files.values())
    missed = sum(n for (_, got), n in cells.items() if got == "NONE")
    replaced = sum(n for (_, got), n in cells.items() if got != "NONE")
    print(f"## {coder}: {len(files)} READING files, {gold_n} gold records")
    print(f"\nGold events missed (NONE or no event): {missed}; type replaced: {replaced}\n")
    order = sorted(cells.items(), key=lambda x: (-x[1], -len(where[x[0]]), x[0]))
    print("| gold -> got | records | files |")
    print("| --- | ---: | ---: |")
    for (gold, got), n in order[: 3 * top]:
        print(f"| {gold} -> {got} | {n} | {len(where[gold, got])} |")
    print("\nBy gold type, missed (-> NONE) and replaced:\n")
    print("| gold | missed | replaced |")
    print("| --- | ---: | ---: |")
    kinds = sorted({g for g, _ in cells})
    for kind in kinds:
        m = cells.get((kind, "NONE"), 0)
        r = sum(n for (g, got), n in cells.items() if g == kind and got != "NONE")
        print(f"| {kind} | {m} | {r} |")
    print()
    for (gold, got), n in order[:top]:
        print(f"### {coder}: {gold} -> {got} ({n} records, {len(where[gold, got])} files)\n")
        for name, error in records[gold, got]:
            text = " ".join(str(error["text"]).split())
            print(f"- {name} {error['id']} [{error.get('trigger')}]: {text}")
        print()


def main() -> None:
    runs = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    for coder, files in runs.items():
        assert not CHECK & set(files), "a CHECK file in the input"
        report(coder, files, top)


if __name__ == "__main__":
    main()
