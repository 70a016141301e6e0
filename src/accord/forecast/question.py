"""Each issue as a question that resolves: is there agreement by the horizon, and on what.

An engine predicts a bargain on each issue. Whether that bargain is *adopted* is a separate
question: parties whose consent is necessary (``Issue.consent``: the two sides of a bilateral
deal, the belligerents of a ceasefire) can keep the status quo by refusing. This module applies
that rule to every engine's bargain, single run or Monte Carlo ensemble.

The agreement rule (veto players and the win-set of the status quo)
--------------------------------------------------------------------
Tsebelis, G. (2002), *Veto Players: How Political Institutions Work*, Princeton UP, ch. 1-2:
a policy can replace the status quo ``q`` only if it lies in the *win-set* of ``q``, the set of
points every veto player prefers to ``q``. With single-peaked, symmetric (Euclidean)
preferences on one dimension, actor ``c`` with ideal point ``x_c`` prefers ``b`` to ``q`` iff
``|b - x_c| < |q - x_c|``. The bargain ``b`` of an issue is adopted iff, for every consent
actor ``c``::

    |b - x_c| <= |q - x_c| + tau * (high - low)

where ``tau`` (:data:`TIE_TOLERANCE`, 0.5% of the scale) is a tie tolerance: an actor that
is indifferent up to rounding does not block (engine outputs are floats). Otherwise the outcome
is the status quo. A bargain at the status quo (within ``tau``) is acceptable but changes
nothing: it is no agreement (the Nash solution's disagreement point, where no change makes
every party better off), so that ``p_agreement`` means what a resolution records.

*Ideal point* ``x_c``: by default the actor's stated position (``"initial"``: the stance, i.e.
its sincere preference, which is what Tsebelis's ideal points are). Engines with a
trajectory (BDM, SMP, exchange) move actors' *negotiating* positions; ``ideal="final"`` reads
``x_c`` from the last round instead (an actor that has been persuaded accepts what it now
stands for). An issue without consent actors has nobody who can refuse: its bargain is the
outcome, an agreement whenever it changes the status quo (since session 24 a bargain at the
status quo is no agreement there too, as it is where consent actors judge: the question asked
is whether anything is agreed, and no change is nothing agreed).

Probability and point forecast
------------------------------
* single run: ``p_agreement`` is 1 or 0 (whether the rule admits the engine's bargain, and it
  moves the status quo);
* Monte Carlo ensemble: ``p_agreement`` is the share of runs whose bargain moves the status
  quo and every consent actor accepts, each run with its own perturbed ideal points (the
  status quo is fixed);
* ``if_agreement``: the engine's bargain of the unperturbed run (for BDM when the rounds
  cycle, the mean over the cycle: :mod:`accord.engines.cycles`); with an ensemble, on an
  issue with consent actors, the median bargain of the runs that agree (the terms if there
  is agreement), the unperturbed bargain when no run agrees;
* ``forecast``, the point forecast, is the most likely outcome: the outcome is a mixture of a
  point mass at the status quo (probability ``1 - p``) and the bargain (probability ``p``), so
  the most likely *event* is agreement when ``p > 0.5`` (then ``forecast = if_agreement``)
  and no agreement otherwise (``forecast = status_quo``; a tie at 0.5 keeps the status quo,
  which is what happens when nothing is decided, and is flagged by a warning).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from accord.engines.base import Run
from accord.engines.common import nan_to_none
from accord.engines.cycles import Settling, cycle_mean, settling
from accord.errors import EngineError
from accord.quiet import runtime_warnings_ignored
from accord.scenario.arrays import BoolArray, FloatArray, StanceArrays
from accord.scenario.model import Scenario

if TYPE_CHECKING:
    from accord.forecast import Forecast
    from accord.forecast.ensemble import Ensemble

TIE_TOLERANCE = 0.005
"""Share of an issue's span within which a consent actor counts as indifferent (accepts)."""

Ideal = Literal["initial", "final"]
IDEALS: tuple[str, ...] = ("initial", "final")


@dataclass(frozen=True)
class AgreementRule:
    """Which ideal points the consent actors judge by, and the tie tolerance."""

    ideal: Ideal = "initial"
    tolerance: float = TIE_TOLERANCE

    def __post_init__(self) -> None:
        if self.ideal not in IDEALS:
            raise EngineError(f"ideal must be one of {', '.join(IDEALS)} (got {self.ideal!r})")
        if not (np.isfinite(self.tolerance) and 0 <= self.tolerance < 1):
            raise EngineError(f"tolerance must be in [0, 1) (got {self.tolerance!r})")


