"""The SMP kernels against plain scalar transcriptions of KTAB's equations, and properties.

The scalar versions below follow ``SMPState::probEduChlg``, ``Model::condPCE``,
``Model::markovUniformPCE`` and ``KBase::ueIndices`` (lsyaseen/KTAB) one number at a time, with
loops, so the vectorised kernels can be checked on random inputs.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines.smp import kernels as K


def _vote(rule: str, w: float, a: float, b: float) -> float:
    return float(K.vote(rule, w, np.asarray(a - b)))


def scalar_challenge(
    u: np.ndarray,
    infl: np.ndarray,
    ssum: np.ndarray,
    h: int,
    k: int,
    i: int,
    j: int,
    rule: str,
    commit: str,
) -> tuple[float, float]:
    """h's estimate of (P[i beats j], expected gain to k) when i challenges j."""
    n = u.shape[-1]
    uh = u[h]
    ci = _vote(rule, infl[i], uh[i, i], uh[i, j])
    cj = _vote(rule, infl[j], uh[j, i], uh[j, j])
    chij, chji = 1e-10, 1e-10
    chij += ci if ci > 0 else 0.0
    chji -= ci if ci < 0 else 0.0
    chij += cj if cj > 0 else 0.0
    chji -= cj if cj < 0 else 0.0
    c_i, c_j = chij, chji
    for m in range(n):
        if m in (i, j):
            continue
        uni, unj, unn = uh[m, i], uh[m, j], uh[m, m]
        cn = _vote(rule, infl[m], uni, unj)
        cni = c_i + cn if cn > 0 else c_i
        cnj = c_j - cn if cn < 0 else c_j
        pin = cni / (cni + cnj)
        pjn = 1 - pin
        if commit == "SemiCommit":
            a, b, c, d = 2 * uni + unn, 3 * unj, 3 * uni, 2 * unj + unn
        elif commit == "FullCommit":
            a, b, c, d = 3 * uni, 3 * unj, 3 * uni, 3 * unj
        else:
            a, b, c, d = 2 * uni + unn, 2 * unj + unn, 2 * uni + unn, 2 * unj + unn
        v = _vote(rule, infl[m], pin * a + pjn * b, pin * c + pjn * d)
        chij += v if v > 0 else 0.0
        chji -= v if v < 0 else 0.0
    p = chij / (chij + chji)
    sq = uh[k, i] + uh[k, j]
    win = 2 * uh[k, i]
    lose = 2 * uh[k, j]
    gain = (1 - ssum[j]) * win + ssum[j] * (p * win + (1 - p) * lose) - sq
    return p, gain


def _state(seed: int, n: int, m: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    cap = rng.uniform(10, 200, n)
    pos = rng.uniform(0, 1, (n, m))
    sal = rng.uniform(0.1, 1, (n, m))
    sal = sal / sal.sum(axis=1, keepdims=True) * rng.uniform(0.75, 0.99, (n, 1))
    return cap, pos, sal


@pytest.mark.parametrize("rule", ["Proportional", "PropCbc", "ASymProsp", "Binary"])
@pytest.mark.parametrize("commit", ["SemiCommit", "NoCommit", "FullCommit"])
def test_best_challenges_match_scalar_equations(rule: str, commit: str) -> None:
    cap, pos, sal = _state(11, 6, 2)
    _, _, u = K.assess_state(
        pos,
        sal,
        cap,
        rule=rule,
        vp_model="Linear",
        pce_model="ConditionalPCM",
        r_range="Mid",
        r_adjust="OneThirdRA",
    )
    ssum = sal.sum(axis=1)
    infl = ssum * cap
    gain, p = K.best_challenges(u, infl, ssum, rule=rule, commit=commit)
    for i in range(6):
        for j in range(6):
            if i == j:
                assert gain[i, j] == -np.inf
                continue
            ps, gs = scalar_challenge(u, infl, ssum, i, i, i, j, rule, commit)
            assert p[i, j] == pytest.approx(ps, rel=1e-12)
            assert gain[i, j] == pytest.approx(gs, rel=1e-9, abs=1e-12)
    # the receiver's perspective used by InitRcvrInterp / PWCompInterp
    init = np.array([0, 3])
    rcvr = np.array([2, 1])
    q = K.pair_win_probability(
        u[rcvr], init, rcvr, np.broadcast_to(infl, (2, 6)), rule=rule, commit=commit
    )
    for t in range(2):
        ps, _ = scalar_challenge(u, infl, ssum, rcvr[t], 0, init[t], rcvr[t], rule, commit)
        assert q[t] == pytest.approx(ps, rel=1e-12)


def test_utility_and_distance_by_hand() -> None:
    # one actor at (0, 0) with saliences (0.3, 0.4); another at (1, 0.5)
    pos = np.array([[0.0, 0.0], [1.0, 0.5]])
    sal = np.array([[0.3, 0.4], [0.5, 0.5]])
    d = K.salience_distance(pos, sal)
    assert d[0, 1] == pytest.approx(np.sqrt((0.3**2 + 0.2**2) / 0.25))
    assert d[0, 0] == 0
    assert float(K.utility(np.array(0.5), 1.0)) == pytest.approx(0.5 * 1.5)
    assert float(K.utility(np.array(1.2), 0.5)) == pytest.approx(-0.2 * 1.5)


def scalar_cond_pce(pv: np.ndarray) -> np.ndarray:
    p = np.array([np.prod(pv[i]) for i in range(len(pv))])
    return p / p.sum()


def scalar_markov_uniform(pv: np.ndarray) -> np.ndarray:
    n = len(pv)
    p = np.full(n, 1 / n)
    change = 1.0
    while change > 1e-6:
        q = np.array([sum(pv[i, j] * (p[i] + p[j]) for j in range(n)) / n for i in range(n)])
        change = float(np.max(np.abs(q - p)))
        p = (p + q) / 2
    return p


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=2, max_value=7),
    st.integers(min_value=2, max_value=6),
    st.integers(min_value=0, max_value=2**31),
    st.sampled_from(["Linear", "Square", "Quartic", "Octic", "Binary"]),
)
def test_pce_properties(n_opt: int, n_act: int, seed: int, vp: str) -> None:
    rng = np.random.default_rng(seed)
    w = rng.uniform(1, 100, n_act)
    u = rng.uniform(0, 1, (n_act, n_opt))
    c = K.coalitions(w, u, "Proportional")
    pv = K.victory_probability(c, vp)
    np.testing.assert_allclose(pv + pv.T, 1.0, atol=1e-12)
    assert np.all(np.diag(pv) == 0.5)
    for model in ["ConditionalPCM", "MarkovIncentivePCM", "MarkovUniformPCM"]:
        p = K.pce(c, pv, model)
        assert np.all(p >= 0)
        assert p.sum() == pytest.approx(1.0, abs=1e-6)
    np.testing.assert_allclose(K.pce(c, pv, "ConditionalPCM"), scalar_cond_pce(pv), rtol=1e-12)
    np.testing.assert_allclose(
        K.pce(c, pv, "MarkovUniformPCM"), scalar_markov_uniform(pv), rtol=1e-12
    )
    # padding an option out with the mask is the same as leaving it out
    valid = np.ones(n_opt, dtype=bool)
    valid[-1] = False
    c2 = K.coalitions(w, u[:, :-1], "Proportional")
    pv2 = K.victory_probability(c2, vp)
    for model in ["ConditionalPCM", "MarkovIncentivePCM", "MarkovUniformPCM"]:
        masked = K.pce(c, pv, model, valid)
        assert masked[-1] == 0
        np.testing.assert_allclose(masked[:-1], K.pce(c2, pv2, model), rtol=1e-9, atol=1e-12)


