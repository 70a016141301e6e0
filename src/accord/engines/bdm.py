"""Bueno de Mesquita's expected-utility model as written down by Scholz, Calbert & Smith.

Sources. Scholz, J. B., Calbert, G. J. & Smith, G. A. (2011), "Unravelling Bueno De
Mesquita's group decision model", *Journal of Theoretical Politics* 23(4): 510-531 (the
published equations, here variant ``"paper"``); Bueno de Mesquita, B. (1994), "Political
forecasting: an expected utility method", in *European Community Decision Making* (the EC
car-emissions example); and the public Python port of Scholz's code
(github.com/jmckib/bdm-scholz-expected-utility-model, Python 3 fork by D. Masad), whose
behaviour variant ``"scholz-code"`` reproduces number for number, quirks included. Every
difference between the two variants is listed, with equations, in ``docs/bdm.md``.

One issue at a time: each issue is played independently and actors not engaged on an issue
take no part in it. The kernel works on arrays whose last axis is the actor; every leading axis
(issues, Monte Carlo runs) is vectorised, and actor pairs are ``n x n`` (votes ``n x n x n``)
arrays, with no Python loop over actors or pairs.

A round (both variants):

1. Risk. Every actor's *danger* ``S_i = sum_{j != i} EU_j(i)`` at risk exponent 1, then
   ``R_i = (2 S_i - S_max - S_min) / (S_max - S_min)`` and ``r_i = (1 - R_i/3) / (1 + R_i/3)``.
2. Expected utilities, from actor ``a``'s point of view (its own exponent ``r_a``), of ``a``
   challenging ``b`` and of ``b`` challenging ``a``:
   ``EU = s_target [P U_s + (1 - P) U_f] + (1 - s_target) U_s - Q U_sq (- (1-Q)[T U_b + (1-T)
   U_w] in the paper)``, with ``U_s = 2 - 4 (1/2 - d/2)^r``, ``U_f = 2 - 4 (1/2 + d/2)^r``,
   ``U_sq = 2 - 4 (1/2)^r`` and ``d = |x_a - x_b| / range``.
3. Offers that ``a`` receives from each ``b``: conflict (``EU_b(a) > EU_a(b) > 0``: ``a`` moves
   to ``x_b``), compromise (``EU_a(b) < 0 < EU_b(a)``, ``|EU_a(b)| < EU_b(a)``: ``a`` moves
   the fraction ``|EU_a(b) / EU_b(a)|`` of the way to ``x_b``), capitulation (same signs,
   ``|EU_a(b)| > EU_b(a)``: ``a`` moves to ``x_b``). Each actor takes one offer; all moves of
   a round are computed from the positions at its start and applied together.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.engines.base import Batch, BatchResult, Move, Run, Turn
from accord.engines.common import (
    check_names,
    labels,
    make_run,
    merged_params,
    nan_to_none,
    rounds_param,
)
from accord.engines.estimators import BDM
from accord.engines.ordered import MANY_SUMS, c_pow, ordered_sum
from accord.errors import EngineError
from accord.progress import tick
from accord.scenario.arrays import BoolArray, FloatArray, IntArray, stance_arrays
from accord.scenario.model import Scenario

VARIANTS = ("scholz-code", "paper")
OUTCOMES = ("last-round", "cycle-mean")
OFFER_NAMES = ("none", "conflict", "compromise", "capitulation")
NO_OFFER, CONFLICT, COMPROMISE, CAPITULATION = 0, 1, 2, 3
_WORKERS = min(8, os.cpu_count() or 1)  # threads for run_batch chunks
_CHUNK_ELEMENTS = 600_000  # n^3 vote elements per chunk: keeps temporaries in cache (measured)


# ------------------------------------------------------------------------------------------
# parameters


@dataclass(frozen=True)
class BdmParams:
    """Options of the ``bdm`` engine (see ``docs/bdm.md``)."""

    variant: str = "scholz-code"
    rounds: int = 10
    Q: float = 1.0
    T: float = 1.0
    outcome: str = "last-round"  # or "cycle-mean": see cycle_outcome

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "variant": self.variant,
            "rounds": self.rounds,
            "Q": self.Q,
            "T": self.T,
        }
        if self.outcome != "last-round":
            out["outcome"] = self.outcome
        return out


def parse_params(params: Mapping[str, Any] | None, engine: str = "bdm") -> BdmParams:
    """Validate the options; an unknown name or a bad value raises :class:`EngineError`."""
    given = dict(params or {})
    check_names(given, ("variant", "rounds", "Q", "T", "outcome"), engine)
    outcome = given.get("outcome", BdmParams.outcome)
    if outcome not in OUTCOMES:
        raise EngineError(
            f"engine {engine!r}: parameter 'outcome' must be one of {', '.join(OUTCOMES)} "
            f"(got {outcome!r})"
        )
    variant = given.get("variant", BdmParams.variant)
    if variant not in VARIANTS:
        raise EngineError(
            f"engine {engine!r}: parameter 'variant' must be one of {', '.join(VARIANTS)} "
            f"(got {variant!r})"
        )
    rounds = rounds_param(given, BdmParams.rounds, engine)
    values: dict[str, float] = {}
    for name in ("Q", "T"):
        value = given.get(name, 1.0)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float | np.floating | np.integer)
            or not (0.0 <= float(value) <= 1.0)
        ):
            raise EngineError(
                f"engine {engine!r}: parameter {name!r} must be a number in [0, 1] (got {value!r})"
            )
        values[name] = float(value)
    if variant == "scholz-code" and values["T"] != 1.0:
        raise EngineError(
            f"engine {engine!r}: parameter 'T' has no effect in variant 'scholz-code' (the "
            f"port has no (1-Q)[T U_b + (1-T) U_w] term); use variant 'paper' "
            f"(got T={values['T']!r})"
        )
    return BdmParams(
        variant=str(variant), rounds=rounds, Q=values["Q"], T=values["T"], outcome=str(outcome)
    )


# ------------------------------------------------------------------------------------------
# kernels: pure functions on arrays whose last axis is the actor


def _relative_distance(x: FloatArray, span: FloatArray) -> FloatArray:
    """``|x_a - x_b| / range`` for every pair."""
    return np.asarray(np.abs(x[..., :, None] - x[..., None, :]) / span[..., None, None])


def power(base: FloatArray, exponent: FloatArray, libm: bool = True) -> FloatArray:
    """``base ** exponent`` with the C library's ``pow``, as the port's Python ``float ** float``
    (:func:`accord.engines.ordered.c_pow`); ``libm=False``: NumPy's faster ``power``, whose
    SIMD routine differs from ``pow`` in the last digit for about one argument in twenty on
    AVX-512 machines. One such digit flips ``mirror3`` (tests/data/bdm_ties) at round 7. The
    paper variant, with no reference implementation to match, used ``np.power`` until session
    42, so its ties broke by the CPU (``mirror075`` of port_cases.json moved by 0.3 between
    AVX-512 and AVX2); both variants now take ``pow``: only ``n^2`` powers per round are
    needed either way.
    """
    if not libm:
        return np.asarray(np.power(base, exponent), dtype=float)
    return c_pow(base, exponent)


def _safe_div(num: FloatArray, den: FloatArray, fill: float) -> FloatArray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.asarray(np.where(den > 0, num / np.where(den > 0, den, 1.0), fill))


def mean_position(x: FloatArray, weight: FloatArray, engaged: BoolArray) -> FloatArray:
    """Capability x salience weighted mean, ``sum c s x / sum c s`` (what the port prints),
    both sums in the port's order."""
    w = np.where(engaged, weight, 0.0)
    return _safe_div(ordered_sum(w * x, axis=-1), ordered_sum(w, axis=-1), np.nan)


