"""The census of session 28 (s28-called): every READING record with a form of the verb "call"
("call", "calls", "called", "calling"), its parse around the verb (the verb's children and
their dependencies), the gold, and each coder's first event with the start code. The CHECK
files of session 28 (news-heldout-s26, -s26b, -s26c, -s27, -s27b, -s27c) are refused by name
before anything is read. ``classify.py`` adds, with the candidate's code, the construction and
whether its predicate condemns, and the lead's start run (whether each record is right).

Run from the worktree root with the start code (``/tmp/s28-start/src``)::

    PYTHONPATH=/tmp/s28-start/src nice python3 docs/data/called-2026-12-05-s28-called/census.py \
        docs/data/called-2026-12-05-s28-called/census.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {f"heldout-s2{n}{x}" for n in (6, 7) for x in ("", "b", "c")}
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

    rules = get_coder("rules", strict=True).coder
    nlp = get_coder("nlp", strict=True).coder
    root = Path.cwd()
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            if not CALL.search(record.text):
                continue
            row = {
                "set": dev.name,
                "id": record.id,
                "date": record.date.isoformat() if record.date else None,
                "home": record.home,
                "gold": f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}",
                "rules": first(rules.code_sentence(record.text, record.date, record.home)),
                "nlp": first(nlp.code_sentence(record.text, record.date, record.home)),
                "calls": calls(_parse(record.text)),
                "text": record.text,
            }
            out.append(row)
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(out)} records in {len({r['set'] for r in out})} READING files")


if __name__ == "__main__":
    main()
