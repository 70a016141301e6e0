"""Every READING record with a sending or deploying verb whose clause names relief.

Session 34 (s34-deployed): the look for counter-examples of the candidate's reading. Prints,
for each READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the six CHECK files of
session 34 skipped by name, never opened), the records where a form of deploy, send, dispatch,
rush or station is followed, before a comma, semicolon or colon, by humanitarian, relief,
rescue, medical, hospital(s), food, medicine(s) or disaster, with the gold type and actors. Run
from the worktree root::

    PYTHONPATH=src python3 docs/data/deployed-2026-12-06-s34-deployed/counter.py
"""

from __future__ import annotations

import re
from pathlib import Path

CHECK = frozenset(
    {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b", "heldout-s33c"}
)
VERB = re.compile(
    r"\b(deploy(s|ed|ing)?|sen[dt]s?|sending|dispatch(es|ed|ing)?|rush(es|ed|ing)?"
    r"|station(s|ed|ing)?)\b([^,;:]*)",
    re.I,
)
RELIEF = re.compile(
    r"\b(humanitarian|relief|rescue|medical|hospitals?|food|medicines?|disaster)\b", re.I
)


def counter() -> None:
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for r in read_gold(dev.path, dev.split):
            clause = next((m for m in VERB.finditer(r.text) if RELIEF.search(m.group(0))), None)
            if clause is not None:
                print(
                    dev.name,
                    r.id,
                    r.event,
                    sorted(r.sources),
                    sorted(r.targets),
                    "|",
                    clause.group(0)[:150],
                )


if __name__ == "__main__":
    counter()