def condorcet_median(x: FloatArray, weight: FloatArray, engaged: BoolArray) -> FloatArray:
    """The actor position that beats every other in pairwise votes (Scholz et al. 2011, eq. 1).

    Actor ``i`` gives position ``j`` against ``k`` the vote ``c_i s_i (|x_i - x_k| - |x_i -
    x_j|) / range``; summed over ``i`` the margin of ``j`` over ``k`` is ``F_k - F_j`` with
    ``F_a = sum_i c_i s_i |x_i - x_a|``. The margin matrix is built from ``F``; the winner is
    the candidate whose worst margin is largest (a Condorcet winner when one exists, which in
    one dimension it always does: the weighted median). Ties go to the first actor.
    """
    w = np.where(engaged, weight, 0.0)
    dist = np.abs(x[..., :, None] - x[..., None, :])  # [i, a]
    f = np.einsum("...i,...ia->...a", w, dist)
    margin = f[..., None, :] - f[..., :, None]  # [j, k]: votes for j over k
    n = x.shape[-1]
    other = engaged[..., None, :] & ~np.eye(n, dtype=bool)
    worst = np.where(other, margin, np.inf).min(axis=-1)
    worst = np.where(engaged, worst, -np.inf)
    best = np.argmax(worst, axis=-1)
    med = np.take_along_axis(x, best[..., None], axis=-1)[..., 0]
    return np.asarray(np.where(engaged.any(axis=-1), med, np.nan))


