"""Backtests: how far each engine's forecasts fall from recorded outcomes.

The measure is the mean absolute error (MAE) over issues, on the data's own 0..100 scale, the
measure used in the DEU literature (Thomson et al., *The European Union Decides*, 2006).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.engines import get_engine
from accord.errors import AccordError, ArgumentError
from accord.forecast.deu import DeuCase
from accord.results import KeyedResult

if TYPE_CHECKING:
    import pandas as pd

    from accord.execution import Executor


__all__ = [
    "BacktestScores",
    "EngineScore",
    "IntervalScores",
    "backtest",
    "interval_backtest",
]


@dataclass
class EngineScore:
    engine: str
    errors: dict[str, float] = field(default_factory=dict)  # "proposal/issue" -> |error|
    predictions: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # proposal -> message
    seconds: float = 0.0

    @property
    def n(self) -> int:
        return len(self.errors)

    @property
    def mae(self) -> float | None:
        return float(np.mean(list(self.errors.values()))) if self.errors else None

    def to_dict(self, per_issue: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"mae": self.mae, "n": self.n, "seconds": round(self.seconds, 3)}
        if self.failures:
            out["failures"] = self.failures
        if per_issue:
            out["issues"] = {
                key: {"prediction": self.predictions[key], "abs_error": err}
                for key, err in self.errors.items()
            }
        return out


def backtest_settings(
    seed: int,
    folds: int | None = None,
    level: float | None = None,
    repeats: int | None = None,
) -> dict[str, Any]:
    """What made a backtest's scores, as its table's last columns (session 44): ``seed`` and
    ``folds`` (the grouped folds of ``learned``'s out-of-fold forecasts; None where ``learned``
    was not scored) of a plain backtest; ``seed, interval_level, folds, repeats`` of one with
    conformal intervals (``level`` given)."""
    if level is None:
        return {"seed": seed, "folds": folds}
    return {"seed": seed, "interval_level": level, "folds": folds, "repeats": repeats}


class BacktestScores(KeyedResult[EngineScore]):
    """Each engine's :class:`EngineScore` by name, in the order asked: a dict, so
    ``scores["mean"].mae`` reads as before, with the converters the other results have.
    ``settings`` (:func:`backtest_settings`, set by :func:`backtest`) end its table."""

    key = "engine"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.settings: dict[str, Any] = {}

    def to_dict(self, per_issue: bool = False) -> dict[str, Any]:
        """The JSON contract's ``engines`` entry (``accord backtest --json``)."""
        return {name: score.to_dict(per_issue) for name, score in self.items()}

    def to_frame(self, per_issue: bool = False) -> pd.DataFrame:
        """One row per engine (``engine, mae, n, seconds, failures``), or per engine and issue,
        ending with ``accord_version, seed, folds``."""
        from accord.frames import backtest_frame

        return backtest_frame(self.to_dict(per_issue), self.settings)


class IntervalScores(KeyedResult[dict[str, Any]]):
    """Each engine's cross-validated MAE, conformal-interval coverage and mean width by name
    (:func:`interval_backtest`; ``accord backtest --interval``'s JSON ``engines`` entry)."""

    key = "engine"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.settings: dict[str, Any] = {}

    def to_frame(self) -> pd.DataFrame:
        """One row per engine: ``engine, mae, n, forecasts, coverage, width`` and the folds'
        spread as dotted columns (``fold_mae.sd``), as ``accord backtest --interval`` writes,
        ending with ``accord_version, seed, interval_level, folds, repeats``."""
        from accord.frames import backtest_frame

        return backtest_frame(self, self.settings)


