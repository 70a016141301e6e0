"""Two scenarios' forecasts side by side: per issue they share, both forecasts, their
difference and uncertainty, and the actors whose stances differ (session 35; the workbench's
comparison page and ``POST /api/v1/compare/scenarios`` call it).

:func:`accord.compare` sets every engine against the others on one scenario; this sets one
engine's forecasts of two scenarios against each other: an edited copy and its original, two
dated versions of one scenario (before and after a news update), or two scenarios that share
issue ids (``minsk-2015-02`` and ``ukraine-2025-02`` share ``ceasefire``). Issues are matched by
id; those of one scenario only are listed, not compared. Each forecast is
:func:`accord.forecast.forecast`'s with the same engine, options, seed and runs, and the tidy
table (:meth:`ScenarioComparison.to_frame`) takes each side's columns from
:meth:`accord.forecast.Forecast.to_frame`, the table ``accord forecast --format csv`` writes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accord.errors import Problem, ScenarioError

if TYPE_CHECKING:
    import pandas as pd

    from accord.engines.base import Engine
    from accord.forecast import Forecast, IssueForecast
    from accord.scenario.model import Scenario

__all__ = [
    "SIDE_COLUMNS",
    "CapabilityDifference",
    "IssueContrast",
    "ScenarioComparison",
    "StanceDifference",
    "compare_scenarios",
]

SIDE_COLUMNS = (
    "title",
    "forecast",
    "p_agreement",
    "if_agreement",
    "status_quo",
    "mean",
    "p5",
    "p50",
    "p95",
    "low",
    "high",
    "horizon",
)
"""The columns of :meth:`Forecast.to_frame` that the comparison's table gives once for each
scenario (suffixed ``_a`` and ``_b``), where the forecast's table has them (an ensemble's
``mean, p5, p50, p95`` only with ``runs``)."""


@dataclass(frozen=True)
class StanceDifference:
    """An actor whose stance on an issue differs between the scenarios: position or salience
    changed, or a stance held in one scenario only (None on the side that has none)."""

    actor: str
    position_a: float | None
    position_b: float | None
    salience_a: float | None
    salience_b: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "position_a": self.position_a,
            "position_b": self.position_b,
            "salience_a": self.salience_a,
            "salience_b": self.salience_b,
        }


@dataclass(frozen=True)
class CapabilityDifference:
    """An actor whose capability differs, or who is in one scenario only (None there)."""

    actor: str
    capability_a: float | None
    capability_b: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "capability_a": self.capability_a,
            "capability_b": self.capability_b,
        }


@dataclass(frozen=True)
class IssueContrast:
    """One issue both scenarios hold: each side's forecast, their difference (b minus a; None
    where either has no forecast or the issue's scales differ) and the stances that differ."""

    id: str
    a: IssueForecast
    b: IssueForecast
    stances: tuple[StanceDifference, ...]

    @property
    def same_scale(self) -> bool:
        return tuple(self.a.scale) == tuple(self.b.scale)

    @property
    def difference(self) -> float | None:
        if self.a.forecast is None or self.b.forecast is None or not self.same_scale:
            return None
        return self.b.forecast - self.a.forecast

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "difference": self.difference,
            "same_scale": self.same_scale,
            "stances": [s.to_dict() for s in self.stances],
        }


