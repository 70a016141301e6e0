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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.engines.base import Batch, BatchResult, Move, Run, Turn
from accord.errors import EngineError
from accord.scenario.arrays import BoolArray, FloatArray, stance_arrays
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
    """One round of exchanges on ``position[..., n, m]`` (NaN = not engaged)."""
    engaged = ~np.isnan(position) & (salience > 0) & (capability[..., :, None] > 0)
    x = np.where(engaged, position, 0.0)
    s = np.where(engaged, salience, 0.0)
    w = capability[..., :, None] * s
    total = w.sum(axis=-2)  # (..., m)
    outcome = expected_outcome(np.where(engaged, position, np.nan), w)
    side = np.where(engaged, np.sign(x - np.nan_to_num(outcome)[..., None, :]), 0.0)
    n, m = x.shape[-2:]
    # [i, j, d] pair arrays
    opposite = side[..., :, None, :] * side[..., None, :, :] < 0
    # dO on issue d if j moves all the way to x_id (j supplies d)
    full_j = w[..., None, :, :] * np.abs(x[..., :, None, :] - x[..., None, :, :])
    full_j = full_j / np.where(total > 0, total, 1.0)[..., None, None, :]
    # [i, j, p, q] views
    s_ip = s[..., :, None, :, None]
    s_iq = s[..., :, None, None, :]
    s_jp = s[..., None, :, :, None]
    s_jq = s[..., None, :, None, :]
    advantage = s_ip * s_jq - s_iq * s_jp
    rate = (s_ip + s_jp) / np.maximum(s_iq + s_jq, _TINY)  # dO_q per dO_p
    upper = np.arange(n)[:, None] < np.arange(n)[None, :]  # i < j: each pair once
    other_issue = ~np.eye(m, dtype=bool)
    possible = (
        opposite[..., :, :, :, None]
        & opposite[..., :, :, None, :]
        & (advantage > _TINY)
        & upper[:, :, None, None]
        & other_issue
    )
    # j moves fully on p (dO_p = full_j[i, j, p]); i's move on q is capped by full_i
    d_p = np.broadcast_to(full_j[..., :, :, :, None], possible.shape)
    full_i = np.swapaxes(full_j, -2, -3)  # [i, j, q]: i moves all the way to x_jq
    cap_q = np.broadcast_to(full_i[..., :, :, None, :], possible.shape)
    d_q = d_p * rate
    over = d_q > cap_q
    d_q = np.where(over, cap_q, d_q)
    d_p = np.where(over, cap_q / np.maximum(rate, _TINY), d_p)
    # the outcome may not pass the demanding actor's position
    room_p = np.abs(x - np.nan_to_num(outcome)[..., None, :])  # [a, d]
    limit_p = np.broadcast_to(room_p[..., :, None, :, None], possible.shape)  # i's on p
    limit_q = np.broadcast_to(room_p[..., None, :, None, :], possible.shape)  # j's on q
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
    possible = possible & (gain > _TINY) & (d_p > _TINY) & (d_q > _TINY)
    chosen = _greedy_by_gain(np.where(possible, gain, -np.inf), possible)
    # apply: j's voting position on p towards x_ip; i's on q towards x_jq
    safe_w = np.where(w > 0, w, 1.0)
    move_jp = d_p * total[..., None, None, :, None] / safe_w[..., None, :, :, None]
    move_iq = d_q * total[..., None, None, None, :] / safe_w[..., :, None, None, :]
    dir_jp = np.sign(x[..., :, None, :, None] - x[..., None, :, :, None])
    dir_iq = np.sign(x[..., None, :, None, :] - x[..., :, None, None, :])
    shift_j = np.where(chosen, move_jp * dir_jp, 0.0).sum(axis=(-4, -1))  # (j, p)
    shift_i = np.where(chosen, move_iq * dir_iq, 0.0).sum(axis=(-3, -2))  # (i, q)
    new_x = np.where(engaged, x + shift_j + shift_i, position)
    return ExchangeRound(
        position=np.asarray(new_x),
        chosen=chosen,
        gain=np.where(chosen, gain, 0.0),
        shift_p=np.where(chosen, d_p, 0.0),
        shift_q=np.where(chosen, d_q, 0.0),
        outcome_before=outcome,
    )


