"""What :func:`accord.forecast.forecast` checks and normalises around an engine run.

Three things happen here, at the edge between a validated scenario and the engines:

* **Limits before work.** The seed, the number of Monte Carlo runs and the estimated memory are
  checked before anything is allocated (:mod:`accord.limits`).
* **Magnitudes normalised.** Every model accord runs is invariant to a common rescaling of the
  capabilities (SMP: KTAB's ``smp`` divides by sums of capability x salience; BDM: Bueno de
  Mesquita 1994, eq. 1-4 compare sums of votes; Nash: the weights only enter as exponents of
  a product whose arg-max is scale-free; mean/median: weighted averages) and to an affine map of
  an issue's scale (positions enter through differences divided by the scale's span). Two
  exceptions in the last digits (session 39's theory trial, findings 3 and 4): KTAB's SMP adds
  absolute constants (1e-8 to a coalition's strength), so a common factor of the capabilities
  moves its probabilities in the eighth digit and a close choice can flip (docs/smp.md); BDM's
  ``scholz-code`` variant can see converging positions equal in one unit of a scale and not in
  another (docs/bdm.md); the rescaling below touches only magnitudes beyond 2**+-500, where
  the run as given would overflow. So an extreme magnitude -- a capability of 1e308, a scale
  of +-1e308 -- is brought into an ordinary range by a power of two before the run and the
  positions are mapped back after it. Scaling by
  a power of two is exact in binary floating point (no digit is rounded), so the answer equals
  the one for the scaled inputs bit for bit; ordinary inputs (within 2**+-500) are not touched
  at all, so no existing result changes.
  Saliences below 2**-500, which cannot be rescaled, count as 0 (with a warning).
* **Undefined results explained.** Where an issue has no forecast (nobody holds a stance,
  every engaged actor has salience 0 or capability 0) the forecast carries a ``reason`` and an
  :class:`~accord.errors.AccordWarning` says it; an engine that nonetheless produced a number
  there (SMP's 50.0 for an issue nobody engages in) is overridden. NumPy floating-point
  warnings never reach the user: the run is made under ``np.errstate`` and a non-finite
  outcome that the inputs do not explain is an :class:`~accord.errors.EngineError`.
"""

from __future__ import annotations

import dataclasses
import math
import warnings
from collections.abc import Callable
from typing import TypeVar

import numpy as np

from accord.engines.base import Run
from accord.errors import AccordWarning, EngineError
from accord.forecast.ensemble import Ensemble
from accord.limits import check_memory, check_runs, check_seed
from accord.quiet import labelled, runtime_warnings_ignored
from accord.scenario.arrays import IntArray, StanceArrays
from accord.scenario.model import Scenario

ORDINARY_EXPONENT = 500
"""Magnitudes between 2**-500 and 2**500 are used as they are; others are rescaled."""

TINY_SALIENCE = 2.0**-500
"""Saliences are absolute (they enter the models as 1 - s and as weights), so they cannot be
rescaled; a positive salience below this (about 3e-151) is treated as 0, with a warning,
because its products with capabilities and positions underflow to 0 or to subnormal numbers
and gave forecasts off the scale."""

T = TypeVar("T")


def check_request(
    scenario: Scenario, engine: str, seed: object, runs: int | None
) -> tuple[int | None, int | None]:
    """Refuse a bad seed, too many runs or a run that would not fit in memory, before work;
    the seed and runs as Python ints (a notebook's NumPy integers would not write to JSON)."""
    chosen = check_seed(seed)
    check_runs(runs)
    count = None if runs is None else int(runs)
    check_memory(engine, len(scenario.actors), len(scenario.issues), count)
    return chosen, count


def _exponent(magnitude: float) -> int:
    """``e`` with ``magnitude / 2**e`` in [0.5, 1), or 0 for an ordinary or zero magnitude."""
    if magnitude == 0 or not math.isfinite(magnitude):
        return 0
    exponent = math.frexp(magnitude)[1]
    return 0 if -ORDINARY_EXPONENT <= exponent <= ORDINARY_EXPONENT else exponent


