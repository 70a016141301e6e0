"""Stance evidence on the evidence gold: one scoring run and one cross-validation (issue 14).

Cases: ``accord evidence evaluate`` (library :func:`accord.news.evidence_gold.evaluate_evidence`)
on the 195 gold sentences with the rules matcher before the precision rules and with the default
rules, and :func:`accord.news.evidence_cv.cross_validate` leave one scenario out over the 960
candidate rules (192 extractions of every sentence: 64 switch combinations times 3 distance
limits; the folds and thresholds regroup them). Rules coder only: the nlp coder's parse
dominates its time and is measured in ``bench_news``.
``python bench/bench_evidence.py``; reads ``tests/data/news/evidence-gold.jsonl``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import best_of, machine, print_table  # noqa: E402

from accord.news.evidence import DEFAULT_RULES, LEGACY_RULES  # noqa: E402
from accord.news.evidence_cv import cross_validate  # noqa: E402
from accord.news.evidence_gold import evaluate_evidence, load_evidence_gold  # noqa: E402

GOLD = HERE.parent / "tests" / "data" / "news" / "evidence-gold.jsonl"


def run() -> list[dict[str, Any]]:
    records, scenarios = load_evidence_gold(GOLD)
    rows: list[dict[str, Any]] = []
    for name, rules in (
        ("evaluate, legacy rules", LEGACY_RULES),
        ("evaluate, default", DEFAULT_RULES),
    ):
        seconds, result = best_of(lambda r=rules: evaluate_evidence(records, scenarios, rules=r))
        rows.append(
            {
                "case": name,
                "sentences": len(records),
                "seconds": round(seconds, 3),
                "sentences_per_s": round(len(records) / seconds, 1),
                "cpu_s": None,
                "precision": result.overall.precision,
            }
        )
    cpu = time.process_time()
    seconds, report = best_of(lambda: cross_validate(records, scenarios, by="scenario"), repeat=1)
    rows.append(
        {
            "case": "cv, leave one scenario out",
            "sentences": len(records),
            "seconds": round(seconds, 3),
            "sentences_per_s": None,
            "cpu_s": round(time.process_time() - cpu, 2),
            "precision": report.pooled.precision,
        }
    )
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("evidence", run())
