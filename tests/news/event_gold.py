"""Reading the double-annotated event gold files and the annotators' agreement, shared by the
tests of each file (the figures they check are the ones docs/validation-events.md reports)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Labels = tuple[str, frozenset[str], frozenset[str]]


def gold_records(path: Path) -> list[dict[str, Any]]:
    """The records of a PLOVER-format gold file, its DOCUMENT record left out."""
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in items if r["event"] != "DOCUMENT"]


def labels(item: dict[str, Any]) -> Labels:
    """Event type, source codes and target codes of a record or of one annotation."""
    codes = [
        frozenset(a["code"] if isinstance(a, dict) else a for a in item[role])
        for role in ("source", "target")
    ]
    return item["event"], codes[0], codes[1]


def as_built(item: dict[str, Any]) -> dict[str, Any]:
    """A record's labels as its set was built: a READING record relabelled later under a written
    convention keeps them in ``as_built`` (with the reason in ``convention``), so that the
    annotators' agreement and the adjudication are checked against what the build decided."""
    built: dict[str, Any] = item.get("as_built", item)
    return built


def agreement(x: list[Labels], y: list[Labels]) -> tuple[int, float, int, int]:
    """Equal event types, Cohen's kappa of the types (scikit-learn, 3 decimals), equal source
    sets and equal target sets of two label lists."""
    from sklearn.metrics import cohen_kappa_score

    kappa = float(cohen_kappa_score([a[0] for a in x], [b[0] for b in y]))
    return (
        sum(a[0] == b[0] for a, b in zip(x, y, strict=True)),
        round(kappa, 3),
        sum(a[1] == b[1] for a, b in zip(x, y, strict=True)),
        sum(a[2] == b[2] for a, b in zip(x, y, strict=True)),
    )


def check_adjudication(item: dict[str, Any], first: str, second: str, neither: str) -> None:
    """Assert that a double-annotated record is adjudicated exactly where its two annotations
    (named ``first`` and ``second``) disagree: agreed labels are the gold and carry no
    adjudication; otherwise the adjudication gives the gold, a reason, and follows one
    annotation (by its name) or, as ``neither``, differs from both."""
    one = labels(item["annotations"][first])
    two = labels(item["annotations"][second])
    gold = labels(as_built(item))
    if one == two:
        assert "adjudication" not in item, item["id"]
        assert gold == one, item["id"]
        return
    adj = item["adjudication"]
    assert gold == labels(adj), item["id"]
    assert adj["reason"].strip(), item["id"]
    if adj["follows"] == neither:
        assert gold not in (one, two), item["id"]
    else:
        assert {first: one, second: two}[adj["follows"]] == gold, item["id"]
