"""Why a Brier score is what it is: Murphy's (1973) decomposition, exact and binned.

The mean Brier score of ``N`` probability forecasts ``f_i`` of binary outcomes ``o_i`` (1 or 0)
splits into three parts (Murphy 1973, "A new vector partition of the probability score",
Journal of Applied Meteorology 12(4), 595-600). Group the forecasts into ``K`` groups, group
``k`` with ``n_k`` forecasts, mean forecast ``f_k`` and observed frequency ``o_k``; ``o`` is the
base rate (the observed frequency over all ``N``):

* **reliability** (calibration; lower is better): ``REL = sum n_k (f_k - o_k)^2 / N``, how far
  each group's forecast is from what happened in it;
* **resolution** (higher is better): ``RES = sum n_k (o_k - o)^2 / N``, how far the groups'
  outcomes are from the base rate, i.e. how well the forecasts sort the questions;
* **uncertainty**: ``UNC = o (1 - o)``, the Brier score of always forecasting the base rate: the
  questions', not the forecaster's.

Grouped by the **distinct forecast values** (every ``f_i`` in group ``k`` equals ``f_k``),
``Brier = REL - RES + UNC`` exactly (up to floating-point rounding). Grouped into **bins** of
forecast values, as a reliability diagram is, two more terms make the identity hold
(Stephenson, Coelho & Jolliffe 2008, "Two extra components in the Brier score decomposition",
Weather and Forecasting 23(4), 752-757): the within-bin variance of the forecasts
``WBV = sum_k sum_{i in k} (f_i - f_k)^2 / N`` and the within-bin covariance of forecasts and
outcomes ``WBC = 2 sum_k sum_{i in k} (f_i - f_k)(o_i - o_k) / N``, so that
``Brier = REL - RES + UNC + WBV - WBC``, with ``REL`` and ``RES`` over the bins (``f_k`` the
bins' mean forecast, not their centre). The bins are the calibration table's
(:data:`BINS` of width 0.1, ``[0, 0.1)``, ..., ``[0.9, 1]``), so the binned reliability is that
table's, summed.

With fewer than two forecasts there is no spread to split: status ``"n too small"`` and every
component None (never NaN), as :mod:`accord.ledger.paired` says of its tests.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["BINS", "BIN_EDGES", "BrierDecomposition", "bin_index", "decompose"]

BINS = 10
"""Bins of the binned decomposition and of the calibration table: ten of width 0.1 over [0, 1],
the last closed (p = 1 in it)."""

BIN_EDGES = [k / BINS for k in range(BINS + 1)]
"""The bins' edges, 0, 0.1, ..., 1 (0.3 is the float 0.3: a forecast on an edge goes to the bin
above); the calibration table's bounds are these."""


def bin_index(p: float) -> int:
    """The bin of probability ``p``: ``k`` with ``p`` in ``[k / 10, (k + 1) / 10)``, 9 for 1."""
    return min(max(bisect_right(BIN_EDGES, p) - 1, 0), BINS - 1)


@dataclass(frozen=True)
class BrierDecomposition:
    """Murphy's decomposition of one engine's mean Brier score over its ``n`` scored forecasts of
    one kind (``issue``: ``p_agreement``; ``draft``: ``P(adopted)``).

    Exact, over the ``n_distinct`` distinct forecast values: ``brier = reliability - resolution
    + uncertainty``. Binned, over the :data:`BINS` fixed bins: ``brier = reliability_binned -
    resolution_binned + uncertainty + within_bin_variance - within_bin_covariance``. ``status``:
    ``"decomposed"``, or ``"n too small"`` (``n < 2``: every component None; ``brier`` and
    ``base_rate`` given where ``n`` is 1)."""

    kind: str
    engine: str
    n: int
    brier: float | None
    base_rate: float | None
    uncertainty: float | None
    reliability: float | None
    resolution: float | None
    n_distinct: int
    reliability_binned: float | None
    resolution_binned: float | None
    within_bin_variance: float | None
    within_bin_covariance: float | None
    status: str
    bins: int = BINS

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "engine": self.engine,
            "n": self.n,
            "brier": self.brier,
            "base_rate": self.base_rate,
            "uncertainty": self.uncertainty,
            "reliability": self.reliability,
            "resolution": self.resolution,
            "n_distinct": self.n_distinct,
            "bins": self.bins,
            "reliability_binned": self.reliability_binned,
            "resolution_binned": self.resolution_binned,
            "within_bin_variance": self.within_bin_variance,
            "within_bin_covariance": self.within_bin_covariance,
            "status": self.status,
        }


def _parts(
    groups: dict[Any, list[tuple[float, float]]], n: int, base_rate: float
) -> tuple[float, float, float, float]:
    """REL, RES, WBV and WBC of ``groups`` (each a list of (forecast, outcome) pairs)."""
    rel = res = wbv = wbc = 0.0
    for members in groups.values():
        size = len(members)
        f_k = math.fsum(f for f, _ in members) / size
        o_k = math.fsum(o for _, o in members) / size
        rel += size * (f_k - o_k) ** 2
        res += size * (o_k - base_rate) ** 2
        wbv += math.fsum((f - f_k) ** 2 for f, _ in members)
        wbc += 2.0 * math.fsum((f - f_k) * (o - o_k) for f, o in members)
    return rel / n, res / n, wbv / n, wbc / n


def decompose(
    forecasts: Sequence[float], outcomes: Sequence[bool], kind: str = "", engine: str = ""
) -> BrierDecomposition:
    """Murphy's decomposition of the mean Brier score of ``forecasts`` (probabilities in [0, 1])
    of ``outcomes``, exact over the distinct forecast values and binned over :data:`BINS` bins
    (see the module's docstring). A forecast outside [0, 1] or not finite is a ``ValueError``
    (the ledger's scores check theirs before: :func:`accord.ledger.scores.probability`)."""
    if len(forecasts) != len(outcomes):
        raise ValueError("as many outcomes as forecasts are needed")
    pairs = [(float(f), float(bool(o))) for f, o in zip(forecasts, outcomes, strict=True)]
    if not all(math.isfinite(f) and 0.0 <= f <= 1.0 for f, _ in pairs):
        raise ValueError("forecasts to decompose must be probabilities in [0, 1]")
    n = len(pairs)
    distinct: dict[Any, list[tuple[float, float]]] = {}
    binned: dict[Any, list[tuple[float, float]]] = {}
    for f, o in pairs:
        distinct.setdefault(f, []).append((f, o))
        binned.setdefault(bin_index(f), []).append((f, o))
    if n == 0:
        return BrierDecomposition(
            kind, engine, 0, None, None, None, None, None, 0, None, None, None, None, "n too small"
        )
    brier = math.fsum((f - o) ** 2 for f, o in pairs) / n
    base_rate = math.fsum(o for _, o in pairs) / n
    if n < 2:
        return BrierDecomposition(
            kind, engine, n, brier, base_rate, None, None, None, len(distinct),
            None, None, None, None, "n too small",
        )  # fmt: skip
    rel, res, _, _ = _parts(distinct, n, base_rate)
    rel_b, res_b, wbv, wbc = _parts(binned, n, base_rate)
    return BrierDecomposition(
        kind, engine, n, brier, base_rate, base_rate * (1.0 - base_rate), rel, res,
        len(distinct), rel_b, res_b, wbv, wbc, "decomposed",
    )  # fmt: skip
