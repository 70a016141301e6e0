"""Warnings instead of silent oddities: what a reader of a forecast should be told.

Each check returns plain sentences; the CLI prints them on stderr, the JSON carries them under
``"warnings"`` and the HTML report shows them in a box. They flag answers that depend on an
arbitrary choice (where the rounds stopped, which disagreement point, a tie) or on weights
that contradict the scenario's own consent rule.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from accord.engines.base import Run
from accord.engines.cycles import Settling
from accord.forecast.question import Answers
from accord.scenario.arrays import StanceArrays
from accord.scenario.model import Scenario


def settling_warnings(run: Run, answers: Answers) -> list[str]:
    """Cycles (with their period) and engines that did not settle within their rounds.

    One warning for the issues that cycle and one for those that did not settle, each naming
    its issues with their count (session 35: a fixed-round engine gave one near-identical line
    per issue, a wall on a scenario of many issues; session 34's extend trial, finding 10).
    One issue keeps its sentence of before. Each issue's own figures (period, rounds, whether
    its bargain is a cycle's mean) are its JSON's ``settling`` (:class:`IssueAnswer`)."""
    bargain = answers.bargain
    cycling: list[tuple[str, Settling, bool]] = []
    unsettled: list[tuple[str, Settling, bool]] = []
    for k, issue in enumerate(run.issues):
        state = bargain.settling[k]
        if state is None or state.settled:
            continue
        (cycling if state.cycles else unsettled).append((issue, state, bool(bargain.from_cycle[k])))
    out: list[str] = []
    if cycling:
        out.append(_cycle_warning(run.engine, cycling))
    if unsettled:
        out.append(_unsettled_warning(run.engine, unsettled))
    return out


def _names(issues: Sequence[str]) -> str:
    return ", ".join(repr(issue) for issue in issues)


def _cycle_warning(engine: str, cycling: Sequence[tuple[str, Settling, bool]]) -> str:
    """One sentence for every issue of a run whose positions cycle."""
    if len(cycling) == 1:
        issue, state, from_cycle = cycling[0]
        how = (
            f"the forecast is the mean over one cycle ({state.period} rounds), not the last round"
            if from_cycle
            else "the forecast is the last round's, which depends on where the rounds stop"
        )
        return (
            f"{engine}: positions on {issue!r} cycle with period {state.period} "
            f"over the last {2 * state.period} of {state.rounds} rounds; {how}"
        )
    rounds = max(state.rounds for _, state, _ in cycling)
    # "'territory' cycle with period 2": the words of the one-issue sentence, which users grep
    listed = ", ".join(f"{issue!r} cycle with period {state.period}" for issue, state, _ in cycling)
    means = [issue for issue, _, from_cycle in cycling if from_cycle]
    lasts = [issue for issue, _, from_cycle in cycling if not from_cycle]
    if not lasts:
        how = "each forecast is the mean over one cycle, not the last round"
    elif not means:
        how = "each forecast is the last round's, which depends on where the rounds stop"
    else:
        how = (
            f"the forecast is the mean over one cycle on {_names(means)}, the last round's "
            f"(which depends on where the rounds stop) on {_names(lasts)}"
        )
    return (
        f"{engine}: positions on {len(cycling)} issues cycle over the last two periods of "
        f"{rounds} rounds: {listed}; {how}"
    )


def _unsettled_warning(engine: str, unsettled: Sequence[tuple[str, Settling, bool]]) -> str:
    """One sentence for every issue of a run that did not settle (nor cycle)."""
    rounds = max(state.rounds for _, state, _ in unsettled)
    advice = "more rounds (--rounds N, engine option `rounds`) may reach a fixed point or a cycle"
    if len(unsettled) == 1:
        issue = unsettled[0][0]
        return (
            f"{engine}: positions on {issue!r} did not settle within {rounds} "
            f"rounds (no fixed point or cycle); the forecast is the last round's; {advice}"
        )
    return (
        f"{engine}: positions on {len(unsettled)} issues did not settle within {rounds} rounds "
        f"(no fixed point or cycle): {_names([issue for issue, _, _ in unsettled])}; each "
        f"forecast is the last round's; {advice}"
    )


CONSENT_ADVICE = (
    "the bargain leans on parties that cannot conclude it (if they must accept the deal too, "
    "add them to the issue's `consent`; if not, check their capability and salience)"
)
"""The remedy the consent-weight warning ends with, said once however many issues it names."""


def consent_weight_warnings(scenario: Scenario, arrays: StanceArrays) -> list[str]:
    """An actor whose consent is not needed outweighing one whose consent is (weight =
    issue capability x salience, what the engines bargain with): one warning for every issue
    where it happens (:func:`consent_weight_text`)."""
    weight = arrays.issue_capability() * arrays.salience
    found: list[tuple[str, str, str, str]] = []
    for k, issue in enumerate(scenario.issues):
        if not issue.consent:
            continue
        need = {arrays.actors.index(a) for a in issue.consent}
        lightest = min(need, key=lambda a: weight[a, k])
        heavier = [
            a
            for a in np.flatnonzero(arrays.engaged[:, k])
            if int(a) not in need and weight[a, k] > weight[lightest, k]
        ]
        if heavier:
            names = ", ".join(
                f"{arrays.actors[a]} ({weight[a, k]:.3g})"
                for a in sorted(heavier, key=lambda a: -weight[a, k])
            )
            light = (arrays.actors[lightest], f"{weight[lightest, k]:.3g}")
            found.append((issue.id, *light, names))
    return consent_weight_text(found)


def consent_weight_text(found: Sequence[tuple[str, str, str, str]]) -> list[str]:
    """The consent-weight warning for ``found``: (issue id, the lightest consent actor, its
    weight, the heavier actors without consent with theirs) per issue, as
    :func:`consent_weight_warnings` finds them. One issue gives the sentence of session 23; several
    give one warning naming each issue, its actors and weights, and the remedy once, where until
    session 47 each issue had its own 300-character warning, three per scenario in the bundled
    Minsk and Ukraine cases (session 46's author's trial, finding 12)."""
    if not found:
        return []
    if len(found) == 1:
        ((issue, actor, weight, names),) = found
        return [
            f"issue {issue!r}: actors whose consent is not needed outweigh consent actor "
            f"{actor} ({weight}, capability x salience): {names}; {CONSENT_ADVICE}"
        ]
    each = "; ".join(
        f"on {issue!r} {actor} ({weight}) by {names}" for issue, actor, weight, names in found
    )
    return [
        f"{len(found)} issues ({', '.join(repr(f[0]) for f in found)}): actors whose "
        f"consent is not needed outweigh a consent actor (capability x salience): {each}; on "
        f"each {CONSENT_ADVICE}"
    ]


def tie_warnings(answers: Answers) -> list[str]:
    """A probability of agreement of exactly one half: the point forecast is a convention."""
    return [
        f"issue {a.issue!r}: p_agreement is exactly 0.5; the point forecast keeps the status "
        "quo by convention"
        for a in answers.issues
        if a.p_agreement == 0.5  # with or without consent actors (runs at the status quo)
    ]


def engine_warnings(scenario: Scenario, arrays: StanceArrays, run: Run) -> list[str]:
    """Engine-specific arbitrary choices: a weighted median at an exact half split, Nash
    without a status quo, SMP's turn cap, and leverage that SMP ignores."""
    out: list[str] = []
    if run.engine == "median":
        # the weighted median is always an actor's position, except when the weights split
        # exactly in half: then every point between two positions is a median
        for k, issue in enumerate(scenario.issues):
            value = run.outcome[k]
            held = arrays.position[arrays.engaged[:, k], k]
            if held.size and not np.isnan(value) and not np.isclose(held, value).any():
                out.append(
                    f"median: on issue {issue.id!r} the weights split exactly in half; every "
                    f"point between the two middle positions is a weighted median, and the "
                    f"forecast {value:g} is their midpoint by convention"
                )
    if run.engine == "nash":
        point = run.turns[0].notes.get("point", []) if run.turns else []
        for k, (issue, value) in enumerate(zip(scenario.issues, point, strict=False)):
            if value is None and arrays.engaged[:, k].any():
                out.append(
                    f"nash: issue {issue.id!r} has no status quo, so each actor's worst point "
                    "is its disagreement point (an arbitrary choice; state a status_quo)"
                )
    cap = run.params.get("rounds") if run.engine == "smp" else None
    if isinstance(cap, int) and run.trajectory.shape[0] - 1 >= cap:
        out.append(
            f"smp: stopped at its cap of {cap} turns before its stopping rule held (a turn "
            "moving less than 2% of the first); the forecast is the last turn's"
        )
    if run.engine == "smp" and arrays.leverage is not None:
        out.append(
            "smp: stance leverage is not used (the SMP weighs each actor by one capability "
            "across all issues); engines mean, median, bdm, nash and exchange use it"
        )
    return out


def hindsight_warnings(scenario: Scenario) -> list[str]:
    """One sentence where the stances cite evidence, or a source, dated after the scenario's
    ``as_of``: the forecast uses later information than its date claims (session 44's
    historian's trial, finding 7: a case citing its own outcome was forecast without a word).
    ``accord validate`` names each item (:func:`accord.scenario.checks.late_evidence`); this
    counts them and gives the latest date. Evidence dated after its own source, which
    ``validate`` also warns of, is a slip in a date, not hindsight, and is left to it."""
    from accord.scenario.checks import late_evidence

    as_of = scenario.as_of
    late = [w for w in late_evidence(scenario) if w.hindsight]
    if as_of is None or not late:
        return []
    latest = max(str(w.value) for w in late)
    return [
        f"hindsight: the stances cite {len(late)} item(s) dated after the scenario's as_of "
        f"{as_of.isoformat()} (the latest {latest}), so this forecast uses later information "
        "than its date claims; `accord validate` names each"
    ]


def forecast_warnings(
    scenario: Scenario, arrays: StanceArrays, run: Run, answers: Answers
) -> list[str]:
    """Every warning for one forecast, in a stable order."""
    return [
        *hindsight_warnings(scenario),
        *settling_warnings(run, answers),
        *consent_weight_warnings(scenario, arrays),
        *tie_warnings(answers),
        *engine_warnings(scenario, arrays, run),
    ]


__all__ = [
    "CONSENT_ADVICE",
    "consent_weight_text",
    "consent_weight_warnings",
    "engine_warnings",
    "forecast_warnings",
    "hindsight_warnings",
    "settling_warnings",
    "tie_warnings",
]