def backtest(
    cases: Sequence[DeuCase],
    engines: Sequence[str],
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int = 0,
    executor: Executor | None = None,
    folds: int | None = None,
) -> BacktestScores:
    """Run each engine on each case and score it against the recorded outcomes.

    The (engine, chunk of cases) tasks are mapped over ``executor`` (default: in this
    process); every case gets the same ``seed``, so the scores do not depend on the executor.
    ``seconds`` is the engine's compute time summed over its tasks. ``learned`` is scored by
    :func:`learned_score` (out-of-fold on the data its model was fitted on, in ``folds``
    grouped folds, :data:`LEARNED_FOLDS` where None; its ``model`` option names another model
    file), never in-sample, before the other engines run: folds that do not fit the data are
    refused with an :class:`~accord.errors.ArgumentError` naming ``folds``
    (:func:`check_learned_folds`).
    ``settings`` gives the seed and, where ``learned`` was scored, the folds: what ``accord
    backtest`` writes (session 44's tidy3: the command worked them out apart until then).
    """
    from accord.execution import InlineExecutor, split

    params = params or {}
    for name in engines:
        get_engine(name)  # unknown names fail before any work
    executor = executor or InlineExecutor()
    pieces = split(len(cases), max(1, executor.workers * 2)) if cases else []
    tasks = [
        _Task(name, dict(params.get(name) or {}), list(cases[r.start : r.stop]), seed)
        for name in engines
        if name != LEARNED
        for r in pieces
    ]
    scores = BacktestScores((name, EngineScore(name)) for name in engines)
    scores.settings = backtest_settings(seed)
    if LEARNED in engines:
        model = (params.get(LEARNED) or {}).get("model")
        folds = LEARNED_FOLDS if folds is None else folds
        scores[LEARNED] = learned_score(cases, model, folds=folds, seed=seed)
        scores.settings = backtest_settings(seed, folds)
    for part in executor.map(_score_cases, tasks):
        score = scores[part.engine]
        score.errors.update(part.errors)
        score.predictions.update(part.predictions)
        score.failures.update(part.failures)
        score.seconds += part.seconds
    return scores


@dataclass(frozen=True)
class _Task:
    engine: str
    params: dict[str, Any]
    cases: list[DeuCase]
    seed: int


def _score_cases(task: _Task) -> EngineScore:
    """One engine on some cases: the unit of work of a backtest."""
    engine = get_engine(task.engine)
    score = EngineScore(task.engine)
    start = time.perf_counter()
    for case in task.cases:
        try:
            run = engine.run(case.scenario, task.params or None, task.seed)
        except AccordError as exc:
            score.failures[case.scenario.id] = str(exc)
            continue
        for k, issue in enumerate(run.issues):
            if issue not in case.outcome or np.isnan(run.outcome[k]):
                continue
            key = f"{case.scenario.id}/{issue}"
            score.predictions[key] = float(run.outcome[k])
            score.errors[key] = abs(float(run.outcome[k]) - case.outcome[issue])
    score.seconds = time.perf_counter() - start
    return score


LEARNED = "learned"
"""The name of the learned forecaster in ``--engines``. It is a registered engine (the shipped
model, :class:`accord.engines.estimators.Learned`), but on data the model was fitted on a
backtest scores it out-of-fold with :func:`learned_score` instead."""


LEARNED_FOLDS = 5
"""The grouped folds of :func:`learned_score`'s out-of-fold forecasts unless told otherwise."""


def _fewest_trained(proposals: int, folds: int) -> int:
    """The proposals of the smallest training fold of ``folds`` grouped folds (scikit-learn's
    shuffled ``GroupKFold`` splits the proposals as evenly as they go)."""
    return proposals - math.ceil(proposals / folds)


def check_learned_folds(proposals: int, folds: int, *, calibrated: bool = False) -> None:
    """Refuse ``folds`` grouped folds of ``proposals`` proposals with outcomes where a fold would
    be empty or a training fold too small for the learned forecaster: it chooses its penalty in
    each by cross-validation over at least 2 proposals (:func:`learned_score`, through
    :func:`accord.forecast.learned.fit_selected`), and with ``calibrated`` (``--interval``) its
    intervals are calibrated in each by ``folds`` folds again, so a training fold needs
    ``folds`` proposals. An :class:`~accord.errors.ArgumentError` names ``folds`` (``--folds``
    on the command line), the folds that work for these data and the fewest proposals that
    work with these folds (session 44: ``grouped cross-validation: 4 groups cannot fill 5
    folds`` named none, nor which split was short)."""

    def need(k: int) -> int:
        return k if calibrated else 2

    if folds <= proposals and _fewest_trained(proposals, folds) >= need(folds):
        return
    fewest = next(
        n for n in range(max(folds, 3), 8 * folds + 8) if _fewest_trained(n, folds) >= need(folds)
    )
    working = [k for k in range(2, proposals + 1) if _fewest_trained(proposals, k) >= need(k)]
    if folds > proposals:
        why = f"{proposals} proposals with outcomes cannot fill {folds} folds"
    else:
        inside = (
            f"calibrates its intervals inside each in {folds} folds grouped by proposal"
            if calibrated
            else "chooses its penalty inside each by cross-validation grouped by proposal"
        )
        why = (
            f"{proposals} proposals with outcomes in {folds} folds leave "
            f"{_fewest_trained(proposals, folds)} in a training fold, and learned {inside}, "
            f"which needs {need(folds)}"
        )
    if working:
        span = f"{working[0]} to {working[-1]}" if len(working) > 1 else f"{working[0]}"
        instead = f"give {{folds}}{span}, or data of at least {fewest} proposals"
    else:
        instead = f"learned needs at least {fewest} proposals with outcomes in {folds} folds"
    raise ArgumentError(None, "{folds}" + f"{folds}: {why}; {instead}")