def normalised(scenario: Scenario) -> tuple[Scenario, IntArray]:
    """The scenario with extreme capabilities and scales rescaled by powers of two, and the
    per-issue exponent ``e`` that maps positions of the result back (``x * 2**e``)."""
    # a stance's leverage is a capability on one issue: it scales with the capabilities
    leverages = [s.leverage for s in scenario.stances if s.leverage is not None]
    cap_exp = _exponent(max([*(a.capability for a in scenario.actors), *leverages], default=0.0))
    exps = np.array(
        [_exponent(max(abs(i.scale.low), abs(i.scale.high))) for i in scenario.issues],
        dtype=np.int64,
    )
    tiny = [st for st in scenario.stances if 0 < st.salience < TINY_SALIENCE]
    if cap_exp == 0 and not exps.any() and not tiny:
        return scenario, exps
    if tiny:
        warnings.warn(
            labelled(
                f"{len(tiny)} salience(s) below 2**-500 treated as 0 (e.g. {tiny[0].actor} on"
                f" {tiny[0].issue}: {tiny[0].salience!r}); weights that small underflow"
            ),
            AccordWarning,
            stacklevel=3,
        )
    by_issue = {i.id: -int(e) for i, e in zip(scenario.issues, exps, strict=True)}
    data = scenario.model_dump()
    for actor in data["actors"]:
        actor["capability"] = math.ldexp(actor["capability"], -cap_exp)
    for issue in data["issues"]:
        e, scale = by_issue[issue["id"]], issue["scale"]
        scale["low"], scale["high"] = math.ldexp(scale["low"], e), math.ldexp(scale["high"], e)
        for point in scale["points"]:
            point["at"] = math.ldexp(point["at"], e)
        if issue["status_quo"] is not None:
            issue["status_quo"] = math.ldexp(issue["status_quo"], e)
    for stance in data["stances"]:
        if stance["salience"] < TINY_SALIENCE:
            stance["salience"] = 0.0
        e = by_issue[stance["issue"]]
        stance["position"] = math.ldexp(stance["position"], e)
        if stance["uncertainty"] is not None:
            stance["uncertainty"] = math.ldexp(stance["uncertainty"], e)
        if stance.get("leverage") is not None:
            stance["leverage"] = math.ldexp(stance["leverage"], -cap_exp)
    work = Scenario.model_validate(data)
    return work, exps


def rescaled(run: Run, exps: IntArray) -> Run:
    """``run`` with positions mapped back by the per-issue exponents ``exps`` (exact)."""
    if not exps.any():
        return run
    return dataclasses.replace(
        run, trajectory=np.ldexp(run.trajectory, exps), outcome=np.ldexp(run.outcome, exps)
    )


def quietly(compute: Callable[[], T]) -> T:
    """Call ``compute`` with NumPy's floating-point warnings silenced: what they would report
    (an empty mean, a 0/0 for an issue nobody engages in) is checked on the result instead."""
    with np.errstate(all="ignore"), runtime_warnings_ignored():  # no catch_warnings: threads
        return compute()


def undefined_reasons(arrays: StanceArrays) -> list[str | None]:
    """Why each issue can have no forecast, or None where the inputs define one."""
    reasons: list[str | None] = []
    for k in range(len(arrays.issues)):
        engaged = arrays.engaged[:, k]
        if not engaged.any():
            reasons.append("nobody holds a stance on this issue")
        elif not (arrays.salience[engaged, k] > 0).any():
            reasons.append("every actor with a stance on this issue has salience 0")
        elif not (arrays.capability[engaged] > 0).any():
            reasons.append("every actor with a stance on this issue has capability 0")
        elif not (arrays.capability[engaged] * arrays.salience[engaged, k] > 0).any():
            reasons.append("no actor with a stance has both capability and salience above 0")
        else:
            reasons.append(None)
    return reasons


def explained(run: Run, arrays: StanceArrays) -> tuple[Run, list[str | None]]:
    """Blank the outcome of undefined issues, attach reasons, warn; refuse unexplained
    non-finite outcomes."""
    reasons = undefined_reasons(arrays)
    outcome = np.array(run.outcome, dtype=float)
    for k, reason in enumerate(reasons):
        if reason is not None:
            outcome[k] = np.nan
        elif np.isnan(outcome[k]):
            reasons[k] = f"engine {run.engine!r} reached no outcome on this issue"
            holders = [
                a for a, held in zip(arrays.actors, arrays.engaged[:, k], strict=True) if held
            ]
            if len(holders) == 1:  # SMP on an issue one actor holds (class-lab trial, s28)
                reasons[k] = (
                    f"only {holders[0]} holds a stance on this issue, and engine {run.engine!r}"
                    " needs two actors to bargain"
                )
        elif not np.isfinite(outcome[k]):
            raise EngineError(
                f"engine {run.engine!r}: numerical overflow on issue {arrays.issues[k]!r}"
                f" (outcome {outcome[k]}); please report this input"
            )
    for issue, reason in zip(arrays.issues, reasons, strict=True):
        if reason is not None:
            said = labelled(f"issue {issue!r}: no forecast: {reason}")  # a batch's file first
            warnings.warn(said, AccordWarning, stacklevel=3)
    return dataclasses.replace(run, outcome=outcome), reasons


def rescaled_ensemble(ensemble: Ensemble, exps: IntArray) -> Ensemble:
    """An ensemble of a normalised scenario mapped back to the original scales (exact)."""
    if not exps.any():
        return ensemble
    return dataclasses.replace(
        ensemble,
        outcome=np.ldexp(ensemble.outcome, exps),
        final_position=np.ldexp(ensemble.final_position, exps),
        start_position=None
        if ensemble.start_position is None
        else np.ldexp(ensemble.start_position, exps),
    )
