"""Stance evidence on the evidence gold: scoring runs and one cross-validation (issue 14).

Cases: ``accord evidence evaluate`` (library :func:`accord.news.evidence_gold.evaluate_evidence`)
on the 195 gold sentences under three rule sets: the matcher before the precision rules
(:data:`~accord.news.evidence.LEGACY_RULES`), the session-6 round-1 default
(:data:`~accord.news.evidence.ABSTAINING_GATES`) and the default
(:data:`~accord.news.evidence.DEFAULT_RULES`, :data:`~accord.news.evidence.SENSE_GATES` since
session 6, round 2). The three are timed in interleaved rounds (one call of each per round,
best of :data:`ROUNDS` for wall clock and for CPU seconds), so that a change of load during the
run falls on all three alike; ``cpu_vs_abstaining`` is each case's best CPU time over that of
the session-6 round-1 default in the same run. Then
:func:`accord.news.evidence_cv.cross_validate` leaves one scenario out, choosing the rules in
each fold by forward selection over the switches (each set with its best distance limit and
strength threshold) on the training sentences; its CPU seconds, which other processes sharing
the cores do not inflate, are the comparable figure. Rules coder only: the nlp coder's parse
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

from common import machine, print_table  # noqa: E402

from accord.news.evidence import (  # noqa: E402
    ABSTAINING_GATES,
    DEFAULT_RULES,
    LEGACY_RULES,
    EvidenceRules,
)
from accord.news.evidence_cv import cross_validate  # noqa: E402
from accord.news.evidence_gold import evaluate_evidence, load_evidence_gold  # noqa: E402

GOLD = HERE.parent / "tests" / "data" / "news" / "evidence-gold.jsonl"
ROUNDS = 5
CASES: tuple[tuple[str, EvidenceRules], ...] = (
    ("evaluate, legacy rules", LEGACY_RULES),
    ("evaluate, session-6 round-1 default (ABSTAINING_GATES)", ABSTAINING_GATES),
    ("evaluate, default (SENSE_GATES)", DEFAULT_RULES),
)


def run() -> list[dict[str, Any]]:
    records, scenarios = load_evidence_gold(GOLD)
    wall = {name: float("inf") for name, _ in CASES}
    cpu = dict(wall)
    precision: dict[str, float] = {}
    for _ in range(ROUNDS):  # the first round also warms caches
        for name, rules in CASES:
            cpu0, wall0 = time.process_time(), time.perf_counter()
            result = evaluate_evidence(records, scenarios, rules=rules)
            wall[name] = min(wall[name], time.perf_counter() - wall0)
            cpu[name] = min(cpu[name], time.process_time() - cpu0)
            precision[name] = result.overall.precision
    reference = cpu[CASES[1][0]]
    rows: list[dict[str, Any]] = [
        {
            "case": name,
            "sentences": len(records),
            "seconds": round(wall[name], 3),
            "sentences_per_s": round(len(records) / wall[name], 1),
            "cpu_s": round(cpu[name], 3),
            "cpu_vs_abstaining": round(cpu[name] / reference, 2),
            "precision": precision[name],
        }
        for name, _ in CASES
    ]
    cpu0, wall0 = time.process_time(), time.perf_counter()
    report = cross_validate(records, scenarios, by="scenario")
    rows.append(
        {
            "case": "cv, leave one scenario out (forward selection)",
            "sentences": len(records),
            "seconds": round(time.perf_counter() - wall0, 3),
            "sentences_per_s": None,
            "cpu_s": round(time.process_time() - cpu0, 2),
            "cpu_vs_abstaining": None,
            "precision": report.pooled.precision,
        }
    )
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("evidence", run())
