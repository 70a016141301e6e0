"""Selection protocols: the splits that decide which data a model may learn from.

Two protocols, each chosen because it mimics how the model is used:

* **rolling origin** (Tashman 2000, "Out-of-sample tests of forecasting accuracy: an analysis
  and review", International Journal of Forecasting 16(4)): to forecast period ``N`` a model
  sees periods before ``N`` only, and the origin rolls forward one period at a time. Used for
  General Assembly sessions, where the future must never inform the past;
* **repeated grouped K-fold**: every row of a group (a DEU proposal, whose issues are
  negotiated together) falls in the same fold, so no proposal is on both sides of a split
  (Roberts et al. 2017, "Cross-validation strategies for data with temporal, spatial,
  hierarchical, or phylogenetic structure", Ecography 40(8)). Repeating with new seeds shows
  the spread that one partition hides. The folds come from scikit-learn's ``GroupKFold``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError

IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


def training_periods(periods: NDArray[np.int64], origin: int, window: int = 0) -> BoolArray:
    """Rows a model may learn from when forecasting period ``origin``: periods strictly before
    it, and with ``window`` > 0 no earlier than ``origin - window``."""
    keep = periods < origin
    if window > 0:
        keep &= periods >= origin - window
    return np.asarray(keep)


@dataclass(frozen=True)
class RollingSplit:
    """One rolling-origin step: the period forecast and the rows on each side."""

    origin: int
    train: BoolArray
    test: BoolArray


def rolling_origin(
    periods: NDArray[np.int64], first: int, last: int, window: int = 0
) -> Iterator[RollingSplit]:
    """Train on periods before ``N`` (the last ``window`` of them if > 0), test on ``N``, for
    every ``N`` from ``first`` to ``last``; periods with no rows, or nothing before them, are
    an error (a silent skip would shrink the evaluation unnoticed)."""
    if first > last:
        raise DataError(f"rolling origin: first period {first} is after the last {last}")
    periods = np.asarray(periods, dtype=np.int64)
    for origin in range(first, last + 1):
        test = periods == origin
        train = training_periods(periods, origin, window)
        if not test.any():
            raise DataError(f"rolling origin: no rows in period {origin}")
        if not train.any():
            raise DataError(f"rolling origin: nothing before period {origin} to train on")
        yield RollingSplit(origin, train, test)


@dataclass(frozen=True)
class GroupedSplit:
    """One fold of one repeat: row indices to fit on and to score."""

    repeat: int
    fold: int
    train: IntArray
    test: IntArray


def grouped_folds(
    groups: Sequence[str], folds: int = 5, repeats: int = 1, seed: int = 0
) -> Iterator[GroupedSplit]:
    """Repeated grouped K-fold over rows labelled by ``groups``: each repeat shuffles the
    groups with a seed spawned from ``seed`` (``SeedSequence.spawn``), so the partitions are
    reproducible and independent of each other."""
    from sklearn.model_selection import GroupKFold

    labels = np.asarray(list(groups))
    n_groups = np.unique(labels).size
    if folds < 2:
        raise DataError(f"grouped cross-validation: folds must be at least 2, not {folds}")
    if n_groups < folds:
        raise DataError(f"grouped cross-validation: {n_groups} groups cannot fill {folds} folds")
    children = np.random.SeedSequence(seed).spawn(repeats)
    rows = np.arange(labels.size)
    for r, child in enumerate(children):
        state = int(child.generate_state(1)[0])
        splitter = GroupKFold(n_splits=folds, shuffle=True, random_state=state)
        for f, (train, test) in enumerate(splitter.split(rows, groups=labels)):
            yield GroupedSplit(r, f, train.astype(np.int64), test.astype(np.int64))
