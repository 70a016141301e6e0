"""The nlp coder's records with the gold type but wrong actors, by slot error and construction
(s18-actors, step 1; READING files only: reads ``trace.py``'s output, which leaves the CHECK
files heldout-s17 / heldout-s17b out).

For every READING record whose nlp first event has the gold's type and a source or target set
unequal to the gold's (slots compared as ``accord events evaluate`` does: classes folded),
each wrong slot (a slot the gold fills: an empty gold slot is not scored) gets a kind
(``missing``: the event's set is a strict subset of the gold's, empty included; ``extra``: a
strict superset; ``wrong``: neither)
and one construction, the first that applies, read off the sentence's parse (the coder's own
pipeline) around the actor that decides the slot (a gold actor the event misses, else an
actor it has in excess):

* ``fallback`` (the event is the rules coder's, borrowed by the fallback);
* ``gazetteer miss / sector code``: no mention of the sentence carries the gold code (an
  actor the gazetteer does not know, or a class such as IGO / NGO read differently);
* ``reported speech``: the predicate is a reported clause and the gold source is its speaker,
  or the event's source is the speaker where the gold's is the clause's subject;
* ``passive``; ``coordination`` (the actor is a conjunct of an argument, or the slot misses
  or adds a co-actor); ``apposition``; ``possessive``; ``relative clause``;
  ``prepositional goal`` (the actor is the object of a preposition of the predicate's clause);
  ``nominal event`` (the actor modifies a noun that is the event: "Russia's attack",
  "talks with Iran"); ``title + name`` (the mention holds a title word and a person);
* ``another clause``: the deciding actor stands in another clause than the predicate's
  (its nearest clause verb is not the predicate's verb);
* ``other``.

Also reports whether the rules coder has the record's actors right, and, for the whole slot
gap between the coders, where the records lie (nlp uncoded, wrong type, right type).

Run from the worktree root (the ``[nlp]`` extra needed)::

    PYTHONPATH=src python3 docs/data/actors-2026-12-04-s18-actors/causes.py TRACE.json OUT.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ORGS = {"IGO", "NGO", "IMG", "MNC"}
TITLE_ROLES = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}


def right(r: dict[str, Any], coder: str) -> bool:
    e = r[coder]
    ok_s = not r["gold_source"] or (e is not None and e["source"] == r["gold_source"])
    ok_t = not r["gold_target"] or (e is not None and e["target"] == r["gold_target"])
    return ok_s and ok_t


def slots(r: dict[str, Any], coder: str) -> int:
    e = r[coder]
    n = 0
    if r["gold_source"]:
        n += e is not None and e["source"] == r["gold_source"]
    if r["gold_target"]:
        n += e is not None and e["target"] == r["gold_target"]
    return n


def kind(got: set[str], gold: set[str]) -> str:
    if got < gold:
        return "missing"
    if got > gold:
        return "extra"
    return "wrong"


def construction(r: dict[str, Any], slot: str, doc: Any, fold: Any) -> tuple[str, str]:
    """The construction of one wrong slot, and the actor's words it was read at."""
    e, p = r["nlp"], r.get("pred")
    got, gold = set(e[slot]), set(r[f"gold_{slot}"])
    if r.get("origin") != "nlp" or p is None:
        return "fallback (rules coder's actors)", ""
    mentions = p["mentions"]
    codes = {fold(m["code"]) for m in mentions if m["code"]}
    if gold - codes or (got ^ gold) & ORGS:
        return "gazetteer miss / sector code", ",".join(sorted(gold - codes))
    speaker_codes = {
        fold(m["code"])
        for m in mentions
        if any(doc[i].text in p["speakers"] for i in range(*m["span"]) if i >= 0)
    }
    if slot == "source" and p["speakers"] and (gold & speaker_codes or got & speaker_codes):
        return "reported speech", " ".join(p["speakers"])
    if p["passive"]:
        return "passive", ""
    if got and gold and (got < gold or got > gold):
        return "coordination", ""
    # the deciding actor: a gold actor the event misses, else one it has in excess
    wanted = gold - got or got - gold
    cands = [m for m in mentions if m["code"] and fold(m["code"]) in wanted and m["span"][0] >= 0]
    if not cands:
        return "other", ""
    verb = doc[p["verb_i"]]
    m = min(cands, key=lambda m: abs(m["span"][0] - verb.i))
    span = doc[m["span"][0] : m["span"][1]]
    root = span.root
    words = m["text"]
    if root.dep_ == "conj" or any(t.dep_ == "conj" for t in span):
        return "coordination", words
    if root.dep_ == "appos":
        return "apposition", words
    if root.dep_ == "poss" or any(t.dep_ == "poss" for t in span):
        head = root.head if root.dep_ == "poss" else root
        if head.pos_ == "NOUN" and head.i != verb.i:
            return "possessive", words
    chain = [root]
    while chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")]
    first_verb = verbs[0] if verbs else None
    if any(t.dep_ == "relcl" for t in chain[: chain.index(first_verb) + 1 if first_verb else None]):
        return "relative clause", words
    elsewhere = first_verb is not None and first_verb.i != verb.i and first_verb.dep_ != "xcomp"
    if elsewhere and (
        verb.i not in {t.i for t in chain} or first_verb.dep_ in ("ccomp", "conj", "advcl")
    ):
        return "another clause", words
    if m["role"] in TITLE_ROLES and len(span) > 1 and m["code"] and root.pos_ == "PROPN":
        return "title + name", words
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        noun = root.head.head
        if noun.pos_ == "NOUN" and noun.i != verb.i:
            return "nominal event", words
        return "prepositional goal", words
    if (
        root.dep_ in ("amod", "compound", "nmod")
        and root.head.pos_ == "NOUN"
        and root.head.dep_ in ("dobj", "nsubj", "pobj", "nsubjpass")
    ):
        return "nominal event", words
    return "other", words