def learned_score(
    cases: Sequence[DeuCase],
    model_path: str | None = None,
    folds: int = LEARNED_FOLDS,
    repeats: int = 1,
    seed: int = 0,
    out_of_fold: bool | None = None,
) -> EngineScore:
    """Score the learned forecaster on ``cases``.

    If any proposal of ``cases`` was in the model's training data (or ``out_of_fold`` is
    True), scoring the shipped model would be in-sample, so the forecasts are out-of-fold
    instead: grouped K-fold over the proposals, the model refitted (penalty included) on the
    other folds. Otherwise the shipped (or ``model_path``) model forecasts every issue as it is.
    """
    from accord.forecast import learned
    from accord.forecast.splits import grouped_folds

    start = time.perf_counter()
    rows = learned.issue_rows(cases)
    model = learned.load(model_path)
    score = EngineScore(LEARNED)
    known = np.flatnonzero(~np.isnan(rows.y))
    pred = np.full(rows.y.shape, np.nan)
    if out_of_fold is None:
        out_of_fold = bool(set(model.trained_on) & set(rows.groups))
    if out_of_fold:
        labels = [rows.groups[i] for i in known]
        check_learned_folds(len(set(labels)), folds)
        for split in grouped_folds(labels, folds, repeats, seed):
            fold = learned.fit_selected(learned.subset(rows, known[split.train]), seed)
            pred[known[split.test]] = fold.predict(learned.subset(rows, known[split.test]))
    else:
        pred = model.predict(rows)
    for i in known:
        score.predictions[rows.keys[i]] = float(pred[i])
        score.errors[rows.keys[i]] = abs(float(pred[i]) - float(rows.y[i]))
    score.seconds = time.perf_counter() - start
    return score


def interval_backtest(
    cases: Sequence[DeuCase],
    engines: Sequence[str],
    level: float,
    folds: int = 5,
    repeats: int = 10,
    seed: int = 0,
    params: Mapping[str, Mapping[str, Any]] | None = None,
) -> IntervalScores:
    """Cross-validated MAE, conformal-interval coverage and mean width for each engine
    (:func:`accord.forecast.intervals.cross_validate`); the learned forecaster is refitted on
    each training fold with its penalty fixed at the shipped model's (or, where ``params``
    gives ``learned`` a ``model`` file, at that model's, as :func:`backtest` reads it)."""
    from accord.forecast import intervals, learned

    rows = learned.issue_rows(cases)
    proposals = len(set(np.asarray(rows.groups)[~np.isnan(rows.y)].tolist()))
    if LEARNED in engines:  # before any engine runs
        check_learned_folds(proposals, folds, calibrated=True)
    elif folds > proposals >= 2:
        raise ArgumentError(
            None,
            "{folds}"
            + f"{folds}: {proposals} proposals with outcomes cannot fill {folds} folds; give "
            + "{folds}"
            + f"2 to {proposals}, or data of at least {folds} proposals",
        )
    fixed_names = [e for e in engines if e != LEARNED]
    scores = backtest(cases, fixed_names, params, seed=seed)
    forecasters: dict[str, tuple[intervals.Predictor, bool]] = {}
    for name in engines:
        if name == LEARNED:
            alpha = learned.load(((params or {}).get(LEARNED) or {}).get("model")).alpha
            forecasters[name] = (intervals.learned(rows, alpha), True)
        else:
            p = np.array([scores[name].predictions.get(k, np.nan) for k in rows.keys])
            forecasters[name] = (intervals.fixed(p), False)
    # An engine that gave no forecast on an issue is scored on the issues it did forecast.
    out = IntervalScores()
    out.settings = backtest_settings(seed, folds, level, repeats)
    for name, forecaster in forecasters.items():
        y = rows.y.copy()
        if name != LEARNED:
            y[np.isnan(forecaster[0](np.arange(0), np.arange(y.size)))] = np.nan
        result = intervals.cross_validate(
            {name: forecaster}, y, rows.groups, level, folds, repeats, seed
        )
        out[name] = result[name].to_dict()
        if name in scores and scores[name].failures:
            out[name]["failures"] = scores[name].failures
    return out
