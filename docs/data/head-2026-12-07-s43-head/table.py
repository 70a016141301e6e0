"""The tables of docs/validation-events/session-43-head.md from ``head-lofo.json`` and
``rows-lofo.json`` (``head_lofo.py``'s outputs; session 26's ``table.py`` with one more group):
per file and pooled, event F1, actor accuracy and records right of the shipped head, the
old-recipe fold head (seven files only) and the all-READING fold head, pooled also over the
seven old training files, the twenty of sessions 5-15, the seventeen of sessions 17-23 and the
fifty-one of sessions 24-40; then the records whose type the fold head changes
from right to wrong or back against the baseline (with whether the record is right on the side
where the type is), and those it fixes or breaks by their actors alone.

    PYTHONPATH=src python3 docs/data/head-2026-12-07-s43-head/table.py [-off]

``--dir DIR LOFO_JSON`` first reads another run's outputs (s43-headcv: ``--dir
docs/data/headcv-2026-12-07-s43-headcv headcv-lofo.json``, the ``--cv-threshold`` run, whose
per-file table then ends with each fold's chosen threshold).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.evaluate import micro_f1

HERE = Path(__file__).parent
COLUMNS = ("shipped", "old-fold", "fold")


def cell(fig: dict[str, float] | None) -> str:
    if fig is None:
        return "| | |"
    return f"| {fig['event_f1']:.3f} | {fig['actor_accuracy']:.3f} | {fig['right']}"


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


def main(suffix: str = "", where: Path = HERE, name: str = "head-lofo.json") -> None:
    result = json.loads((where / name).read_text(encoding="utf-8"))
    rows = json.loads((where / "rows-lofo.json").read_text(encoding="utf-8"))
    chosen = {f: v["threshold"] for f, v in result.get("thresholds", {}).items()}
    files = {
        name: {k.removesuffix(suffix): v for k, v in figs.items() if k.endswith(suffix)}
        for name, figs in result["files"].items()
    }
    if not suffix:
        files = {
            name: {k: v for k, v in figs.items() if not k.endswith("-off")}
            for name, figs in files.items()
        }
    nets = result["net_vs_baseline" + suffix]
    head = "| file | records " + "".join(f"| {c} F1 | actors | right " for c in COLUMNS)
    extra = ("| threshold ", " ---: |") if chosen else ("", "")
    print(head + "| fixed | broken " + extra[0] + "|")
    print("|" + " --- |" * 2 + " ---: | ---: | ---: |" * len(COLUMNS) + " ---: | ---: |" + extra[1])
    for name, figs in files.items():
        net = nets[name]
        line = f"| {name} | {figs['fold']['records']} "
        line += "".join(cell(figs.get(c)) + " " for c in COLUMNS)
        last = f"| {chosen[name]} " if chosen else ""
        print(line + f"| {net['fixed']} | {net['broken']} " + last + "|")
    pooled = {k: result["pooled"][k + suffix] for k in ("shipped", "baseline", "fold")}
    line = f"| pooled (baseline) | {pooled['fold']['records']} " + cell(pooled["shipped"]) + " "
    line += cell(pooled["baseline"]) + " " + cell(pooled["fold"]) + " "
    fixed = sum(v["fixed"] for v in nets.values())
    broken = sum(v["broken"] for v in nets.values())
    print(line + f"| {fixed} | {broken} " + ("| |" if chosen else "|"))
    seven = [f for f, figs in files.items() if "old-fold" in figs]
    rest = [f for f in files if f not in seven]
    newer = rest[rest.index("heldout-s17") :]
    newest = rest[rest.index("heldout-s24") :]
    groups = {
        "the seven": seven,
        "the twenty (s5-s15b)": [f for f in rest if f not in newer],
        "the seventeen (s17-s23c)": [f for f in newer if f not in newest],
        "the fifty-one (s24-s40c)": newest,
    }
    assert [len(v) for v in groups.values()] == [7, 20, 17, 51], groups
    print()
    print("| files | baseline F1 | actors | right | fold F1 | actors | right | records |")
    print("| --- |" + " ---: |" * 7)
    for label, names in groups.items():
        sums = {c: pool([files[f][c] for f in names]) for c in ("baseline", "fold")}
        line = f"| {label} " + cell(sums["baseline"]) + " " + cell(sums["fold"]) + " "
        print(line + f"| {sum(files[f]['fold']['records'] for f in names)} |")
    why: dict[str, int] = {}
    for rec in rows.values():
        pairs = zip(rec["fold" + suffix], rec["baseline" + suffix], strict=True)
        for after, before in pairs:
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
    print("| record's change against baseline | records |")
    print("| --- | ---: |")
    for key, value in sorted(why.items()):
        print(f"| {key} | {value} |")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--dir"]:
        where, name, args = Path(args[1]), args[2], args[3:]
    else:
        where, name = HERE, "head-lofo.json"
    main(args[0] if args else "", where, name)
