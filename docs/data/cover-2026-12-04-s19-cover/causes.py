"""Tables of step 1 from ``trace.py``'s output (s19-cover): the gold events the nlp coder
leaves uncoded per cause (fine: each refusal named; coarse: the coder's own stage and the
fallback's outcome), with whether the rules coder's first event there has the gold's type and
actors, and per file; the nlp coder's false alarms on gold NONE records by origin; the rules
events ``learned_first`` puts first whose source and target are the same actor.

    python3 docs/data/cover-2026-12-04-s19-cover/causes.py TRACE.json > causes.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

CONVENTION = {
    "conditional": "conditional",
    "no_act": "no act (expectation, noun clause ...)",
    "negated": "negated act",
    "typed_then_removed": "typed, then removed by a rule",
    "violent_no_word": "violent type, no violent word",
    "kept": "actor meeting itself",
}
ACTORS = {"pronoun_subject", "subject_not_named"}
STATES = ("right", "type, actors wrong", "other type", "none")


def diagnosed(row: dict[str, Any]) -> dict[str, Any] | None:
    """The record's first uncoded sentence whose fallback dropped something, else its first."""
    return next((d for d in row["diag"] if d["drops"]), row["diag"][0] if row["diag"] else None)


def fine(row: dict[str, Any]) -> str:
    """The stage, and each refusal of the fallback named."""
    d = diagnosed(row)
    if d is None:
        return "no sentence diagnosed"
    whys = sorted({x["why"] or "kept?" for x in d["drops"]})
    fb = "rules silent" if not d["drops"] else "fallback dropped: " + "+".join(whys)
    return f"{d['stage']} | {fb}"


def coarse(row: dict[str, Any]) -> str:
    """The coder's own stage and the fallback's outcome, coarse."""
    d = diagnosed(row)
    if d is None:
        return "? | ?"
    stage = d["stage"].split(" (")[0].split(":")[0]
    whys = {x["why"] or "kept?" for x in d["drops"]}
    if not whys:
        return f"{stage} | rules coder silent"
    if whys <= ACTORS:
        return f"{stage} | refused for its actors only (pronoun / unnamed subject)"
    named = {
        "role rule (purpose, noun clause, opinion ...)"
        if w.startswith("dropped")
        else CONVENTION.get(w, "")
        for w in whys
    }
    return f"{stage} | convention: " + " + ".join(sorted(named - {""}))


def state(row: dict[str, Any]) -> str:
    """The rules coder's first event against the gold."""
    ru = row["rules"]
    if ru is None:
        return "none"
    if ru["type"] != row["gold"]:
        return "other type"
    ok = all(not row[f"gold_{k}"] or ru[k] == row[f"gold_{k}"] for k in ("source", "target"))
    return "right" if ok else "type, actors wrong"


def table(rows: list[dict[str, Any]], cause: Callable[[dict[str, Any]], str], title: str) -> None:
    """The uncoded gold events per cause: the rules coder's state, then per file."""
    files = list(dict.fromkeys(r["file"] for r in rows))
    per: dict[str, Counter[str]] = defaultdict(Counter)
    states: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r["gold"] != "NONE" and r["nlp"] is None:
            per[cause(r)][r["file"]] += 1
            states[cause(r)][state(r)] += 1
    order = sorted(per, key=lambda k: -sum(per[k].values()))
    print(f"\n## {title}: {sum(sum(c.values()) for c in per.values())} uncoded gold events")
    print("| stage | fallback | n | files | " + " | ".join(f"rules {s}" for s in STATES) + " |")
    print("|---|---|---:|---:|" + "---:|" * len(STATES))
    for k in order:
        cells = " | ".join(str(states[k][s]) for s in STATES)
        print(f"| {k} | {sum(per[k].values())} | {len(per[k])} | {cells} |")
    print(f"\n## {title}, per file")
    print("| stage | fallback | " + " | ".join(files) + " |")
    print("|---|---|" + "---:|" * len(files))
    for k in order:
        print(f"| {k} | " + " | ".join(str(per[k][f]) for f in files) + " |")


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    table(rows, fine, "fine")
    table(rows, coarse, "coarse")
    files = list(dict.fromkeys(r["file"] for r in rows))
    alarms = [r for r in rows if r["gold"] == "NONE" and r["nlp"] is not None]
    by: dict[str, Counter[str]] = defaultdict(Counter)
    for r in alarms:
        by["learned_first (rules event first)" if r["fronted"] else r["origin"]][r["file"]] += 1
    nones = sum(r["gold"] == "NONE" for r in rows)
    rules = sum(r["gold"] == "NONE" and r["rules"] is not None for r in rows)
    print(f"\ngold NONE records {nones}: nlp false alarms {len(alarms)}, rules {rules}")
    for origin, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {origin}: {sum(c.values())} ::", " ".join(f"{f}={c[f]}" for f in files if c[f]))
    front = [f for r in rows for f in r["fronted"]]
    print(
        f"\nlearned_first: rules events put first {len(front)};"
        f" self-dyads {sum(f['self_dyad'] for f in front)}"
    )
    for r in rows:
        if r["fronted"] and r["fronted"][0]["self_dyad"]:
            gold = f"{r['gold']} {r['gold_source']}->{r['gold_target']}"
            print(f"  {r['file']} {r['id']} gold {gold} nlp {r['nlp']}")


if __name__ == "__main__":
    main()
