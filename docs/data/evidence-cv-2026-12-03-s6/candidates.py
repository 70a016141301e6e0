"""Session 6 (issue 14, item 6): leave-one-file-out choice among the plain matcher and the two
session-6 candidates, by precision with at least two thirds of the plain matcher's correct
items kept (the protocol in docs/validation-events.md, "session 6: evidence precision").

Run from the repository root: ``python docs/data/evidence-cv-2026-12-03-s6/candidates.py rules``
(or ``nlp``, which needs the ``[nlp]`` extra). Writes ``candidates-{C3,C4,choice}-CODER.json``
next to this file: each candidate alone (C3: :data:`DIRECTION_GATES`, C4:
:data:`ABSTAINING_GATES`) and the choice among the three."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evidence import ABSTAINING_GATES, DIRECTION_GATES, LEGACY_RULES
from accord.news.evidence_cv import cross_validate
from accord.news.evidence_gold import load_evidence_golds

HERE = Path(__file__).parent
GOLD = [
    Path("tests/data/news") / name
    for name in (
        "evidence-gold.jsonl",
        "evidence-heldout-2026.jsonl",
        "evidence-heldout-s5.jsonl",
        "evidence-heldout-s5c.jsonl",
    )
]


def main(name: str) -> None:
    records, scenarios, files = load_evidence_golds(GOLD)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    runs = {
        "C3": [DIRECTION_GATES],
        "C4": [ABSTAINING_GATES],
        "choice": [LEGACY_RULES, DIRECTION_GATES, ABSTAINING_GATES],
    }
    for label, candidates in runs.items():
        report = cross_validate(
            records,
            scenarios,
            coder,
            by="file",
            files=files,
            candidates=candidates,
            objective="precision",
        )
        out = HERE / f"candidates-{label}-{name}.json"
        out.write_text(json.dumps(report.to_dict(), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules")