def accepts(
    bargain: FloatArray,
    status_quo: FloatArray,
    ideal: FloatArray,
    span: FloatArray,
    tolerance: float = TIE_TOLERANCE,
) -> BoolArray:
    """Whether an actor with ideal point ``ideal`` weakly prefers ``bargain`` to the status quo.

    Broadcasts: ``bargain[..., m]`` against ``ideal[..., n, m]`` gives ``[..., n, m]``.
    NaN (no bargain, or no ideal point) compares as False.
    """
    b = np.asarray(bargain)[..., None, :] if np.ndim(ideal) > np.ndim(bargain) else bargain
    with np.errstate(invalid="ignore"):
        return np.asarray(np.abs(b - ideal) <= np.abs(status_quo - ideal) + tolerance * span)


def agreed(
    bargain: FloatArray,
    status_quo: FloatArray,
    ideal: FloatArray,
    consent: BoolArray,
    span: FloatArray,
    tolerance: float = TIE_TOLERANCE,
) -> BoolArray:
    """Per issue, whether every consent actor accepts a bargain that changes the status quo
    (``[..., m]``).

    ``consent[n, m]`` marks the consent actors; an issue without any has nobody to refuse. No
    issue is agreed with a NaN bargain, nor with a bargain at the status quo (within the tie
    tolerance), with or without consent actors: nothing is agreed there, as where the Nash
    solution falls back on its disagreement point. An issue without a status quo has none to
    stay at.
    """
    ok = accepts(bargain, status_quo, ideal, span, tolerance)
    vetoed = (consent & ~ok).any(axis=-2)
    with np.errstate(invalid="ignore"):
        unchanged = np.abs(bargain - status_quo) <= tolerance * span
    return np.asarray(~vetoed & ~np.isnan(bargain) & ~unchanged)


def consent_mask(scenario: Scenario, arrays: StanceArrays) -> BoolArray:
    """``[n, m]``: True where the actor's consent is necessary on the issue."""
    mask = np.zeros(arrays.position.shape, dtype=bool)
    for k, issue in enumerate(scenario.issues):
        for actor in issue.consent:
            mask[arrays.actors.index(actor), k] = True
    return mask


def status_quo_array(scenario: Scenario) -> FloatArray:
    """Each issue's status quo, NaN where it states none."""
    return np.array(
        [np.nan if i.status_quo is None else i.status_quo for i in scenario.issues], dtype=float
    )


# --- the bargain of a run ------------------------------------------------------------------


def round_outcomes(run: Run) -> FloatArray | None:
    """The outcome after every round, ``[T, m]`` for rounds 1..T, where the engine records it.

    BDM records the weighted mean and the Condorcet median of each round (its outcome is the
    mean in the scholz-code variant, the median in the paper variant); other engines do not
    state a per-round outcome, so ``None``.
    """
    if run.engine != "bdm" or not run.turns:
        return None
    key = "median" if run.variant == "paper" else "mean"
    rows = [
        [np.nan if t.notes[key][i] is None else t.notes[key][i] for i in run.issues]
        for t in run.turns
    ]
    return np.asarray(rows, dtype=float)


@dataclass(frozen=True)
class Bargain:
    """The bargain of a run per issue, with how each issue's rounds settled."""

    value: FloatArray  # (m,)
    settling: list[Settling | None]  # None where the engine has no rounds to judge
    from_cycle: BoolArray  # (m,): value is the mean over a cycle, not the last round


MIN_ROUNDS = 3
"""Fewest rounds for which settling is judged (a one-round exchange cannot settle)."""

OWN_STOPPING_RULE = frozenset({"smp"})
"""Engines that stop by their own convergence rule (KTAB's SMP: a turn that moves less than
2% of the first); their settling is not judged here (see :mod:`accord.forecast.checks`)."""


def bargain_of(run: Run, span: FloatArray) -> Bargain:
    """The engine's bargain on each issue, read from the cycle where the rounds cycle.

    Where an issue's positions cycle with period ``p`` and the engine records its per-round
    outcome (BDM), the bargain is the mean outcome over the last ``p`` rounds (one full
    cycle), not the last round's. Elsewhere it is the run's outcome.
    """
    value = np.array(run.outcome, dtype=float)
    rounds = run.trajectory.shape[0] - 1
    per_round = round_outcomes(run)
    states: list[Settling | None] = []
    from_cycle = np.zeros(value.shape, dtype=bool)
    for k in range(len(run.issues)):
        if rounds < MIN_ROUNDS or run.engine in OWN_STOPPING_RULE:
            states.append(None)
            continue
        state = settling(run.trajectory[:, :, k], float(span[k]))
        states.append(state)
        if state.cycles and per_round is not None and state.period <= per_round.shape[0]:
            value[k] = float(cycle_mean(per_round[:, k], state.period))
            from_cycle[k] = True
    return Bargain(value=value, settling=states, from_cycle=from_cycle)


