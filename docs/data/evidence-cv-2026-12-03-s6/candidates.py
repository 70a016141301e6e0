"""Session 6 (issue 14, item 6): leave-one-file-out choices of the evidence rules, by precision
with at least two thirds of the plain matcher's correct items kept (the protocols in
docs/validation-events.md, "session 6: evidence precision" and "session 6, round 2").

Run from the repository root: ``python docs/data/evidence-cv-2026-12-03-s6/candidates.py CODER
[ROUND]``, CODER ``rules`` or ``nlp`` (which needs the ``[nlp]`` extra), ROUND:

* ``1`` (the default): the four development files of round 1; the plain matcher and the two
  round-1 candidates (C3: :data:`DIRECTION_GATES`, C4: :data:`ABSTAINING_GATES`). Writes
  ``candidates-{C3,C4,choice}-CODER.json`` next to this file.
* ``2``: the five development files (``evidence-heldout-s6.jsonl`` added); C4 and C4 with
  either or both of ``keyword_sense`` and ``relative_clause``. Writes
  ``candidates-{C4,C4-sense,C4-relative,C4-both,choice}-CODER.json`` in
  ``../evidence-cv-2026-12-03-s6b/``.
* ``3``: the five files; :data:`SENSE_GATES` (C5) and C5 with ``press_report``. Writes
  ``candidates-{C5,C5-press,choice3}-CODER.json`` there.

Each candidate is also run alone (a fixed set: its figure on each file is its out-of-file
figure)."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evidence import (
    ABSTAINING_GATES,
    DIRECTION_GATES,
    LEGACY_RULES,
    SENSE_GATES,
    EvidenceRules,
)
from accord.news.evidence_cv import cross_validate
from accord.news.evidence_gold import load_evidence_golds

HERE = Path(__file__).parent
ROUND_2_OUT = HERE.parent / "evidence-cv-2026-12-03-s6b"
GOLD_5 = [
    Path("tests/data/news") / name
    for name in (
        "evidence-gold.jsonl",
        "evidence-heldout-2026.jsonl",
        "evidence-heldout-s5.jsonl",
        "evidence-heldout-s5c.jsonl",
        "evidence-heldout-s6.jsonl",
    )
]
GOLD = GOLD_5[:4]
"""The four development files of round 1."""
ROUND_2 = {
    "C4": ABSTAINING_GATES,
    "C4-sense": replace(ABSTAINING_GATES, keyword_sense=True),
    "C4-relative": replace(ABSTAINING_GATES, relative_clause=True),
    "C4-both": SENSE_GATES,
}
ROUND_3 = {"C5": SENSE_GATES, "C5-press": replace(SENSE_GATES, press_report=True)}
Round = tuple[list[Path], Path, dict[str, EvidenceRules], str, list[EvidenceRules]]
ROUNDS: dict[str, Round] = {
    "1": (
        GOLD,
        HERE,
        {"C3": DIRECTION_GATES, "C4": ABSTAINING_GATES},
        "choice",
        [LEGACY_RULES, DIRECTION_GATES, ABSTAINING_GATES],
    ),
    "2": (GOLD_5, ROUND_2_OUT, ROUND_2, "choice", list(ROUND_2.values())),
    "3": (GOLD_5, ROUND_2_OUT, ROUND_3, "choice3", list(ROUND_3.values())),
}


def main(name: str, round_: str) -> None:
    gold, out_dir, alone, choice, among = ROUNDS[round_]
    records, scenarios, files = load_evidence_golds(gold)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    runs = {label: [rules] for label, rules in alone.items()}
    runs[choice] = among
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
        out = out_dir / f"candidates-{label}-{name}.json"
        out.write_text(json.dumps(report.to_dict(), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules", sys.argv[2] if len(sys.argv) > 2 else "1")