@dataclass(frozen=True)
class ScenarioComparison:
    """Two forecasts by one engine, of scenarios ``a`` and ``b``, issue by issue."""

    a: Forecast
    b: Forecast
    issues: tuple[IssueContrast, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    capabilities: tuple[CapabilityDifference, ...]

    @property
    def engine(self) -> str:
        return self.a.engine

    def stances_differ(self) -> list[str]:
        """The actors whose stance differs on at least one issue both hold, in order met."""
        seen: dict[str, None] = {}
        for item in self.issues:
            for diff in item.stances:
                seen.setdefault(diff.actor, None)
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        """The comparison as JSON: each side's scenario identity, engine, seed and runs, then
        the issues compared (each side's forecast as ``accord forecast --json`` gives an issue),
        the issues of one side only and the capabilities that differ."""
        from accord.provenance import version_string
        from accord.scenario.identity import scenario_identity

        def side(made: Forecast) -> dict[str, Any]:
            scenario = made.scenario
            return {
                "scenario": scenario.id,
                "title": scenario.title,
                "as_of": None if scenario.as_of is None else scenario.as_of.isoformat(),
                "identity": scenario_identity(scenario),
            }

        return {
            "engine": self.engine,
            "seed": self.a.seed,
            "runs": None if self.a.ensemble is None else self.a.ensemble.runs,
            "accord_version": version_string(),
            "a": side(self.a),
            "b": side(self.b),
            "issues": [item.to_dict() for item in self.issues],
            "only_a": list(self.only_a),
            "only_b": list(self.only_b),
            "capabilities": [c.to_dict() for c in self.capabilities],
            "stances_differ": self.stances_differ(),
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per issue both scenarios hold: ``issue``, then for each of
        :data:`SIDE_COLUMNS` that the forecasts' tables have, scenario a's value and b's
        (``title_a, title_b, forecast_a, forecast_b``, ...), ``difference`` (b minus a) after
        the forecasts; ``stances_differ`` (the actors, ``;``-joined); each side's ``scenario``
        and ``as_of``; then, as :meth:`Forecast.to_frame` ends, ``runs, variant,
        accord_version, engine, seed``. The sides' values are :meth:`Forecast.to_frame`'s (the
        table ``accord forecast --format csv`` writes)."""
        import pandas as pd

        # each side's rows as dicts, by issue: no look-up by label in pandas, which enters
        # catch_warnings, not safe between threads (accord.frames, session 45)
        frames = [made.to_frame() for made in (self.a, self.b)]
        tables = [_rows_by_issue(frame) for frame in frames]
        held = set(frames[0].columns) | set(frames[1].columns)
        rows = []
        for item in self.issues:
            sides = [table[item.id] for table in tables]
            row: dict[str, Any] = {"issue": item.id}
            for column in SIDE_COLUMNS:
                if column in held:
                    for suffix, found in zip(("_a", "_b"), sides, strict=True):
                        row[column + suffix] = found.get(column)
                if column == "forecast":
                    row["difference"] = item.difference
            row["stances_differ"] = ";".join(d.actor for d in item.stances)
            for suffix, made in zip(("_a", "_b"), (self.a, self.b), strict=True):
                as_of = made.scenario.as_of
                row["scenario" + suffix] = made.scenario.id
                row["as_of" + suffix] = None if as_of is None else as_of.isoformat()
            first = sides[0]
            for column in ("runs", "variant", "accord_version", "engine", "seed"):
                row[column] = first.get(column)
            rows.append(row)
        return pd.DataFrame(rows)


def _rows_by_issue(frame: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Each row of a forecast's table as a dict of its cells (as pandas gives them: ``<NA>``
    in a nullable column), by its issue: taken by position, as :mod:`accord.frames` does."""
    names = list(frame.columns)
    rows = [
        dict(zip(names, (frame.iloc[i, j] for j in range(len(names))), strict=True))
        for i in range(len(frame))
    ]
    return {row["issue"]: row for row in rows}


def _stance_differences(a: Scenario, b: Scenario, issue: str) -> tuple[StanceDifference, ...]:
    actors = [x.id for x in a.actors] + [x.id for x in b.actors if not _has_actor(a, x.id)]
    out = []
    for actor in actors:
        sa = a.stance(actor, issue) if _has_actor(a, actor) else None
        sb = b.stance(actor, issue) if _has_actor(b, actor) else None
        if sa is None and sb is None:
            continue
        pair_a = None if sa is None else (float(sa.position), float(sa.salience))
        pair_b = None if sb is None else (float(sb.position), float(sb.salience))
        if pair_a == pair_b:
            continue
        out.append(
            StanceDifference(
                actor,
                None if pair_a is None else pair_a[0],
                None if pair_b is None else pair_b[0],
                None if pair_a is None else pair_a[1],
                None if pair_b is None else pair_b[1],
            )
        )
    return tuple(out)


def _has_actor(scenario: Scenario, actor: str) -> bool:
    return any(x.id == actor for x in scenario.actors)


def _capability_differences(a: Scenario, b: Scenario) -> tuple[CapabilityDifference, ...]:
    caps_a = {x.id: float(x.capability) for x in a.actors}
    caps_b = {x.id: float(x.capability) for x in b.actors}
    order = list(caps_a) + [k for k in caps_b if k not in caps_a]
    return tuple(
        CapabilityDifference(k, caps_a.get(k), caps_b.get(k))
        for k in order
        if caps_a.get(k) != caps_b.get(k)
    )


def shared_issues(a: Scenario, b: Scenario) -> list[str]:
    """The ids of the issues both scenarios hold, in ``a``'s order; refused where there is none
    (a comparison would have nothing to set side by side), naming both scenarios' issues."""
    ids_b = {issue.id for issue in b.issues}
    shared = [issue.id for issue in a.issues if issue.id in ids_b]
    if not shared:
        listed_a = ", ".join(issue.id for issue in a.issues)
        listed_b = ", ".join(issue.id for issue in b.issues)
        raise ScenarioError(
            [
                Problem(
                    "b",
                    f"no issue in common with {a.id} (issues are matched by id; {a.id}: "
                    f"{listed_a}; {b.id}: {listed_b})",
                    b.id,
                )
            ]
        )
    return shared


def compare_scenarios(
    a: Scenario,
    b: Scenario,
    engine: str | Engine = "mean",
    *,
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
    runs: int | None = None,
    votes: bool = False,
) -> ScenarioComparison:
    """Forecast ``a`` and ``b`` with one engine (same options, seed and runs) and set the
    forecasts of the issues they share side by side.

    Parameters
    ----------
    a, b
        The two scenarios; the difference is ``b`` minus ``a``.
    engine
        An engine name (see ``accord engines``), or an engine object with its options.
    params
        The engine's options.
    seed
        Seed of every random choice, the same for both.
    runs
        A Monte Carlo ensemble of that many runs for each (its 5th to 95th percentile and
        P(agreement) from the ensemble are the uncertainty the comparison shows).
    votes
        Also predict the draft resolutions' votes (not compared; off by default, as they are
        the slow part).

    Raises
    ------
    ScenarioError
        The scenarios share no issue id (its problem's path is ``b``).

    Examples
    --------
    >>> from accord.scenario.catalogue import load_bundled
    >>> both = compare_scenarios(load_bundled("minsk-2015-02"), load_bundled("ukraine-2025-02"))
    >>> [item.id for item in both.issues], both.only_a[:1]
    (['ceasefire'], ('special_status',))
    """
    from accord.forecast import forecast
    from accord.forecast.ensemble import new_seed

    shared = shared_issues(a, b)
    if runs is not None and seed is None:
        # one seed for both ensembles (common random numbers), drawn here: drawn by each
        # forecast, as before session 41, two copies of one scenario differed by up to 0.8
        # points of noise (docs/trial-2026-12-07-s41-whatif.md, finding 9)
        seed = new_seed()
    made_a = forecast(a, engine, dict(params or {}), seed, runs=runs, votes=votes)
    made_b = forecast(b, engine, dict(params or {}), seed, runs=runs, votes=votes)
    by_id_a = {item.id: item for item in made_a.issues}
    by_id_b = {item.id: item for item in made_b.issues}
    issues = tuple(
        IssueContrast(i, by_id_a[i], by_id_b[i], _stance_differences(a, b, i)) for i in shared
    )
    return ScenarioComparison(
        made_a,
        made_b,
        issues,
        tuple(x.id for x in a.issues if x.id not in shared),
        tuple(x.id for x in b.issues if x.id not in set(shared)),
        _capability_differences(a, b),
    )
