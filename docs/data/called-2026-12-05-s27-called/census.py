"""The census of session 27 (s27-called): every READING record with a form of the verb "call"
("call", "calls", "called", "calling"), its parse around the verb (the verb's children and
their dependencies: an object with a predicate after it is an ``oprd``, ``xcomp`` or ``ccomp``
child, or a ``dobj`` followed by an adjective, noun phrase or quotation), the gold, and each
coder's first event with the start code, with whether the lead's start run has the record
right. The CHECK files are refused by name before anything is read.

Run from the worktree root with the start code (``/tmp/s27-start/src``)::

    PYTHONPATH=/tmp/s27-start/src nice python3 docs/data/called-2026-12-05-s27-called/census.py \
        /tmp/reading-s27-start.json docs/data/called-2026-12-05-s27-called/census.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (5, 6) for x in ("", "b", "c")}
CALL = re.compile(r"\bcall(s|ed|ing)?\b", re.IGNORECASE)


def first(events: list[Any]) -> str:
    """A coder's first event as ``TYPE [sources]->[targets] "trigger"``, or NONE."""
    if not events:
        return "NONE"
    e = events[0]
    return (
        f'{e.event_type} {[a.code for a in e.sources]}->{[a.code for a in e.targets]} "{e.trigger}"'
    )


def calls(doc: Any) -> list[str]:
    """Each verb "call" of the parse with its children as ``dep:word``."""
    out = []
    for t in doc:
        if t.lemma_ == "call" and t.pos_ in ("VERB", "AUX"):
            kids = " ".join(f"{c.dep_}:{c.text}" for c in t.children)
            out.append(f"{t.text}[{t.dep_}] {kids}")
    return out


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import _parse
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    errors = {c: {(n, e["id"]) for n, f in start[c].items() for e in f["errors"]} for c in start}
    rules = get_coder("rules", strict=True).coder
    nlp = get_coder("nlp", strict=True).coder
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK or dev.name not in start["nlp"]:
            continue
        for record in read_gold(dev.path, dev.split):
            if not CALL.search(record.text):
                continue
            doc = _parse(record.text)
            row = {
                "set": dev.name,
                "id": record.id,
                "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                "rules": first(rules.code_sentence(record.text, record.date, record.home)),
                "rules_right": (dev.name, record.id) not in errors["rules"],
                "nlp": first(nlp.code_sentence(record.text, record.date, record.home)),
                "nlp_right": (dev.name, record.id) not in errors["nlp"],
                "calls": calls(doc),
                "text": record.text,
            }
            out.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
