"""Census of the nlp coder's wrong actors where the rules coder is right (s44-nlproles, step 2;
READING files only: reads ``trace.py``'s output, which leaves the six CHECK files out).

Selects every READING record whose gold event is not NONE and
* ``nlp-only``: the nlp coder's first event has the gold type and a source or target set unequal
  to the gold's (a slot the gold leaves empty is not scored), while the rules coder's record is
  right (type, source set and target set as the gold: in no error list of
  ``accord events evaluate``);
* ``rules-only`` (for context): the reverse.
Each wrong slot gets a kind (``missing``, ``extra``, ``wrong``: s18-actors' ``kind``) and a
construction, read off the coder's own parse by s18-actors' ``construction`` (the first that
applies: fallback, gazetteer miss / sector code, reported speech, passive, coordination,
apposition, possessive, relative clause, another clause, title + name, nominal event,
prepositional goal, other), and, for an own candidate, the dependency label of the deciding
actor's head word and of its head (``dep``) so that a group can be named by one relation.

Run from the worktree root, with the start code::

    PYTHONPATH=/tmp/s44-start/src python3 docs/data/nlproles-2026-12-07-s44-nlproles/census.py \
        /tmp/trace-start.json docs/data/nlproles-2026-12-07-s44-nlproles/census-start.json
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

CAUSES = Path(__file__).parents[1] / "actors-2026-12-04-s18-actors" / "causes.py"

HAND: dict[str, tuple[str, tuple[str, ...]]] = {
    "dateline": (
        "s24-dateline (docs/validation-events/session-24-dateline.md): not adopted, part (2)",
        (
            "HO26W-050",
            "HO27I-042",
            "HO27U-050",
            "HO28J-007",
            "HO28J-021",
            "HO28P-034",
            "HO28Y-016",
            "HO28Y-045",
            "HO27I-023",
        ),
    ),
    "recipient of the source's own state or people dropped (same-actor filter)": (
        "s13-nlptargets C1 (session-13.md; rules_recipient keeps another sector, the state"
        " and its people stay dropped on purpose, issue 14 item 5)",
        (
            "HO26M-040",
            "HO26O-013",
            "HO27V-012",
            "HO29M-006",
            "HO26M-046",
            "PLOVER-GSR01-CONCEDE-0001",
        ),
    ),
    "appositive after a named agent read as an agent": (
        "not tried for the nlp coder (session 12's class G named it; session 10's"
        " _appositive_spans is the rules coder's)",
        ("HO26J-044", "HO28D-036", "HO29G-018"),
    ),
    "a speaker's threat in a reported clause": (
        "s24-said candidate B reported_threat (session-24-said.md): not adopted",
        ("ACCORD-FRESH-012", "HO26T-014"),
    ),
    "bare agent word filled with the sentence's first state": (
        "s15-barefill (session-15.md): not adopted",
        ("HO26M-019", "HO28D-046"),
    ),
    "gazetteer: a name read as another actor": (
        "one name each (no one construction)",
        ("HO29D-015", "HO27F-008", "HO28Z-036"),
    ),
    "other (one record each)": (
        "one construction each: a meeting's nominal place (ASEAN meeting), 'led by X',"
        " 'between X and Y' in a relative clause, coordinated modifiers in a reported clause,"
        " a passive with 'engaged in', an agentless passive's list of places, the fallback",
        (
            "ACCORD-2025-057",
            "HO28J-033",
            "HO28S-029",
            "HO29M-046",
            "PLOVER-GSR01-FIGHT-0001",
            "HO28G-021",
            "HO29I-033",
        ),
    ),
}
"""The nlp-only records by cause, assigned by hand after reading each record's trace (the
printed list below), with the earlier session that tried the group's reading."""


def _causes() -> Any:
    spec = importlib.util.spec_from_file_location("s18_causes", CAUSES)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def whole(r: dict[str, Any], coder: str, causes: Any) -> bool:
    """The coder's first event has the gold type and right actors (the harness's "right")."""
    e = r[coder]
    return e is not None and e["type"] == r["gold"] and causes.right(r, coder)


def deciding_dep(r: dict[str, Any], coder: str, slot: str, doc: Any, fold: Any) -> str:
    """The dependency labels (word / its head) of the deciding actor's mention in ``doc``."""
    e = r[coder]
    got, gold = set(e[slot]), set(r[f"gold_{slot}"])
    wanted = gold - got or got - gold
    p = r.get("pred")
    if p is None:
        return ""
    spans = [m["span"] for m in p["mentions"] if m["code"] and fold(m["code"]) in wanted]
    spans = [s for s in spans if s[0] >= 0]
    if not spans:
        return ""
    verb = p["verb_i"]
    a, b = min(spans, key=lambda s: abs(s[0] - verb))
    root = doc[a:b].root
    return f"{root.dep_}/{root.head.dep_}:{root.head.lemma_}"


