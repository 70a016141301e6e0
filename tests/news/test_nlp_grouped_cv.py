"""Grouped, repeated cross-validation of the nlp type head (issue 14, session 4, s4-i14t).

No source document may sit on both sides of a fold: gold records are grouped by the family
named in ``--gold FILE[:SPLIT][@FAMILY]`` (docs/validation-events/session-03.md, "Grouped CV of the
type head"). These tests check the grouping, the folds and the figures the head records; the
training test at the end needs the ``[nlp]`` extra.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.news.coders import nlp_available
from accord.news.evaluate import read_gold
from accord.news.nlp.train import (
    FOLDS,
    CVResult,
    GoldSpec,
    TrainingSet,
    cv_run,
    cv_summary,
    families,
    grouped_folds,
)
from tests.helpers import ROOT


def test_a_gold_spec_names_file_split_and_family() -> None:
    assert GoldSpec.parse("a.json") == GoldSpec("a.json", None, "text")
    assert GoldSpec.parse("a.json:dev@url") == GoldSpec("a.json", "dev", "url")
    assert GoldSpec.parse("b.json@file") == GoldSpec("b.json", None, "file")
    with pytest.raises(DataError, match=r"a\.json:dev@place.*'place'"):
        GoldSpec.parse("a.json:dev@place")


def _gold_file(tmp_path: Path) -> Path:
    records = [
        {"id": "r1", "text": "Russia attacked Kyiv.", "event": "ASSAULT", "url": "u1"},
        {"id": "r2", "text": "Ukraine accused Russia.", "event": "ACCUSE", "url": "u1"},
        {"id": "r3", "text": "France met Germany.", "event": "CONSULT", "url": "u2"},
        {"id": "r4", "text": "Russia attacked Kyiv.", "event": "ASSAULT", "date": "2025-02-01"},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_families_group_by_url_date_file_or_sentence(tmp_path: Path) -> None:
    path = _gold_file(tmp_path)
    records = read_gold(path)

    def groups(family: str) -> list[str]:
        return families(GoldSpec(str(path), None, family), records)

    by_url = groups("url")
    assert by_url[0] == by_url[1] != by_url[2]
    assert by_url[3] == by_url[0].replace("url:u1", "url:Russia attacked Kyiv.")  # no url: text
    assert len(set(groups("file"))) == 1
    by_text = groups("text")
    assert by_text[0] == by_text[3] and len(set(by_text)) == 3  # the same sentence twice
    assert groups("date")[3].endswith("date:2025-02-01")
    assert all(g.startswith(f"{path}|") for g in by_url)  # two files never share a group


def _toy_set(groups: list[str], seed: int = 0) -> TrainingSet:
    rng = np.random.default_rng(seed)
    n_gold, n_weak = len(groups), 12
    labels = ["AGREE" if k % 3 else "NONE" for k in range(n_gold + n_weak)]
    centre = np.array([[1.0, 0.0] if y == "AGREE" else [0.0, 1.0] for y in labels])
    x = (centre + rng.normal(0.0, 0.7, size=centre.shape)).astype(np.float32)
    gold = np.zeros(n_gold + n_weak, dtype=bool)
    gold[:n_gold] = True
    return TrainingSet(x, labels, gold, n_weak, tuple(groups))


@settings(max_examples=25, deadline=None)
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=6), min_size=FOLDS, max_size=14),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_no_group_is_on_both_sides_of_a_fold(sizes: list[int], seed: int) -> None:
    groups = [f"doc{g}" for g, size in enumerate(sizes) for _ in range(size)]
    data = _toy_set(groups)
    folds = grouped_folds(data, seed)
    assert len(folds) == FOLDS
    tested = np.concatenate(folds)
    assert sorted(tested.tolist()) == list(range(len(groups)))  # every gold record once
    for test in folds:
        inside = {groups[i] for i in test}
        outside = {groups[i] for i in range(len(groups)) if i not in set(test.tolist())}
        assert not inside & outside
    same = grouped_folds(data, seed)
    assert all(np.array_equal(a, b) for a, b in zip(folds, same, strict=True))  # same seed


def test_without_groups_each_record_is_its_own_and_a_mismatch_is_an_error() -> None:
    data = _toy_set([f"d{k}" for k in range(20)])
    plain = TrainingSet(data.x, data.labels, data.gold, data.n_weak)
    assert sorted(np.concatenate(grouped_folds(plain, 1)).tolist()) == list(range(20))
    broken = TrainingSet(data.x, data.labels, data.gold, data.n_weak, ("a", "b"))
    with pytest.raises(DataError, match="2 groups for 20 gold records"):
        grouped_folds(broken, 0)
    few = TrainingSet(data.x, data.labels, data.gold, data.n_weak, ("a", "b") * 10)
    with pytest.raises(DataError, match="2 record families, fewer than 5"):
        grouped_folds(few, 0)


def test_cv_run_keeps_every_fold_of_every_repeat_and_a_pooled_figure() -> None:
    data = _toy_set([f"doc{k // 3}" for k in range(30)])
    result = cv_run(data, seed=0, repeats=2, setting=(2.0, 0.1, 0.3))
    assert isinstance(result, CVResult)
    assert list(result.folds) == [(2.0, 0.1, 0.3)]
    assert len(result.folds[(2.0, 0.1, 0.3)]) == 2 * FOLDS
    assert len(result.pooled[(2.0, 0.1, 0.3)]) == 2
    assert all(0.0 <= f <= 1.0 for f in result.folds[(2.0, 0.1, 0.3)])
    assert cv_run(data, seed=0, repeats=2, setting=(2.0, 0.1, 0.3)) == result  # same seed
    summary = cv_summary(result, (2.0, 0.1, 0.3))
    assert summary["repeats"] == 2 and len(summary["fold_event_f1"]) == 2 * FOLDS  # type: ignore[arg-type]
    assert summary["fold_sd"] == round(float(np.std(result.folds[(2.0, 0.1, 0.3)], ddof=1)), 4)


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
def test_training_with_grouped_cv_is_reproducible_from_a_seed() -> None:
    from accord.news.nlp.train import train

    spec = [f"{ROOT}/tests/data/news/diplomacy-2025.json:dev@date"]

    def digest(seed: int) -> tuple[str, object]:
        head = train(
            spec, seed, weak_per_type=3, embedder="static", repeats=1, setting=(8.0, 0.1, 0.3)
        )
        return str(head.meta["digest"]), head.meta["cv"]

    first, cv_first = digest(0)
    again, cv_again = digest(0)
    other, _ = digest(1)
    assert first == again and cv_first == cv_again
    assert first != other  # the seed draws the weak sample
    assert cv_first["repeats"] == 1 and len(cv_first["fold_event_f1"]) == FOLDS  # type: ignore[index]
