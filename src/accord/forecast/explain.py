"""Why a forecast says what it says: weight shares and a one-at-a-time tornado.

Two views of each issue:

* **Weight shares.** Every engine bargains with the weight ``w_ai = c_ai s_ai`` (issue
  capability, i.e. the stance's leverage where stated, times salience). An actor's share
  ``w_ai / sum_b w_bi`` says how much of the weight that set the outcome it holds. For the
  mean engine the forecast is exactly the share-weighted mean of positions.
* **Tornado (one-at-a-time sensitivity).** Each input is moved down and up by its stated
  uncertainty, or a documented default, with every other input fixed, and the engine reruns;
  the *swing* is the difference between the point forecasts at the two ends (and the
  bargain's swing, which shows what moves the terms even where a veto keeps the point
  forecast at the status quo). Sorting inputs by swing, then bargain swing, gives a tornado
  diagram (Saltelli et al. 2008, *Global Sensitivity Analysis: The
  Primer*, Wiley, section 1.2, on one-at-a-time designs and their limits: interactions are not
  seen; the Monte Carlo ensemble covers joint variation). The moves, the same spreads as the
  Monte Carlo defaults (docs/ensembles.md):

  - position: +/- the stance's ``uncertainty``, else +/- 5% of the issue's span; clipped to
    the scale;
  - salience: +/- 0.10, clipped to [min(salience, 0.01), 1] (as in the ensemble);
  - capability: times exp(-/+0.20) (about -18% / +22%); an actor's capability moves all
    issues where it states no leverage; a stated leverage is moved the same way on its issue.

All perturbed variants run as one batch through the engine's vectorised kernel (one call,
not a Python loop over runs), and the agreement rule of :mod:`.question` turns each variant's
bargain into its point forecast. The baseline is the batch's unperturbed variant (BDM's batch
reads each variant's outcome from its cycle where the rounds cycle, as the single forecast).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from accord.engines.base import Batch, Engine
from accord.errors import EngineError
from accord.forecast.ensemble import SALIENCE_FLOOR, Perturbation
from accord.forecast.question import (
    agreed,
    consent_mask,
    ensemble_params,
    nan_to_none,
    status_quo_array,
)
from accord.provenance import provenance
from accord.scenario.arrays import FloatArray, StanceArrays, stance_arrays
from accord.scenario.model import Scenario, checked

if TYPE_CHECKING:
    import pandas as pd

Kind = Literal["position", "salience", "capability", "leverage"]


@dataclass(frozen=True)
class Input:
    """One input moved by the tornado: what, whose, on which issue, and its two ends."""

    kind: Kind
    actor: str
    issue: str | None  # None for an actor's general capability
    value: float
    low: float
    high: float

    @property
    def label(self) -> str:
        where = f" on {self.issue}" if self.issue else ""
        return f"{self.actor} {self.kind}{where}"


def _gap(a: float | None, b: float | None) -> float:
    return 0.0 if a is None or b is None else abs(b - a)


@dataclass(frozen=True)
class Bar:
    """One row of a tornado: an input, and the point forecast and the bargain at its low and
    high ends (the bargain moves even where a veto keeps the point forecast at the status
    quo)."""

    input: Input
    at_low: float | None
    at_high: float | None
    bargain_at_low: float | None = None
    bargain_at_high: float | None = None

    @property
    def swing(self) -> float:
        """How far the point forecast moves between the input's two ends."""
        return _gap(self.at_low, self.at_high)

    @property
    def bargain_swing(self) -> float:
        """How far the bargain (``if_agreement``) moves between the input's two ends."""
        return _gap(self.bargain_at_low, self.bargain_at_high)

    def to_dict(self) -> dict[str, Any]:
        i = self.input
        return {
            "input": i.label,
            "kind": i.kind,
            "actor": i.actor,
            "issue": i.issue,
            "value": i.value,
            "low": i.low,
            "high": i.high,
            "forecast_at_low": self.at_low,
            "forecast_at_high": self.at_high,
            "swing": self.swing,
            "if_agreement_at_low": self.bargain_at_low,
            "if_agreement_at_high": self.bargain_at_high,
            "if_agreement_swing": self.bargain_swing,
        }


@dataclass(frozen=True)
class IssueExplanation:
    """Weight shares and the tornado of one issue."""

    id: str
    title: str
    scale: tuple[float, float]
    forecast: float | None  # the batch's unperturbed point forecast
    shares: dict[str, float]
    tornado: list[Bar]
    if_agreement: float | None = None  # the unperturbed bargain
    agreed: bool = True  # whether every consent actor accepts it

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "scale": list(self.scale),
            "forecast": self.forecast,
            "if_agreement": self.if_agreement,
            "agreed": self.agreed,
            "weight_shares": dict(self.shares),
            "tornado": [bar.to_dict() for bar in self.tornado],
        }