def main() -> None:
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import _parse

    causes = _causes()
    classes = load().org_classes

    def fold(code: str) -> str:
        return str(classes.get(code, code))

    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    out: dict[str, list[dict[str, Any]]] = {"nlp-only": [], "rules-only": []}
    table: dict[str, dict[str, Counter[str]]] = {k: defaultdict(Counter) for k in out}
    for r in rows:
        if r["gold"] == "NONE":
            continue
        for name, coder, other in (("nlp-only", "nlp", "rules"), ("rules-only", "rules", "nlp")):
            e = r[coder]
            if e is None or e["type"] != r["gold"] or causes.right(r, coder):
                continue
            if not whole(r, other, causes):
                continue
            doc = _parse(r["text"])
            row = {k: r[k] for k in ("file", "id", "text", "gold", "gold_source", "gold_target")}
            row[coder] = [e["source"], e["target"], e["trigger"], r.get("origin")]
            row[other] = [r[other]["source"], r[other]["target"], r[other]["trigger"]]
            p = r.get("pred")
            if coder == "nlp" and p is not None:
                row["pred"] = {k: p[k] for k in ("verb", "dep", "agents", "recipients")}
                row["pred"].update(speakers=p["speakers"], passive=p["passive"])
            row["slots"] = []
            for slot in ("source", "target"):
                got, gold = set(e[slot]), set(r[f"gold_{slot}"])
                if not gold or got == gold:
                    continue
                k = f"{slot} {causes.kind(got, gold)}"
                if coder == "nlp":
                    c, words = causes.construction(r, slot, doc, fold)
                    dep = deciding_dep(r, coder, slot, doc, fold)
                else:
                    c, words, dep = "(rules coder)", "", ""
                row["slots"].append([k, c, words, dep])
                table[name][f"{k} | {c}"][r["file"]] += 1
            out[name].append(row)
    Path(sys.argv[2]).write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")

    for name, recs in out.items():
        files = len({r["file"] for r in recs})
        print(f"## {name}: {len(recs)} records in {files} files\n")
        if name == "rules-only":
            kinds = Counter(s[0] for r in recs for s in r["slots"])
            for k, n in kinds.most_common():
                print(f"- {k}: {n}")
            print()
            continue
        print("| slot error | construction | slots | files |")
        print("|---|---|---:|---:|")
        for key, per in sorted(table[name].items(), key=lambda kv: -sum(kv[1].values())):
            k, c = key.split(" | ")
            print(f"| {k} | {c} | {sum(per.values())} | {len(per)} |")
        print()
        bycause: dict[str, Counter[str]] = defaultdict(Counter)
        for r in recs:
            for s in r["slots"]:
                bycause[s[1]][r["file"]] += 1
        print("| construction | slots | files |")
        print("|---|---:|---:|")
        for c, per in sorted(bycause.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"| {c} | {sum(per.values())} | {len(per)} |")
        print()
        hand = {i: c for c, (_, ids) in HAND.items() for i in ids}
        assert set(hand) == {r["id"] for r in recs}, set(hand) ^ {r["id"] for r in recs}
        print("By hand (one cause a record):\n")
        print("| cause | records | files | tried before |")
        print("|---|---:|---:|---|")
        for c, (tried, ids) in HAND.items():
            files = {r["file"] for r in recs if r["id"] in ids}
            print(f"| {c} | {len(ids)} | {len(files)} ({', '.join(sorted(files))}) | {tried} |")
        print()
        for r in sorted(recs, key=lambda r: (r["slots"][0][1], r["file"])):
            print(f"- [{hand[r['id']]}]")
            print(
                f"- {r['file']} {r['id']} {r['gold']} gold {r['gold_source']}->"
                f"{r['gold_target']}; nlp {r['nlp'][0]}->{r['nlp'][1]} ({r['nlp'][3]},"
                f" {r['nlp'][2]!r}); rules {r['rules'][0]}->{r['rules'][1]}"
            )
            for s in r["slots"]:
                print(f"  - {s[0]}: {s[1]} [{s[2]}] {s[3]}")
            if "pred" in r:
                print(f"  - pred {r['pred']}")
            print(f"  - {r['text'][:300]!r}")
        print()


if __name__ == "__main__":
    main()
