"""Forecasts: run an engine on a scenario and present the predicted outcome per issue.

:class:`Forecast` is what the CLI prints and what ``accord forecast --json`` serialises; its
``to_dict`` is the documented JSON contract (docs/json-contract.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.engines import Engine, Run, get_engine
from accord.engines.common import nan_to_none
from accord.forecast.ensemble import (
    Distribution,
    EnsembleSummary,
    Perturbation,
    new_seed,
    run_ensemble,
)
from accord.forecast.guard import (
    check_request,
    explained,
    normalised,
    quietly,
    rescaled,
    rescaled_ensemble,
)
from accord.forecast.question import AgreementRule, IssueAnswer, answer_issues, ensemble_params
from accord.scenario.arrays import stance_arrays
from accord.scenario.model import Scenario, checked
from accord.scenario.thin import lone_actor_warnings

if TYPE_CHECKING:
    import pandas as pd

    from accord.execution import Executor
    from accord.institutions.resolutions import Resolutions
    from accord.report.notebook import Chart


@dataclass
class IssueForecast:
    id: str
    title: str
    forecast: float | None
    scale: tuple[float, float]
    distribution: Distribution | None = None  # mean, p5, p50, p95 of an ensemble
    answer: IssueAnswer | None = None  # agreement by the horizon (accord.forecast.question)
    reason: str | None = None  # why there is no forecast (forecast is None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "title": self.title}
        if self.distribution is not None:  # asked for: the distribution comes first
            out.update(self.distribution.to_dict())
        out["forecast"] = self.forecast
        out["scale"] = [self.scale[0], self.scale[1]]
        if self.reason is not None:
            out["reason"] = self.reason
        if self.answer is not None:
            out.update(self.answer.to_dict())
        return out


def _no_drafts() -> Resolutions:
    """An empty :class:`Resolutions`, so that ``result.resolutions.to_frame()`` works for every
    scenario (the resolutions module is imported only when a forecast is made)."""
    from accord.institutions.resolutions import Resolutions

    return Resolutions(drafts=[])


@dataclass
class Forecast:
    """One forecast of a scenario by one engine."""

    scenario: Scenario
    engine: str
    run: Run
    seed: int | None
    issues: list[IssueForecast]
    samples: np.ndarray | None = None  # (runs, issues) bargains of a Monte Carlo ensemble
    samples_agreed: np.ndarray | None = None  # (runs, issues) whether each was agreed
    warnings: list[str] = field(default_factory=list)
    ensemble: EnsembleSummary | None = None  # runs, seed, perturbation, actors' means
    agreement_rule: AgreementRule | None = None  # how the issues were answered
    # the drafts' predicted votes; empty (not None) without drafts or with votes=False
    resolutions: Resolutions = field(default_factory=_no_drafts)
    # conformal intervals asked of the Python API (``accord.forecast(..., interval=0.8)``):
    # :func:`accord.forecast.intervals.forecast_intervals`'s dict; None when not asked
    intervals: dict[str, Any] | None = None

    @property
    def extras(self) -> dict[str, Any]:
        """The typed parts (ensemble, agreement rule, resolutions) as the JSON contract writes
        them: a view made at the JSON edge, not a place to store results."""
        out: dict[str, Any] = {}
        if self.ensemble is not None:
            out["ensemble"] = self.ensemble.to_dict()
        if self.agreement_rule is not None:
            rule = self.agreement_rule
            out["agreement_rule"] = {"ideal": rule.ideal, "tolerance": rule.tolerance}
        if self.resolutions:  # the JSON has no `resolutions` key where there are no drafts
            out["resolutions"] = self.resolutions.to_list()
        return out

    def to_dict(self, trajectory: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "scenario": self.scenario.id,
            "engine": self.engine,
            "seed": self.seed,
            "issues": [i.to_dict() for i in self.issues],
            "warnings": list(self.warnings),
        }
        if self.run.variant is not None:
            out["variant"] = self.run.variant
        if self.run.params:
            out["params"] = self.run.params
        if trajectory:
            out["actors"] = list(self.run.actors)
            out["trajectory"] = _nested(self.run.trajectory)
            if self.run.probabilities is not None:
                out["probabilities"] = _nested(self.run.probabilities)
        out.update(self.extras)
        from accord.provenance import provenance

        out["accord"] = dict(provenance())  # which code made it (session 33); a copy (s45)
        if self.intervals is not None:  # last, where `accord forecast --interval` puts it
            out["intervals"] = self.intervals
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per issue (a pandas DataFrame); see :func:`accord.frames.forecast_frame`.

        Examples
        --------
        >>> import accord
        >>> frame = accord.forecast("ukraine-2025-02").to_frame()
        >>> len(frame), list(frame.columns[:3])
        (7, ['issue', 'title', 'forecast'])
        """
        from accord.forecast.intervals import with_intervals
        from accord.frames import forecast_frame

        # with intervals asked of accord.forecast, the columns `accord forecast --interval
        # --format csv` writes (session 38's trial)
        return with_intervals(forecast_frame(self), self.intervals)

    def samples_to_frame(self) -> pd.DataFrame:
        """The ensemble's bargains and whether each was agreed, one row per sample and issue
        (empty without an ensemble); see :func:`accord.frames.samples_frame`."""
        from accord.frames import samples_frame

        return samples_frame(self)

    def stance_chart(self, issue: str) -> Chart:
        """The stance chart of ``issue`` (an issue id), the one the report and a notebook's
        display draw: ``chart.save("FILE.svg")`` writes it to a file.

        Examples
        --------
        >>> import accord, pathlib, tempfile
        >>> chart = accord.forecast("ukraine-2025-02").stance_chart("ceasefire")
        >>> path = chart.save(pathlib.Path(tempfile.mkdtemp()) / "ceasefire.svg")
        >>> text = path.read_text(encoding="utf-8")
        >>> text.startswith("<svg") and 'xmlns="http://www.w3.org/2000/svg"' in text
        True
        """
        from accord.report.notebook import stance_chart

        return stance_chart(self, issue)

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{i.id}={'nan' if i.forecast is None else format(i.forecast, '.1f')}"
            for i in self.issues[:4]
        )
        more = f", ... {len(self.issues) - 4} more" if len(self.issues) > 4 else ""
        return (
            f"Forecast(scenario={self.scenario.id!r}, engine={self.engine!r}, seed={self.seed}, "
            f"{shown}{more})"
        )

    def _repr_html_(self) -> str:
        from accord.report.notebook import forecast_html

        return forecast_html(self)