# --- the answer per issue ------------------------------------------------------------------


def agreed_terms(
    bargains: FloatArray, agreeing: BoolArray, fallback: FloatArray, judged: BoolArray
) -> FloatArray:
    """Per issue, the terms if agreement is reached, read from an ensemble.

    Where the issue is ``judged`` (every issue, since a bargain at the status quo is no
    agreement on any: session 24) and some runs agree, the median bargain of the agreeing runs
    (the terms conditional on agreement: the runs that refuse, or stay at the status quo,
    describe bargains that will not happen); elsewhere ``fallback`` (the unperturbed run's
    bargain).
    """
    with runtime_warnings_ignored():  # issues without an agreeing run give an all-NaN column
        median = np.nanmedian(np.where(agreeing, bargains, np.nan), axis=0)
    use = judged & agreeing.any(axis=0)
    return np.asarray(np.where(use, median, fallback))


@dataclass(frozen=True)
class IssueAnswer:
    """The resolved question for one issue (see the module docstring for each field)."""

    issue: str
    status_quo: float | None
    horizon: dt.date | None
    consent: tuple[str, ...]
    if_agreement: float | None
    p_agreement: float
    forecast: float | None
    vetoes: tuple[str, ...] = ()  # consent actors that refuse the unperturbed bargain
    basis: str = "single run"
    # how the unperturbed run's rounds ended on the issue (None where not judged) and whether
    # its bargain is the mean over a cycle (session 35: the detail of the settling warning)
    settling: Settling | None = None
    cycle_mean: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON keys (docs/json-contract.md); ``settling`` only where the rounds neither
        reached a fixed point nor were left unjudged (a cycle, or no settling at all)."""
        out: dict[str, Any] = {
            "forecast": self.forecast,
            "p_agreement": self.p_agreement,
            "if_agreement": self.if_agreement,
            "status_quo": self.status_quo,
            "horizon": None if self.horizon is None else self.horizon.isoformat(),
            "consent": list(self.consent),
            "vetoed_by": list(self.vetoes),
            "agreement_basis": self.basis,
        }
        if self.settling is not None and not self.settling.settled:
            state = self.settling
            out["settling"] = {
                "state": "cycles" if state.cycles else "did not settle",
                "period": state.period if state.cycles else None,
                "rounds": state.rounds,
                "cycle_mean": self.cycle_mean,
            }
        return out


@dataclass(frozen=True)
class Answers:
    """Answers for every issue and the bargain they came from; with an ensemble, whether each
    run's bargain was agreed (``runs, issues``), the runs ``p_agreement`` counts."""

    issues: list[IssueAnswer]
    bargain: Bargain
    agreed_runs: BoolArray | None = None


def answer(
    scenario: Scenario,
    arrays: StanceArrays,
    run: Run,
    rule: AgreementRule | None = None,
    ensemble_bargain: FloatArray | None = None,
    ensemble_ideal: FloatArray | None = None,
) -> Answers:
    """Apply the agreement rule to a run (and optionally its ensemble) on every issue.

    ``ensemble_bargain[runs, m]`` and ``ensemble_ideal[runs, n, m]`` are the ensemble's
    bargains and the consent actors' ideal points in each run (scale units).
    """
    rule = rule or AgreementRule()
    bargain = bargain_of(run, arrays.span)
    sq = status_quo_array(scenario)
    consent = consent_mask(scenario, arrays)
    ideal = arrays.position if rule.ideal == "initial" else run.trajectory[-1]
    ok = accepts(bargain.value, sq, ideal, arrays.span, rule.tolerance)
    single = agreed(bargain.value, sq, ideal, consent, arrays.span, rule.tolerance)
    terms = np.array(bargain.value, dtype=float)  # the bargain if agreed, per issue
    runs: BoolArray | None = None
    if ensemble_bargain is not None and ensemble_ideal is not None:
        runs = agreed(ensemble_bargain, sq, ensemble_ideal, consent, arrays.span, rule.tolerance)
        p = runs.mean(axis=0)
        basis = f"ensemble of {ensemble_bargain.shape[0]} runs"
        everywhere = np.ones(len(scenario.issues), dtype=bool)
        terms = agreed_terms(ensemble_bargain, runs, terms, everywhere)
    else:
        p = single.astype(float)
        basis = "single run"
    out: list[IssueAnswer] = []
    for k, issue in enumerate(scenario.issues):
        has_consent = bool(consent[:, k].any())
        p_k = float(p[k])  # nobody refuses without consent actors; no change is no agreement
        if_agreement = nan_to_none(terms[k])
        point = if_agreement if p_k > 0.5 else issue.status_quo
        vetoes = tuple(arrays.actors[a] for a in np.flatnonzero(consent[:, k] & ~ok[:, k]))
        out.append(
            IssueAnswer(
                issue=issue.id,
                status_quo=issue.status_quo,
                horizon=issue.horizon,
                consent=tuple(issue.consent),
                if_agreement=if_agreement,
                p_agreement=p_k,
                forecast=point,
                vetoes=vetoes,
                basis=basis if has_consent else "no consent actors",
                settling=bargain.settling[k],
                cycle_mean=bool(bargain.from_cycle[k]),
            )
        )
    return Answers(issues=out, bargain=bargain, agreed_runs=runs)