@dataclass(frozen=True)
class Explanation:
    """Why one engine forecasts what it does on a scenario's issues."""

    scenario: str
    engine: str
    seed: int | None
    issues: list[IssueExplanation]
    spread: Perturbation
    warnings: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        ids = ", ".join(i.id for i in self.issues[:4]) + (", ..." if len(self.issues) > 4 else "")
        return (
            f"Explanation(scenario={self.scenario!r}, engine={self.engine!r}, seed={self.seed}, "
            f"issues=[{ids}])"
        )

    def to_frame(self) -> pd.DataFrame:
        """Every tornado bar, one row per issue and input (a pandas DataFrame).

        See :func:`accord.frames.explanation_frame`.
        """
        from accord.frames import explanation_frame

        return explanation_frame(self)

    def to_dict(self) -> dict[str, Any]:
        """The ``accord explain --json`` document (docs/json-contract.md)."""
        return {
            "scenario": self.scenario,
            "engine": self.engine,
            "seed": self.seed,
            "moves": {
                "position_sd": self.spread.position_sd,
                "salience_sd": self.spread.salience_sd,
                "capability_sigma": self.spread.capability_sigma,
            },
            "issues": [i.to_dict() for i in self.issues],
            "warnings": list(self.warnings),
            "accord": dict(provenance()),  # which code made it (session 35); a copy (s45)
        }


def weight_shares(arrays: StanceArrays) -> FloatArray:
    """``[n, m]``: each actor's share of the issue's total weight (0 where not engaged)."""
    weight = np.where(arrays.engaged, arrays.issue_capability() * arrays.salience, 0.0)
    total = weight.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(np.where(total > 0, weight / total, 0.0))


def _inputs(arrays: StanceArrays, spread: Perturbation) -> list[tuple[Input, str, int, int]]:
    """Every input to move: (input, array, actor index, issue index or -1)."""
    out: list[tuple[Input, str, int, int]] = []
    # math.exp (the C library's), not np.exp: numpy's AVX-512 exp rounds some arguments
    # differently from its other kernels, and the tornado's ends should not depend on the CPU
    up, down = math.exp(spread.capability_sigma), math.exp(-spread.capability_sigma)
    leverage = arrays.leverage
    for a, actor in enumerate(arrays.actors):
        if arrays.engaged[a].any():
            c = float(arrays.capability[a])
            out.append((Input("capability", actor, None, c, c * down, c * up), "capability", a, -1))
        for k, issue in enumerate(arrays.issues):
            if not arrays.engaged[a, k]:
                continue
            x, s = float(arrays.position[a, k]), float(arrays.salience[a, k])
            u = arrays.uncertainty[a, k]
            sd = spread.position_sd * float(arrays.span[k]) if np.isnan(u) else float(u)
            lo, hi = float(arrays.low[k]), float(arrays.high[k])
            out.append(
                (Input("position", actor, issue, x, max(lo, x - sd), min(hi, x + sd)), "pos", a, k)
            )
            floor = min(s, SALIENCE_FLOOR)
            s_lo = max(floor, s - spread.salience_sd)
            s_hi = min(1.0, s + spread.salience_sd)
            out.append((Input("salience", actor, issue, s, s_lo, s_hi), "sal", a, k))
            if leverage is not None and not np.isnan(leverage[a, k]):
                v = float(leverage[a, k])
                out.append((Input("leverage", actor, issue, v, v * down, v * up), "lev", a, k))
    return out


def unperturbed_batch(arrays: StanceArrays, size: int) -> Batch:
    """``size`` identical copies of the scenario's arrays (positions on the unit interval,
    and in scale units with the issues' scales: :class:`~accord.engines.base.Batch`), each its
    own array so that a row can be changed alone."""

    def copies(values: FloatArray) -> FloatArray:
        return np.repeat(values[None], size, axis=0)

    return Batch(
        capability=copies(arrays.capability),
        position=copies(arrays.unit_position()),
        salience=copies(arrays.salience),
        leverage=None if arrays.leverage is None else copies(arrays.leverage),
        low=arrays.low,
        high=arrays.high,
        scale_position=copies(arrays.position),
    )


def tornado_batch(arrays: StanceArrays, spread: Perturbation) -> tuple[Batch, list[Input]]:
    """The batch of variants: row 0 unperturbed, then each input at its low and high end."""
    moves = _inputs(arrays, spread)
    batch = unperturbed_batch(arrays, 1 + 2 * len(moves))
    assert batch.scale_position is not None
    for j, (item, which, a, k) in enumerate(moves):
        for row, value in ((1 + 2 * j, item.low), (2 + 2 * j, item.high)):
            if which == "pos":
                batch.position[row, a, k] = (value - arrays.low[k]) / arrays.span[k]
                batch.scale_position[row, a, k] = value
            elif which == "sal":
                batch.salience[row, a, k] = value
            elif which == "capability":
                batch.capability[row, a] = value
            elif batch.leverage is not None:
                batch.leverage[row, a, k] = value
    return batch, [item for item, *_ in moves]


