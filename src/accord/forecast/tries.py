"""Candidate learned forecasters for EU legislation, compared with the compromise model by
nested, repeated grouped cross-validation (issue 9: "try, honestly, to beat the compromise
model").

Why nested: each candidate has settings (a penalty, a blend weight, a tree size). Choosing
them on the same folds that score the candidate would flatter it, so for every outer fold
the settings are chosen by an inner grouped K-fold on that fold's training proposals only
(Varma & Simon 2006, "Bias in error estimation when using cross-validation for model
selection", BMC Bioinformatics 7:91), the candidate is refitted there with the chosen
setting, and only then scored on the held-out proposals. Every split is grouped by proposal
(:func:`accord.forecast.splits.grouped_folds`). Repeating the outer split with new seeds
gives one MAE per repeat; a candidate *beats* the compromise model only if it is better in
every repeat.

The candidates follow inputs the DEU literature finds to matter (Thomson et al. 2006, *The
European Union Decides*; Thomson 2011, *Resolving Controversy in the European Union*;
Arregui 2016, "Determinants of bargaining satisfaction across policy domains in the
European Union Council of Ministers", JEPP): the reference point, the Commission and the
Parliament, salience- against capability-weighted means, the engines' own forecasts, and the
many outcomes at the ends of the scale (a third of the development split lies at 0-1 or
99-100), where the absolute-error-optimal forecast is the conditional median, not the mean.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError
from accord.forecast.deu import DeuCase
from accord.forecast.learned import (
    ALPHAS,
    FEATURES,
    Facts,
    IssueRows,
    case_facts,
    fit,
    reference_points,
    subset,
)
from accord.forecast.splits import grouped_folds
from accord.scenario.arrays import StanceArrays, stance_arrays

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]

Fitter = Callable[[IssueRows, Mapping[str, F64], I64, I64, Any], F64]
"""(rows, engine forecasts by name, training rows, rows to forecast, setting) -> forecasts."""


@dataclass(frozen=True)
class Candidate:
    """One way of forecasting DEU outcomes, with the settings nested CV chooses from."""

    name: str
    what: str
    settings: tuple[Any, ...]
    fit_predict: Fitter


_COL = {name: k for k, name in enumerate(FEATURES)}


def _mean(rows: IssueRows, _e: Mapping[str, F64], _tr: I64, te: I64, _s: Any) -> F64:
    return np.asarray(rows.mean[te])


def _ridge(rows: IssueRows, _e: Mapping[str, F64], tr: I64, te: I64, alpha: Any) -> F64:
    return fit(subset(rows, tr), float(alpha)).predict(subset(rows, te))


def _reference_shift(rows: IssueRows, _e: Mapping[str, F64], _tr: I64, te: I64, lam: Any) -> F64:
    """``mean + lam * (reference - mean)`` where the reference point is known: lam > 0 pulls
    toward the status quo, lam < 0 pushes away from it."""
    x = rows.x[te]
    shift = np.where(x[:, _COL["reference_missing"]] > 0, 0.0, x[:, _COL["reference"]])
    return np.asarray(np.clip(rows.mean[te] + float(lam) * shift, 0.0, 100.0))


def _aggregate(rows: IssueRows, _e: Mapping[str, F64], _tr: I64, te: I64, col: Any) -> F64:
    """Another aggregate of the positions instead of the mean (they are stored as differences
    from the mean): the weighted median, the member states' mean, their salience^2 mean."""
    return np.asarray(rows.mean[te] + rows.x[te, _COL[str(col)]])


def _engine_blend(rows: IssueRows, engines: Mapping[str, F64], _tr: I64, te: I64, s: Any) -> F64:
    """``(1 - a) mean + a engine`` (the mean where the engine gave no forecast)."""
    name, a = s
    other = engines[name][te]
    mean = rows.mean[te]
    return np.asarray(np.where(np.isnan(other), mean, (1 - a) * mean + a * other))


def _standardised(rows: IssueRows, tr: I64) -> F64:
    center = rows.x[tr].mean(axis=0)
    scale = rows.x[tr].std(axis=0)
    return np.asarray((rows.x - center) / np.where(scale > 0, scale, 1.0))


def _median_regression(rows: IssueRows, _e: Mapping[str, F64], tr: I64, te: I64, alpha: Any) -> F64:
    """Least-absolute-deviation (median) regression of the mean's error with an L1 penalty
    (Koenker & Bassett 1978; scikit-learn's ``QuantileRegressor``)."""
    from sklearn.linear_model import QuantileRegressor

    z = _standardised(rows, tr)
    model = QuantileRegressor(quantile=0.5, alpha=float(alpha), solver="highs")
    model.fit(z[tr], rows.y[tr] - rows.mean[tr])
    return np.asarray(np.clip(rows.mean[te] + model.predict(z[te]), 0.0, 100.0))


