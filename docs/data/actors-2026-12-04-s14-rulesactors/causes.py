"""The rules coder's source and target errors on the READING files, by cause (s14-rulesactors).

Reads the lead's READING figures of the session-start code (``evaluate_reading_r3.py`` output,
both coders, errors; no CHECK file is in it) and puts every record whose first event is coded
and whose source or target slot is wrong under one mechanical cause, counted per file; then
the records where the nlp coder's actors are right and the rules coder's wrong, by the rules
coder's cause. Usage (worktree root)::

    python3 docs/data/actors-2026-12-04-s14-rulesactors/causes.py /tmp/reading-s14-start.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ORDER = (
    "recipient missed, gold's recipient the source's own state (domestic)",
    "recipient missed, gold's recipient another state",
    "target the source's own state, gold's another",
    "a co-source lost (coordination split, joint act)",
    "the object's state taken as the source (source = gold target)",
    "source and target the same actor, gold's source another",
    "sector code against a state, or IGO against NGO",
    "a member of a listed recipient lost",
    "a recipient extra beside the right one",
    "other wrong source",
    "other wrong target",
)


def slots(e: dict[str, Any]) -> tuple[bool, bool]:
    s_bad = bool(e["gold_source"]) and e["source"] != e["gold_source"]
    t_bad = bool(e["gold_target"]) and e["target"] != e["gold_target"]
    return s_bad, t_bad


def cause(e: dict[str, Any]) -> str:
    gs, s, gt, t = (set(e[k]) for k in ("gold_source", "source", "gold_target", "target"))
    s_bad, t_bad = slots(e)
    org = {"IGO", "NGO"}
    if s_bad and s and gs and (s < gs):
        return ORDER[3]
    if s_bad and s and gt and s <= gt and not s & gs:
        return ORDER[4]
    if s_bad and s and t and s & t and not (gs & s):
        return ORDER[5]
    if (
        s_bad
        and (s ^ gs)
        and (s ^ gs) <= (org | s | gs)
        and (s | gs) & org
        and len(s) == len(gs)
        and (s - org) == (gs - org)
    ):
        return ORDER[6]
    if t_bad and not t and gt and gt <= gs:
        return ORDER[0]
    if t_bad and not t and gt:
        return ORDER[1]
    if t_bad and t & s and not gt & s:
        return ORDER[2]
    if t_bad and t and t < gt:
        return ORDER[7]
    if t_bad and gt and gt < t:
        return ORDER[8]
    if t_bad and (t ^ gt) and (t | gt) & org and len(t) == len(gt) and (t - org) == (gt - org):
        return ORDER[6]
    return ORDER[9] if s_bad else ORDER[10]


def main() -> None:
    figures = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    ids: dict[str, list[str]] = defaultdict(list)
    rules_bad: dict[str, dict[str, Any]] = {}
    for name, fig in figures["rules"].items():
        for e in fig["errors"]:
            s_bad, t_bad = slots(e)
            if e["got"] == "NONE" or not (s_bad or t_bad):
                continue
            c = cause(e)
            table[c][name] += 1
            ids[c].append(e["id"])
            rules_bad[e["id"]] = {**e, "file": name, "cause": c}
    print("| cause | records | type right | files | example ids |")
    print("| --- | ---: | ---: | ---: | --- |")
    for c in ORDER:
        right = sum(rules_bad[i]["gold"] == rules_bad[i]["got"] for i in ids[c])
        print(
            f"| {c} | {sum(table[c].values())} | {right} | {len(table[c])} | "
            f"{', '.join(ids[c][:5])} |"
        )
    print(f"| total | {sum(sum(v.values()) for v in table.values())} | | | |")
    print()
    print("Per file (records, causes in the order above):")
    names = list(figures["rules"])
    for name in names:
        row = [table[c][name] for c in ORDER]
        print(f"  {name:14s} " + " ".join(f"{x:2d}" for x in row) + f"  = {sum(row)}")
    # the nlp coder right on actors where the rules coder is wrong
    nlp_err: dict[str, dict[str, Any]] = {}
    for fig in figures["nlp"].values():
        for e in fig["errors"]:
            nlp_err[e["id"]] = e
    better: Counter[str] = Counter()
    better_ids: dict[str, list[str]] = defaultdict(list)
    for i, e in rules_bad.items():
        n = nlp_err.get(i)
        if n is None or (n["got"] != "NONE" and not any(slots(n))):
            better[e["cause"]] += 1
            better_ids[e["cause"]].append(i)
    print()
    print("| rules coder's cause, nlp coder's actors right | records | ids |")
    print("| --- | ---: | --- |")
    for c in ORDER:
        if better[c]:
            print(f"| {c} | {better[c]} | {', '.join(better_ids[c])} |")
    print(f"| total | {sum(better.values())} | |")


if __name__ == "__main__":
    main()
