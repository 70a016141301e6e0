"""Vectorised kernels of KTAB's Spatial Model of Politics (SMP).

Every function is pure and works on NumPy arrays whose leading axes are a batch (an
ensemble of scenarios, or the actors whose bargain queues are resolved side by side); the
trailing axes are actors, options (positions or bargains) and dimensions. Positions and
saliences are on the unit interval, as in KTAB (which divides its 0..100 inputs by 100).

The equations are those of KTAB (lsyaseen/KTAB, MIT licence), files
``KTAB/kmodel/libsrc/kmodel.cpp`` (votes, coalitions, victory probabilities, the
Condorcet-election PCE models, risk attitudes), ``examples/smp/libsrc/smp.cpp`` (salience-
weighted distance, utility, risk-aware utilities, S2P2 bargains) and ``smpbcn.cpp``
(challenges with third-party votes, bargain queues, state transition), as described by
B. Wise, "The Spatial Model of Politics in KTAB" and "Markov Voting with Incentives in KTAB"
(KAPSARC, 2015-2016). Re-implemented from the equations, not translated line by line; where the
order of floating-point operations decides ties we follow KTAB's order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from accord.engines.ordered import ordered_sum
from accord.progress import tick

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.intp]

MIN_COALITION = 1e-8  # Model::coalitions: every coalition starts at this strength
MIN_CHALLENGE_COALITION = 1e-10  # SMPState::probEduChlg: principals' coalitions start here
CHALLENGE_CHUNK = 65_536  # elements per chunk of the n^3 challenge tensors
MIN_GAIN = 1e-5  # SMPState::bestChallenge: smallest expected gain worth a challenge
POSITION_TOLERANCE = 1e-3  # SMPModel::posTol: positions closer than this are one position
BARGAIN_WEIGHT_FLOOR = 1e-6  # SMPActor::interpBrgnSnPm: keeps 0/0 away, favours the initiator
BINARY_VOTE_SCALE = 1e-8  # Model::vote: utility gap at which a binary vote saturates
BINARY_VP_THRESHOLD = 1.10  # Model::vProb: 10% stronger coalition wins for sure (Binary)
MARKOV_INCENTIVE_TOL = 1e-8  # Model::markovIncentivePCE
MARKOV_UNIFORM_TOL = 1e-6  # Model::markovUniformPCE
MARKOV_MAX_ITER = 1000


# --------------------------------------------------------------------------------------------
# votes, utilities, distances


def vote(rule: str, weight: FloatArray | float, du: FloatArray) -> FloatArray:
    """Vote of an actor with influence ``weight`` between options whose utilities differ by
    ``du`` (first minus second): positive favours the first (KTAB ``Model::vote``)."""
    if rule == "Proportional":
        return np.asarray(weight * du)
    if rule == "Binary":
        return np.asarray(weight * np.clip(du / BINARY_VOTE_SCALE, -1.0, 1.0))
    if rule == "PropBin":
        rbin = np.clip(du / BINARY_VOTE_SCALE, -1.0, 1.0)
        return np.asarray(weight * ((1 - 0.2) * du + 0.2 * rbin))
    if rule == "PropCbc":
        return np.asarray(weight * ((1 - 0.5) * du + 0.5 * (du * du * du)))
    if rule == "Cubic":
        return np.asarray(weight * (du * du * du))
    if rule == "ASymProsp":
        # losses count fully, gains two thirds (prospect-theory asymmetry)
        return np.asarray(
            np.where(du < 0, weight * du, np.where(du > 0, (2.0 * weight * du) / 3.0, 0.0))
        )
    raise ValueError(f"unknown voting rule {rule!r}")


def salience_distance(position: FloatArray, salience: FloatArray) -> FloatArray:
    """``d[..., i, j]``: distance from actor i's ideal (its position) to actor j's position,
    weighted by i's saliences: sqrt(sum_k (s_ik (x_ik - x_jk))^2 / sum_k s_ik^2)
    (``SMPModel::bvDiff``): :func:`point_distance` with the actors' own positions as points."""
    return point_distance(position, salience, position)


def point_distance(ideal: FloatArray, salience: FloatArray, point: FloatArray) -> FloatArray:
    """``d[..., a, b]``: salience-weighted distance from actor a's ideal to point b
    (``ideal``/``salience`` are (..., A, m), ``point`` is (..., B, m))."""
    diff = ideal[..., :, None, :] - point[..., None, :, :]
    ds = diff * salience[..., :, None, :]
    num = ordered_sum(ds * ds)
    den = ordered_sum(salience * salience)
    return np.asarray(np.sqrt(num / den[..., :, None]))


def utility(distance: FloatArray, risk: FloatArray | float) -> FloatArray:
    """Risk-adjusted utility of a position at salience-weighted ``distance``:
    u = (1 - d)(1 + d R), with R in [-1/2, 1] (risk-averse R > 0), and (1 - d)(1 + R) when
    round-off pushes d above 1 (``SMPModel::bsUtil``)."""
    d = distance
    if np.all(d <= 1):
        return np.asarray((1 - d) * (1 + d * risk))
    return np.asarray(np.where(d <= 1, (1 - d) * (1 + d * risk), (1 - d) * (1 + risk)))


