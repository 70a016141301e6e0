"""Session 7 (issue 14, item 6): evidence recall at precision >= 0.80; leave-one-file-out
over the six development evidence files (the protocol in docs/validation-events.md, "session 7:
evidence recall").

Run from the repository root: ``python docs/data/evidence-cv-2026-12-03-s7/candidates.py
CODER [LABEL ...]``, CODER ``rules`` or ``nlp`` (which needs the ``[nlp]`` extra). Each
candidate is a fixed set (its figure on each file is its out-of-file figure; the keywords of
K were read on all six files); ``choice`` lets each fold choose, by the precision objective,
among D's rules, D's rules with ``policy_cues`` and those with ``press_report`` too, on the K
scenarios. Writes ``candidates-LABEL-CODER.json`` next to this file and prints a per-file
table."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evidence import SENSE_GATES, EvidenceRules
from accord.news.evidence_cv import CVReport, cross_validate
from accord.news.evidence_gold import load_evidence_golds

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.news.scenario_keywords_s7 import without_added

HERE = Path(__file__).parent
GOLD = [
    Path("tests/data/news") / name
    for name in (
        "evidence-gold.jsonl",
        "evidence-heldout-2026.jsonl",
        "evidence-heldout-s5.jsonl",
        "evidence-heldout-s5c.jsonl",
        "evidence-heldout-s6.jsonl",
        "evidence-heldout-s6b.jsonl",
    )
]
Q = replace(SENSE_GATES, policy_cues=True)
QP = replace(Q, press_report=True)
QPE = replace(QP, expense_lack=True)
CANDIDATES: dict[str, tuple[bool, list[EvidenceRules]]] = {
    "D": (False, [SENSE_GATES]),
    "K": (True, [SENSE_GATES]),
    "Q": (False, [Q]),
    "KQ": (True, [Q]),
    "KQP": (True, [QP]),
    "KQPE": (True, [QPE]),
    "choice": (True, [SENSE_GATES, Q, QP]),
}


def _row(report: CVReport) -> str:
    cells = [
        f"{f.test.correct}/{f.test.predicted} r{f.test.found_gold}/{f.test.gold}"
        for f in report.folds
    ]
    p = report.pooled
    pooled = f"{p.correct}/{p.predicted} = {p.precision or 0:.3f}"
    recall = f"{p.found_gold}/{p.gold} = {p.recall or 0:.3f}"
    return " | ".join(cells) + f" || {pooled}, recall {recall}"


def main(name: str, only: list[str]) -> None:
    records, scenarios, files = load_evidence_golds(GOLD)
    before = without_added(scenarios)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    for label, (keywords, candidates) in CANDIDATES.items():
        if only and label not in only:
            continue
        report = cross_validate(
            records,
            scenarios if keywords else before,
            coder,
            by="file",
            files=files,
            candidates=candidates,
            objective="precision",
        )
        out = HERE / f"candidates-{label}-{name}.json"
        out.write_text(json.dumps(report.to_dict(), indent=1) + "\n", encoding="utf-8")
        chosen = "; ".join(f.chosen.label() for f in report.folds) if label == "choice" else ""
        print(
            f"{label:7s} {_row(report)}  [{chosen}]",
            flush=True,
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules", sys.argv[2:])
