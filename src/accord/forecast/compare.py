"""Baselines beside every forecast: every engine side by side, with the status quo.

A single engine's number hides how much the answer depends on the model. :func:`compare`
forecasts a scenario with each engine (the agreement rule of :mod:`.question` applied to
each) and reports, per issue, the status quo (the no-change baseline), every engine's point
forecast, and their *spread*: the range ``max - min`` of the engines' point forecasts, in scale
units and as a share of the scale (a plain, assumption-free measure of engine disagreement).

An engine that forecasts no agreement on an issue (``p_agreement`` at most one half, 0 in a
single run) gives the status quo as its point forecast by convention
(docs/forecast-questions.md): its distance from the others is one
engine saying "no agreement", not a different bargain. Each issue names those engines
(``no_agreement``) and gives the spread of the others (``spread_agreeing``) beside the spread of
all (session 25; session 24's trial read a Nash 0.0 against five agreements as a spread of 100).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.errors import EngineError
from accord.limits import check_seed
from accord.provenance import provenance
from accord.scenario.model import Scenario, checked

if TYPE_CHECKING:
    import pandas as pd

    from accord.engines.base import Engine


def spread_of(values: Sequence[float | None]) -> float | None:
    """``max - min`` of the values that are not None (None when there are none)."""
    finite = np.array([v for v in values if v is not None], dtype=float)
    return float(finite.max() - finite.min()) if finite.size else None


@dataclass(frozen=True)
class IssueComparison:
    """One issue: the status quo, each engine's forecast, and their spread."""

    id: str
    title: str
    scale: tuple[float, float]
    status_quo: float | None
    forecast: dict[str, float | None]
    if_agreement: dict[str, float | None]
    p_agreement: dict[str, float]

    @property
    def spread(self) -> float | None:
        """``max - min`` of the engines' point forecasts (None when there are none)."""
        return spread_of(list(self.forecast.values()))

    @property
    def no_agreement(self) -> tuple[str, ...]:
        """The engines that forecast no agreement (``p_agreement`` at most one half: 0 in a
        single run), whose point forecast is therefore the status quo by convention, not a
        bargain. Until session 46 only ``p_agreement`` 0 counted, so that with ``--runs`` an
        engine whose runs agreed 47 times in 100 was starred nowhere and its status quo
        counted in the spread as a bargain (session 46's trial: Nash's 0.0 beside five
        bargains of 53 to 69 made a spread of 69.2)."""
        span = self.scale[1] - self.scale[0]
        if self.status_quo is None:
            return ()
        return tuple(
            name
            for name, value in self.forecast.items()
            if value is not None
            and self.p_agreement.get(name, 1.0) <= 0.5
            and abs(value - self.status_quo) <= 1e-9 * span
        )

    @property
    def spread_agreeing(self) -> float | None:
        """``max - min`` of the point forecasts of the engines not in :attr:`no_agreement`
        (the spread of the bargains; None when no engine forecasts one)."""
        left_out = set(self.no_agreement)
        return spread_of([v for name, v in self.forecast.items() if name not in left_out])

    def to_dict(self) -> dict[str, Any]:
        spread = self.spread
        span = self.scale[1] - self.scale[0]
        return {
            "id": self.id,
            "title": self.title,
            "scale": list(self.scale),
            "status_quo": self.status_quo,
            "forecast": dict(self.forecast),
            "if_agreement": dict(self.if_agreement),
            "p_agreement": dict(self.p_agreement),
            "spread": spread,
            "spread_share": None if spread is None else spread / span,
            "no_agreement": list(self.no_agreement),
            "spread_agreeing": self.spread_agreeing,
        }


