"""The default evidence rules were chosen by leave-one-file-out over the four development gold
files (issue 14, item 6; session 6): in each fold, by precision on the three training files
with at least two thirds of the plain matcher's correct items kept, among the plain matcher and
the two session-6 candidates. The test reruns that choice for the rules coder and checks the
adoption rule written before the runs: on every file left out the chosen rules are at least as
precise as the plain matcher, and pooled they keep at least two thirds of its correct items.
A change of the matcher that breaks this fails here, and the default must then be re-decided.
(The nlp coder's run, which needs the ``[nlp]`` extra, is in docs/validation-events.md.)"""

from __future__ import annotations

from accord.news.evidence import (
    ABSTAINING_GATES,
    DEFAULT_RULES,
    DIRECTION_GATES,
    LEGACY_RULES,
)
from accord.news.evidence_cv import cross_validate
from accord.news.evidence_gold import load_evidence_golds
from tests.helpers import DATA

GOLD = [
    DATA / "news" / name
    for name in (
        "evidence-gold.jsonl",
        "evidence-heldout-2026.jsonl",
        "evidence-heldout-s5.jsonl",
        "evidence-heldout-s5c.jsonl",
    )
]


def test_the_default_beats_the_plain_matcher_on_every_file_left_out() -> None:
    records, scenarios, files = load_evidence_golds(GOLD)
    assert len(records) == 394
    report = cross_validate(
        records,
        scenarios,
        by="file",
        files=files,
        candidates=[LEGACY_RULES, DIRECTION_GATES, ABSTAINING_GATES],
        objective="precision",
    )
    assert all(f.chosen == ABSTAINING_GATES for f in report.folds)
    assert report.chosen_on_all == DEFAULT_RULES == ABSTAINING_GATES
    for fold in report.folds:
        now, plain = fold.test, fold.baseline_test
        assert now.correct * plain.predicted >= plain.correct * now.predicted, fold.fold.name
    chosen, plain = report.pooled, report.baseline_pooled
    # docs/validation-events.md, "session 6: evidence precision": 50/74 against 47/80
    assert (chosen.correct, chosen.predicted) == (50, 74)
    assert (plain.correct, plain.predicted) == (47, 80)
    assert 3 * chosen.correct >= 2 * plain.correct  # the recall floor
