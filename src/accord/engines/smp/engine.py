"""The ``smp`` engine: KTAB's Spatial Model of Politics behind accord's Engine interface.

The model runs on the unit interval, as KTAB does: a scenario read from a KTAB CSV has scale
0..100 and saliences already divided by 100, so its unit positions are KTAB's. Other scenarios
are mapped with :meth:`~accord.scenario.StanceArrays.unit_position`. An actor not engaged on an
issue gets salience 0 there and sits at the issue's status quo (or its mid-point), so it
neither cares nor pulls; its trajectory on that issue is NaN. KTAB requires each actor's
saliences to sum to at most 1 (it reads percentages of attention); where a scenario's sum to
more, they are divided by their sum (the weighted distance is unchanged by this, the weight of
the actor's votes is capped at its capability).

The outcome of a run is the probability-weighted mean of the final state's distinct
positions, with the probabilities of the final state's probabilistic Condorcet election
(KTAB prints those probabilities, the "prob" lines, but no single outcome). The position of
highest probability is given in the last turn's notes as ``modal_position``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np

from accord.engines.base import Batch, BatchResult, Move, Run, Turn
from accord.engines.common import labels, make_run
from accord.engines.estimators import SMP
from accord.engines.smp import kernels as K
from accord.engines.smp.options import SMPOptions, parse_options, seed_from
from accord.errors import EngineError
from accord.scenario.arrays import BoolArray, FloatArray, StanceArrays, stance_arrays
from accord.scenario.model import Scenario

#: Memory budget (array elements) for the n^3 tensors of one chunk of a batch.
BATCH_ELEMENTS = 4_000_000


def settings_of(options: SMPOptions) -> K.Settings:
    """The kernels' switches for ``options`` (KTAB's option names to the kernels' names)."""
    return K.Settings(
        rule=options.VotingRule,
        vp_model=options.VictoryProbModel,
        pce_model=options.PCEModel,
        r_range=options.BigRRange,
        r_adjust=options.BigRAdjust,
        commit=options.ThirdPartyCommit,
        interp=options.InterVecBrgn,
        bargain_model=options.BargnModel,
        stochastic=options.StateTransMode == "Stochastic",
    )