def estimated_risk(risk: FloatArray, adjust: str) -> FloatArray:
    """``R[..., h, i]``: actor h's estimate of actor i's risk attitude, anchored on its own
    (``Model::estNRA``: OneThirdRA gives (2 r_h + r_i)/3)."""
    rh = risk[..., :, None]
    ri = risk[..., None, :]
    if adjust == "FullRA":
        out = np.broadcast_to(ri, np.broadcast_shapes(rh.shape, ri.shape))
    elif adjust == "TwoThirdsRA":
        out = (rh + (2.0 * ri)) / 3.0
    elif adjust == "HalfRA":
        out = (rh + ri) / 2
    elif adjust == "OneThirdRA":
        out = ((2.0 * rh) + ri) / 3.0
    elif adjust == "NoRA":
        out = np.broadcast_to(rh, np.broadcast_shapes(rh.shape, ri.shape))
    else:
        raise ValueError(f"unknown BigRAdjust {adjust!r}")
    return np.asarray(out, dtype=float)


def risk_from_probability(p: FloatArray, rng: str, valid: BoolArray | None = None) -> FloatArray:
    """Risk attitudes from the risk-neutral probabilities of the positions
    (``Model::bigRfromProb``): the likeliest position is the most risk-averse (R = 1 under
    Mid, whose range is [-1/2, 1])."""
    if valid is None:
        pmin = p.min(axis=-1, keepdims=True)
        pmax = p.max(axis=-1, keepdims=True)
    else:
        pmin = np.where(valid, p, np.inf).min(axis=-1, keepdims=True)
        pmax = np.where(valid, p, -np.inf).max(axis=-1, keepdims=True)
    pmin = np.minimum(pmin, 1.0)
    pmax = np.maximum(pmax, 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        if rng == "Min":
            out = (p - pmin) / (pmax - pmin)
        elif rng == "Mid":
            out = (3 * p - (pmax + 2 * pmin)) / (2 * (pmax - pmin))
        elif rng == "Max":
            out = (2 * p - (pmax + pmin)) / (pmax - pmin)
        else:
            raise ValueError(f"unknown BigRRange {rng!r}")
    return np.asarray(np.nan_to_num(out))


# --------------------------------------------------------------------------------------------
# coalitions and the probabilistic Condorcet election (PCE)


#: Up to this many votes (voters x option pairs x runs), :func:`coalitions` computes every
#: voter's at once; above it, one voter at a time (the same numbers, less memory).
_ALL_VOTERS_AT_ONCE = 1 << 16


def _lower(n: int) -> BoolArray:
    return np.asarray(np.tri(n, n, -1, dtype=bool))


def coalitions(weight: FloatArray, util: FloatArray, rule: str) -> FloatArray:
    """``C[..., i, j]``: strength of the coalition preferring option i to option j.

    ``weight`` is (..., K) voting influence, ``util`` (..., K, O) utilities of the options to the
    voters. KTAB (``Model::coalitions``) scans the lower triangle i > j, adds each positive vote
    v_k(i:j) to C[i, j] and each negative one to C[j, i], starting both at 1e-8; the sums run
    over the voters in KTAB's order.
    """
    n = util.shape[-1]
    lower = _lower(n)
    c = np.full((*util.shape[:-2], n, n), MIN_COALITION)
    # voter by voter, in KTAB's order, so that equal coalitions are bit-equal (and KTAB's)
    odd = rule != "ASymProsp"  # the other rules give v_k(j:i) = -v_k(i:j) exactly
    voters = util.shape[-2]

    def support(u: FloatArray, w: FloatArray) -> FloatArray:
        v = vote(rule, w, u[..., :, None] - u[..., None, :])
        # lower triangle: c_ij += v_k(i:j) > 0; upper: c_ji -= v_k(i:j) < 0
        if odd:
            return np.maximum(v, 0.0)
        return np.where(lower, np.maximum(v, 0.0), np.swapaxes(np.maximum(-v, 0.0), -1, -2))

    if c.size * voters <= _ALL_VOTERS_AT_ONCE:
        # every voter's votes in one pass (elementwise, so the same numbers as one voter at a
        # time), then added voter by voter in the same order (session 36: the backtests call
        # this thousands of times on a few actors, where the per-voter calls cost the time)
        parts = support(util, weight[..., :, None, None])
        for k in range(voters):
            c += parts[..., k, :, :]
    else:
        for k in range(voters):
            c += support(util[..., k, :], weight[..., k, None, None])
    diag = np.eye(n, dtype=bool)
    return np.asarray(np.where(diag, MIN_COALITION, c))


def _vp_transform(c: FloatArray, model: str) -> FloatArray:
    if model == "Linear":
        return c
    if model == "Square":
        return c * c
    if model == "Quartic":
        c2 = c * c
        return c2 * c2
    if model == "Octic":
        c2 = c * c
        c4 = c2 * c2
        return c4 * c4
    raise ValueError(f"unknown VictoryProbModel {model!r}")


def victory_probability(c: FloatArray, model: str) -> FloatArray:
    """``P[..., i, j]``: probability that option i defeats option j, from the coalition
    strengths (``Model::vProb``): C_ij^n / (C_ij^n + C_ji^n), n = 1, 2, 4, 8; Binary makes a 10%
    stronger coalition a sure winner and interpolates linearly in between."""
    ct = np.swapaxes(c, -1, -2)
    if model == "Binary":
        t = BINARY_VP_THRESHOLD
        r12 = c / (c + ct)
        p12 = (r12 * (t + 1.0) - 1.0) / (t - 1.0)
        x1 = np.where(c >= t * ct, 1.0, np.where(ct >= t * c, 1e-6, p12))
        x2 = np.where(c >= t * ct, 1e-6, np.where(ct >= t * c, 1.0, 1 - p12))
    else:
        x1 = _vp_transform(c, model)
        x2 = _vp_transform(ct, model)
    p1 = x1 / (x1 + x2)
    p2 = x2 / (x1 + x2)
    n = c.shape[-1]
    low = _lower(n)
    out = np.where(low, p1, np.swapaxes(p2, -1, -2))
    return np.asarray(np.where(np.eye(n, dtype=bool), 0.5, out))


def pce(c: FloatArray, pv: FloatArray, model: str, valid: BoolArray | None = None) -> FloatArray:
    """Probability that each option wins the probabilistic Condorcet election.

    ``ConditionalPCM`` (``Model::condPCE``): the probability that option i beats every other
    option, prod_j P[i>j], conditioned on some option doing so. ``MarkovUniformPCM`` and
    ``MarkovIncentivePCM`` iterate a Markov chain of challenges (uniform, or in proportion to
    the incentive C_ij P[i>j]) with KTAB's damping p <- (p + q)/2 until the largest change is
    below 1e-6 (uniform) or 1e-8 (incentive). ``valid`` (..., O) masks padded options, which
    get probability 0 and play no part.
    """
    n = pv.shape[-1]
    if valid is None:
        valid = np.ones(pv.shape[:-1], dtype=bool)
    pair = valid[..., :, None] & valid[..., None, :]
    if model == "ConditionalPCM":
        # products and sum in KTAB's order (Model::condPCE), not NumPy's pairwise one
        prod = np.multiply.accumulate(np.where(pair, pv, 1.0), axis=-1)[..., -1]
        prod = np.where(valid, prod, 0.0)
        return np.asarray(prod / ordered_sum(prod)[..., None])
    count = valid.sum(axis=-1, keepdims=True).astype(float)
    p = np.where(valid, 1.0 / count, 0.0)
    pvm = np.where(pair, pv, 0.0)
    if model == "MarkovUniformPCM":

        def uniform(p: FloatArray) -> FloatArray:
            return np.asarray(np.sum(pvm * (p[..., :, None] + p[..., None, :]), axis=-1) / count)

        return _damped_chain(p, uniform, valid, MARKOV_UNIFORM_TOL, model)
    if model == "MarkovIncentivePCM":
        incentive = np.where(pair, c * pv, 0.0)
        eye = np.eye(n, dtype=bool)
        incentive = incentive + np.where(eye & pair, 1e-10, 0.0)
        col = incentive.sum(axis=-2, keepdims=True)
        with np.errstate(invalid="ignore", divide="ignore"):
            chlg = np.where(pair, incentive / col, 0.0)  # chlg[i, j]: i challenges favourite j
        chlg_t = np.swapaxes(chlg, -1, -2)

        def by_incentive(p: FloatArray) -> FloatArray:
            ct = p[..., :, None] * chlg_t  # ct[i, j] = p_i chlg[j, i]
            return np.asarray(np.sum(pvm * (ct + np.swapaxes(ct, -1, -2)), axis=-1))

        return _damped_chain(p, by_incentive, valid, MARKOV_INCENTIVE_TOL, model)
    raise ValueError(f"unknown PCEModel {model!r}")


def _damped_chain(
    p: FloatArray,
    step: Callable[[FloatArray], FloatArray],
    valid: BoolArray,
    tol: float,
    model: str,
) -> FloatArray:
    """KTAB's damped Markov iteration ``p <- (p + step(p)) / 2``, each batch element frozen
    once its largest change falls to ``tol`` or below."""
    active = np.ones(p.shape[:-1], dtype=bool)
    for _ in range(MARKOV_MAX_ITER):
        q = np.where(valid, step(p), 0.0)
        change = np.max(np.abs(q - p), axis=-1)
        p = np.where(active[..., None], (p + q) / 2.0, p)
        active = active & (change > tol)
        if not active.any():
            return np.asarray(p)
    raise ArithmeticError(f"{model} did not converge in {MARKOV_MAX_ITER} iterations")


def scalar_pce(
    weight: FloatArray,
    util: FloatArray,
    rule: str,
    vp_model: str,
    pce_model: str,
    valid: BoolArray | None = None,
) -> FloatArray:
    """Voting among options by actors with scalar influence, then the PCE over the options
    (``Model::scalarPCE``)."""
    c = coalitions(weight, util, rule)
    pv = victory_probability(c, vp_model)
    return pce(c, pv, pce_model, valid)


# --------------------------------------------------------------------------------------------
# a state's utilities and risk attitudes


def unique_positions(position: FloatArray) -> tuple[BoolArray, IntArray]:
    """Which actors hold a first-seen distinct position, and each actor's representative.

    Positions closer than 1e-3 (Euclidean, unit scale) are the same (``SMPState::equivNdx``).
    KTAB keeps actor i as a new unique position when it matches none of the earlier unique
    ones (``KBase::ueIndices``); an actor's probability is that of the last unique position
    it matches (``State::posProb``).
    """
    diff = position[..., :, None, :] - position[..., None, :, :]
    near = np.sqrt(np.sum(diff * diff, axis=-1)) < POSITION_TOLERANCE
    n = position.shape[-2]
    earlier = _lower(n)
    unique = np.ones(position.shape[:-1], dtype=bool)
    for _ in range(n):  # fixed point of "no earlier unique position is near"; few passes
        new = ~np.any(near & earlier & unique[..., None, :], axis=-1)
        if np.array_equal(new, unique):
            break
        unique = new
    match = near & unique[..., None, :]
    last = n - 1 - np.argmax(match[..., ::-1], axis=-1)
    return unique, np.asarray(last, dtype=np.intp)


def assess_state(
    position: FloatArray,
    salience: FloatArray,
    capability: FloatArray,
    *,
    rule: str,
    vp_model: str,
    pce_model: str,
    r_range: str,
    r_adjust: str,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Distances, risk attitudes and every actor's estimate of every actor's utilities.

    Returns ``d`` (..., n, n), ``risk`` (..., n) and ``U`` (..., h, i, j): h's estimate of the
    utility to i of j's position (``SMPState::setAllAUtil``). Risk attitudes come from the
    risk-neutral PCE over all n positions (duplicates included) with capabilities as votes.
    """
    d = salience_distance(position, salience)
    neutral = utility(d, 0.0)
    p = scalar_pce(capability, neutral, rule, vp_model, pce_model)
    risk = risk_from_probability(p, r_range)
    est = estimated_risk(risk, r_adjust)  # (..., h, i)
    u = utility(d[..., None, :, :], est[..., :, :, None])
    return d, risk, u


def self_utility(u: FloatArray) -> FloatArray:
    """``S[..., i, j]`` = U[..., i, i, j]: i's own view of the utility to i of j's position."""
    return np.asarray(np.einsum("...iij->...ij", u))


def position_probability(
    u: FloatArray,
    position: FloatArray,
    capability: FloatArray,
    *,
    rule: str,
    vp_model: str,
    pce_model: str,
) -> tuple[FloatArray, FloatArray]:
    """Probability of each distinct position prevailing, per actor (KTAB's "prob" lines) and
    per unique position (zero for duplicates), from each actor's own risk-aware utilities
    (``SMPState::pDist(-1)``, ``State::posProb``)."""
    unique, rep = unique_positions(position)
    p = scalar_pce(capability, self_utility(u), rule, vp_model, pce_model, valid=unique)
    return np.asarray(np.take_along_axis(p, rep, axis=-1)), p


# --------------------------------------------------------------------------------------------
# challenges


def challenge_value(
    uii: FloatArray,
    uij: FloatArray,
    uji: FloatArray,
    ujj: FloatArray,
    uni: FloatArray,
    unj: FloatArray,
    unn: FloatArray,
    weight_i: FloatArray,
    weight_j: FloatArray,
    weight_n: FloatArray,
    third: BoolArray,
    *,
    rule: str,
    commit: str,
) -> tuple[FloatArray, FloatArray]:
    """h's estimate of the probability that i beats j when i challenges j, and the strengths
    of both coalitions (``SMPState::probEduChlg``).

    All utilities are h's estimates: ``uii`` etc. have the pair's shape (...), the third-party
    ones ``uni``/``unj``/``unn`` have a trailing axis over actors n, masked by ``third``. The
    principals vote with salience x capability; each third party n weighs the little contest
    (i+n : j) against (i : j+n) with probabilities from the principals and itself alone
    (``Actor::vProbLittle``), and under SemiCommit counts its own position only in the
    coalition it joins (``Actor::thirdPartyVoteSU``). The third parties are added one at a
    time, in KTAB's order, with KTAB's operations (no algebraic shortcut), so that
    mathematically equal strengths (identical or mirror-image actors) come out bit-equal and
    equal to KTAB's.
    """
    if commit not in ("SemiCommit", "FullCommit", "NoCommit"):
        raise ValueError(f"unknown ThirdPartyCommit {commit!r}")
    ci = vote(rule, weight_i, uii - uij)
    cj = vote(rule, weight_j, uji - ujj)
    chij = MIN_CHALLENGE_COALITION + np.where(ci > 0, ci, 0.0)
    chij = chij + np.where(cj > 0, cj, 0.0)
    chji = MIN_CHALLENGE_COALITION - np.where(ci < 0, ci, 0.0)
    chji = chji - np.where(cj < 0, cj, 0.0)
    if commit != "SemiCommit":
        # FullCommit, NoCommit: "i+n beats j" and "i beats j+n" are worth the same to n in
        # KTAB's formulas (the two sums of three utilities coincide term by term), so every
        # third-party vote is exactly 0 and adds nothing
        return chij, chji
    # every third party n starts afresh from the principals' coalitions (Actor::vProbLittle)
    c_i, c_j = chij[..., None], chji[..., None]
    cn = vote(rule, weight_n, uni - unj)
    cni = c_i + np.maximum(cn, 0.0)  # c_i + cn where cn > 0, else c_i (adding 0 is exact)
    cnj = c_j - np.minimum(cn, 0.0)
    pin = cni / (cni + cnj)
    pjn = 1.0 - pin
    # Actor::thirdPartyVoteSU under SemiCommit, term by term: n counts its own position only
    # in the coalition it joins
    two_ni = uni + uni
    two_nj = unj + unj
    u_ik_j = pin * (two_ni + unn) + pjn * (two_nj + unj)
    u_i_jk = pin * (two_ni + uni) + pjn * (two_nj + unn)
    vk = np.where(third, vote(rule, weight_n, u_ik_j - u_i_jk), 0.0)
    # add the third parties' votes one by one in KTAB's order, starting from the principals'
    # strengths (chji - v == chji + (-v) exactly)
    chij = ordered_sum(np.maximum(vk, 0.0), start=chij)
    chji = ordered_sum(-np.minimum(vk, 0.0), start=chji)
    return chij, chji


def best_challenges(
    u: FloatArray,
    influence: FloatArray,
    salience_sum: FloatArray,
    *,
    rule: str,
    commit: str,
) -> tuple[FloatArray, FloatArray]:
    """Every actor i's expected gain from challenging each j, and its estimate of winning.

    ``u`` is (..., h, i, j); ``influence`` (..., n) is salience sum x capability. Returns
    ``gain[..., i, j]`` and ``p_win[..., i, j]`` from i's own perspective (h = k = i in
    ``probEduChlg``): the challenge ends, with probability 1 - s_j, in j conceding, and with
    probability s_j in a contest won with probability P; the gain is measured against the
    status quo of both positions. The diagonal is -inf.
    """
    n = u.shape[-1]
    idx = np.arange(n)
    own = np.einsum("...iij->...ij", u)  # own[i, j] = U[i, i, j]
    uii = np.einsum("...ii->...i", own)[..., :, None]  # U[i, i, i]
    uij = own
    at_i = np.einsum("...ini->...in", u)  # at_i[i, n] = U[i, n, i]
    diag = np.einsum("...inn->...in", u)  # diag[i, n] = U[i, n, n]
    uji = at_i  # U[i, j, i]
    ujj = diag  # U[i, j, j]
    uni = at_i[..., :, None, :]  # (i, 1, n)
    unj = np.swapaxes(u, -1, -2)  # unj[i, j, n] = U[i, n, j]
    unn = diag[..., :, None, :]
    w = influence
    third = (idx[None, None, :] != idx[:, None, None]) & (idx[None, None, :] != idx[None, :, None])
    # rows of challengers in chunks, so the (rows, n, n) temporaries stay in cache
    lead = int(np.prod(u.shape[:-3], dtype=np.int64))
    rows = max(1, min(n, CHALLENGE_CHUNK // max(1, lead * n * n)))
    chij = np.empty(u.shape[:-1])
    chji = np.empty(u.shape[:-1])
    for r0 in range(0, n, rows):
        r = slice(r0, min(n, r0 + rows))
        a, b = challenge_value(
            uii[..., r, :],
            uij[..., r, :],
            uji[..., r, :],
            ujj[..., r, :],
            uni[..., r, :, :],
            unj[..., r, :, :],
            unn[..., r, :, :],
            w[..., r, None],
            w[..., None, :],
            w[..., None, None, :],
            third[r],
            rule=rule,
            commit=commit,
        )
        chij[..., r, :] = a
        chji[..., r, :] = b
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    sj = salience_sum[..., None, :]
    vict = uii + uii
    cntst = phij * vict + phji * (uij + uij)
    gain = ((1 - sj) * vict + sj * cntst) - (uii + uij)
    gain = np.where(np.eye(n, dtype=bool), -np.inf, gain)
    return np.asarray(gain), np.asarray(phij)


def pair_win_probability(
    u_h: FloatArray,
    init: IntArray,
    rcvr: IntArray,
    influence: FloatArray,
    *,
    rule: str,
    commit: str,
) -> FloatArray:
    """Probability that ``init`` beats ``rcvr`` as estimated from the perspective whose
    utility matrix is ``u_h`` (..., n, n); ``init``/``rcvr`` have shape (...), ``influence``
    (..., n)."""
    n = u_h.shape[-1]

    def at(a: IntArray, b: IntArray) -> FloatArray:
        return np.asarray(
            np.take_along_axis(
                np.take_along_axis(u_h, a[..., None, None], axis=-2)[..., 0, :],
                b[..., None],
                axis=-1,
            )[..., 0]
        )

    col_i = np.take_along_axis(u_h, init[..., None, None], axis=-1)[..., 0]  # U[n, i]
    col_j = np.take_along_axis(u_h, rcvr[..., None, None], axis=-1)[..., 0]  # U[n, j]
    unn = np.diagonal(u_h, axis1=-2, axis2=-1)
    w_i = np.take_along_axis(influence, init[..., None], axis=-1)[..., 0]
    w_j = np.take_along_axis(influence, rcvr[..., None], axis=-1)[..., 0]
    idx = np.arange(n)
    third = (idx != init[..., None]) & (idx != rcvr[..., None])
    chij, chji = challenge_value(
        at(init, init),
        at(init, rcvr),
        at(rcvr, init),
        at(rcvr, rcvr),
        col_i,
        col_j,
        unn,
        w_i,
        w_j,
        influence,
        third,
        rule=rule,
        commit=commit,
    )
    return np.asarray(chij / (chij + chji))


# --------------------------------------------------------------------------------------------
# bargains


def _round4(x: FloatArray) -> FloatArray:
    # KTAB rounds bargains to 4 decimals on the unit scale: int(0.5 + 10000 x) / 10000
    return np.asarray(np.trunc(0.5 + x * 10000.0) / 10000.0)


def interpolate_bargain(
    pos_i: FloatArray,
    sal_i: FloatArray,
    prob_i: FloatArray,
    pos_j: FloatArray,
    sal_j: FloatArray,
    prob_j: FloatArray,
    method: str,
) -> tuple[FloatArray, FloatArray]:
    """The positions a bargain between i and j proposes for each of them, per dimension
    (``SMPActor::interpolateBrgn``).

    S2P2 (and S1P1) weights each side by salience^n x win-probability^m, n = m = 2 (1); the
    initiator gets an extra 1e-6 so that two indifferent actors keep their positions, and the
    result is rounded to 4 decimals. S2PMax moves the likelier loser toward the winner by the
    probability gap, weighted by squared saliences. ``prob_*`` broadcast against the
    dimension axis.
    """
    if method in ("S2P2", "S1P1"):
        k = 2 if method == "S2P2" else 1
        wi = np.power(sal_i, k) * np.power(prob_i, k)
        wj = np.power(sal_j, k) * np.power(prob_j, k)
        f = BARGAIN_WEIGHT_FLOOR
        bi = _round4(((wi + f) * pos_i + wj * pos_j) / (wi + f + wj))
        bj = _round4((wi * pos_i + (f + wj) * pos_j) / (wi + f + wj))
        return bi, bj
    if method == "S2PMax":
        di = np.where(prob_j > prob_i, prob_j - prob_i, 0.0)
        dj = np.where(prob_i > prob_j, prob_i - prob_j, 0.0)
        si2 = sal_i * sal_i
        sj2 = sal_j * sal_j
        f = BARGAIN_WEIGHT_FLOOR
        dik = (di * sj2) / ((di * sj2) + f + ((1 - di) * si2))
        djk = (dj * si2) / ((dj * si2) + f + ((1 - dj) * sj2))
        return np.asarray(pos_i + dik * (pos_j - pos_i)), np.asarray(pos_j + djk * (pos_i - pos_j))
    raise ValueError(f"unknown InterVecBrgn {method!r}")


def state_utility_of_bargains(
    own: FloatArray,
    position: FloatArray,
    salience: FloatArray,
    risk: FloatArray,
    init: IntArray,
    rcvr: IntArray,
    pos_init: FloatArray,
    pos_rcvr: FloatArray,
) -> tuple[FloatArray, FloatArray]:
    """Each actor's utility of the state a bargain would produce, averaged over the n
    positions (``updateBestBrgnPositions``' brgnUtil): unchanged positions at their own value,
    the two moved ones at the bargain's, added in KTAB's order. Returns (status quo (..., A),
    bargains (..., A, Nb)).

    ``own[..., a, j]`` is U[a, a, j]; ``init``/``rcvr`` (..., Nb) index actors, ``pos_*`` are
    (..., Nb, m).
    """
    n = own.shape[-1]
    u_init = utility(point_distance(position, salience, pos_init), risk[..., :, None])
    u_rcvr = utility(point_distance(position, salience, pos_rcvr), risk[..., :, None])
    # KTAB's order (brgnUtil): the moved positions first, then the others in actor order
    total = u_init + u_rcvr  # (..., A, Nb)
    for j in range(n):
        kept = (init != j) & (rcvr != j)  # (..., Nb)
        total = np.where(kept[..., None, :], total + own[..., :, j, None], total)
    return ordered_sum(own) / n, np.asarray(total / n)


# --------------------------------------------------------------------------------------------
# one turn, and a whole run


@dataclass(frozen=True)
class Settings:
    """The model switches the kernels need (names as in KTAB).

    No defaults here: smpc's defaults are kept once, in
    :class:`~accord.engines.smp.options.SMPOptions`, and
    :func:`accord.engines.smp.engine.settings_of` makes the kernels' settings from them.
    """

    rule: str
    vp_model: str
    pce_model: str
    r_range: str
    r_adjust: str
    commit: str
    interp: str
    bargain_model: str
    stochastic: bool


@dataclass(frozen=True)
class TurnResult:
    """What happened in one turn, for a batch (leading axes ...)."""

    position: FloatArray  # (..., n, m) after the turn
    target: IntArray  # (..., n) whom each actor challenged, -1 for none
    gain: FloatArray  # (..., n) expected gain of that challenge
    p_win: FloatArray  # (..., n) challenger's estimate of winning it
    init: IntArray  # (..., Nb) initiator of each proposed bargain
    rcvr: IntArray  # (..., Nb) receiver
    proposed: BoolArray  # (..., Nb) bargain was proposed
    chosen: IntArray  # (..., n) bargain each actor adopted, -1 for its status quo
    chosen_prob: FloatArray  # (..., n) PCE probability of the adopted option
    queue: IntArray  # (..., n) number of options in each actor's queue (status quo included)


def _gather_rows(a: FloatArray, index: IntArray) -> FloatArray:
    """a[..., index[..., k], :] for a (..., n, m) and index (..., K)."""
    return np.asarray(np.take_along_axis(a, index[..., :, None], axis=-2))


def _resolve_queues(
    util_all: FloatArray,
    member: BoolArray,
    capability: FloatArray,
    s: Settings,
    rng: np.random.Generator | None,
    max_elements: int = 4_000_000,
) -> tuple[IntArray, FloatArray, IntArray]:
    """Each actor k picks one option from its queue (status quo first, then the bargains it
    is party to) by a PCE in which every actor votes, with capability, on the states the
    options produce (``SMPState::updateBestBrgnPositions``).

    ``util_all`` is (B, A, 1+Nb) utilities of the status quo and of each bargain's state,
    ``member`` (B, K, 1+Nb) which options are in k's queue. Queues are grouped by length
    (1, 2, 3-4, 5-8, ...) so that a few long queues do not pad every short one. Returns the
    option index per k (0 = status quo), its probability, and the queue lengths.
    """
    batch, n_act, _ = util_all.shape
    n_k = member.shape[-2]
    counts = member.sum(axis=-1)
    order = np.argsort(~member, axis=-1, kind="stable").reshape(batch * n_k, -1)
    flat_counts = counts.reshape(-1)
    owner = np.repeat(np.arange(batch), n_k)
    chosen = np.zeros(batch * n_k, dtype=np.intp)
    prob = np.ones(batch * n_k)
    draws = rng.random(batch * n_k) if s.stochastic and rng is not None else None
    if s.stochastic and rng is None:
        raise ValueError("stochastic transitions need a random generator")
    hi = 1
    top = int(flat_counts.max())
    while hi < top:
        lo, hi = hi + 1, 2 * hi
        items = np.flatnonzero((flat_counts >= lo) & (flat_counts <= hi))
        if items.size == 0:
            continue
        width = int(flat_counts[items].max())
        step = max(1, max_elements // (n_act * width * width))
        for c0 in range(0, items.size, step):
            it = items[c0 : c0 + step]
            o = order[it, :width]
            ok = np.arange(width) < flat_counts[it][:, None]
            b = owner[it]
            u_opt = util_all[b[:, None, None], np.arange(n_act)[None, :, None], o[:, None, :]]
            p = scalar_pce(capability[b], u_opt, s.rule, s.vp_model, s.pce_model, ok)
            if draws is not None:
                cum = np.cumsum(p, axis=-1)
                hit = draws[it][:, None] <= cum
                pick = np.where(hit.any(axis=-1), np.argmax(hit, axis=-1), flat_counts[it] - 1)
            else:
                pick = np.argmax(np.where(ok, np.abs(p), -1.0), axis=-1)
            chosen[it] = o[np.arange(it.size), pick]
            prob[it] = p[np.arange(it.size), pick]
    return (
        chosen.reshape(batch, n_k),
        prob.reshape(batch, n_k),
        np.asarray(counts, dtype=np.intp),
    )


def smp_turn(
    position: FloatArray,
    salience: FloatArray,
    capability: FloatArray,
    risk: FloatArray,
    u: FloatArray,
    s: Settings,
    rng: np.random.Generator | None = None,
) -> TurnResult:
    """One turn of challenges, bargains and bargain resolution (``SMPState::doBCN``).

    Each actor i finds the target j with the largest expected gain above 1e-5 (the first on
    ties); it proposes a bargain interpolated from its own estimate of winning; every actor
    then adopts the option its queue's PCE favours (Deterministic) or draws one (Stochastic).
    """
    n = position.shape[-2]
    salience_sum = ordered_sum(salience)
    influence = salience_sum * capability
    gain, p_win = best_challenges(u, influence, salience_sum, rule=s.rule, commit=s.commit)
    worth = gain > MIN_GAIN
    target = np.argmax(np.where(worth, gain, -np.inf), axis=-1)
    has = np.any(worth, axis=-1)
    best = np.take_along_axis(gain, target[..., None], axis=-1)[..., 0]
    p_ij = np.take_along_axis(p_win, target[..., None], axis=-1)[..., 0]
    pos_j = _gather_rows(position, target)
    sal_j = _gather_rows(salience, target)
    actors = np.broadcast_to(np.arange(n), target.shape)
    b_i, b_j = interpolate_bargain(
        position, salience, p_ij[..., None], pos_j, sal_j, 1 - p_ij[..., None], s.interp
    )
    init: IntArray = np.asarray(actors, dtype=np.intp)
    rcvr: IntArray = np.asarray(target, dtype=np.intp)
    proposed = has
    if s.bargain_model != "InitOnlyInterp":
        # the target's own estimate that the initiator wins (probEduChlg(j, ., i, j))
        u_j = np.take_along_axis(u, target[..., :, None, None], axis=-3)
        per_item = np.broadcast_to(influence[..., None, :], u_j.shape[:-1])
        p_ji = pair_win_probability(u_j, init, rcvr, per_item, rule=s.rule, commit=s.commit)
        c_i, c_j = interpolate_bargain(
            position, salience, p_ji[..., None], pos_j, sal_j, 1 - p_ji[..., None], s.interp
        )
        if s.bargain_model == "InitRcvrInterp":
            b_i = np.stack([b_i, c_i], axis=-2).reshape((*b_i.shape[:-2], 2 * n, -1))
            b_j = np.stack([b_j, c_j], axis=-2).reshape((*b_j.shape[:-2], 2 * n, -1))
            init = np.repeat(init, 2, axis=-1)
            rcvr = np.repeat(rcvr, 2, axis=-1)
            proposed = np.repeat(has, 2, axis=-1)
        elif s.bargain_model == "PWCompInterp":
            # KTAB weights both perspectives by capability x salience sum; its code takes the
            # initiator's capability for both (smpbcn.cpp, `scj = brgnJIJ->actInit->sCap`).
            w_i = (capability * salience_sum)[..., :, None]
            w_j = (capability * np.take_along_axis(salience_sum, target, axis=-1))[..., :, None]
            b_i = (w_i * b_i + w_j * c_i) / (w_i + w_j)
            b_j = (w_i * b_j + w_j * c_j) / (w_i + w_j)
        else:
            raise ValueError(f"unknown BargnModel {s.bargain_model!r}")
    own = self_utility(u)
    sq, ub = state_utility_of_bargains(own, position, salience, risk, init, rcvr, b_i, b_j)
    util_all = np.concatenate([sq[..., None], ub], axis=-1)
    k = np.arange(n)[:, None]
    member = proposed[..., None, :] & ((init[..., None, :] == k) | (rcvr[..., None, :] == k))
    member = np.concatenate([np.ones((*member.shape[:-1], 1), dtype=bool), member], axis=-1)
    chosen, chosen_prob, queue = _resolve_queues(util_all, member, capability, s, rng)
    bargain = chosen - 1
    safe = np.maximum(bargain, 0)
    b_init = np.take_along_axis(init, safe, axis=-1)
    from_init = _gather_rows(b_i, safe)
    from_rcvr = _gather_rows(b_j, safe)
    new = np.where((b_init == np.arange(n))[..., None], from_init, from_rcvr)
    new = np.where((bargain >= 0)[..., None], new, position)
    return TurnResult(
        position=np.asarray(new),
        target=np.asarray(np.where(has, target, -1), dtype=np.intp),
        gain=np.asarray(np.where(has, best, 0.0)),
        p_win=np.asarray(np.where(has, p_ij, np.nan)),
        init=init,
        rcvr=rcvr,
        proposed=np.asarray(proposed),
        chosen=np.asarray(bargain, dtype=np.intp),
        chosen_prob=chosen_prob,
        queue=queue,
    )


MIN_DELTA_RATIO = 0.02  # SMPModel::configExec: stop once a turn moves < 2% of the first turn
MIN_SIG_DELTA = 1e-4  # ... whose movement is padded by this, against 0/0
MIN_TURNS = 2


@dataclass
class Trace:
    """A batch of runs: positions per state and, when recorded, the per-turn details."""

    position: list[FloatArray]  # per state: (B, n, m); frozen once a run stopped
    probability: list[FloatArray]  # per state: (B, n) KTAB's "prob" per actor
    unique_probability: FloatArray  # (B, n) final state's probability per unique position
    turns: IntArray  # (B,) turns each run took
    detail: list[TurnResult]  # per turn (full batch) when recorded, else empty
    risk: list[FloatArray]  # per state: (B, n)


def _assess(
    position: FloatArray, salience: FloatArray, capability: FloatArray, s: Settings
) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Risk attitudes, utilities and position probabilities (per actor, per unique position)
    of a state under the settings ``s``.

    KTAB assesses every state the same way, the initial one and the one after each turn
    (``SMPState::setAllAUtil``, then ``SMPState::pDist(-1)``), so :func:`simulate` does it
    through this one function; see :func:`assess_state` and :func:`position_probability`.
    """
    _, risk, u = assess_state(
        position,
        salience,
        capability,
        rule=s.rule,
        vp_model=s.vp_model,
        pce_model=s.pce_model,
        r_range=s.r_range,
        r_adjust=s.r_adjust,
    )
    prob, uprob = position_probability(
        u, position, capability, rule=s.rule, vp_model=s.vp_model, pce_model=s.pce_model
    )
    return risk, u, prob, uprob


def simulate(
    capability: FloatArray,
    position: FloatArray,
    salience: FloatArray,
    s: Settings,
    max_turns: int = 100,
    rng: np.random.Generator | None = None,
    record: bool = True,
) -> Trace:
    """Run the SMP on a batch until KTAB's stopping rule holds (``smpStopFn``): at turn 100,
    or from turn 2 on once the summed Euclidean movement of all actors in a turn is below
    2% of the first turn's (+1e-4). Runs that stopped are frozen and masked out."""
    batch = position.shape[0]
    pos = np.array(position, dtype=float)
    risk, u, prob, uprob = _assess(pos, salience, capability, s)
    positions = [pos.copy()]
    probabilities = [prob]
    risks = [risk]
    details: list[TurnResult] = []
    active = np.ones(batch, dtype=bool)
    turns = np.zeros(batch, dtype=np.intp)
    first = np.zeros(batch)
    for t in range(1, max_turns + 1):
        tick("smp: turn", t, max_turns)
        idx = np.flatnonzero(active)
        res = smp_turn(pos[idx], salience[idx], capability[idx], risk[idx], u[idx], s, rng)
        step = res.position - pos[idx]
        moved = ordered_sum(np.sqrt(ordered_sum(step * step)))  # SMPModel::stateDist
        new_pos = pos.copy()
        new_pos[idx] = res.position
        r_new, u_new, p_new, up_new = _assess(res.position, salience[idx], capability[idx], s)
        pos = new_pos
        risk = risk.copy()
        risk[idx] = r_new
        if u.shape[0] == idx.size:
            u = u_new
        else:
            u = u.copy()
            u[idx] = u_new
        prob = prob.copy()
        prob[idx] = p_new
        uprob = uprob.copy()
        uprob[idx] = up_new
        positions.append(pos.copy())
        probabilities.append(prob)
        risks.append(risk)
        if record:
            details.append(res)
        turns[idx] = t
        if t == 1:
            first[idx] = moved + MIN_SIG_DELTA
        ratio = moved / first[idx]
        stop = (t >= max_turns) | ((t >= MIN_TURNS) & (ratio < MIN_DELTA_RATIO))
        active[idx[stop]] = False
        if not active.any():
            break
    return Trace(positions, probabilities, uprob, turns, details, risks)