@dataclass(frozen=True)
class Comparison:
    """Every engine's forecast of one scenario."""

    scenario: str
    engines: tuple[str, ...]
    seed: int | None
    issues: list[IssueComparison]
    warnings: list[str] = field(default_factory=list)
    as_of: str | None = None  # the scenario's date (ISO), for the tidy table (session 30)
    runs: int | None = None  # each engine's ensemble size (None: single runs; session 33)

    def __repr__(self) -> str:
        return (
            f"Comparison(scenario={self.scenario!r}, engines={list(self.engines)}, "
            f"seed={self.seed}, issues={len(self.issues)})"
        )

    def to_frame(self) -> pd.DataFrame:
        """Engines side by side, one row per issue and engine (a pandas DataFrame).

        See :func:`accord.frames.comparison_frame`.
        """
        from accord.frames import comparison_frame

        return comparison_frame(self)

    def to_dict(self) -> dict[str, Any]:
        """The ``accord compare --json`` document (docs/json-contract.md)."""
        return {
            "scenario": self.scenario,
            "engines": list(self.engines),
            "seed": self.seed,
            "runs": self.runs,  # the ensembles' size, without which the seed repeats nothing
            "issues": [i.to_dict() for i in self.issues],
            "warnings": list(self.warnings),
            "accord": dict(provenance()),  # which code made it (session 33); a copy (s45)
        }


def compare(
    scenario: Scenario,
    engines: Sequence[str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int | None = None,
    runs: int | None = None,
    *,
    wrap: Callable[[Engine], Engine] | None = None,
) -> Comparison:
    """Forecast ``scenario`` with each engine (default: every registered engine that can run
    on it; an engine accord ships that is made for other data, such as ``learned`` for EU
    legislation, is then passed over without a word, and another package's or a registered
    engine that cannot run, with a warning saying why).

    With ``runs``, each engine also runs a Monte Carlo ensemble of that many runs (same seed),
    so ``p_agreement`` is each engine's share of agreeing runs.

    ``params`` gives options per engine name. A named engine that cannot run on the scenario
    (it raises :class:`EngineError`) is left out with a warning instead of stopping the
    others; an unknown engine name is an error.

    ``wrap``, given, is applied to each engine before it runs, and the forecast is made with
    what it returns: the workbench's stops the comparison before the next engine once the
    client has gone away (:class:`accord.web.slots.StopBeforeRuns`). The numbers are the
    engine's.
    """
    with checked(scenario):  # once for every engine
        from accord.engines import ENGINES, get_engine
        from accord.engines.estimators import BUNDLED
        from accord.forecast import forecast
        from accord.forecast.ensemble import new_seed

        names = tuple(engines) if engines else tuple(ENGINES)
        # a bad seed would leave every engine out, one warning each, and compare nothing
        seed = check_seed(seed)
        if runs is not None and seed is None:
            seed = new_seed()  # one recorded seed for every engine's ensemble
        for name in names:
            get_engine(name)  # unknown names fail here, before any engine runs
        if len(set(names)) != len(names):
            raise EngineError(f"an engine is named twice: {', '.join(names)}")
        warnings: list[str] = []
        done: dict[str, Any] = {}
        for name in names:
            try:
                engine = get_engine(name) if wrap is None else wrap(get_engine(name))
                made = forecast(
                    scenario, engine, (params or {}).get(name), seed, runs=runs, votes=False
                )
            except EngineError as exc:
                # the user asked for this engine, or installed or registered it (a bundled one
                # made for other data, such as `learned`, is passed over without a word)
                if engines or name not in BUNDLED:
                    warnings.append(f"{name}: left out ({exc})")
                continue
            done[name] = made
            warnings.extend(made.warnings)
        issues = []
        for k, issue in enumerate(scenario.issues):
            answers = {
                name: made.issues[k].answer for name, made in done.items() if made.issues[k].answer
            }
            issues.append(
                IssueComparison(
                    id=issue.id,
                    title=issue.title,
                    scale=(issue.scale.low, issue.scale.high),
                    status_quo=issue.status_quo,
                    forecast={name: made.issues[k].forecast for name, made in done.items()},
                    if_agreement={name: a.if_agreement for name, a in answers.items()},
                    p_agreement={name: a.p_agreement for name, a in answers.items()},
                )
            )
        return Comparison(
            scenario=scenario.id,
            engines=tuple(done),
            seed=seed,
            issues=issues,
            warnings=list(dict.fromkeys(warnings)),  # engine-independent warnings once
            as_of=None if scenario.as_of is None else scenario.as_of.isoformat(),
            runs=runs,
        )


__all__ = ["Comparison", "IssueComparison", "compare", "spread_of"]