def _boosting(rows: IssueRows, _e: Mapping[str, F64], tr: I64, te: I64, s: Any) -> F64:
    """Gradient-boosted trees with few leaves on the mean's error, absolute loss
    (Friedman 2001; scikit-learn's ``HistGradientBoostingRegressor``)."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    leaves, rounds = s
    model = HistGradientBoostingRegressor(
        loss="absolute_error",
        max_leaf_nodes=int(leaves),
        max_iter=int(rounds),
        learning_rate=0.05,
        min_samples_leaf=10,
        early_stopping=False,
        random_state=0,
    )
    model.fit(rows.x[tr], rows.y[tr] - rows.mean[tr])
    return np.asarray(np.clip(rows.mean[te] + model.predict(rows.x[te]), 0.0, 100.0))


EDGE = 1.0
"""An outcome within this of 0 or 100 counts as 'at the end of the scale'."""


def _ends(rows: IssueRows, _e: Mapping[str, F64], tr: I64, te: I64, c: Any) -> F64:
    """The compromise model, except where a logistic regression (L2 penalty ``1/c``) gives an
    outcome at an end of the scale a probability above one half: there the median of the
    outcome's distribution is that end, so the absolute-error-optimal forecast is 0 or 100."""
    from sklearn.linear_model import LogisticRegression

    z = _standardised(rows, tr)
    out = np.asarray(rows.mean[te], dtype=np.float64).copy()
    for at_end, value in ((rows.y[tr] <= EDGE, 0.0), (rows.y[tr] >= 100.0 - EDGE, 100.0)):
        if at_end.all() or not at_end.any():
            continue
        model = LogisticRegression(C=float(c)).fit(z[tr], at_end)
        out = np.where(model.predict_proba(z[te])[:, 1] > 0.5, value, out)
    return out


QMV_SHARE = 255 / 345
"""The qualified majority under the Treaty of Nice: 255 of 345 Council votes (Art. 3 of
the Protocol on the enlargement of the EU; 258 of 345 after 2007, about the same share)."""


def agenda_setter(arrays: StanceArrays, reference: F64, facts: Facts) -> F64:
    """The procedural model's forecast of each issue (NaN without a reference point or a
    Commission position).

    One dimension, the status quo ``r`` and the Commission ``c`` as agenda setter (Steunenberg
    1994, "Decision making under different institutional arrangements", JITE 150(4); Crombez
    1996; Tsebelis & Garrett 2000): a member state at ``x`` accepts ``y`` over ``r`` iff
    ``|y - x| <= |r - x|``. Counting the states from those most in favour of moving toward
    ``c``, the pivot ``p`` is where their votes first reach the qualified majority (all of
    them under unanimity); the Council accepts any point up to ``2p - r``, so the outcome is
    the point nearest ``c`` that it accepts (and, under co-decision, that the Parliament
    accepts too), never beyond ``r`` in the other direction. Actors without a position on an
    issue do not count.
    """
    ids = np.asarray(arrays.actors, dtype=object)
    pos = arrays.position
    state = (ids != facts.commission) & (ids != facts.parliament)

    def row(code: str) -> F64:
        hit = np.flatnonzero(ids == code)
        return pos[hit[0]] if hit.size else np.full(pos.shape[1], np.nan)

    com = row(facts.commission)
    direction = np.sign(com - reference)
    gain = direction * (pos[state] - reference)  # how far each state would go toward c
    votes = np.where(np.isnan(gain), 0.0, arrays.issue_capability()[state])
    order = np.argsort(-np.nan_to_num(gain, nan=-np.inf), axis=0, kind="stable")
    g_sorted = np.take_along_axis(gain, order, axis=0)
    cum = np.cumsum(np.take_along_axis(votes, order, axis=0), axis=0)
    share = QMV_SHARE if facts.qmv else 1.0
    needed = share * cum[-1] - 1e-9
    pivot_at = np.argmax(cum >= needed, axis=0)
    pivot = np.take_along_axis(g_sorted, pivot_at[None], axis=0)[0]
    reach = np.minimum(direction * (com - reference), np.maximum(0.0, 2 * pivot))
    if facts.procedure == "COD":
        ep_gain = direction * (row(facts.parliament) - reference)
        reach = np.where(np.isnan(ep_gain), reach, np.minimum(reach, np.maximum(0.0, 2 * ep_gain)))
    out = reference + direction * np.where(direction == 0, 0.0, reach)
    return np.asarray(np.where(cum[-1] > 0, out, np.nan), dtype=np.float64)