# --- wiring into a Forecast ----------------------------------------------------------------


def ensemble_params(
    scenario: Scenario, engine: str, params: Mapping[str, Any] | None, run: Run
) -> dict[str, Any]:
    """The options of an ensemble's batch run, consistent with the single run.

    A batch carries no scenario, so Nash's batch kernel cannot see the status quo and fell back
    to each actor's worst point as disagreement point while the single run used the status
    quo. Here the single run's disagreement point (the scenario's or the caller's status quo,
    in scale units) is passed to the batch on the unit interval (``status_quo``) and as it is
    (``scale_status_quo``, for the kernel that computes in scale units). SMP places an
    actor without a stance on an issue at the status quo, so its batch gets the issues'
    status quo the same way. BDM's batch reads each run's outcome from its cycle
    (``outcome="cycle-mean"``), as :func:`bargain_of` does for the single run. The scenario's
    own ``parameters`` for the engine, which the single run merges under the caller's, are
    merged here too: a batch cannot see them.
    """
    from accord.engines.common import merged_params

    given = merged_params(scenario, engine, params)
    if engine == "bdm":  # each run's outcome from its cycle, as the single run's bargain
        return {**given, "outcome": given.get("outcome", "cycle-mean")}
    if engine == "smp":
        unit = _unit_status_quo(scenario, [i.status_quo for i in scenario.issues])
        return {**given, "status_quo": unit} if any(v is not None for v in unit) else given
    if engine != "nash":
        return given
    if given.get("disagreement", "auto") not in ("auto", "status-quo"):
        return given  # the worst-point modes need no status quo
    # the single run's status quo: the caller's (scale units) or the issues'
    scale = given.get("status_quo") or [i.status_quo for i in scenario.issues]
    unit = _unit_status_quo(scenario, scale)
    if any(v is not None for v in unit):
        given["status_quo"] = unit
        # and as given, for a batch that computes in scale units (session 38): the unit
        # values mapped back can differ from them in the last digit
        given["scale_status_quo"] = [None if v is None else float(v) for v in scale]
    return given


def _unit_status_quo(scenario: Scenario, values: list[Any]) -> list[float | None]:
    """Status-quo values in scale units mapped onto each issue's unit interval."""
    return [
        None if value is None else (float(value) - i.scale.low) / i.scale.span
        for value, i in zip(values, scenario.issues, strict=True)
    ]


def answer_issues(
    made: Forecast,
    arrays: StanceArrays,
    ensemble: Ensemble | None = None,
    rule: AgreementRule | None = None,
) -> Answers:
    """Answer every issue of a forecast in place: each :class:`IssueForecast` gets its
    :class:`IssueAnswer` and point ``forecast``, the forecast its warnings."""
    from accord.forecast.checks import forecast_warnings

    rule = rule or AgreementRule()
    e_bargain = e_ideal = None
    if ensemble is not None:
        e_bargain = ensemble.outcome
        e_ideal = ensemble.start_position if rule.ideal == "initial" else ensemble.final_position
    answers = answer(made.scenario, arrays, made.run, rule, e_bargain, e_ideal)
    made.agreement_rule = rule
    made.samples_agreed = answers.agreed_runs
    for item, ans in zip(made.issues, answers.issues, strict=True):
        item.answer = ans
        item.forecast = ans.forecast
    made.warnings.extend(forecast_warnings(made.scenario, arrays, made.run, answers))
    return answers


__all__ = [
    "IDEALS",
    "TIE_TOLERANCE",
    "AgreementRule",
    "Answers",
    "Bargain",
    "IssueAnswer",
    "accepts",
    "agreed",
    "agreed_terms",
    "answer",
    "answer_issues",
    "bargain_of",
    "consent_mask",
    "ensemble_params",
    "nan_to_none",
    "round_outcomes",
    "status_quo_array",
]
