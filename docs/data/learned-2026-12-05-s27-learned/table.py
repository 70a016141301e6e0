"""The tables of docs/validation-events/session-27-learned.md from ``lofo-A.json`` / ``lofo-B.json``
and ``rows-A.json`` / ``rows-B.json`` (``learned_lofo.py``'s outputs; session 26's ``table.py``
adapted): per file and pooled, event F1, actor accuracy and records right of the shipped coder
and of the candidate's columns, the candidate's fixed and broken records against ``shipped``;
pooled also over the groups of files (the shipped head's seven training files, sessions 5-15b,
17-23c, 24); then the records the candidate changes, by how (type or actors). Asserts that no
CHECK file is in the tables.

    PYTHONPATH=src python3 docs/data/learned-2026-12-05-s27-learned/table.py A
    PYTHONPATH=src python3 docs/data/learned-2026-12-05-s27-learned/table.py B
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.evaluate import micro_f1

HERE = Path(__file__).parent
CHECK = ("heldout-s25", "heldout-s25b", "heldout-s25c", "heldout-s26", "heldout-s26b")
CHECK += ("heldout-s26c",)
COLUMNS = {"A": ("shipped", "A", "A-in", "off"), "B": ("shipped", "B", "B-bundled", "B-off")}
SEVEN = ("oeda", "diplomacy", "seed", "real", "heldout-2025", "fresh-2025", "heldout-2026")


def cell(fig: dict[str, float]) -> str:
    return f"| {fig['event_f1']:.4f} | {fig['actor_accuracy']:.4f} | {fig['right']} "


def pool(figs: list[dict[str, int]]) -> dict[str, float]:
    """Event F1, actor accuracy and records right of summed counts."""
    total = {k: sum(f[k] for f in figs) for k in ("n", "predicted", "correct", "right")}
    actors = sum(f["s_ok"] + f["t_ok"] for f in figs) / sum(f["s_n"] + f["t_n"] for f in figs)
    return {
        **total,
        "event_f1": micro_f1(total["correct"], total["predicted"], total["n"]),
        "actor_accuracy": actors,
    }


def type_right(row: list[int]) -> bool:
    """The record's type is the gold's: the coded type is right, or no event for a NONE gold."""
    n, predicted, correct = row[:3]
    return bool(correct) if n else not predicted


def main(which: str) -> None:
    result = json.loads((HERE / f"lofo-{which}.json").read_text(encoding="utf-8"))
    rows = json.loads((HERE / f"rows-{which}.json").read_text(encoding="utf-8"))
    files = result["files"]
    assert not set(files) & set(CHECK) and not set(rows) & set(CHECK), "a CHECK file"
    cols = COLUMNS[which]
    nets = result["net_vs_shipped"]
    print("| file | records " + "".join(f"| {c} F1 | actors | right " for c in cols), end="")
    print("| fixed | broken | net |")
    print("| --- |" + " ---: |" * (1 + 3 * len(cols) + 3))
    for name, figs in files.items():
        net = nets[name]
        line = f"| {name} | {figs['shipped']['records']} " + "".join(cell(figs[c]) for c in cols)
        print(line + f"| {net['fixed']} | {net['broken']} | {net['fixed'] - net['broken']:+d} |")
    pooled = result["pooled"]
    fixed = sum(v["fixed"] for v in nets.values())
    broken = sum(v["broken"] for v in nets.values())
    line = f"| **pooled** | {pooled['shipped']['records']} "
    print(line + "".join(cell(pooled[c]) for c in cols) + f"| {fixed} | {broken} | ", end="")
    print(f"{fixed - broken:+d} |")
    names = list(files)
    rest = [n for n in names if n not in SEVEN]
    groups = {
        "the seven (the shipped head's training files)": [n for n in names if n in SEVEN],
        "sessions 5-15b": rest[: rest.index("heldout-s17")],
        "sessions 17-23c": rest[rest.index("heldout-s17") : rest.index("heldout-s24")],
        "session 24": rest[rest.index("heldout-s24") :],
    }
    print()
    print("| files | shipped F1 | actors | right " + f"| {which} F1 | actors | right | records |")
    print("| --- |" + " ---: |" * 7)
    for label, group in groups.items():
        sums = [pool([files[f][c] for f in group]) for c in ("shipped", which)]
        records = sum(files[f]["shipped"]["records"] for f in group)
        print(f"| {label} ({len(group)}) " + cell(sums[0]) + cell(sums[1]) + f"| {records} |")
    why: dict[str, int] = {}
    for rec in rows.values():
        for after, before in zip(rec[which], rec["shipped"], strict=True):
            if type_right(after) != type_right(before):
                side = after if type_right(after) else before
                turn = "newly right" if side is after else "newly wrong"
                key = f"type {turn}; where right, actors " + ("right" if side[-1] else "wrong")
            elif after[-1] != before[-1]:
                key = "same type, actors " + ("fixed" if after[-1] else "broken")
            else:
                continue
            why[key] = why.get(key, 0) + 1
    print()
    print(f"| record's change, {which} against shipped | records |")
    print("| --- | ---: |")
    for key, value in sorted(why.items()):
        print(f"| {key} | {value} |")


if __name__ == "__main__":
    main(sys.argv[1])