def procedural_forecasts(cases: Sequence[DeuCase], keys: Sequence[str]) -> F64:
    """:func:`agenda_setter` for every issue of ``cases``, aligned with ``keys``
    ("proposal/issue", as :func:`accord.forecast.learned.issue_rows` gives them)."""
    found: dict[str, float] = {}
    for case in cases:
        sc = case.scenario
        forecast = agenda_setter(stance_arrays(sc), reference_points(sc), case_facts(case))
        for issue, value in zip(sc.issues, forecast, strict=True):
            found[f"{sc.id}/{issue.id}"] = float(value)
    return np.array([found.get(k, np.nan) for k in keys])


def _ends_after_shift(rows: IssueRows, e: Mapping[str, F64], tr: I64, te: I64, s: Any) -> F64:
    """The two best single tries together: the reference-point shift, then the ends rule."""
    lam, c = s
    shifted = IssueRows(
        rows.keys,
        rows.groups,
        rows.x,
        _reference_shift(rows, e, tr, np.arange(rows.y.size), lam),
        rows.y,
    )
    return _ends(shifted, e, tr, te, c)


CANDIDATES: tuple[Candidate, ...] = (
    Candidate("mean", "the compromise model (baseline)", (None,), _mean),
    Candidate(
        "ridge",
        "mean + ridge correction over the 12 inputs (the shipped model)",
        ALPHAS,
        _ridge,
    ),
    Candidate(
        "reference",
        "mean + lam (reference point - mean), lam in -0.3..0.3",
        (-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3),
        _reference_shift,
    ),
    Candidate(
        "aggregate",
        "the best of mean, weighted median, states' mean, states' salience^2 mean",
        (None, "median", "states_mean", "states_salient_mean"),
        lambda rows, e, tr, te, s: (
            _mean(rows, e, tr, te, s) if s is None else _aggregate(rows, e, tr, te, s)
        ),
    ),
    Candidate(
        "blend",
        "(1 - a) mean + a engine, engine exchange or smp, a in 0, 0.25, 0.5",
        (("exchange", 0.25), ("exchange", 0.5), ("smp", 0.25), ("smp", 0.5), ("smp", 0.0)),
        _engine_blend,
    ),
    Candidate(
        "procedural",
        "(1 - a) mean + a agenda-setter model (QMV/unanimity pivot, Parliament under COD)",
        tuple(("procedural", a) for a in (0.0, 0.1, 0.25, 0.5, 1.0)),
        _engine_blend,
    ),
    Candidate(
        "median-regression",
        "mean + L1-penalised median regression of its error",
        (0.3, 1.0, 3.0, 10.0),
        _median_regression,
    ),
    Candidate(
        "boosting",
        "mean + boosted trees (2-3 leaves, 20-50 rounds, absolute loss) on its error",
        ((2, 20), (2, 50), (3, 20), (3, 50)),
        _boosting,
    ),
    Candidate(
        "ends",
        "mean, or 0/100 where a logistic model gives that end a probability > 1/2",
        (0.03, 0.1, 0.3, 1.0),
        _ends,
    ),
    Candidate(
        "ends+reference",
        "the reference shift, then the ends rule (added after seeing the two above)",
        tuple((lam, c) for lam in (-0.2, -0.1, 0.0) for c in (0.03, 0.1, 0.3)),
        _ends_after_shift,
    ),
)
"""The candidates tried (docs/validation-deu.md reports each)."""

ENGINE_INPUTS = ("exchange", "smp")
"""Engines whose forecasts the ``blend`` candidate uses (they learn nothing from the data)."""


def candidate_inputs(cases: Sequence[DeuCase], rows: IssueRows, seed: int = 0) -> dict[str, F64]:
    """The forecasts of :data:`ENGINE_INPUTS` and of the procedural model on each row of
    ``rows`` (NaN where there is none); none of them is fitted to outcomes."""
    from accord.forecast.backtest import backtest

    scores = backtest(cases, list(ENGINE_INPUTS), seed=seed)
    out = {
        name: np.array([s.predictions.get(k, np.nan) for k in rows.keys])
        for name, s in scores.items()
    }
    out["procedural"] = procedural_forecasts(cases, rows.keys)
    return out


