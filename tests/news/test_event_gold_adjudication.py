"""The adjudicated double annotation of ``news-real-2025.json`` (issue 14 item 2).

Two annotators labelled every sentence (``annotations.first``: the first annotator's resolved
labels; ``annotations.independent``: the second annotator); a third engineer adjudicated every
record where they disagree (``adjudication``). These tests check that the file says what
docs/validation-events.md reports: an adjudication exactly where the annotators disagree, the
gold equal to the adjudicated labels (or to the shared labels where they agree), and the
agreement figures quoted there (Cohen's kappa from scikit-learn).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from accord.news.evaluate import read_gold
from tests.helpers import DATA

REAL = DATA / "news" / "news-real-2025.json"
Labels = tuple[str, frozenset[str], frozenset[str]]


def _records() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = json.loads(REAL.read_text(encoding="utf-8"))
    return [r for r in items if r["event"] != "DOCUMENT"]


def _labels(item: dict[str, Any]) -> Labels:
    codes = [
        frozenset(a["code"] if isinstance(a, dict) else a for a in item[role])
        for role in ("source", "target")
    ]
    return item["event"], codes[0], codes[1]


def _agreement(x: list[Labels], y: list[Labels]) -> tuple[int, float, int, int]:
    from sklearn.metrics import cohen_kappa_score

    kappa = float(cohen_kappa_score([a[0] for a in x], [b[0] for b in y]))
    return (
        sum(a[0] == b[0] for a, b in zip(x, y, strict=True)),
        round(kappa, 3),
        sum(a[1] == b[1] for a, b in zip(x, y, strict=True)),
        sum(a[2] == b[2] for a, b in zip(x, y, strict=True)),
    )


def test_adjudicated_exactly_where_the_annotators_disagree() -> None:
    for item in _records():
        first = _labels(item["annotations"]["first"])
        second = _labels(item["annotations"]["independent"])
        gold = _labels(item)
        if first == second:
            assert "adjudication" not in item, item["id"]
            assert gold == first, item["id"]
            continue
        adj = item["adjudication"]
        assert gold == _labels(adj), item["id"]
        assert adj["reason"].strip(), item["id"]
        followed = {"first": first, "independent": second}.get(adj["follows"])
        if adj["follows"] == "third":
            assert gold not in (first, second), item["id"]
        else:
            assert followed == gold, item["id"]


def test_reported_agreement_figures() -> None:
    items = _records()
    first = [_labels(r["annotations"]["first"]) for r in items]
    second = [_labels(r["annotations"]["independent"]) for r in items]
    gold = [_labels(r) for r in items]
    assert len(items) == 34
    assert _agreement(first, second) == (28, pytest.approx(0.799, abs=1e-3), 25, 17)
    assert _agreement(first, gold) == (32, pytest.approx(0.932, abs=1e-3), 29, 26)
    assert _agreement(second, gold) == (30, pytest.approx(0.865, abs=1e-3), 30, 25)


def test_adjudicated_set_is_development_data() -> None:
    assert len(read_gold(REAL, split="dev")) == 34
    assert read_gold(REAL, split="heldout") == []
