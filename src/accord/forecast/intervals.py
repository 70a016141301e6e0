"""Conformal prediction intervals for engine forecasts, and their cross-validated coverage.

Split conformal prediction (Vovk, Gammerman & Shafer 2005, *Algorithmic Learning in a Random
World*; Lei, G'Sell, Rinaldo, Tibshirani & Wasserman 2018, "Distribution-free predictive
inference for regression", JASA 113(523), section 2.2): with absolute residuals
``r_1..r_n`` of forecasts on calibration cases, the interval ``forecast +/- q`` where ``q`` is
the ``ceil((n + 1) * level)``-th smallest residual covers a new outcome with probability at
least ``level`` when the cases are exchangeable. With too few residuals (``(n + 1) * level >
n``) ``q`` is infinite: the honest interval is the whole scale.

:func:`cross_validate` measures what the guarantee is worth on real data: for each fold of a
repeated grouped K-fold split (:mod:`accord.forecast.splits`) the quantile comes from the
training folds' residuals (for the learned model, out-of-fold residuals of an inner grouped
split, so that they are honest) and coverage and width are measured on the held-out fold.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError
from accord.forecast.learned import IssueRows, fit, subset
from accord.forecast.splits import grouped_folds

if TYPE_CHECKING:
    import pandas as pd

    from accord.forecast import Forecast

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]


def conformal_rank(n: int, level: float) -> int:
    """``ceil((n + 1) * level)``, the rank of the split-conformal quantile among ``n`` residuals
    (Lei et al. 2018, section 2.2), with ``level`` read as the decimal it is written as: in
    floating point ``100 * 0.55`` is 55.00000000000001, whose ceiling 56 is one rank too high
    (session 40's trial, finding 1); ``Fraction(str(level))`` is 11/20 exactly."""
    return math.ceil((n + 1) * Fraction(str(float(level))))


def conformal_quantile(residuals: F64, level: float) -> float:
    """The split-conformal radius for absolute ``residuals`` at coverage ``level`` (0..1): the
    :func:`conformal_rank`-th smallest, or ``inf`` when that rank exceeds their number (too
    few residuals for the level: the honest interval is the whole scale). A residual that is
    NaN or infinite is refused: it would be sorted last and silently shift the rank."""
    if not 0.0 < level < 1.0:
        raise DataError(f"interval level must be between 0 and 1 (exclusive), not {level}")
    r = np.sort(np.abs(np.asarray(residuals, dtype=np.float64)))
    if not np.isfinite(r).all():
        bad = int(np.size(r) - np.isfinite(r).sum())
        raise DataError(f"conformal quantile: {bad} of {r.size} residuals are NaN or infinite")
    n = r.size
    rank = conformal_rank(n, level)
    if n == 0 or rank > n:
        return math.inf
    return float(r[rank - 1])


def max_level(n: int) -> float:
    """The highest level whose conformal radius over ``n`` residuals is finite: ``n / (n + 1)``
    (rank ``ceil((n + 1) * level)`` at most ``n``)."""
    return n / (n + 1)


def interval(forecast: F64, radius: float, low: float, high: float) -> tuple[F64, F64]:
    """``forecast +/- radius`` cut to the scale [low, high]."""
    return (
        np.asarray(np.clip(forecast - radius, low, high)),
        np.asarray(np.clip(forecast + radius, low, high)),
    )


@dataclass
class IntervalScore:
    """An engine's cross-validated point and interval accuracy."""

    errors: list[float] = field(default_factory=list)  # |error| of each scored forecast
    covered: list[bool] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    fold_mae: list[float] = field(default_factory=list)
    fold_coverage: list[float] = field(default_factory=list)
    issues: int = 0  # distinct issues scored (each once per repeat)

    def to_dict(self) -> dict[str, Any]:
        def spread(values: list[float]) -> dict[str, float]:
            a = np.asarray(values)
            return {"min": float(a.min()), "max": float(a.max()), "sd": float(a.std())}

        return {
            "mae": float(np.mean(self.errors)),
            "n": self.issues,
            "forecasts": len(self.errors),
            "coverage": float(np.mean(self.covered)),
            "width": float(np.mean(self.widths)),
            "fold_mae": spread(self.fold_mae),
            "fold_coverage": spread(self.fold_coverage),
        }


Predictor = Callable[[I64, I64], F64]
"""(train rows, rows to predict) -> forecasts for the rows to predict."""


def fixed(predictions: F64) -> Predictor:
    """A forecaster that learns nothing (an engine): the same forecast whatever the split."""
    return lambda _train, rows: predictions[rows]


def learned(rows: IssueRows, alpha: float) -> Predictor:
    """The learned forecaster, refitted on the training rows of each split."""

    def predict(train: I64, target: I64) -> F64:
        return fit(subset(rows, train), alpha).predict(subset(rows, target))

    return predict


def _calibration_residuals(
    predict: Predictor, y: F64, groups: list[str], train: I64, folds: int, seed: int
) -> F64:
    """Out-of-fold absolute residuals on ``train`` (inner grouped split)."""
    out = np.empty(train.size)
    inner = [groups[i] for i in train]
    for split in grouped_folds(inner, folds, 1, seed):
        pred = predict(train[split.train], train[split.test])
        out[split.test] = np.abs(y[train[split.test]] - pred)
    return out


def cross_validate(
    forecasters: Mapping[str, tuple[Predictor, bool]],
    y: F64,
    groups: Sequence[str],
    level: float,
    folds: int = 5,
    repeats: int = 10,
    seed: int = 0,
    scale: tuple[float, float] = (0.0, 100.0),
) -> dict[str, IntervalScore]:
    """Repeated grouped K-fold MAE, interval coverage and width for each forecaster.

    ``forecasters`` maps a name to (predictor, learns): a predictor that learns is refitted on
    each training fold and its calibration residuals come from an inner grouped split of that
    fold; one that does not (an engine) is calibrated on its residuals over the training fold.
    """
    known = np.flatnonzero(~np.isnan(y))
    labels = [list(groups)[i] for i in known]
    scores = {name: IntervalScore(issues=int(known.size)) for name in forecasters}
    conformal_quantile(np.zeros(1), level)  # checks the level before any work
    for split in grouped_folds(labels, folds, repeats, seed):
        train, test = known[split.train], known[split.test]
        for name, (predict, learns) in forecasters.items():
            if learns:
                resid = _calibration_residuals(
                    predict, y, list(groups), train, folds, seed + split.repeat
                )
            else:
                resid = np.abs(y[train] - predict(train, train))
            radius = conformal_quantile(resid, level)
            pred = predict(train, test)
            low, high = interval(pred, radius, *scale)
            err = np.abs(y[test] - pred)
            hit = (y[test] >= low) & (y[test] <= high)
            s = scores[name]
            s.errors.extend(err.tolist())
            s.covered.extend(hit.tolist())
            s.widths.extend((high - low).tolist())
            s.fold_mae.append(float(err.mean()))
            s.fold_coverage.append(float(hit.mean()))
    return scores


RESIDUALS = "data/deu-residuals.json"
"""Each engine's absolute errors on the DEU III development split (shipped; rebuilt by
``accord backtest-fit ... --residuals``), the calibration set of :func:`scenario_intervals`;
the learned forecaster's are out-of-fold (grouped by proposal), as it was fitted there."""


def deu_residuals(cases: Sequence[Any], engines: Sequence[str], seed: int = 0) -> dict[str, Any]:
    """The document stored in :data:`RESIDUALS`: each engine's absolute errors on ``cases``."""
    from accord.forecast.backtest import LEARNED, backtest, learned_score

    scores = backtest(cases, [e for e in engines if e != LEARNED], seed=seed)
    if LEARNED in engines:  # out-of-fold: the shipped model was fitted on these cases
        scores[LEARNED] = learned_score(cases, seed=seed, out_of_fold=True)
    return {
        "format": "accord-deu-residuals/1",
        "scale": [0.0, 100.0],
        "engines": {
            name: sorted(round(e, 6) for e in s.errors.values()) for name, s in scores.items()
        },
    }


def load_residuals() -> dict[str, list[float]]:
    """The shipped residuals, engine -> sorted absolute errors."""
    ref = resources.files("accord.forecast").joinpath(RESIDUALS)
    try:
        doc = json.loads(ref.read_text(encoding="utf-8"))
        return {str(k): [float(x) for x in v] for k, v in doc["engines"].items()}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{ref}: cannot read the shipped DEU residuals ({exc})") from None


def scenario_intervals(
    engine: str, forecasts: Mapping[str, tuple[float | None, float, float]], level: float
) -> dict[str, Any]:
    """Split-conformal intervals for forecasts on the DEU 0..100 scale.

    ``forecasts`` maps issue id -> (forecast, scale low, scale high); only issues whose scale
    is 0..100 get an interval (the residuals were measured on that scale). The radius is the
    conformal quantile of ``engine``'s absolute errors on the DEU development split, so the
    coverage holds to the extent that the scenario's issues resemble EU legislative issues.
    """
    residuals = load_residuals()
    if engine not in residuals:
        raise DataError(
            f"--interval: no DEU residuals for engine {engine!r}; "
            f"available: {', '.join(sorted(residuals))}"
        )
    radius = conformal_quantile(np.asarray(residuals[engine]), level)
    if math.isinf(radius):  # an infinite radius would be written `Infinity`: not JSON
        n = len(residuals[engine])
        raise DataError(
            f"interval level {level}: the {n} DEU residuals of {engine!r} give a finite "
            f"radius only up to level {max_level(n):.4f} (n / (n + 1)); ask for a lower level"
        )
    out: dict[str, list[float]] = {}
    for issue, (value, low, high) in forecasts.items():
        if value is None or (low, high) != (0.0, 100.0):
            continue
        lo, hi = interval(np.array([value]), radius, low, high)
        out[issue] = [float(lo[0]), float(hi[0])]
    return {
        "level": level,
        "engine": engine,
        "radius": radius,
        "calibration": "absolute errors on the DEU III development split (169 issues)",
        "issues": out,
    }


def forecast_intervals(made: Forecast, engine: str, level: float) -> dict[str, Any]:
    """:func:`scenario_intervals` of one forecast ``made`` by ``engine``: each issue's point
    forecast on its scale (``accord forecast --interval``, of one scenario or of each in a
    batch)."""
    points = {i.id: (i.forecast, i.scale[0], i.scale[1]) for i in made.issues}
    return scenario_intervals(engine, points, level)


def forecast_table(made: Forecast, level: float | None = None) -> Any:
    """The table ``accord forecast --format csv [--interval LEVEL]`` writes of one forecast, and
    the workbench's forecast CSV: :meth:`Forecast.to_frame` with, at ``level``, each issue's
    conformal interval (:func:`with_intervals`)."""
    from accord.frames import forecast_frame

    # the intervals set on the forecast (accord.forecast(..., interval=), the command line's
    # --interval) unless another level is asked: one set of columns, never two
    intervals = made.intervals if level is None else forecast_intervals(made, made.engine, level)
    return with_intervals(forecast_frame(made), intervals)


def with_intervals(frame: pd.DataFrame, intervals: dict[str, Any] | None) -> pd.DataFrame:
    """A forecast's tidy table (:meth:`Forecast.to_frame`) with ``interval_level,
    interval_low, interval_high`` before its ``engine`` column (empty for an issue off the
    0..100 scale), ``intervals`` being :func:`forecast_intervals`'s; unchanged without
    ``intervals``. (Until session 32 this lived in the command line's module.)"""
    if intervals is None:
        return frame
    spans = intervals["issues"]
    at = list(frame.columns).index("engine") if "engine" in frame.columns else len(frame.columns)
    frame.insert(at, "interval_level", intervals["level"])
    for k, end in enumerate(("interval_low", "interval_high")):
        values = [spans[i][k] if i in spans else np.nan for i in frame["issue"]]
        frame.insert(at + 1 + k, end, values)
    return frame