@dataclass
class TryResult:
    """A candidate's nested-CV record: one MAE per repeat and the settings it chose."""

    name: str
    what: str
    repeat_mae: list[float] = field(default_factory=list)
    chosen: dict[str, int] = field(default_factory=dict)  # setting -> outer folds choosing it

    def summary(self, baseline: Sequence[float]) -> dict[str, Any]:
        mae = np.asarray(self.repeat_mae)
        base = np.asarray(baseline)
        return {
            "what": self.what,
            "mae": float(mae.mean()),
            "sd": float(mae.std()),
            "min": float(mae.min()),
            "max": float(mae.max()),
            "vs_mean": float((mae - base).mean()),
            "better_in": int((mae < base - 1e-9).sum()),
            "repeats": int(mae.size),
            "chosen": dict(sorted(self.chosen.items(), key=lambda kv: -kv[1])),
        }


def _choose(
    candidate: Candidate,
    rows: IssueRows,
    engines: Mapping[str, F64],
    train: I64,
    folds: int,
    seed: int,
) -> Any:
    """The setting with the lowest grouped-K-fold MAE inside ``train`` (one inner repeat)."""
    if len(candidate.settings) == 1:
        return candidate.settings[0]
    errors = np.zeros(len(candidate.settings))
    inner = [rows.groups[i] for i in train]
    for split in grouped_folds(inner, folds, 1, seed):
        tr, te = train[split.train], train[split.test]
        for k, setting in enumerate(candidate.settings):
            pred = candidate.fit_predict(rows, engines, tr, te, setting)
            errors[k] += float(np.abs(rows.y[te] - pred).sum())
    return candidate.settings[int(np.argmin(errors))]


def nested_cv(
    rows: IssueRows,
    engines: Mapping[str, F64] | None = None,
    candidates: Sequence[Candidate] = CANDIDATES,
    folds: int = 5,
    repeats: int = 10,
    seed: int = 0,
) -> dict[str, TryResult]:
    """Nested repeated grouped cross-validation of each candidate on the rows with outcomes.

    ``engines`` maps engine name -> its forecast on each row (NaN where it gave none), for
    candidates that use them. Outer repeats use seeds spawned from ``seed`` (as
    :func:`~accord.forecast.splits.grouped_folds` does); the inner split of each outer fold
    is seeded by the outer repeat and fold, so every candidate sees the same splits.
    """
    known = np.flatnonzero(~np.isnan(rows.y))
    if known.size < 2 * folds:
        raise DataError(f"nested cross-validation needs at least {2 * folds} issues with outcomes")
    rows = subset(rows, known)
    engines = {k: np.asarray(v, dtype=np.float64)[known] for k, v in (engines or {}).items()}
    results = {c.name: TryResult(c.name, c.what) for c in candidates}
    pred = {c.name: np.full(rows.y.size, np.nan) for c in candidates}
    # Thousands of fits on ~130 rows: thread start-up and spinning (OpenMP in the boosted
    # trees, BLAS) cost more than the work, 40x on a loaded 2-core machine, so one thread
    # each. The limit covers only libraries already loaded, hence the imports first.
    import sklearn.ensemble
    import sklearn.linear_model  # noqa: F401
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]  # sklearn dep

    with threadpool_limits(limits=1):
        _run_folds(rows, engines, candidates, folds, repeats, seed, results, pred)
    return results


def _run_folds(
    rows: IssueRows,
    engines: Mapping[str, F64],
    candidates: Sequence[Candidate],
    folds: int,
    repeats: int,
    seed: int,
    results: dict[str, TryResult],
    pred: dict[str, F64],
) -> None:
    for split in grouped_folds(rows.groups, folds, repeats, seed):
        inner_seed = seed * 1_000_003 + split.repeat * folds + split.fold
        for c in candidates:
            setting = _choose(c, rows, engines, split.train, folds, inner_seed)
            key = "-" if setting is None else str(setting)
            results[c.name].chosen[key] = results[c.name].chosen.get(key, 0) + 1
            pred[c.name][split.test] = c.fit_predict(
                rows, engines, split.train, split.test, setting
            )
        if split.fold == folds - 1:  # a repeat is complete: every row forecast once
            for c in candidates:
                results[c.name].repeat_mae.append(float(np.abs(rows.y - pred[c.name]).mean()))


def compare(
    rows: IssueRows,
    engines: Mapping[str, F64] | None = None,
    folds: int = 5,
    repeats: int = 10,
    seed: int = 0,
) -> dict[str, dict[str, Any]]:
    """:func:`nested_cv` of every candidate, summarised against the compromise model."""
    results = nested_cv(rows, engines, CANDIDATES, folds, repeats, seed)
    baseline = results["mean"].repeat_mae
    return {name: r.summary(baseline) for name, r in results.items()}