def _nested(array: np.ndarray) -> Any:
    """Nested lists with NaN as null (JSON has no NaN)."""
    obj = np.asarray(array, dtype=object)
    obj[np.isnan(np.asarray(array, dtype=float))] = None
    return obj.tolist()


def forecast(
    scenario: Scenario,
    engine: str | Engine = "mean",
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
    runs: int | None = None,
    spread: Perturbation | None = None,
    rule: AgreementRule | None = None,
    votes: bool = True,
    executor: Executor | None = None,
) -> Forecast:
    """Run ``engine`` on ``scenario`` and collect the per-issue forecast.

    With ``runs``, also a Monte Carlo ensemble of that many perturbed runs (see
    :mod:`accord.forecast.ensemble`); its seed (drawn and recorded if not given) is the
    forecast's seed; its blocks run on ``executor`` (default: this process), which never
    changes the numbers. ``votes=False`` skips the draft resolutions' votes. Each issue is then
    answered as a question (:mod:`.question`): its
    ``forecast`` is the most likely outcome, the bargain or the status quo.
    """
    with checked(scenario):  # once, not again in the engine and the ensemble
        chosen = get_engine(engine) if isinstance(engine, str) else engine
        seed, runs = check_request(scenario, chosen.name, seed, runs)
        if runs is not None and seed is None:
            seed = new_seed()
        work, factors = normalised(scenario)
        result = quietly(lambda: rescaled(chosen.run(work, params, seed), factors))
        arrays = stance_arrays(scenario)
        result, reasons = explained(result, stance_arrays(work))
        issues = [
            IssueForecast(
                id=issue.id,
                title=issue.title,
                forecast=nan_to_none(result.outcome[k]),
                scale=(issue.scale.low, issue.scale.high),
                reason=reasons[k],
            )
            for k, issue in enumerate(scenario.issues)
        ]
        # a random run given no seed draws one and records it (SMP's stochastic transitions):
        # the forecast records it too, so that the run can be repeated (docs/json-contract.md)
        recorded = seed if seed is not None else result.seed
        made = Forecast(
            scenario=scenario, engine=chosen.name, run=result, seed=recorded, issues=issues
        )
        # an issue one actor holds: the "forecast" is its own position, not a bargain
        made.warnings.extend(lone_actor_warnings(scenario, [item.forecast for item in issues]))
        ensemble = None
        if runs is not None:
            # the scenario the batch runs on: its status quo in the batch's (rescaled) units
            batch_params = ensemble_params(work, chosen.name, params, result)
            ensemble = quietly(
                lambda: run_ensemble(
                    chosen, stance_arrays(work), runs, seed, batch_params, spread, executor=executor
                )
            )
            ensemble = rescaled_ensemble(ensemble, factors)
            distributions = ensemble.distributions(result.issues)
            for item in issues:
                item.distribution = distributions[item.id]
            made.samples = ensemble.outcome
            made.ensemble = EnsembleSummary.of(ensemble, result.actors, result.issues)
        quietly(lambda: answer_issues(made, arrays, ensemble, rule))
        if votes and scenario.institutions.drafts:
            # Draft resolutions: member votes from the predicted positions, then the body's rule.
            # The ensemble, when there is one, carries through to the votes.
            from accord.institutions.countries import unknown_countries
            from accord.institutions.resolutions import (
                predict_resolutions,
                sponsors_voting_no,
                undated_drafts,
            )

            over = None if ensemble is None else ensemble.final_position
            made.resolutions = predict_resolutions(scenario, result.final_positions, over, seed)
            made.resolutions.engine = made.engine  # the tables' last columns (session 44)
            made.resolutions.seed = made.seed
            made.resolutions.scenario = scenario.id
            # a code that names no country (GER for DEU) leaves the actor's stance voteless
            made.warnings.extend(u.sentence() for u in unknown_countries(scenario))
            # a draft without a date is voted by the body's default members (2025's Council)
            made.warnings.extend(u.sentence() for u in undated_drafts(scenario))
            # a sponsor voting against its own text: its stances or the draft's positions are off
            made.warnings.extend(sponsors_voting_no(scenario, made.resolutions))
        return made


__all__ = ["Forecast", "IssueForecast", "forecast"]