def pair_probability(
    x: FloatArray,
    weight: FloatArray,
    exponent: FloatArray | None,
    engaged: BoolArray,
    span: FloatArray,
    normalise: str,
    dist: FloatArray | None = None,
    libm: bool = True,
) -> FloatArray:
    """``P[i, j]``: probability that ``x_i`` prevails when ``i`` challenges ``j``.

    Votes: ``v_k(i, j) = c_k s_k ((|x_k - x_j| / range)^r_k - (|x_k - x_i| / range)^r_k)``;
    ``P[i, j] = sum_k max(v_k, 0) / N``. ``normalise="pair"`` (Scholz et al. 2011):
    ``N = sum_k |v_k(i, j)|``, so ``P[i, j] + P[j, i] = 1`` (0.5 when no one cares).
    ``normalise="all-pairs"`` (the port): ``N = sum_k sum_{a, b} |v_k(a, b)|``, one constant
    for every pair, which makes every probability small.

    Every vote and sum is evaluated in the port's order (its ``Actor.compare`` and the loops
    of ``BDMScholzModel.probability``: voters outer, then ``a``, then ``b``), with
    :func:`power` and running sums in the same order, so that mathematically equal probabilities of
    identical or mirror-image actors come out bit-equal, and equal to the port's.
    """
    if normalise not in ("pair", "all-pairs"):
        raise ValueError(f"normalise must be 'pair' or 'all-pairs', not {normalise!r}")
    w = np.where(engaged, weight, 0.0)
    if dist is None:
        dist = _relative_distance(x, span)
    # [k, a]: voter k's loss at position a (exponent None: 1 for every voter, pow(d, 1) = d)
    loss = dist if exponent is None else power(dist, exponent[..., :, None], libm)
    pair_ok = engaged[..., :, None] & engaged[..., None, :]
    n = x.shape[-1]
    if normalise == "all-pairs" and math.prod(x.shape[:-1]) >= MANY_SUMS and n > 1:
        return _all_pairs_batch(w, loss, pair_ok)
    support = np.zeros((*x.shape, n))
    total = np.zeros(x.shape[:-1])
    # one voter at a time, in the port's order: n steps of n^2 work, no n^3 temporaries
    for k in range(n):
        # v_k(i, j) = c_k s_k (loss_k(x_j) - loss_k(x_i))
        vote = w[..., k, None, None] * (loss[..., k, None, :] - loss[..., k, :, None])
        support += np.maximum(vote, 0.0)
        if normalise == "all-pairs":
            # continue the port's running sum over (k, a, b) through this voter's n^2 votes
            size = np.where(pair_ok, np.abs(vote), 0.0).reshape((*x.shape[:-1], n * n))
            total = ordered_sum(size, start=total)
    if normalise == "pair":
        # sum_k |v_k(i, j)| = support[i, j] + support[j, i], since v_k(j, i) = -v_k(i, j)
        return _safe_div(support, support + np.swapaxes(support, -1, -2), 0.5)
    return _safe_div(support, total[..., None, None], 0.0)


def _all_pairs_batch(w: FloatArray, loss: FloatArray, pair_ok: BoolArray) -> FloatArray:
    """:func:`pair_probability` with the port's normaliser for many runs (session 39).

    The same operations on the same operands as the voter loop there, so the same bits, with
    less work: the arrays are laid out pair first (``[a, b, run...]``), so that each term of the
    port's running sum is a contiguous vector (no transposed copy per voter), and each voter's
    votes are computed for ``a < b`` only, since ``v_k(b, a) = -v_k(a, b)`` exactly
    (``w (l_a - l_b)`` is the negation of ``w (l_b - l_a)`` in floating point). The diagonal
    votes are 0 and the sum is never negative, so their additions, which change nothing, are
    skipped.
    """
    n = loss.shape[-1]
    lead = loss.shape[:-2]
    first, second = np.triu_indices(n, 1)
    # [k, a, run...] and [k, run...]: one contiguous vector per voter and position
    loss_t = np.ascontiguousarray(np.moveaxis(loss, (-2, -1), (0, 1)))
    w_t = np.ascontiguousarray(np.moveaxis(w, -1, 0))
    ok_t = np.ascontiguousarray(np.moveaxis(pair_ok, (-2, -1), (0, 1)))[first, second]
    masked = not bool(ok_t.all())
    above = np.zeros((len(first), *lead))  # support[a, b], a < b
    below = np.zeros((len(first), *lead))  # support[b, a]
    total = np.zeros(lead)
    # the term of pair (a, b) in the port's order (a, then b), by its row in the a < b arrays
    pair_row = np.zeros((n, n), dtype=np.intp)
    pair_row[first, second] = np.arange(len(first))
    pair_row[second, first] = np.arange(len(first))
    order = [int(pair_row[a, b]) for a in range(n) for b in range(n) if a != b]
    vote = np.empty((len(first), *lead))
    part = np.empty_like(vote)
    for k in range(n):
        # v_k(a, b) = c_k s_k (loss_k(x_b) - loss_k(x_a)), for a < b
        np.subtract(loss_t[k][second], loss_t[k][first], out=vote)
        np.multiply(w_t[k], vote, out=vote)
        above += np.maximum(vote, 0.0, out=part)
        below += np.maximum(np.negative(vote, out=part), 0.0, out=part)
        np.abs(vote, out=vote)
        if masked:
            np.copyto(vote, 0.0, where=~ok_t)
        for row in order:
            total += vote[row]
    support_t = np.zeros((n, n, *lead))
    support_t[first, second] = above
    support_t[second, first] = below
    support = np.ascontiguousarray(np.moveaxis(support_t, (0, 1), (-2, -1)))
    return _safe_div(support, total[..., None, None], 0.0)


