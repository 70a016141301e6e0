"""The nlp coder's source and target errors on the READING files, by cause (s14-nlpactors;
copied unchanged by s15-barefill).

Reads the output of ``trace.py`` and assigns each wrong actor slot (a source or target set
unequal to the gold's, on a record whose gold has one) one cause, in this order (the first
that applies): no event; an event of the rules fallback; for the coder's own predicate: a
quotation's or a reported clause's speaker (the gold's source is the reporter), a first
person resolved to the speaker, a pronoun read as the previous sentence's actor, the place's
state (agentless), a bare agent filled with the sentence's first country where that country
is the gold's target ("bare subject filled from the object"), another bare fill, a passive,
a coordination (a co-actor missing or extra), the gold target taken as source, a sector /
organisation code against a state, other. Targets: missing, the gold source taken as target,
a co-actor missing or extra, other. Prints the table per cause with files and records, the
per-file counts, and the records where one coder is right on actors and the other wrong.

Run from the worktree root::

    python3 docs/data/actors-2026-12-04-s15-barefill/budget.py TRACE.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ORGS = {"IGO", "NGO", "IMG", "MNC"}


def source_cause(r: dict[str, Any]) -> str:
    e = r["nlp"]
    if e is None:
        return "no event"
    if r.get("origin") == "fallback":
        return "fallback event (rules coder's actors)"
    p = r.get("pred")
    if p is None:
        return "?"
    got, gold, gt = set(e["source"]), set(r["gold_source"]), set(r["gold_target"])
    if p["speakers"] and not p["first_person"]:
        return "reported clause: inner subject, not the speaker"
    if p["first_person"]:
        return "first person / quotation speaker"
    if p["agents"] and all(a.lower() in ("he", "she", "they", "it") for a in p["agents"]):
        return "pronoun: previous sentence's actor"
    if p["agentless"]:
        return "agentless: the place's state"
    if any(p["source_bare"]):
        if got and got <= gt:
            return "bare subject filled with the object's country"
        return "bare subject filled (other)"
    if p["passive"]:
        return "passive"
    if got < gold or gold < got:
        return "coordination: co-actor missing / extra"
    if got and got == gt:
        return "object taken as source"
    if (got | gold) & ORGS:
        return "organisation vs state code"
    return "other (wrong clause / wrong mention)"


def target_cause(r: dict[str, Any]) -> str:
    e = r["nlp"]
    if e is None:
        return "no event"
    if r.get("origin") == "fallback":
        return "fallback event (rules coder's actors)"
    got, gold, gs = set(e["target"]), set(r["gold_target"]), set(r["gold_source"])
    if not got:
        return "recipient missing"
    if got == gs:
        return "source taken as recipient (roles swapped)"
    if got < gold or gold < got:
        return "coordination: co-recipient missing / extra"
    if (got | gold) & ORGS:
        return "organisation vs state code"
    return "other recipient"


def actors_right(r: dict[str, Any], coder: str) -> bool:
    e = r[coder]
    s = not r["gold_source"] or (e is not None and e["source"] == r["gold_source"])
    t = not r["gold_target"] or (e is not None and e["target"] == r["gold_target"])
    return s and t


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    table: dict[str, Counter[str]] = defaultdict(Counter)
    ids: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        e = r["nlp"]
        if r["gold_source"] and (e is None or e["source"] != r["gold_source"]):
            c = "S: " + source_cause(r)
            table[c][r["file"]] += 1
            ids[c].append(r["id"])
        if r["gold_target"] and (e is None or e["target"] != r["gold_target"]):
            c = "T: " + target_cause(r)
            table[c][r["file"]] += 1
            ids[c].append(r["id"])
    print("| cause (nlp coder, READING files) | slots | files | example ids |")
    print("|---|---:|---:|---|")
    for c, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {c} | {sum(per.values())} | {len(per)} | {', '.join(ids[c][:4])} |")
    print()
    files = sorted({r["file"] for r in rows}, key=[r["file"] for r in rows].index)
    print("per file:", " | ".join(files))
    for c, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(c, [per.get(f, 0) for f in files])
    print()
    for a, b in (("rules", "nlp"), ("nlp", "rules")):
        diff = [r for r in rows if actors_right(r, a) and not actors_right(r, b)]
        by: dict[str, list[str]] = defaultdict(list)
        for r in diff:
            e = r[b]
            if b == "nlp":
                cs = []
                if r["gold_source"] and (e is None or e["source"] != r["gold_source"]):
                    cs.append("S: " + source_cause(r))
                if r["gold_target"] and (e is None or e["target"] != r["gold_target"]):
                    cs.append("T: " + target_cause(r))
                c = " + ".join(cs)
            else:
                c = "rules wrong" if e is not None else "rules: no event"
            by[c].append(f"{r['file']}:{r['id']}")
        print(f"records with actors right in {a}, wrong in {b}: {len(diff)}")
        for c, v in sorted(by.items(), key=lambda kv: -len(kv[1])):
            nf = len({x.split(":")[0] for x in v})
            print(f"  {len(v):3d} ({nf} files) {c}: {', '.join(x.split(':')[1] for x in v[:6])}")


if __name__ == "__main__":
    main()