def main() -> None:
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import _parse

    classes = load().org_classes

    def fold(code: str) -> str:
        return str(classes.get(code, code))

    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    files = list(dict.fromkeys(r["file"] for r in rows))

    # where the slot gap lies
    gap: Counter[str] = Counter()
    for r in rows:
        e = r["nlp"]
        where = (
            "nlp no event"
            if e is None
            else ("nlp right type" if e["type"] == r["gold"] else "nlp other type")
        )
        if r["gold"] == "NONE":
            where = "gold NONE"
        gap[f"{where}: nlp"] += slots(r, "nlp")
        gap[f"{where}: rules"] += slots(r, "rules")
        gap[f"{where}: n"] += bool(r["gold_source"]) + bool(r["gold_target"])

    out: list[dict[str, Any]] = []
    table: dict[str, Counter[str]] = defaultdict(Counter)
    rules_ok: Counter[str] = Counter()
    for r in rows:
        e = r["nlp"]
        if r["gold"] == "NONE" or e is None or e["type"] != r["gold"] or right(r, "nlp"):
            continue
        doc = _parse(r["text"])
        row = {k: r[k] for k in ("file", "id", "text", "gold", "gold_source", "gold_target")}
        row["nlp"] = [e["source"], e["target"], e["trigger"], r.get("origin")]
        row["rules"] = r["rules"] and [r["rules"]["source"], r["rules"]["target"]]
        row["rules_right"] = right(r, "rules")
        row["slots"] = []
        for slot in ("source", "target"):
            got, gold = set(e[slot]), set(r[f"gold_{slot}"])
            if not gold or got == gold:  # a slot the gold leaves empty is not scored
                continue
            c, words = construction(r, slot, doc, fold)
            k = f"{slot} {kind(got, gold)}"
            row["slots"].append([k, c, words])
            table[f"{k} | {c}"][r["file"]] += 1
            rules_ok[f"{k} | {c}"] += row["rules_right"]
        out.append(row)
    Path(sys.argv[2]).write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")

    print("## where the slot gap lies (slots right, nlp / rules / gold slots)\n")
    for where in ("nlp no event", "nlp other type", "nlp right type", "gold NONE"):
        print(
            f"{where}: nlp {gap[f'{where}: nlp']} / rules {gap[f'{where}: rules']}"
            f" / {gap[f'{where}: n']}"
        )
    print(f"\n## records with the gold type, wrong actors: {len(out)}")
    print(f"rules coder right on actors in {sum(r['rules_right'] for r in out)} of them\n")
    print("| slot error | construction | slots | files | rules right |")
    print("|---|---|---:|---:|---:|")
    for key, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        k, c = key.split(" | ")
        print(f"| {k} | {c} | {sum(per.values())} | {len(per)} | {rules_ok[key]} |")
    print("\n## per file (slots)\n")
    tot: dict[str, Counter[str]] = defaultdict(Counter)
    for key, per in table.items():
        for f, n in per.items():
            tot[key.split(" | ")[1]][f] += n
    print("| construction | " + " | ".join(f.replace("heldout-", "") for f in files) + " |")
    print("|---|" + "---:|" * len(files))
    for c, per in sorted(tot.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {c} | " + " | ".join(str(per.get(f, 0)) for f in files) + " |")


if __name__ == "__main__":
    main()
