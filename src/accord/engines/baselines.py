"""Baselines: the capability x salience weighted mean and weighted median of positions.

The weighted mean is the "compromise model" of the EU-decision literature (Achen 2006,
"Evaluating political decision-making models", in Thomson et al., *The European Union
Decides*); the weighted median is Black's (1948) median voter with votes weighted by
capability x salience. Both are one-step predictions: the trajectory is the start state.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from accord.engines.base import Batch, BatchResult, Run
from accord.engines.common import check_names, issue_weight, make_run
from accord.engines.estimators import Mean, Median
from accord.scenario.arrays import FloatArray, stance_arrays
from accord.scenario.model import Scenario


def weighted_mean(position: FloatArray, weight: FloatArray) -> FloatArray:
    """Weighted mean over the actor axis (-2) of ``position[..., n, m]``.

    Actors with NaN positions or zero weight do not count. Issues where no weight is left
    give NaN.
    """
    w = np.where(np.isnan(position), 0.0, weight)
    x = np.nan_to_num(position)
    total = w.sum(axis=-2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(np.where(total > 0, (w * x).sum(axis=-2) / total, np.nan))


def weighted_median(position: FloatArray, weight: FloatArray) -> FloatArray:
    """Weighted median over the actor axis (-2) of ``position[..., n, m]``.

    The position at which the cumulative weight, in order of position, first reaches half the
    total; when it reaches exactly half, the midpoint between that position and the next.
    """
    w = np.where(np.isnan(position), 0.0, weight)
    x = np.where(np.isnan(position), np.inf, position)
    order = np.argsort(x, axis=-2, kind="stable")
    xs = np.take_along_axis(x, order, axis=-2)
    ws = np.take_along_axis(w, order, axis=-2)
    cum = np.cumsum(ws, axis=-2)
    total = cum[..., -1:, :]
    half = total / 2.0
    tol = 1e-12 * np.maximum(total, 1.0)
    idx = np.argmax(cum >= half - tol, axis=-2)[..., None, :]
    at = np.take_along_axis(xs, idx, axis=-2)[..., 0, :]
    exact = np.abs(np.take_along_axis(cum, idx, axis=-2) - half)[..., 0, :] <= tol[..., 0, :]
    # next position with positive weight after idx, for the exact-half case
    n = xs.shape[-2]
    later = np.arange(n)[:, None] > idx
    positive = later & (ws > 0)
    nxt_idx = np.argmax(positive, axis=-2)[..., None, :]
    has_next = positive.any(axis=-2)
    nxt = np.take_along_axis(xs, nxt_idx, axis=-2)[..., 0, :]
    med = np.where(exact & has_next, (at + nxt) / 2.0, at)
    return np.asarray(np.where(total[..., 0, :] > 0, med, np.nan))


class _OneStep:
    name = ""
    summary = ""

    def _aggregate(self, position: FloatArray, weight: FloatArray) -> FloatArray:
        raise NotImplementedError

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        check_names(params, (), self.name)
        arr = stance_arrays(scenario)
        outcome = self._aggregate(arr.position, issue_weight(arr.issue_capability(), arr.salience))
        return make_run(self.name, scenario, arr, arr.position[None].copy(), outcome, {}, seed)

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult:
        """In the issues' own units where the batch carries them (``Batch.in_scale``), as the
        single run computes, the outcome then mapped onto the unit interval (session 38: on
        the unit interval the mean differed from the single run's in the last digits)."""
        check_names(params, (), self.name)
        in_scale, low, span = batch.in_scale()
        outcome = self._aggregate(in_scale, issue_weight(batch.issue_capability(), batch.salience))
        if batch.low is None or batch.high is None:
            return BatchResult(batch.position.copy(), outcome)
        # the batch's own positions: nothing moves
        return BatchResult.of_scale(batch.position.copy(), outcome, in_scale, low, span)


class WeightedMean(_OneStep):
    name = "mean"
    summary = Mean.summary  # one wording: the registered estimator's

    def _aggregate(self, position: FloatArray, weight: FloatArray) -> FloatArray:
        return weighted_mean(position, weight)


class WeightedMedian(_OneStep):
    name = "median"
    summary = Median.summary  # one wording: the registered estimator's

    def _aggregate(self, position: FloatArray, weight: FloatArray) -> FloatArray:
        return weighted_median(position, weight)
