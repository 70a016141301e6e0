"""Stokman's exchange model: actors trade voting positions across pairs of issues.

Sources: Stokman, F. N. & Van Oosten, R. (1994), "The exchange of voting positions: an
object-oriented model of policy networks", in Bueno de Mesquita & Stokman (eds.), *European
Community Decision Making*, Yale UP; and the version evaluated on EU legislation by Arregui,
Stokman & Thomson (2006), "Compromise and exchange models", in Thomson et al., *The European
Union Decides*, Cambridge UP (equal-gain exchange rate, exchanges realised in order of gain).

Per issue ``d`` the expected outcome is the compromise ``O_d = sum_i w_id x_id / W_d``, with
``w_id = c_i s_id`` and ``W_d = sum_i w_id``. A shift ``dx`` of actor ``j``'s voting position
on ``d`` moves ``O_d`` by ``w_jd dx / W_d``; actor ``i`` values a move of ``O_d`` towards it
by ``s_id`` per unit.

Exchange ``(i, j, p, q)``: ``i`` demands issue ``p`` and supplies ``q``; ``j`` the reverse.
It is possible when ``i`` and ``j`` lie on opposite sides of the expected outcome on both
issues and ``s_ip s_jq > s_iq s_jp`` (``i`` cares relatively more about ``p``). ``j`` shifts
its voting position on ``p`` towards ``x_ip``, moving ``O_p`` by ``dO_p``; ``i`` shifts on ``q``
towards ``x_jq``, moving ``O_q`` by ``dO_q``. The equal-gain rate ``dO_q = dO_p (s_ip + s_jp)
/ (s_iq + s_jq)`` gives both the gain ``G = s_ip dO_p - s_iq dO_q = dO_p (s_ip s_jq - s_iq
s_jp) / (s_iq + s_jq)``. Size: ``j`` moves all the way to ``x_ip`` unless that would ask ``i``
to move past ``x_jq``, in which case ``i`` moves all the way to ``x_jq`` and ``j`` less; both
shifts then shrink by a common factor if either would carry an outcome past the demanding
actor's position (the "NBS check" of the model).

Realisation: all exchanges of a round are evaluated on the positions at its start and taken in
order of gain; an exchange is dropped once either of its supply positions (actor ``j`` on
``p``, actor ``i`` on ``q``) has been traded in a better one. The greedy order is computed
without a loop over candidates: repeatedly accept every exchange that ranks first among all
remaining exchanges sharing a supply position with it. Outcome: the weighted mean of the
voting positions after the last round.

Scale: the gain ``G`` and the equal-gain rate add outcome shifts of two issues, so they need
one scale for all issues: the sources put every issue on 0..100 (the DEU data). The model runs
on each issue's scale mapped onto the unit interval (``StanceArrays.unit_position``; a common
factor, 0..1 or 0..100, changes no exchange but by rounding), in a single run as in the batch
kernel: both call :func:`exchange_round` and :func:`expected_outcome` on the same unit
positions, so a run equals a batch of one on every input up to the rounding of mapping back to
the issue's units (a few units in the last place; tested with random spans per issue). Until
session 34 the single run computed on each issue's own units, which weighs an issue on
200..300 about 17 times (100 / 6) one on 1..7 in every gain; on scenarios whose issues share
one span nothing changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.engines.base import Batch, BatchResult, Move, Run, Turn
from accord.engines.common import (
    check_names,
    issue_weight,
    labels,
    make_run,
    merged_params,
    rounds_param,
)
from accord.engines.estimators import Exchange
from accord.scenario.arrays import BoolArray, FloatArray, IntArray, stance_arrays
from accord.scenario.model import Scenario

_TINY = 1e-12


@dataclass(frozen=True)
class ExchangeRound:
    """Exchanges realised in one round; ``chosen[..., i, j, p, q]`` marks them."""

    position: FloatArray  # (..., n, m) voting positions after the round
    chosen: BoolArray  # (..., n, n, m, m)
    gain: FloatArray  # (..., n, n, m, m), equal gain of each realised exchange (0 elsewhere)
    shift_p: FloatArray  # (..., n, n, m, m): dO_p
    shift_q: FloatArray  # (..., n, n, m, m): dO_q
    outcome_before: FloatArray  # (..., m)


def expected_outcome(position: FloatArray, weight: FloatArray) -> FloatArray:
    """``O_d = sum_i w_id x_id / W_d`` over the actor axis (-2); NaN where no weight."""
    engaged = ~np.isnan(position)
    w = np.where(engaged, weight, 0.0)
    total = w.sum(axis=-2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(
            np.where(total > 0, (w * np.nan_to_num(position)).sum(axis=-2) / total, np.nan)
        )


def exchange_round(
    position: FloatArray, capability: FloatArray, salience: FloatArray
) -> ExchangeRound:
    """One round of exchanges on ``position[..., n, m]`` (NaN = not engaged).

    ``capability`` is per actor (``[..., n]``) or per actor and issue (``[..., n, m]``, the
    stances' leverage where stated); only the issue weights ``c_id s_id`` use it.

    The ``n x n x m x m`` pair arrays are only built as booleans (which exchanges are
    possible); sizes and gains are computed on the list of possible exchanges.
    """
    lead = position.shape[:-2]
    n, m = position.shape[-2:]
    pos = position.reshape((-1, n, m))
    per_issue = capability.ndim == position.ndim
    cap = np.broadcast_to(
        capability if per_issue else capability[..., None], (*lead, n, m)
    ).reshape((-1, n, m))
    sal = salience.reshape((-1, n, m))
    engaged = ~np.isnan(pos) & (sal > 0) & (cap > 0)
    x = np.where(engaged, pos, 0.0)
    s = np.where(engaged, sal, 0.0)
    w = cap * s
    total = w.sum(axis=-2)  # (L, m)
    outcome = expected_outcome(np.where(engaged, pos, np.nan), w)
    o = np.nan_to_num(outcome)
    side = np.where(engaged, np.sign(x - o[:, None, :]), 0.0)
    opposite = side[:, :, None, :] * side[:, None, :, :] < 0  # [run, i, j, d]
    upper = np.triu(np.ones((n, n), dtype=bool), 1)  # i < j: each pair once
    pair = opposite & upper[None, :, :, None]
    mask = pair[:, :, :, :, None] & pair[:, :, :, None, :] & ~np.eye(m, dtype=bool)
    b, i, j, p, q = np.nonzero(mask)
    s_ip, s_iq, s_jp, s_jq = s[b, i, p], s[b, i, q], s[b, j, p], s[b, j, q]
    advantage = s_ip * s_jq - s_iq * s_jp
    rate = (s_ip + s_jp) / np.maximum(s_iq + s_jq, _TINY)  # dO_q per dO_p
    w_jp, w_iq = w[b, j, p], w[b, i, q]
    x_ip, x_iq, x_jp, x_jq = x[b, i, p], x[b, i, q], x[b, j, p], x[b, j, q]
    tot_p, tot_q = total[b, p], total[b, q]
    # j moves all the way to x_ip, unless i would have to move past x_jq
    d_p = w_jp * np.abs(x_ip - x_jp) / tot_p
    cap_q = w_iq * np.abs(x_jq - x_iq) / tot_q
    d_q = d_p * rate
    over = d_q > cap_q
    d_q = np.where(over, cap_q, d_q)
    d_p = np.where(over, cap_q / np.maximum(rate, _TINY), d_p)
    # the outcome may not pass the demanding actor's position (i's on p, j's on q)
    limit_p = np.abs(x_ip - o[b, p])
    limit_q = np.abs(x_jq - o[b, q])
    with np.errstate(divide="ignore", invalid="ignore"):
        factor = np.minimum(
            1.0,
            np.minimum(
                np.where(d_p > 0, limit_p / d_p, np.inf), np.where(d_q > 0, limit_q / d_q, np.inf)
            ),
        )
    d_p = d_p * factor
    d_q = d_q * factor
    gain = s_ip * d_p - s_iq * d_q
    ok = (advantage > _TINY) & (gain > _TINY) & (d_p > _TINY) & (d_q > _TINY)
    b, i, j, p, q = b[ok], i[ok], j[ok], p[ok], q[ok]
    gain, d_p, d_q = gain[ok], d_p[ok], d_q[ok]
    take = _greedy_by_gain(b, i * m + q, j * m + p, gain, n * m)
    b, i, j, p, q = b[take], i[take], j[take], p[take], q[take]
    gain, d_p, d_q = gain[take], d_p[take], d_q[take]
    # j's voting position on p towards x_ip; i's on q towards x_jq (each slot traded once)
    new_x = x.copy()
    new_x[b, j, p] += d_p * total[b, p] / w[b, j, p] * np.sign(x[b, i, p] - x[b, j, p])
    new_x[b, i, q] += d_q * total[b, q] / w[b, i, q] * np.sign(x[b, j, q] - x[b, i, q])
    new_x = np.where(engaged, new_x, pos)
    shape = (pos.shape[0], n, n, m, m)
    chosen = np.zeros(shape, dtype=bool)
    chosen[b, i, j, p, q] = True
    gains, shift_p, shift_q = np.zeros(shape), np.zeros(shape), np.zeros(shape)
    gains[b, i, j, p, q] = gain
    shift_p[b, i, j, p, q] = d_p
    shift_q[b, i, j, p, q] = d_q
    inner = (n, n, m, m)
    return ExchangeRound(
        position=new_x.reshape(position.shape),
        chosen=chosen.reshape((*lead, *inner)),
        gain=gains.reshape((*lead, *inner)),
        shift_p=shift_p.reshape((*lead, *inner)),
        shift_q=shift_q.reshape((*lead, *inner)),
        outcome_before=outcome.reshape((*lead, m)),
    )


def _greedy_by_gain(
    run: IntArray, slot_a: IntArray, slot_b: IntArray, gain: FloatArray, slots: int
) -> BoolArray:
    """Greedy selection by descending gain where exchanges sharing a supply slot conflict.

    Exchange ``k`` of run ``run[k]`` uses the supply slots ``slot_a[k]`` and ``slot_b[k]``
    (actor x issue). Exchanges are sorted by run and descending gain (ties: list order); then
    every remaining exchange that comes first on both of its slots is taken, the slots it uses
    are closed, and this repeats until none is left. The result equals taking exchanges one at
    a time in order of gain, with no Python loop over exchanges.

    Gains equal in exact arithmetic (symmetric actors give exact ties) can differ in their last
    bits (unit positions computed in another order: a perturbed ensemble member, a scenario
    scaled by a common factor), so gains are compared after rounding to 9 significant digits
    of the run's largest gain: ties then break by list order in every case.
    """
    top = np.zeros(int(run.max()) + 1 if run.size else 0)
    np.maximum.at(top, run, gain)
    with np.errstate(invalid="ignore", divide="ignore"):
        key = np.round(gain / np.where(top[run] > 0, top[run], 1.0), 9)
    order = np.lexsort((np.arange(gain.size), -key, run))
    sa = run[order] * slots + slot_a[order]
    sb = run[order] * slots + slot_b[order]
    total_slots = (int(run.max()) + 1) * slots if run.size else 0
    taken = np.zeros(gain.size, dtype=bool)
    live = np.arange(gain.size)
    used = np.zeros(total_slots, dtype=bool)
    first = np.full(total_slots, gain.size, dtype=np.int64)
    while live.size:
        first[sa[live]] = gain.size
        first[sb[live]] = gain.size
        np.minimum.at(first, sa[live], live)
        np.minimum.at(first, sb[live], live)
        now = live[(first[sa[live]] == live) & (first[sb[live]] == live)]
        taken[now] = True
        used[sa[now]] = True
        used[sb[now]] = True
        live = live[~used[sa[live]] & ~used[sb[live]]]
    out = np.zeros(gain.size, dtype=bool)
    out[order] = taken
    return out


def _parse(params: Mapping[str, Any] | None, engine: str) -> int:
    given = dict(params or {})
    check_names(given, ("rounds",), engine)
    return rounds_param(given, 1, engine)


class ExchangeModel:
    """Stokman & Van Oosten's exchange model (equal-gain version of Arregui et al. 2006)."""

    name = "exchange"
    summary = Exchange.summary  # one wording: the registered estimator's

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        """One run: the batch kernel's rounds on the unit positions, reported in each issue's
        own units (trajectory, moves, narrative, outcome and outcome shifts). A position no
        exchange moved keeps its value as written in the scenario. The turn notes' ``gain``
        is on the common unit scale (salience x outcome shift on 0..1), the only scale on
        which two issues' shifts add up."""
        rounds = _parse(merged_params(scenario, self.name, params), self.name)
        arr = stance_arrays(scenario)
        names, titles = labels(scenario)
        unit = arr.unit_position()
        engaged = ~np.isnan(unit)
        x = arr.position.copy()  # scale units, what the user reads
        cap = arr.issue_capability()
        trajectory = [x.copy()]
        turns: list[Turn] = []
        narrative: list[str] = []
        for t in range(1, rounds + 1):
            rnd = exchange_round(unit, cap, arr.salience)
            moved = engaged & (rnd.position != unit)
            new_x = np.where(moved, arr.from_unit(rnd.position), x)
            moves: list[Move] = []
            trades: list[dict[str, Any]] = []
            for i, j, p, q in np.argwhere(rnd.chosen):
                ai, aj = arr.actors[i], arr.actors[j]
                ip, iq = arr.issues[p], arr.issues[q]
                moves.append(Move(aj, ip, float(x[j, p]), float(new_x[j, p]), ai, "exchange"))
                moves.append(Move(ai, iq, float(x[i, q]), float(new_x[i, q]), aj, "exchange"))
                trades.append(
                    {
                        "demander": ai,
                        "supplier": aj,
                        "demand_issue": ip,
                        "supply_issue": iq,
                        "gain": float(rnd.gain[i, j, p, q]),
                        "outcome_shift_demand": float(rnd.shift_p[i, j, p, q] * arr.span[p]),
                        "outcome_shift_supply": float(rnd.shift_q[i, j, p, q] * arr.span[q]),
                    }
                )
                narrative.append(
                    f"round {t}: {names[aj]} moves towards {names[ai]} on {titles[ip]} "
                    f"({x[j, p]:.3g} to {new_x[j, p]:.3g}) in exchange for "
                    f"{names[ai]} moving towards {names[aj]} on {titles[iq]} "
                    f"({x[i, q]:.3g} to {new_x[i, q]:.3g})"
                )
            unit, x = rnd.position, new_x
            trajectory.append(x.copy())
            turns.append(Turn(index=t, moves=moves, notes={"exchanges": trades}))
            if not trades:
                narrative.append(f"round {t}: no exchange is profitable")
        outcome = arr.from_unit(expected_outcome(unit, issue_weight(cap, arr.salience)))
        return make_run(
            self.name,
            scenario,
            arr,
            np.stack(trajectory),
            outcome,
            {"rounds": rounds},
            seed,
            turns=turns,
            narrative=narrative,
        )

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult:
        rounds = _parse(params, self.name)
        b_size, n, m = batch.position.shape
        chunk = max(1, int(2_000_000 // max(1, n * n * m * m)))
        finals, outcomes = [], []
        for start in range(0, b_size, chunk):
            part = slice(start, start + chunk)
            x = batch.position[part]
            cap = batch.issue_capability()[part]
            for _ in range(rounds):
                x = exchange_round(x, cap, batch.salience[part]).position
            finals.append(x)
            outcomes.append(expected_outcome(x, issue_weight(cap, batch.salience[part])))
        final = np.concatenate(finals) if finals else np.empty((0, n, m))
        outcome = np.concatenate(outcomes) if outcomes else np.empty((0, m))
        return BatchResult(final, outcome, turns=np.full(b_size, rounds))
