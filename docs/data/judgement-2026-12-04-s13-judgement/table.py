"""READING records whose sentence has "call", "describe", "label", "brand", "term", "dismiss"
or "denounce" (any form), with the gold type and both coders' types before the change.

Session 13, s13-judgement. Reads the READING files of
:func:`accord.news.nlp.rules_cv.dev_sets` (never the CHECK files ``heldout-s12`` and
``heldout-s12b``) and the coders' errors in ``reading-before.json`` beside this file (the
rules coder: the lead's session-start run; the nlp coder: main at 2f14009). "ok" is a record
in no error list; otherwise the coder's type. Run from the worktree root::

    PYTHONPATH=src python3 docs/data/judgement-2026-12-04-s13-judgement/table.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CHECK = ("heldout-s12", "heldout-s12b")
WORDS = re.compile(
    r"\b(call(s|ed|ing)?|describ(e|es|ed|ing)|label(l)?(s|ed|ing)?|brand(s|ed|ing)?"
    r"|dismiss(es|ed|ing)?|term(s|ed|ing)?|den[oa]unc\w*)\b",
    re.I,
)


def main() -> None:
    from accord.news.nlp.rules_cv import dev_sets, load_records

    root = Path.cwd().resolve()
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    records, _groups, names = load_records(sets)
    before = json.loads((Path(__file__).parent / "reading-before.json").read_text("utf-8"))
    errors = {c: {e["id"]: e for s in before[c].values() for e in s["errors"]} for c in before}
    for record, name in zip(records, names, strict=True):
        if not WORDS.search(record.text):
            continue
        got = {c: errors[c][record.id]["got"] if record.id in errors[c] else "ok" for c in errors}
        print(
            f"{name}\t{record.id}\t{record.event}\t{sorted(record.sources)}->"
            f"{sorted(record.targets)}\trules={got['rules']}\tnlp={got['nlp']}\n    {record.text}"
        )


if __name__ == "__main__":
    main()