def scalar_unique(pos: np.ndarray) -> tuple[list[int], list[int]]:
    uniq: list[int] = []
    for i in range(len(pos)):
        if not any(np.linalg.norm(pos[i] - pos[k]) < 1e-3 for k in uniq):
            uniq.append(i)
    rep = [max(k for k in uniq if np.linalg.norm(pos[i] - pos[k]) < 1e-3) for i in range(len(pos))]
    return uniq, rep


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=3, max_size=12))
def test_unique_positions_follow_ktab(steps: list[int]) -> None:
    # positions on a grid of 0.0006: neighbours are "equal", two steps apart are not
    pos = np.array(steps, dtype=float)[:, None] * 0.0006
    unique, rep = K.unique_positions(pos)
    uniq, rep_s = scalar_unique(pos)
    assert np.flatnonzero(unique).tolist() == uniq
    assert rep.tolist() == rep_s


def test_bargain_interpolation_by_hand() -> None:
    # S2P2: weights (s p)^2; equal salience, P = 0.75 vs 0.25 -> weight ratio 9:1
    bi, bj = K.interpolate_bargain(
        np.array([0.2]),
        np.array([0.5]),
        np.array([0.75]),
        np.array([0.8]),
        np.array([0.5]),
        np.array([0.25]),
        "S2P2",
    )
    wi, wj = (0.5 * 0.75) ** 2, (0.5 * 0.25) ** 2
    expect_i = ((wi + 1e-6) * 0.2 + wj * 0.8) / (wi + 1e-6 + wj)
    assert bi[0] == pytest.approx(round(expect_i, 4), abs=1e-12)
    assert bj[0] == pytest.approx(round((wi * 0.2 + (1e-6 + wj) * 0.8) / (wi + 1e-6 + wj), 4))
    # nobody cares: both keep their positions (the 1e-6 floor avoids 0/0)
    bi, bj = K.interpolate_bargain(
        np.array([0.2]),
        np.array([0.0]),
        np.array([0.5]),
        np.array([0.8]),
        np.array([0.0]),
        np.array([0.5]),
        "S2P2",
    )
    assert (bi[0], bj[0]) == (0.2, 0.8)


def test_risk_from_probability_ranges() -> None:
    p = np.array([0.1, 0.2, 0.7])
    assert K.risk_from_probability(p, "Mid").tolist() == pytest.approx([-0.5, -0.25, 1.0])
    assert K.risk_from_probability(p, "Min").tolist() == pytest.approx([0.0, 1 / 6, 1.0])
    assert K.risk_from_probability(p, "Max").tolist() == pytest.approx([-1.0, -2 / 3, 1.0])
