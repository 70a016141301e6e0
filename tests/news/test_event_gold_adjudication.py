"""The adjudicated double annotation of ``news-real-2025.json`` (issue 14 item 2).

Two annotators labelled every sentence (``annotations.first``: the first annotator's resolved
labels; ``annotations.independent``: the second annotator); a third engineer adjudicated every
record where they disagree (``adjudication``). These tests check that the file says what
docs/validation-events/session-03.md reports: an adjudication exactly where the annotators disagree,
the gold equal to the adjudicated labels (or to the shared labels where they agree), and the
agreement figures quoted there (Cohen's kappa from scikit-learn).
"""

from __future__ import annotations

import pytest

from accord.news.evaluate import read_gold
from tests.helpers import DATA
from tests.news.event_gold import agreement, check_adjudication, gold_records, labels

REAL = DATA / "news" / "news-real-2025.json"


def test_adjudicated_exactly_where_the_annotators_disagree() -> None:
    for item in gold_records(REAL):
        check_adjudication(item, "first", "independent", "third")


def test_reported_agreement_figures() -> None:
    items = gold_records(REAL)
    first = [labels(r["annotations"]["first"]) for r in items]
    second = [labels(r["annotations"]["independent"]) for r in items]
    gold = [labels(r) for r in items]
    assert len(items) == 34
    assert agreement(first, second) == (28, pytest.approx(0.799, abs=1e-3), 25, 17)
    assert agreement(first, gold) == (32, pytest.approx(0.932, abs=1e-3), 29, 26)
    assert agreement(second, gold) == (30, pytest.approx(0.865, abs=1e-3), 30, 25)


def test_adjudicated_set_is_development_data() -> None:
    assert len(read_gold(REAL, split="dev")) == 34
    assert read_gold(REAL, split="heldout") == []