def _basic_utilities(
    x: FloatArray, span: FloatArray, exponent: FloatArray | None, libm: bool = True
) -> tuple[FloatArray, FloatArray, FloatArray | float]:
    """``U_s, U_f`` of every pair and ``U_sq``, with the row actor's exponent.

    ``U_s = 2 - 4 (1/2 - (|x_a - x_b| / 2) / range)^r_a``, ``U_f`` with ``+``, ``U_sq = 2 -
    4 (1/2)^r_a`` (Scholz et al. 2011), in the port's operation order. With
    ``exponent`` None (every exponent 1) ``U_sq = 0``.
    """
    half = 0.5 * np.abs(x[..., :, None] - x[..., None, :]) / span[..., None, None]
    low, high = 0.5 - half, 0.5 + half
    if exponent is None:
        return 2.0 - 4.0 * low, 2.0 - 4.0 * high, 0.0
    r = exponent[..., :, None]
    u_status_quo = 2.0 - 4.0 * power(np.asarray(0.5), r, libm)
    return 2.0 - 4.0 * power(low, r, libm), 2.0 - 4.0 * power(high, r, libm), u_status_quo


def _expected_utility(
    p: FloatArray,
    u_success: FloatArray,
    u_failure: FloatArray,
    u_status_quo: FloatArray | float,
    s_target: FloatArray,
    Q: float,
) -> FloatArray:
    """``s [P U_s + (1 - P) U_f] + (1 - s) U_s - Q U_sq``, in the port's operation order."""
    resist = s_target * (p * u_success + (1 - p) * u_failure)
    return np.asarray(resist + (1 - s_target) * u_success - Q * u_status_quo)


