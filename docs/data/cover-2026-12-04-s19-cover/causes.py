"""Tables of step 1 from ``trace.py``'s output: per cause, the gold events the nlp coder
leaves uncoded (and whether the rules coder's first event there has the gold's type and
actors), per file; the nlp coder's false alarms on gold NONE records by origin; the rules
events ``learned_first`` puts in front whose source and target are the same actor.

    python3 docs/data/cover-2026-12-04-s19-cover/causes.py TRACE.json > causes.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from typing import Any


def cause(row: dict[str, Any]) -> str:
    """One cause per record: the stage of its first diagnosed sentence, and what dropped the
    rules coder's events there (or that the rules coder is silent)."""
    if not row["diag"]:
        return "no sentence diagnosed"
    d = next((d for d in row["diag"] if d["drops"]), row["diag"][0])
    whys = sorted({x["why"] or "kept?" for x in d["drops"]})
    fb = "rules silent" if not d["drops"] else "fallback dropped: " + "+".join(whys)
    return f"{d['stage']} | {fb}"


def main() -> None:
    rows = json.load(open(sys.argv[1], encoding="utf-8"))
    files = list(dict.fromkeys(r["file"] for r in rows))
    un = [r for r in rows if r["gold"] != "NONE" and r["nlp"] is None]
    table: dict[str, Counter[str]] = defaultdict(Counter)
    detail: Counter[tuple[str, str]] = Counter()
    for r in un:
        c = cause(r)
        table[c][r["file"]] += 1
        ru = r["rules"]
        if ru is None:
            state = "rules none"
        elif ru["type"] != r["gold"]:
            state = "rules other type"
        else:
            ok = (not r["gold_source"] or ru["source"] == r["gold_source"]) and (
                not r["gold_target"] or ru["target"] == r["gold_target"]
            )
            state = "rules right" if ok else "rules type, actors wrong"
        detail[(c, state)] += 1
    print(f"gold events the nlp coder leaves uncoded: {len(un)}")
    states = ("rules right", "rules type, actors wrong", "rules other type", "rules none")
    print("\n| cause | n | files | " + " | ".join(states) + " |")
    print("|---|---:|---:|" + "---:|" * len(states))
    for c, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " | ".join(str(detail[(c, s)]) for s in states)
        print(f"| {c} | {sum(per.values())} | {len(per)} | {cells} |")
    print("\nper file (cause: file n ...)")
    for c, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(c, "::", " ".join(f"{f}={per[f]}" for f in files if per[f]))
    # false alarms
    fa = [r for r in rows if r["gold"] == "NONE" and r["nlp"] is not None]
    by: Counter[str] = Counter()
    by_file: dict[str, Counter[str]] = defaultdict(Counter)
    for r in fa:
        o = "learned_first (rules event in front)" if r["fronted"] else r.get("origin", "?")
        by[o] += 1
        by_file[o][r["file"]] += 1
    nones = sum(r["gold"] == "NONE" for r in rows)
    rules_fa = sum(r["gold"] == "NONE" and r["rules"] is not None for r in rows)
    print(f"\ngold NONE records {nones}: nlp false alarms {len(fa)}, rules {rules_fa}")
    for o, n in by.most_common():
        print(f"  {o}: {n} ::", " ".join(f"{f}={by_file[o][f]}" for f in files if by_file[o][f]))
    # learned_first self-dyads
    front = [(r, f) for r in rows for f in r["fronted"]]
    selfd = [(r, f) for r, f in front if f["self_dyad"]]
    first_self = [r for r in rows if r["fronted"] and r["fronted"][0]["self_dyad"]]
    print(f"\nlearned_first: rules events put in front {len(front)}; self-dyads {len(selfd)}")
    for r in first_self:
        print(
            f"  {r['file']} {r['id']} gold {r['gold']} {r['gold_source']}->{r['gold_target']}"
            f" nlp {r['nlp']}"
        )


if __name__ == "__main__":
    main()


CONVENTION = {
    "conditional": "conditional",
    "no_act": "no act (expectation, noun clause ...)",
    "negated": "negated act",
    "typed_then_removed": "typed, then removed by a rule",
    "violent_no_word": "violent type, no violent word",
    "kept": "actor meeting itself",
}


def coarse(row: dict[str, Any]) -> tuple[str, str]:
    """(the nlp coder's own stage, the fallback's outcome) of a record, coarse."""
    d = next((d for d in row["diag"] if d["drops"]), row["diag"][0] if row["diag"] else None)
    if d is None:
        return "?", "?"
    stage = d["stage"].split(" (")[0].split(":")[0]
    whys = {x["why"] or "kept?" for x in d["drops"]}
    if not whys:
        return stage, "rules coder silent"
    if whys <= {"pronoun_subject", "subject_not_named"}:
        return stage, "refused for its actors only (pronoun / unnamed subject)"
    named = sorted(
        {"role rule (purpose, noun clause, opinion ...)" if w.startswith("dropped") else
         CONVENTION.get(w, "") for w in whys} - {""}
    )
    return stage, "convention: " + " + ".join(named)


def coarse_tables(rows: list[dict[str, Any]]) -> None:
    files = list(dict.fromkeys(r["file"] for r in rows))
    un = [r for r in rows if r["gold"] != "NONE" and r["nlp"] is None]
    per: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    state: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in un:
        key = coarse(r)
        per[key][r["file"]] += 1
        ru = r["rules"]
        if ru is None:
            s = "none"
        elif ru["type"] != r["gold"]:
            s = "other type"
        else:
            ok = all(not r[f"gold_{k}"] or ru[k] == r[f"gold_{k}"] for k in ("source", "target"))
            s = "right" if ok else "type, actors wrong"
        state[key][s] += 1
    order = sorted(per, key=lambda k: -sum(per[k].values()))
    print("\n## coarse: the nlp coder's stage | the fallback's outcome")
    print("| stage | fallback | n | rules right | rules type, actors wrong | rules other type | rules none |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for k in order:
        st = state[k]
        print(f"| {k[0]} | {k[1]} | {sum(per[k].values())} | {st['right']} | "
              f"{st['type, actors wrong']} | {st['other type']} | {st['none']} |")
    print("\n## coarse per file")
    print("| stage / fallback | " + " | ".join(files) + " |")
    print("|---|" + "---:|" * len(files))
    for k in order:
        print(f"| {k[0]} / {k[1]} | " + " | ".join(str(per[k][f]) for f in files) + " |")


if __name__ == "__main__":
    coarse_tables(json.load(open(sys.argv[1], encoding="utf-8")))