def check_issue(scenario: Scenario, issue: str | None) -> None:
    """Refuse an ``issue`` to explain that ``scenario`` does not have (the HTTP API asks it
    first, to name the request's field)."""
    ids = [i.id for i in scenario.issues]
    if issue is not None and issue not in ids:
        raise EngineError(
            f"unknown issue {issue!r} in scenario {scenario.id!r}; issues: {', '.join(ids)}"
        )


def explain(
    scenario: Scenario,
    engine: str | Engine = "mean",
    issue: str | None = None,
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
    top: int | None = 10,
    spread: Perturbation | None = None,
) -> Explanation:
    """Weight shares and a tornado of the ``top`` inputs (all when None) for each issue (or
    the one named ``issue``) under ``engine`` (a name, or an engine object with its options)."""
    with checked(scenario):  # before the stance arrays are built from it
        from accord.engines import get_engine
        from accord.forecast.checks import consent_weight_warnings
        from accord.forecast.guard import quietly

        chosen = get_engine(engine) if isinstance(engine, str) else engine
        name = chosen.name
        check_issue(scenario, issue)
        if top is not None and (isinstance(top, bool) or not isinstance(top, numbers.Integral)):
            raise EngineError(f"top must be a whole number of inputs or None (got {top!r})")
        if top is not None and top < 1:
            raise EngineError(f"top must be at least 1 (got {top})")
        if not hasattr(chosen, "run_batch"):
            raise EngineError(f"engine {name!r} cannot be explained (no batch kernel)")
        spread = spread or Perturbation()
        arrays = stance_arrays(scenario)
        _check_finite(arrays, spread)
        single = quietly(lambda: chosen.run(scenario, params, seed))
        batch, inputs = tornado_batch(arrays, spread)
        batch_params = ensemble_params(scenario, name, params, single)
        result = quietly(lambda: chosen.run_batch(batch, batch_params, seed))
        bargain = result.in_scale(arrays.low, arrays.span)[0]  # (B, m), in scale units
        sq = status_quo_array(scenario)
        ok = agreed(
            bargain,
            sq,
            arrays.from_unit(batch.position),
            consent_mask(scenario, arrays),
            arrays.span,
        )
        point = np.where(ok | np.isnan(sq), bargain, sq)
        shares = weight_shares(arrays)
        out: list[IssueExplanation] = []
        for k, item in enumerate(scenario.issues):
            if issue is not None and item.id != issue:
                continue
            bars = [
                Bar(
                    inp,
                    nan_to_none(point[1 + 2 * j, k]),
                    nan_to_none(point[2 + 2 * j, k]),
                    nan_to_none(bargain[1 + 2 * j, k]),
                    nan_to_none(bargain[2 + 2 * j, k]),
                )
                for j, inp in enumerate(inputs)
            ]
            bars = sorted(
                (b for b in bars if b.swing > 0 or b.bargain_swing > 0),
                key=lambda b: (-b.swing, -b.bargain_swing),
            )
            out.append(
                IssueExplanation(
                    id=item.id,
                    title=item.title,
                    scale=(item.scale.low, item.scale.high),
                    forecast=nan_to_none(point[0, k]),
                    if_agreement=nan_to_none(bargain[0, k]),
                    agreed=bool(ok[0, k]),
                    shares={
                        arrays.actors[a]: float(shares[a, k])
                        for a in np.argsort(-shares[:, k], kind="stable")
                        if arrays.engaged[a, k]
                    },
                    tornado=bars if top is None else bars[:top],
                )
            )
        return Explanation(
            scenario=scenario.id,
            engine=name,
            seed=seed,
            issues=out,
            spread=spread,
            warnings=consent_weight_warnings(scenario, arrays),
        )


def _check_finite(arrays: StanceArrays, spread: Perturbation) -> None:
    """Refuse capabilities so large that moving them up, or summing the weights, overflows
    (an error, never a silent infinity in the tornado)."""
    with np.errstate(over="ignore", invalid="ignore"):
        cap = arrays.issue_capability() * np.exp(spread.capability_sigma)
        total = np.where(arrays.engaged, cap * arrays.salience, 0.0).sum(axis=0)
    if not (np.isfinite(cap).all() and np.isfinite(total).all()):
        raise EngineError(
            f"explain: capabilities up to {float(arrays.issue_capability().max()):g} overflow "
            f"when moved by exp({spread.capability_sigma:g}) or summed; rescale them "
            "(only their ratios matter)"
        )


__all__ = [
    "Bar",
    "Explanation",
    "Input",
    "IssueExplanation",
    "explain",
    "tornado_batch",
    "unperturbed_batch",
    "weight_shares",
]