def _greedy_by_gain(score: FloatArray, possible: BoolArray) -> BoolArray:
    """Greedy selection by descending score where exchanges sharing a supply slot conflict.

    Exchange ``[i, j, p, q]`` uses the slots (actor ``j``, issue ``p``) and (``i``, ``q``).
    Scores are turned into unique ranks first so that ties are broken by position in the
    array; then every exchange that is the best remaining one on both of its slots is taken,
    the slots it uses are closed, and this repeats until nothing is left. The result is the
    same as taking exchanges one at a time in order of rank.
    """
    lead = score.shape[:-4]
    flat = score.reshape((*lead, -1))
    order = np.argsort(-flat, axis=-1, kind="stable")
    rank = np.argsort(order, axis=-1)  # 0 for the best
    key = (flat.shape[-1] - rank).reshape(score.shape).astype(float)  # higher = better
    alive = possible.copy()
    chosen = np.zeros_like(possible)
    while alive.any():
        k = np.where(alive, key, -1.0)
        # best key per slot (actor a, issue d): as j supplying p, and as i supplying q
        as_j = k.max(axis=(-4, -1))  # [j, p]
        as_i = k.max(axis=(-3, -2))  # [i, q]
        slot_best = np.maximum(as_j, as_i)  # [actor, issue]
        best_jp = slot_best[..., None, :, :, None]
        best_iq = slot_best[..., :, None, None, :]
        take = alive & (k >= best_jp) & (k >= best_iq)
        chosen |= take
        used_j = take.any(axis=(-4, -1))  # slots (j, p)
        used_i = take.any(axis=(-3, -2))  # slots (i, q)
        used = used_j | used_i
        alive &= ~take
        alive &= ~used[..., None, :, :, None]  # j's slot on p
        alive &= ~used[..., :, None, None, :]  # i's slot on q
    return chosen


def _parse(params: Mapping[str, Any] | None, engine: str) -> int:
    given = dict(params or {})
    unknown = sorted(set(given) - {"rounds"})
    if unknown:
        raise EngineError(f"engine {engine!r}: unknown parameter {unknown[0]!r} (known: rounds)")
    rounds = given.get("rounds", 1)
    if isinstance(rounds, bool) or not isinstance(rounds, int | np.integer) or rounds < 0:
        raise EngineError(
            f"engine {engine!r}: parameter 'rounds' must be a whole number >= 0 (got {rounds!r})"
        )
    return int(rounds)


class ExchangeModel:
    """Stokman & Van Oosten's exchange model (equal-gain version of Arregui et al. 2006)."""

    name = "exchange"
    summary = "Stokman's exchange model: trades of voting positions across issue pairs"

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        merged = {**scenario.parameters.get(self.name, {}), **dict(params or {})}
        rounds = _parse(merged, self.name)
        arr = stance_arrays(scenario)
        names = {a.id: a.name for a in scenario.actors}
        titles = {i.id: i.title for i in scenario.issues}
        x = arr.position.copy()
        trajectory = [x.copy()]
        turns: list[Turn] = []
        narrative: list[str] = []
        for t in range(1, rounds + 1):
            rnd = exchange_round(x, arr.capability, arr.salience)
            moves: list[Move] = []
            trades: list[dict[str, Any]] = []
            for i, j, p, q in np.argwhere(rnd.chosen):
                ai, aj = arr.actors[i], arr.actors[j]
                ip, iq = arr.issues[p], arr.issues[q]
                moves.append(
                    Move(aj, ip, float(x[j, p]), float(rnd.position[j, p]), ai, "exchange")
                )
                moves.append(
                    Move(ai, iq, float(x[i, q]), float(rnd.position[i, q]), aj, "exchange")
                )
                trades.append(
                    {
                        "demander": ai,
                        "supplier": aj,
                        "demand_issue": ip,
                        "supply_issue": iq,
                        "gain": float(rnd.gain[i, j, p, q]),
                        "outcome_shift_demand": float(rnd.shift_p[i, j, p, q]),
                        "outcome_shift_supply": float(rnd.shift_q[i, j, p, q]),
                    }
                )
                narrative.append(
                    f"round {t}: {names[aj]} moves towards {names[ai]} on {titles[ip]} "
                    f"({x[j, p]:.3g} to {rnd.position[j, p]:.3g}) in exchange for "
                    f"{names[ai]} moving towards {names[aj]} on {titles[iq]} "
                    f"({x[i, q]:.3g} to {rnd.position[i, q]:.3g})"
                )
            x = rnd.position
            trajectory.append(x.copy())
            turns.append(Turn(index=t, moves=moves, notes={"exchanges": trades}))
            if not trades:
                narrative.append(f"round {t}: no exchange is profitable")
        weight = arr.capability[:, None] * arr.salience
        outcome = expected_outcome(x, weight)
        return Run(
            engine=self.name,
            scenario=scenario.id,
            actors=arr.actors,
            issues=arr.issues,
            trajectory=np.stack(trajectory),
            outcome=outcome,
            params={"rounds": rounds},
            seed=seed,
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
            for _ in range(rounds):
                x = exchange_round(x, batch.capability[part], batch.salience[part]).position
            finals.append(x)
            outcomes.append(
                expected_outcome(x, batch.capability[part][:, :, None] * batch.salience[part])
            )
        final = np.concatenate(finals) if finals else np.empty((0, n, m))
        outcome = np.concatenate(outcomes) if outcomes else np.empty((0, m))
        return BatchResult(final, outcome, turns=np.full(b_size, rounds))