def _prepare(
    capability: FloatArray,
    unit_position: FloatArray,
    salience: FloatArray,
    actors: tuple[str, ...] | None = None,
    fill: FloatArray | None = None,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Validate and shape the model's inputs (leading batch axis), filling unengaged cells."""
    engaged = ~np.isnan(unit_position)
    default = 0.5 if fill is None else fill
    pos = np.where(engaged, unit_position, default)
    sal = np.where(engaged, salience, 0.0)
    n = pos.shape[-2]
    if n < 2:
        raise EngineError(f"smp: needs at least 2 actors, got {n}")
    total = sal.sum(axis=-1)

    def name(i: int) -> str:
        return repr(actors[i]) if actors else f"number {i}"

    bad = np.argwhere(~(total > 0))
    if bad.size:
        raise EngineError(
            f"smp: actor {name(int(bad[0][-1]))} has no salience on any issue; "
            "the SMP needs every actor to care about something"
        )
    bad = np.argwhere(~(capability > 0))
    if bad.size:
        raise EngineError(
            f"smp: actor {name(int(bad[0][-1]))} has capability "
            f"{float(capability[tuple(bad[0])])!r}; the SMP needs positive capabilities"
        )
    if np.any((pos < 0) | (pos > 1)):
        raise EngineError("smp: positions must lie within each issue's scale")
    sal = sal / np.maximum(total, 1.0)[..., None]
    return capability.astype(float), pos.astype(float), sal.astype(float)


def _unit_fill(status_quo: Any, issues: int) -> FloatArray:
    """``(1, m)`` positions for unengaged cells: the status quo where given, else 0.5."""
    if status_quo is None:
        return np.full((1, issues), 0.5)
    values = list(status_quo)
    if len(values) != issues:
        raise EngineError(f"smp: status_quo needs {issues} values, one per issue (got {values})")
    fill = np.array([0.5 if v is None else float(v) for v in values])
    if not np.all((fill >= 0) & (fill <= 1)):
        raise EngineError(f"smp: status_quo must lie on the unit interval (got {values})")
    return fill[None, :]


def engaged_outcome(probability: FloatArray, final: FloatArray, engaged: BoolArray) -> FloatArray:
    """Per issue, the probability-weighted mean of the final positions of the actors that hold
    a stance on it (``probability[b, n]``, ``final[b, n, m]``, ``engaged[b, n, m]``).

    KTAB's expected outcome weighs every actor's final position by the probability that its
    position prevails (``sum_n p_n x_nm``). An actor with no stance on an issue takes no part
    in it, so its (filled-in) coordinate there is left out and the probabilities of the
    actors that do take part are renormalised. With every actor engaged, as in KTAB's own
    inputs, this is KTAB's formula.
    """
    weight = np.where(engaged, probability[..., None], 0.0)
    total = weight.sum(axis=-2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(
            np.where(total > 0, (weight * np.nan_to_num(final)).sum(axis=-2) / total, np.nan)
        )


def _idle_actors(scenario: Scenario) -> set[str]:
    """Actors that cannot take part in the SMP: no capability, or no salience anywhere."""
    cares = {st.actor for st in scenario.stances if st.salience > 0}
    return {a.id for a in scenario.actors if a.capability <= 0 or a.id not in cares}


def _with_idle_actors(run: Run, scenario: Scenario, idle: set[str]) -> Run:
    """Put the actors left out of a run back in, unmoved and with probability 0."""
    arr = stance_arrays(scenario)
    turns = run.trajectory.shape[0]
    trajectory = np.repeat(arr.position[None], turns, axis=0)
    probabilities = np.zeros((turns, len(arr.actors)))
    for k, actor in enumerate(run.actors):
        a = arr.actors.index(actor)
        trajectory[:, a] = run.trajectory[:, k]
        if run.probabilities is not None:
            probabilities[:, a] = run.probabilities[:, k]
    left_out = ", ".join(sorted(idle))
    return replace(
        run,
        scenario=scenario.id,
        actors=arr.actors,
        trajectory=trajectory,
        probabilities=probabilities,
        narrative=[f"left out (no capability or no salience): {left_out}", *run.narrative],
    )


def _labels(scenario: Scenario) -> dict[str, str]:
    """Actor names for the narrative: the names when they tell actors apart, else the ids."""
    names = [a.name for a in scenario.actors]
    if len(set(names)) == len(names):
        return {a.id: a.name for a in scenario.actors}
    return {a.id: a.id for a in scenario.actors}


def _fmt(x: float) -> str:
    return f"{x:.1f}"


class SMPEngine:
    """KTAB's Spatial Model of Politics (SMP), reproduced exactly and vectorised."""

    name = "smp"
    summary = SMP.summary  # one wording: the registered estimator's

    def options(self, scenario: Scenario | None, params: Mapping[str, Any] | None) -> SMPOptions:
        base = scenario.parameters.get("smp") if scenario is not None else None
        return parse_options(base, params)

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        """Run the SMP. Actors with no capability or no salience on any issue take no part:
        they cast no votes and have nothing at stake, so they stay where they are (and their
        win probability is 0); KTAB itself refuses such inputs."""
        idle = _idle_actors(scenario)
        if not idle:
            return self._run(scenario, params, seed)
        active = [a for a in scenario.actors if a.id not in idle]
        if len(active) < 2:
            raise EngineError(
                f"smp: needs at least 2 actors with capability and salience, got {len(active)}"
            )
        reduced = scenario.model_copy(
            update={
                "actors": active,
                "stances": [st for st in scenario.stances if st.actor not in idle],
            }
        )
        return _with_idle_actors(self._run(reduced, params, seed), scenario, idle)

    def _run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None,
        seed: int | None,
    ) -> Run:
        opts = self.options(scenario, params)
        base = scenario.parameters.get("smp")
        if seed is None:
            seed = seed_from(params) if params else None
        if seed is None:
            seed = seed_from(base)
        if opts.StateTransMode == "Stochastic" and seed is None:
            seed = int(np.random.default_rng().integers(2**63))
        arr = stance_arrays(scenario)
        fill = np.array(
            [
                (i.status_quo - i.scale.low) / i.scale.span
                if i.status_quo is not None and i.scale.span > 0
                else 0.5
                for i in scenario.issues
            ]
        )
        cap, pos, sal = _prepare(
            arr.capability, arr.unit_position(), arr.salience, arr.actors, fill=fill[None, :]
        )
        rng = np.random.default_rng(seed) if seed is not None else None
        s = settings_of(opts)
        trace = K.simulate(cap[None], pos[None], sal[None], s, opts.rounds, rng, record=True)
        return self._build_run(scenario, arr, opts, seed, trace)

    def _build_run(
        self,
        scenario: Scenario,
        arr: StanceArrays,
        opts: SMPOptions,
        seed: int | None,
        trace: K.Trace,
    ) -> Run:
        unit = np.stack([p[0] for p in trace.position])  # (T+1, n, m)
        traj = arr.from_unit(unit)
        traj = np.where(arr.engaged[None], traj, np.nan)
        probs = np.stack([p[0] for p in trace.probability])
        final = unit[-1]
        uprob = trace.unique_probability[0]
        outcome_unit = engaged_outcome(uprob[None], final[None], arr.engaged[None])[0]
        modal = arr.from_unit(final[int(np.argmax(uprob))])
        outcome = arr.from_unit(outcome_unit)
        _, titles = labels(scenario)
        names = _labels(scenario)
        turns: list[Turn] = []
        narrative: list[str] = []
        turns.append(
            Turn(
                index=0,
                win_probability={a: float(p) for a, p in zip(arr.actors, probs[0], strict=True)},
                notes={"risk": [float(r) for r in trace.risk[0][0]]},
            )
        )
        for t, res in enumerate(trace.detail, start=1):
            before, after = traj[t - 1], traj[t]
            target = res.target[0]
            challenges = [
                (arr.actors[i], arr.actors[int(j)]) for i, j in enumerate(target) if j >= 0
            ]
            moves: list[Move] = []
            lines: list[str] = []
            for k, b in enumerate(res.chosen[0]):
                if b < 0:
                    continue
                i0, j0 = int(res.init[0][b]), int(res.rcvr[0][b])
                other = j0 if i0 == k else i0
                changed = [
                    q
                    for q in range(len(arr.issues))
                    if arr.engaged[k, q] and abs(after[k, q] - before[k, q]) > 1e-9
                ]
                for q in changed:
                    moves.append(
                        Move(
                            actor=arr.actors[k],
                            issue=arr.issues[q],
                            before=float(before[k, q]),
                            after=float(after[k, q]),
                            counterpart=arr.actors[other],
                            offer="bargain",
                        )
                    )
                shown = [q for q in changed if _fmt(before[k, q]) != _fmt(after[k, q])]
                if shown:
                    shifts = "; ".join(
                        f"from {_fmt(before[k, q])} to {_fmt(after[k, q])} on "
                        f"{titles[arr.issues[q]]}"
                        for q in shown
                    )
                    lines.append(
                        f"turn {t}: {names[arr.actors[k]]} accepts a bargain with "
                        f"{names[arr.actors[other]]} (proposed by {names[arr.actors[i0]]}), "
                        f"moving {shifts}"
                    )
            if not lines:
                lines.append(f"turn {t}: no actor changes its position")
            narrative.extend(lines)
            notes: dict[str, Any] = {
                "gain": {
                    arr.actors[i]: float(res.gain[0][i])
                    for i in range(len(arr.actors))
                    if target[i] >= 0
                },
                "p_win": {
                    arr.actors[i]: float(res.p_win[0][i])
                    for i in range(len(arr.actors))
                    if target[i] >= 0
                },
                "bargains": [
                    {
                        "initiator": arr.actors[int(res.init[0][b])],
                        "receiver": arr.actors[int(res.rcvr[0][b])],
                    }
                    for b in range(res.init.shape[-1])
                    if res.proposed[0][b]
                ],
                "adopted": {
                    arr.actors[k]: (
                        None
                        if b < 0
                        else [arr.actors[int(res.init[0][b])], arr.actors[int(res.rcvr[0][b])]]
                    )
                    for k, b in enumerate(res.chosen[0])
                },
                "adopted_probability": {
                    arr.actors[k]: float(p) for k, p in enumerate(res.chosen_prob[0])
                },
                "risk": [float(r) for r in trace.risk[t][0]],
            }
            turns.append(
                Turn(
                    index=t,
                    challenges=challenges,
                    moves=moves,
                    win_probability={
                        a: float(p) for a, p in zip(arr.actors, probs[t], strict=True)
                    },
                    notes=notes,
                )
            )
        turns[-1].notes["modal_position"] = {
            arr.issues[q]: float(modal[q]) for q in range(len(arr.issues))
        }
        turns[-1].notes["outcome_definition"] = (
            "probability-weighted mean of the final distinct positions"
        )
        narrative.append(
            f"after {len(trace.detail)} turns: "
            + "; ".join(
                f"{titles[arr.issues[q]]} expected at {_fmt(outcome[q])}"
                for q in range(len(arr.issues))
            )
        )
        return make_run(
            self.name,
            scenario,
            arr,
            np.asarray(traj),
            np.asarray(outcome),
            opts.as_dict(),
            seed,
            turns=turns,
            probabilities=np.asarray(probs),
            narrative=narrative,
        )

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult:
        """Run an ensemble with the batch as the kernels' leading axis (in memory-sized
        chunks); runs that stop early are frozen and masked out of later turns.

        ``params["status_quo"]`` (one value per issue on the unit interval, or None) is where
        an actor without a stance on an issue is placed, as :meth:`run` places it at the
        scenario's status quo (0.5 where none is given); a batch carries no scenario, so
        :func:`accord.forecast.question.ensemble_params` passes it. Without it the filled
        cells differ from the single run's and a zero-spread ensemble would not reproduce it.
        """
        given = dict(params or {})
        status_quo = given.pop("status_quo", None)
        opts = parse_options(given)
        if seed is None:
            seed = seed_from(given) if given else None
        fill = _unit_fill(status_quo, batch.position.shape[-1])
        engaged = ~np.isnan(batch.position)
        rng = np.random.default_rng(seed)
        size, m = batch.position.shape[0], batch.position.shape[-1]
        # As in `run`: actors with no capability or no salience anywhere take no part; they
        # stay where they are. Runs are grouped by which actors sit out (usually one group).
        cares = np.where(engaged, batch.salience, 0.0).sum(axis=-1) > 0
        idle = ~(batch.capability > 0) | ~cares
        patterns, group = np.unique(idle, axis=0, return_inverse=True)
        finals = np.array(batch.position, dtype=float)
        outcomes = np.empty((size, m))
        turns = np.empty(size, dtype=np.intp)
        for k, pattern in enumerate(patterns):
            runs = np.flatnonzero(group.reshape(-1) == k)
            active = np.flatnonzero(~pattern)
            if active.size < 2:
                raise EngineError(
                    f"smp: needs at least 2 actors with capability and salience, got {active.size}"
                )
            part = np.ix_(runs, active)
            final, outcomes[runs], turns[runs] = self._simulate(
                batch.capability[part],
                batch.position[part],
                batch.salience[part],
                fill,
                settings_of(opts),
                opts.rounds,
                rng,
            )
            finals[part] = final
        finals = np.where(engaged, finals, np.nan)
        return BatchResult(final_position=finals, outcome=outcomes, turns=turns)

    @staticmethod
    def _simulate(
        capability: FloatArray,
        position: FloatArray,
        salience: FloatArray,
        fill: FloatArray,
        s: K.Settings,
        rounds: int,
        rng: np.random.Generator,
    ) -> tuple[FloatArray, FloatArray, K.IntArray]:
        """Final positions, outcomes and turns of a batch of runs in which every actor takes
        part, in memory-sized chunks."""
        engaged = ~np.isnan(position)
        cap, pos, sal = _prepare(capability, position, salience, fill=fill)
        size, n, m = pos.shape
        chunk = max(1, BATCH_ELEMENTS // max(1, n**3))
        finals = np.empty_like(pos)
        outcomes = np.empty((size, m))
        turns = np.empty(size, dtype=np.intp)
        for b0 in range(0, size, chunk):
            sl = slice(b0, min(size, b0 + chunk))
            trace = K.simulate(cap[sl], pos[sl], sal[sl], s, rounds, rng, record=False)
            final = trace.position[-1]
            finals[sl] = final
            outcomes[sl] = engaged_outcome(trace.unique_probability, final, engaged[sl])
            turns[sl] = trace.turns
        return finals, outcomes, turns
