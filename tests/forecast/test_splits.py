"""Selection protocols: rolling origin never trains on the session it forecasts (or later);
grouped folds never put one proposal on both sides."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.forecast.splits import grouped_folds, rolling_origin, training_periods


@given(
    periods=st.lists(st.integers(1, 30), min_size=5, max_size=200),
    window=st.integers(0, 10),
)
@settings(max_examples=80, deadline=None)
def test_rolling_origin_trains_only_on_earlier_periods(periods: list[int], window: int) -> None:
    arr = np.asarray(periods, dtype=np.int64)
    origins = sorted(set(periods))
    usable = [o for o in origins if training_periods(arr, o, window).any()]
    if not usable:
        return
    first, last = usable[0], usable[-1]
    for split in rolling_origin(arr, first, first):
        assert split.origin == first
    present = set(periods)
    for origin in range(first, last + 1):
        if origin not in present or not training_periods(arr, origin, window).any():
            with pytest.raises(DataError):
                list(rolling_origin(arr, origin, origin, window))
            continue
        (split,) = rolling_origin(arr, origin, origin, window)
        assert np.all(arr[split.train] < origin)  # no leak of the session or later ones
        assert np.all(arr[split.test] == origin)
        assert not np.any(split.train & split.test)
        if window:
            assert np.all(arr[split.train] >= origin - window)
        else:  # everything earlier is used
            assert split.train.sum() == int(np.sum(arr < origin))


def test_rolling_origin_bad_range() -> None:
    with pytest.raises(DataError, match="after the last"):
        list(rolling_origin(np.array([1, 2, 3]), 3, 2))


@given(
    sizes=st.lists(st.integers(1, 6), min_size=5, max_size=40),
    folds=st.integers(2, 5),
    repeats=st.integers(1, 3),
    seed=st.integers(0, 2**32 - 1),
)
@settings(max_examples=60, deadline=None)
def test_grouped_folds_keep_each_group_on_one_side(
    sizes: list[int], folds: int, repeats: int, seed: int
) -> None:
    groups = [f"p{g}" for g, size in enumerate(sizes) for _ in range(size)]
    if len(sizes) < folds:
        with pytest.raises(DataError):
            list(grouped_folds(groups, folds, repeats, seed))
        return
    labels = np.asarray(groups)
    seen = np.zeros((repeats, labels.size), dtype=int)
    for split in grouped_folds(groups, folds, repeats, seed):
        assert not set(labels[split.train]) & set(labels[split.test])
        assert split.train.size + split.test.size == labels.size
        seen[split.repeat, split.test] += 1
    assert np.all(seen == 1)  # every row scored exactly once per repeat


def test_grouped_folds_are_reproducible_and_repeats_differ() -> None:
    groups = [f"p{g}" for g in range(40) for _ in range(2)]
    a = [s.test.tolist() for s in grouped_folds(groups, 5, 3, seed=11)]
    b = [s.test.tolist() for s in grouped_folds(groups, 5, 3, seed=11)]
    assert a == b
    assert a[:5] != a[5:10]  # a second repeat is a different partition