def _better_worse(
    x: FloatArray, median: FloatArray, dist: FloatArray, span: FloatArray, r: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """``U_b, U_w`` of challenger ``i`` against ``j`` (rows ``i``), exponent ``r`` per entry.

    ``U_b = 2 - 4 (1/2 - (|x_i - mu| + |x_i - x_j|) / (4 range))^r`` and ``U_w`` with ``+``
    (Scholz et al. 2011, following Bueno de Mesquita 1994).
    """
    to_median = np.abs(x - median[..., None]) / span[..., None]
    spread = (to_median[..., :, None] + dist) / 4.0
    return 2.0 - 4.0 * (0.5 - spread) ** r, 2.0 - 4.0 * (0.5 + spread) ** r


@dataclass(frozen=True)
class Challenge:
    """Expected utilities of every pair, from the row actor's point of view."""

    eu_self: FloatArray  # [a, b]: a challenging b, as a sees it
    eu_other: FloatArray  # [a, b]: b challenging a, as a sees it
    probability: FloatArray  # [i, j]: i prevails over j


def expected_utilities(
    x: FloatArray,
    salience: FloatArray,
    probability: FloatArray,
    exponent: FloatArray | None,
    span: FloatArray,
    median: FloatArray | None,
    Q: float,
    T: float,
    dist: FloatArray | None = None,
    libm: bool = True,
) -> Challenge:
    """``EU_a(b)`` and ``EU_b(a)`` as actor ``a`` sees them (both with ``a``'s exponent).

    ``EU_i(j) = s_j [P_ij U_s + (1 - P_ij) U_f] + (1 - s_j) U_s - Q U_sq
    - (1 - Q) [T U_b + (1 - T) U_w]``; the last term only when ``median`` is given (the paper
    variant): the port drops it (see ``docs/bdm.md``). Evaluated in the port's operation order;
    ``libm`` chooses the C library's ``pow`` (the port's) or NumPy's (see :func:`power`).
    """
    u_s, u_f, u_sq = _basic_utilities(x, span, exponent, libm)
    # a challenging b: P[a, b] and target b's salience; b challenging a: P[b, a] and a's
    eu_self = _expected_utility(probability, u_s, u_f, u_sq, salience[..., None, :], Q)
    p_ba = np.swapaxes(probability, -1, -2)
    eu_other = _expected_utility(p_ba, u_s, u_f, u_sq, salience[..., :, None], Q)
    if median is not None and Q < 1.0:
        if dist is None:
            dist = _relative_distance(x, span)
        r = np.broadcast_to(1.0 if exponent is None else exponent[..., :, None], dist.shape)
        # a challenging b: a's distance to the median; b challenging a: b's, both with r_a
        u_b, u_w = _better_worse(x, median, dist, span, r)
        to_median = np.abs(x - median[..., None]) / span[..., None]
        spread_ba = (to_median[..., None, :] + dist) / 4.0
        u_b_ba = 2.0 - 4.0 * (0.5 - spread_ba) ** r
        u_w_ba = 2.0 - 4.0 * (0.5 + spread_ba) ** r
        eu_self = eu_self - (1 - Q) * (T * u_b + (1 - T) * u_w)
        eu_other = eu_other - (1 - Q) * (T * u_b_ba + (1 - T) * u_w_ba)
    return Challenge(np.asarray(eu_self), np.asarray(eu_other), probability)


def risk_exponents(
    x: FloatArray,
    salience: FloatArray,
    probability_at_one: FloatArray,
    engaged: BoolArray,
    span: FloatArray,
    median: FloatArray | None,
    Q: float,
    T: float,
    dist: FloatArray | None = None,
) -> FloatArray:
    """Risk exponents ``r_i`` in [1/2, 2] from each actor's danger (Scholz et al. 2011, eq. 9-10).

    Danger ``S_i = sum_{j != i} EU_j(i)`` with every exponent 1; ``R_i = (2 S_i - S_max -
    S_min) / (S_max - S_min)`` over the engaged actors; ``r_i = (1 - R_i/3) / (1 + R_i/3)``.
    When every danger is equal (``S_max = S_min``, a division by zero in the port) ``R = 0``.
    """
    eu = expected_utilities(x, salience, probability_at_one, None, span, median, Q, T, dist)
    # eu.eu_other[i, j] = EU of j challenging i (with r = 1 every point of view agrees)
    n = x.shape[-1]
    pair_ok = engaged[..., :, None] & engaged[..., None, :] & ~np.eye(n, dtype=bool)
    danger = ordered_sum(np.where(pair_ok, eu.eu_other, 0.0), axis=-1)  # port's order
    d_max = np.where(engaged, danger, -np.inf).max(axis=-1, initial=-np.inf)[..., None]
    d_min = np.where(engaged, danger, np.inf).min(axis=-1, initial=np.inf)[..., None]
    width = np.where(np.isfinite(d_max - d_min), d_max - d_min, 0.0)
    big_r = _safe_div(2 * danger - d_max - d_min, np.broadcast_to(width, danger.shape), 0.0)
    return np.asarray((1 - big_r / 3.0) / (1 + big_r / 3.0))


@dataclass(frozen=True)
class Offers:
    """The offer each actor accepts in one round."""

    new_position: FloatArray  # (..., n)
    kind: IntArray  # (..., n): NO_OFFER, CONFLICT, COMPROMISE, CAPITULATION
    counterpart: IntArray  # (..., n), -1 where none
    eu_self: FloatArray  # (..., n): EU_a(b) of the accepted offer (NaN where none)
    eu_other: FloatArray  # (..., n): EU_b(a)
    received: BoolArray  # (..., n, n): b made a an offer (any type)


def choose_offers(
    x: FloatArray, engaged: BoolArray, eu: Challenge, variant: str, detail: bool = True
) -> Offers:
    """Classify the offer ``a`` gets from each ``b`` and pick the one ``a`` accepts.

    scholz-code: conflicts first (the one nearest ``x_a``), else the compromise with the
    smallest ``(|EU_a| x_a + |EU_b| x_b) / (|EU_a| + |EU_b|)``; its capitulation test reads
    ``EU_b(a) < |EU_b(a)|`` and never holds. paper: capitulation when ``|EU_a(b)| > EU_b(a)``,
    and each actor takes the offer that moves it least (Scholz et al. 2011; Bueno de Mesquita
    1994). Ties go to the first actor. ``detail=False`` returns only the new positions.
    """
    own, other = eu.eu_self, eu.eu_other
    xa = x[..., :, None]
    xb = x[..., None, :]
    valid = engaged[..., :, None] & engaged[..., None, :] & (xa != xb)
    conflict = valid & (other > own) & (own > 0)
    one_sided = valid & ~conflict & (other > 0) & (own < 0)
    compromise = one_sided & (other > np.abs(own))
    if variant == "scholz-code":
        capitulation = one_sided & ~compromise & (other < np.abs(other))  # never true
    else:
        capitulation = one_sided & ~compromise & (other < np.abs(own))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.abs(own / np.where(other != 0, other, 1.0))
    target = np.where(compromise, xa + (xb - xa) * ratio, np.broadcast_to(xb, own.shape))
    received = conflict | compromise | capitulation
    move = np.abs(target - xa)
    if variant == "scholz-code":
        with np.errstate(divide="ignore", invalid="ignore"):
            key_comp = (np.abs(own) * xa + np.abs(other) * xb) / (np.abs(own) + np.abs(other))
        pick_conf = np.argmin(np.where(conflict, move, np.inf), axis=-1)
        pick_comp = np.argmin(np.where(compromise, key_comp, np.inf), axis=-1)
        has_conf = conflict.any(axis=-1)
        pick = np.where(has_conf, pick_conf, pick_comp)  # capitulation never holds here
    else:
        pick = np.argmin(np.where(received, move, np.inf), axis=-1)
    got = received.any(axis=-1)
    idx = pick[..., None]
    new_position = np.where(got, np.take_along_axis(target, idx, axis=-1)[..., 0], x)
    if not detail:
        none = np.empty((0,), dtype=np.int64)
        return Offers(
            np.asarray(new_position),
            none,
            none,
            np.empty(0),
            np.empty(0),
            np.empty((0,), dtype=bool),
        )
    kind_matrix = np.where(
        conflict, CONFLICT, np.where(compromise, COMPROMISE, np.where(capitulation, 3, 0))
    )
    kind = np.where(got, np.take_along_axis(kind_matrix, idx, axis=-1)[..., 0], NO_OFFER)
    return Offers(
        new_position=np.asarray(new_position),
        kind=np.asarray(kind, dtype=np.int64),
        counterpart=np.asarray(np.where(got, pick, -1), dtype=np.int64),
        eu_self=np.where(got, np.take_along_axis(own, idx, axis=-1)[..., 0], np.nan),
        eu_other=np.where(got, np.take_along_axis(other, idx, axis=-1)[..., 0], np.nan),
        received=np.asarray(received),
    )


@dataclass(frozen=True)
class RoundRecord:
    """Diagnostics of one round (arrays with the kernel's leading axes)."""

    exponent: FloatArray  # (..., n)
    probability: FloatArray  # (..., n, n)
    offers: Offers
    challenge: Challenge  # expected utilities of every pair, as the row actor sees them


@dataclass(frozen=True)
class Trace:
    """What :func:`simulate` returns: positions per round and, optionally, diagnostics."""

    positions: FloatArray  # (rounds + 1, ..., n), NaN where not engaged
    mean: FloatArray  # (rounds + 1, ...)
    median: FloatArray  # (rounds + 1, ...): Condorcet median of the positions
    outcome: FloatArray  # (...): mean (scholz-code) or median (paper) after the last round
    records: list[RoundRecord]


def simulate(
    position: FloatArray,
    capability: FloatArray,
    salience: FloatArray,
    engaged: BoolArray,
    params: BdmParams,
    record: bool = False,
) -> Trace:
    """Play ``params.rounds`` rounds on arrays of shape ``(..., n)`` (the actor axis last).

    ``range`` is fixed at the spread of the engaged starting positions, as in the port and the
    paper; the model is unchanged by any affine rescaling of the positions, so scale units and
    the unit interval give the same answer up to rounding, which can decide an offer whose
    expected utility is zero but for it (docs/ensembles.md; session 35). Hence the batch
    kernel computes in the scale units the single run uses (session 37).
    """
    engaged = np.asarray(engaged, dtype=bool) & ~np.isnan(position)
    hi = np.where(engaged, position, -np.inf).max(axis=-1, initial=-np.inf)
    lo = np.where(engaged, position, np.inf).min(axis=-1, initial=np.inf)
    span = np.where(np.isfinite(hi - lo) & (hi - lo > 0), hi - lo, 1.0)
    # actors not engaged sit, inert, at the low end so that no distance exceeds the range
    x = np.where(engaged, position, np.where(np.isfinite(lo), lo, 0.0)[..., None]).astype(float)
    weight = np.where(engaged, capability * salience, 0.0)
    s = np.where(engaged, salience, 0.0)
    paper = params.variant == "paper"
    use_median = paper and params.Q < 1.0
    normalise = "pair" if paper else "all-pairs"

    positions = [x.copy()]
    means = [mean_position(x, weight, engaged)]
    medians = [condorcet_median(x, weight, engaged)]
    records: list[RoundRecord] = []
    for done in range(params.rounds):
        tick("bdm: round", done + 1, params.rounds)
        median = condorcet_median(x, weight, engaged) if use_median else None
        dist = _relative_distance(x, span)
        p_one = pair_probability(x, weight, None, engaged, span, normalise, dist)
        r = risk_exponents(x, s, p_one, engaged, span, median, params.Q, params.T, dist)
        r = np.where(engaged, r, 1.0)
        # the paper's votes are linear in distance; the port's use each voter's exponent
        p = p_one if paper else pair_probability(x, weight, r, engaged, span, normalise, dist)
        # the C library's pow in both variants: NumPy's differs by the CPU (session 42)
        eu = expected_utilities(x, s, p, r, span, median, params.Q, params.T, dist)
        offers = choose_offers(x, engaged, eu, params.variant, detail=record)
        x = offers.new_position
        positions.append(x.copy())
        means.append(mean_position(x, weight, engaged))
        if record:
            medians.append(condorcet_median(x, weight, engaged))
            records.append(RoundRecord(exponent=r, probability=p, offers=offers, challenge=eu))
        else:  # only the first and last medians are needed; the last is filled below
            medians.append(np.full_like(means[-1], np.nan))
    if params.rounds and not record:
        medians[-1] = condorcet_median(x, weight, engaged)
    stacked = np.where(engaged[None], np.stack(positions), np.nan)
    mean = np.stack(means)
    median_arr = np.stack(medians)
    outcome = median_arr[-1] if paper else mean[-1]
    if params.outcome == "cycle-mean":
        outcome = cycle_outcome(stacked, mean, np.asarray(outcome), weight, engaged, span, paper)
    return Trace(stacked, mean, median_arr, np.asarray(outcome), records)


def cycle_outcome(
    positions: FloatArray,
    mean: FloatArray,
    last: FloatArray,
    weight: FloatArray,
    engaged: BoolArray,
    span: FloatArray,
    paper: bool,
) -> FloatArray:
    """The outcome read from the whole cycle where the rounds cycle (``outcome="cycle-mean"``).

    Where an issue's positions repeat with period ``p > 1`` (:func:`accord.engines.cycles.
    tail_periods`, tolerance 1e-6 of the range), the outcome is the mean of the per-round
    outcome (weighted mean, or Condorcet median in the paper variant) over the last ``p``
    rounds, which does not depend on where in the cycle the rounds stopped; elsewhere the
    last round's. ``positions`` is ``(rounds + 1, ..., n)``.
    """
    from accord.engines.cycles import DEFAULT_ATOL, tail_periods

    period = tail_periods(positions, DEFAULT_ATOL * span)
    cycling = period > 1
    if not cycling.any():
        return last
    longest = int(period.max())
    tail = positions[-longest:]
    if paper:
        x = np.where(engaged[None], tail, 0.0)
        per_round = condorcet_median(x, np.broadcast_to(weight, x.shape), engaged)
    else:
        per_round = mean[-longest:]
    out = np.array(last, dtype=float, copy=True)
    for p in np.unique(period[cycling]):
        where = period == p
        out[where] = per_round[-int(p) :].mean(axis=0)[where]
    return out


# ------------------------------------------------------------------------------------------
# the engine


def _decimals(span: float) -> int:
    return max(1, 1 - math.floor(math.log10(span))) if span > 0 else 1


def _pair_text(before: float, after: float, digits: int) -> tuple[str, str]:
    """Both numbers with enough decimals (up to 3 more) to show that they differ."""
    for extra in range(4):
        a, b = f"{before:.{digits + extra}f}", f"{after:.{digits + extra}f}"
        if a != b:
            break
    return a, b


_VERBS = {
    CONFLICT: "loses a conflict with",
    COMPROMISE: "accepts a compromise with",
    CAPITULATION: "capitulates to",
}


class BdmEngine:
    """Bueno de Mesquita's expected-utility model (Scholz et al. 2011), one issue at a time."""

    name = "bdm"
    summary = BDM.summary  # one wording: the registered estimator's

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        opts = parse_params(merged_params(scenario, self.name, params), self.name)
        arr = stance_arrays(scenario)
        cap = arr.issue_capability().T  # (m, n): leverage where stated
        trace = simulate(arr.position.T, cap, arr.salience.T, arr.engaged.T, opts, record=True)
        trajectory = np.swapaxes(trace.positions, -1, -2)  # (rounds+1, n, m)
        names, titles = labels(scenario)
        turns: list[Turn] = []
        narrative: list[str] = []
        for t, rec in enumerate(trace.records, start=1):
            turns.append(
                self._turn(
                    t, rec, arr.actors, arr.issues, trace, names, titles, narrative, arr.span
                )
            )
        for k, issue in enumerate(arr.issues):
            if not arr.engaged[:, k].any():
                continue
            how = "weighted mean" if opts.variant == "scholz-code" else "Condorcet median"
            digits = _decimals(float(arr.span[k]))
            # "the bargain", not "the forecast": beside a forecast at the status quo (a consent
            # actor refusing) or the mean over a cycle it read as a second forecast (session
            # 42's trial: "the forecast on the ceasefire is 60.0" under a forecast of 0.0)
            narrative.append(
                f"after {opts.rounds} rounds the bargain on {titles[issue]} is "
                f"{trace.outcome[k]:.{digits}f} ({how} of the positions, "
                f"{opts.variant} variant; the last round's, before the consent rule)"
            )
        return make_run(
            self.name,
            scenario,
            arr,
            np.asarray(trajectory),
            np.asarray(trace.outcome, dtype=float),
            opts.as_dict(),
            seed,
            variant=opts.variant,
            turns=turns,
            narrative=narrative,
        )

    @staticmethod
    def _turn(
        t: int,
        rec: RoundRecord,
        actors: tuple[str, ...],
        issues: tuple[str, ...],
        trace: Trace,
        names: Mapping[str, str],
        titles: Mapping[str, str],
        narrative: list[str],
        span: FloatArray,
    ) -> Turn:
        off = rec.offers
        before = trace.positions[t - 1]  # (m, n)
        challenges: list[tuple[str, str]] = []
        moves: list[Move] = []
        offers: list[dict[str, Any]] = []
        win: dict[str, float] = {}
        exponents: dict[str, dict[str, float]] = {}
        probability: dict[str, list[list[float]]] = {}
        utilities: dict[str, dict[str, Any]] = {}
        multi = len(issues) > 1
        for k, issue in enumerate(issues):
            engaged = ~np.isnan(before[k])
            idx = np.flatnonzero(engaged)
            if idx.size == 0:
                continue
            exponents[issue] = {actors[a]: float(rec.exponent[k, a]) for a in idx}
            p = rec.probability[k]
            probability[issue] = [[float(p[a, b]) for b in idx] for a in idx]
            sub = np.ix_(idx, idx)
            utilities[issue] = {
                "actors": [actors[a] for a in idx],
                "challenge": rec.challenge.eu_self[k][sub].tolist(),
                "challenged": rec.challenge.eu_other[k][sub].tolist(),
            }
            valid = engaged[:, None] & engaged[None, :] & (before[k][:, None] != before[k][None])
            for a in idx:
                others = valid[a]
                if others.any():
                    key = f"{issue}:{actors[a]}" if multi else actors[a]
                    win[key] = float(p[a, others].mean())
            recv = np.argwhere(off.received[k])
            challenges.extend((actors[b], actors[a]) for a, b in recv)
            digits = _decimals(float(span[k]))
            for a in idx:
                kind = int(off.kind[k, a])
                if kind == NO_OFFER:
                    continue
                b = int(off.counterpart[k, a])
                x0 = float(before[k, a])
                x1 = float(off.new_position[k, a])
                moves.append(Move(actors[a], issue, x0, x1, actors[b], OFFER_NAMES[kind]))
                offers.append(
                    {
                        "issue": issue,
                        "actor": actors[a],
                        "counterpart": actors[b],
                        "offer": OFFER_NAMES[kind],
                        "eu_actor": float(off.eu_self[k, a]),
                        "eu_counterpart": float(off.eu_other[k, a]),
                        "before": x0,
                        "after": x1,
                    }
                )
                shown0, shown1 = _pair_text(x0, x1, digits)
                narrative.append(
                    f"round {t}: {names[actors[a]]} {_VERBS[kind]} {names[actors[b]]} on "
                    f"{titles[issue]}, moving from {shown0} to {shown1}"
                )
        notes: dict[str, Any] = {
            "offers": offers,
            "risk_exponent": exponents,
            "probability": probability,
            "expected_utility": utilities,
            "mean": {issue: nan_to_none(trace.mean[t, k]) for k, issue in enumerate(issues)},
            "median": {issue: nan_to_none(trace.median[t, k]) for k, issue in enumerate(issues)},
        }
        return Turn(index=t, challenges=challenges, moves=moves, win_probability=win, notes=notes)

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult:
        """All runs and issues at once: arrays ``(B, m, n)``, in chunks that bound memory.

        Where the batch carries its issues' scales (``Batch.low``/``high``, as the ensembles
        and the checks build it), the kernel computes in the scenario's units, as the single
        run does, from the scenario's own positions (``Batch.in_scale``), and maps the outcome
        and final positions onto the unit interval with ``(value - low) / span`` at the end:
        a batch of the unperturbed scenario gives the single run's numbers bit for bit (the
        arithmetic is not scale-free in the last digit, and an offer can turn on that digit:
        docs/ensembles.md). A batch without scales is computed on the unit interval.

        Chunks are independent, so they run on a small thread pool (NumPy releases the GIL in
        its array loops); the result does not depend on the number of threads.
        """
        opts = parse_params(params, self.name)
        scaled = batch.low is not None and batch.high is not None
        in_scale, low, span = batch.in_scale()
        position = np.swapaxes(in_scale, -1, -2)  # (B, m, n)
        salience = np.swapaxes(batch.salience, -1, -2)
        b_size, m, n = position.shape
        capability = np.swapaxes(batch.issue_capability(), -1, -2)  # (B, m, n)
        engaged = ~np.isnan(position)
        chunk = max(1, int(_CHUNK_ELEMENTS // max(1, m * n**3)))
        parts = [slice(start, start + chunk) for start in range(0, b_size, chunk)]

        def one(part: slice) -> Trace:
            return simulate(position[part], capability[part], salience[part], engaged[part], opts)

        workers = min(_WORKERS, len(parts))
        if workers > 1:
            with ThreadPoolExecutor(max_workers=workers) as pool:
                traces = list(pool.map(one, parts))
        else:
            traces = [one(part) for part in parts]
        finals = [t.positions[-1] for t in traces]
        outcomes = [t.outcome for t in traces]
        final = np.concatenate(finals, axis=0) if finals else np.empty((0, m, n))
        outcome = np.concatenate(outcomes, axis=0) if outcomes else np.empty((0, m))
        if not scaled:
            return BatchResult(np.swapaxes(final, -1, -2), outcome, np.full(b_size, opts.rounds))
        # back to the unit interval, as StanceArrays.unit_position maps a position
        return BatchResult.of_scale(
            np.swapaxes((final - low[..., None]) / span[..., None], -1, -2),
            outcome,
            np.swapaxes(final, -1, -2),
            low,
            span,
            np.full(b_size, opts.rounds),
        )
