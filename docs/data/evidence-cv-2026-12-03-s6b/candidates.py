"""Session 6, round 2 (issue 14, item 6): leave-one-file-out over the five development evidence
files, choosing among the session-6 default and the two switches of round 2 (the protocol in
docs/validation-events.md, "session 6, round 2: evidence with the wrong issue or actor").

Run from the repository root: ``python docs/data/evidence-cv-2026-12-03-s6b/candidates.py
rules`` (or ``nlp``, which needs the ``[nlp]`` extra). Writes ``candidates-LABEL-CODER.json``
next to this file: each candidate alone and the choice among the four. With ``--round-3``:
round 3, :data:`SENSE_GATES` (C5) and C5 with ``press_report``, and the choice between them
(``candidates-choice3-CODER.json``)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evidence import ABSTAINING_GATES, SENSE_GATES
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
        "evidence-heldout-s6.jsonl",
    )
]
CANDIDATES = {
    "C4": ABSTAINING_GATES,
    "C4-sense": replace(ABSTAINING_GATES, keyword_sense=True),
    "C4-relative": replace(ABSTAINING_GATES, relative_clause=True),
    "C4-both": replace(ABSTAINING_GATES, keyword_sense=True, relative_clause=True),
}


ROUND_3 = {"C5": SENSE_GATES, "C5-press": replace(SENSE_GATES, press_report=True)}


def main(name: str, round_3: bool) -> None:
    records, scenarios, files = load_evidence_golds(GOLD)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    table = ROUND_3 if round_3 else CANDIDATES
    runs = {label: [rules] for label, rules in table.items()}
    runs["choice3" if round_3 else "choice"] = list(table.values())
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
    main(sys.argv[1] if len(sys.argv) > 1 else "rules", "--round-3" in sys.argv)
