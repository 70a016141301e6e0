"""List the nlp coder's READING records of the recipient classes (s15-recipient).

Reads s15-barefill's ``trace.py`` output and prints, for each record whose wrong target slot
``budget.py`` puts in "T: recipient missing" (the event has no recipient) or "T: other
recipient", the file, the id, the sentence, the gold (type, sources, targets), both coders'
first events, the nlp predicate's verb and recipient words, and for each mention of the
sentence whose folded code is a gold target (and no gold source) the dependency path from
the mention's head word up to the predicate's verb (``dep:word`` steps; ``NOT UNDER VERB``
when the verb is not an ancestor), with an automatic construction label read off that path:

* ``prep P of the verb``: the mention is the object of a preposition P of the verb;
* ``prep P of a noun (object / subject / other)``: of a noun that is the verb's object ...;
* ``possessor``: the mention is a possessor (``poss``) on the way;
* ``another clause``: the path passes through a clause (ccomp, advcl, relcl, conj, xcomp,
  acl, pcomp);
* ``object`` / ``subject`` / ``other``.

The labels are a first sort; the grouping in the docs was read against each record.

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/recipient-2026-12-04-s15-recipient/classes.py TRACE.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

CLASSES = ("T: recipient missing", "T: other recipient")
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "pcomp", "parataxis"})


def label(path: list[Any]) -> str:
    """A construction label for a path of tokens from a mention's head up to the verb."""
    deps = [t.dep_ for t in path[:-1]]
    if any(d in CLAUSES for d in deps):
        return "another clause"
    if "poss" in deps:
        return "possessor"
    if deps and deps[0] == "pobj" and len(deps) >= 2 and deps[1] == "prep":
        prep = path[1].lower_
        if len(deps) == 2:
            return f"prep {prep} of the verb"
        noun = deps[2]
        kind = {"dobj": "object", "nsubj": "subject", "nsubjpass": "subject"}.get(noun, noun)
        return f"prep {prep} of a noun ({kind})"
    for d in deps:
        if d in ("dobj", "dative", "iobj"):
            return "object"
        if d in ("nsubj", "nsubjpass"):
            return "subject"
    return "other: " + "/".join(deps)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "actors-2026-12-04-s15-barefill"))
    import budget

    from accord.news.gazetteer import load
    from accord.news.nlp import coder as C

    classes = load().org_classes
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for cls in CLASSES:
        hits = []
        for r in rows:
            e = r["nlp"]
            wrong = r["gold_target"] and (e is None or e["target"] != r["gold_target"])
            if wrong and "T: " + budget.target_cause(r) == cls:
                hits.append(r)
        files = {r["file"] for r in hits}
        print(f"## {cls}: {len(hits)} records in {len(files)} files\n")
        for r in hits:
            print(f"{r['file']}:{r['id']} (home {r['home']})")
            print(f"  text : {r['text']}")
            print(f"  gold : {r['gold']} {r['gold_source']} -> {r['gold_target']}")
            for name in ("nlp", "rules"):
                x = r[name]
                shown = (
                    "-"
                    if x is None
                    else (f"{x['type']} {x['source']} -> {x['target']} ({x['trigger']})")
                )
                print(f"  {name:5}: {shown}")
            p = r.get("pred")
            if not p:
                print()
                continue
            print(
                f"  pred : verb {p['verb']} ({p['dep']}) recipients {p['recipients']}"
                f" passive {p['passive']} speakers {p['speakers']}"
            )
            doc = C._parse(r["text"])
            verb = doc[p["verb_i"]]
            wanted = (set(r["gold_target"]) - set(r["gold_source"])) or set(r["gold_target"])
            labels = set()
            for m in p["mentions"]:
                code = classes.get(m["code"], m["code"]) if m["code"] else ""
                if code not in wanted or m["span"][0] < 0:
                    continue
                span = doc[m["span"][0] : m["span"][1]]
                path = [span.root]
                while path[-1].i != verb.i and path[-1].head.i != path[-1].i:
                    path.append(path[-1].head)
                if path[-1].i != verb.i:
                    lab = "NOT UNDER VERB"
                    up = [verb]
                    while up[-1].head.i != up[-1].i:
                        up.append(up[-1].head)
                    steps = " > ".join(f"{t.dep_}:{t.text}" for t in path)
                    steps += "  || verb: " + " > ".join(f"{t.dep_}:{t.text}" for t in up)
                else:
                    lab = label(path)
                    steps = " > ".join(f"{t.dep_}:{t.text}" for t in path)
                labels.add(lab)
                print(f"  gold mention {m['text']!r} {m['code']}/{m['role']}: [{lab}] {steps}")
            if not labels:
                labels.add("no mention of the gold target")
            for lab in labels:
                tally[cls][lab] += 1
            print()
    for cls, c in tally.items():
        print(f"## {cls}: labels (a record counts once per label)")
        for lab, n in c.most_common():
            print(f"  {n:3d} {lab}")


if __name__ == "__main__":
    main()
