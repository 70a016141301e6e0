"""List the nlp coder's READING records of the bare-actor classes (s15-barefill).

Reads ``trace.py``'s output and prints, for each record whose wrong source or target slot
``budget.py`` puts in one of the classes below, the file, the id, the sentence, the gold
(type, sources, targets), both coders' first events, and for the nlp coder's own predicate
its agent / recipient words and mentions (code, role, bare):

* T: source taken as recipient (roles swapped);
* S: bare subject filled with the object's country; S: bare subject filled (other);
* S: agentless: the place's state;
* and (the lead's note) a record whose nlp source holds a bare mention filled and whose
  target is missing ("T: recipient missing" with a bare source).

Run from the worktree root::

    python3 docs/data/actors-2026-12-04-s15-barefill/classes.py TRACE.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CLASSES = (
    "T: source taken as recipient (roles swapped)",
    "S: bare subject filled with the object's country",
    "S: bare subject filled (other)",
    "S: agentless: the place's state",
    "T: recipient missing, bare source",
)


def classes_of(r: dict[str, Any]) -> list[str]:
    sys.path.insert(0, str(Path(__file__).parent))
    import budget

    out = []
    e = r["nlp"]
    if r["gold_source"] and (e is None or e["source"] != r["gold_source"]):
        out.append("S: " + budget.source_cause(r))
    if r["gold_target"] and (e is None or e["target"] != r["gold_target"]):
        c = "T: " + budget.target_cause(r)
        p = r.get("pred")
        if c == "T: recipient missing" and p and any(p["source_bare"]):
            c = "T: recipient missing, bare source"
        out.append(c)
    return [c for c in out if c in CLASSES]


def show(e: dict[str, Any] | None) -> str:
    if e is None:
        return "-"
    return f"{e['type']} {e['source']} -> {e['target']} ({e['trigger']})"


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for cls in CLASSES:
        hits = [r for r in rows if cls in classes_of(r)]
        files = {r["file"] for r in hits}
        print(f"## {cls}: {len(hits)} records in {len(files)} files\n")
        for r in hits:
            print(f"{r['file']}:{r['id']} (home {r['home']})")
            print(f"  text : {r['text']}")
            print(f"  gold : {r['gold']} {r['gold_source']} -> {r['gold_target']}")
            print(f"  nlp  : {show(r['nlp'])}")
            print(f"  rules: {show(r['rules'])}")
            p = r.get("pred")
            if p:
                ms = "; ".join(
                    f"{m['text']}={m['code'] or '?'}/{m['role'] or '-'}"
                    f"{' bare' if m['bare'] else ''}{' place' if m['place'] else ''}"
                    for m in p["mentions"]
                )
                print(
                    f"  pred : verb {p['verb']} agents {p['agents']} recipients {p['recipients']}"
                    f" passive {p['passive']} agentless {p['agentless']}"
                )
                print(f"  nlp raw: {r['nlp']['raw_source']} -> {r['nlp']['raw_target']}")
                print(f"  cand targets {p['cand_targets']}; mentions: {ms}")
            print()


if __name__ == "__main__":
    main()
