"""The paper variant of the BDM engine (Scholz, Calbert & Smith 2011, JTP 23(4)).

No published run of the paper's equations exists to compare against, so these tests check
hand-computed small cases, a plain scalar transcription of the equations (loops, no NumPy
tricks) against the vectorised kernel, and properties that must hold for any input.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines import run
from accord.engines.base import Batch
from accord.engines.baselines import weighted_median
from accord.engines.bdm import (
    CAPITULATION,
    BdmEngine,
    BdmParams,
    condorcet_median,
    pair_probability,
    simulate,
)
from accord.errors import EngineError
from accord.scenario.catalogue import load_bundled


def test_pair_probability_by_hand() -> None:
    # x = 0, 1, 3; c s = 1, 2, 1; range 3. For 0 against 3 (i=0, j=2):
    # votes (|x_k - 3| - |x_k - 0|)/3: k=0: (3-0)/3 = 1; k=1: 2(2-1)/3 = 2/3; k=2: (0-3)/3 = -1
    # P = (1 + 2/3) / (1 + 2/3 + 1) = 5/8
    x = np.array([0.0, 1.0, 3.0])
    w = np.array([1.0, 2.0, 1.0])
    ones = np.ones(3)
    engaged = np.ones(3, dtype=bool)
    p = pair_probability(x, w, ones, engaged, np.array(3.0), "pair")
    assert p[0, 2] == pytest.approx(5 / 8)
    assert p[2, 0] == pytest.approx(3 / 8)
    # the port's normalisation divides by the votes over all ordered pairs instead:
    # sum_k w_k sum_{a,b} |d_k(a) - d_k(b)| / 3; voter distances (0,1,3), (1,0,2), (3,2,0)
    # give ordered-pair sums 12, 8, 12, so the total is (1*12 + 2*8 + 1*12) / 3 = 40/3
    q = pair_probability(x, w, ones, engaged, np.array(3.0), "all-pairs")
    assert q[0, 2] == pytest.approx((1 + 2 / 3) / (40 / 3))


def test_condorcet_median_by_hand() -> None:
    # weights 1, 2, 1.5 at 0, 1, 3: F(0) = 2 + 4.5 = 6.5, F(1) = 1 + 3 = 4, F(3) = 3 + 4 = 7
    x = np.array([0.0, 1.0, 3.0])
    w = np.array([1.0, 2.0, 1.5])
    assert condorcet_median(x, w, np.ones(3, dtype=bool)) == 1.0
    # a heavy actor at 3 makes 3 beat both others
    w2 = np.array([1.0, 1.0, 5.0])
    assert condorcet_median(x, w2, np.ones(3, dtype=bool)) == 3.0
    # not-engaged actors neither vote nor stand
    engaged = np.array([True, False, True])
    assert condorcet_median(x, w, engaged) == 3.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 20), min_size=2, max_size=9),
    st.data(),
)
def test_condorcet_median_is_weighted_median(points: list[int], data: st.DataObject) -> None:
    n = len(points)
    weights = data.draw(st.lists(st.floats(0.05, 1.0), min_size=n, max_size=n))
    x = np.array(points, dtype=float)
    w = np.array(weights)
    order = np.argsort(x, kind="stable")
    cum = np.cumsum(w[order])
    if np.any(np.abs(cum - cum[-1] / 2) < 1e-9):
        return  # exactly half the weight on each side: no unique median
    expected = weighted_median(x[:, None], w[:, None])[0]
    assert condorcet_median(x, w, np.ones(n, dtype=bool)) == expected


# --- a scalar transcription of the paper's equations --------------------------------------


def _scalar_round(
    x: list[float], c: list[float], s: list[float], Q: float = 1.0, T: float = 1.0
) -> list[float]:
    n = len(x)
    rng = max(x) - min(x)
    f = [sum(c[i] * s[i] * abs(x[i] - x[a]) for i in range(n)) for a in range(n)]
    mu = x[min(range(n), key=lambda a: (f[a], a))]

    def prob(i: int, j: int) -> float:
        votes = [c[k] * s[k] * (abs(x[k] - x[j]) - abs(x[k] - x[i])) / rng for k in range(n)]
        den = sum(abs(v) for v in votes)
        return sum(max(v, 0.0) for v in votes) / den if den > 0 else 0.5

    def eu(i: int, j: int, r: float) -> float:
        d = abs(x[i] - x[j]) / rng
        us = 2 - 4 * (0.5 - 0.5 * d) ** r
        uf = 2 - 4 * (0.5 + 0.5 * d) ** r
        usq = 2 - 4 * 0.5**r
        e = (abs(x[i] - mu) / rng + d) / 4
        ub = 2 - 4 * (0.5 - e) ** r
        uw = 2 - 4 * (0.5 + e) ** r
        p = prob(i, j)
        return (
            s[j] * (p * us + (1 - p) * uf)
            + (1 - s[j]) * us
            - Q * usq
            - (1 - Q) * (T * ub + (1 - T) * uw)
        )

    danger = [sum(eu(j, i, 1.0) for j in range(n) if j != i) for i in range(n)]
    hi, lo = max(danger), min(danger)
    big_r = [(2 * d - hi - lo) / (hi - lo) if hi > lo else 0.0 for d in danger]
    r = [(1 - b / 3) / (1 + b / 3) for b in big_r]
    out = list(x)
    for a in range(n):
        best: tuple[float, float] | None = None
        for b in range(n):
            if x[a] == x[b]:
                continue
            own, other = eu(a, b, r[a]), eu(b, a, r[a])
            if other > own > 0:
                target = x[b]
            elif own < 0 < other and other > abs(own):
                target = x[a] + (x[b] - x[a]) * abs(own / other)
            elif own < 0 < other and other < abs(own):
                target = x[b]
            else:
                continue
            if best is None or abs(target - x[a]) < best[0]:
                best = (abs(target - x[a]), target)
        if best is not None:
            out[a] = best[1]
    return out


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("q", [1.0, 0.6])
def test_kernel_matches_scalar_transcription(seed: int, q: float) -> None:
    rng = np.random.default_rng(seed)
    n = 6
    x = np.round(rng.uniform(0, 10, n), 1)
    c = rng.uniform(0.1, 1, n)
    s = rng.uniform(0.1, 1, n)
    expected = _scalar_round(list(x), list(c), list(s), Q=q, T=0.3)
    params = BdmParams(variant="paper", rounds=1, Q=q, T=0.3)
    trace = simulate(x, c, s, np.ones(n, dtype=bool), params)
    assert np.allclose(trace.positions[1], expected, atol=1e-12)


def test_capitulation_can_fire() -> None:
    fired = 0
    for seed in range(40):
        rng = np.random.default_rng(seed)
        n = 8
        x = rng.uniform(0, 1, n)
        params = BdmParams(variant="paper", rounds=3)
        trace = simulate(
            x,
            rng.uniform(0.1, 1, n),
            rng.uniform(0.05, 1, n),
            np.ones(n, dtype=bool),
            params,
            record=True,
        )
        fired += sum(int((rec.offers.kind == CAPITULATION).sum()) for rec in trace.records)
    assert fired > 0


def test_probabilities_sum_to_one_per_pair() -> None:
    result = run(load_bundled("ec-emissions-1994"), "bdm", {"variant": "paper", "rounds": 2})
    p = np.array(result.turns[0].notes["probability"]["emissions"])
    assert np.allclose(p + p.T, 1.0)


def test_outcome_is_final_condorcet_median() -> None:
    result = run(load_bundled("ec-emissions-1994"), "bdm", {"variant": "paper"})
    final = result.trajectory[-1, :, 0]
    scenario = load_bundled("ec-emissions-1994")
    cap = np.array([a.capability for a in scenario.actors])
    sal = np.array([st.salience for st in scenario.stances])
    assert result.outcome[0] == condorcet_median(final, cap * sal, np.ones(10, dtype=bool))
    assert result.variant == "paper"


positions = st.lists(st.floats(0, 100, allow_nan=False), min_size=2, max_size=8)


@settings(max_examples=40, deadline=None)
@given(positions, st.data(), st.sampled_from(["paper", "scholz-code"]))
def test_positions_stay_in_initial_range(
    xs: list[float], data: st.DataObject, variant: str
) -> None:
    n = len(xs)
    c = np.array(data.draw(st.lists(st.floats(0.01, 1), min_size=n, max_size=n)))
    s = np.array(data.draw(st.lists(st.floats(0, 1), min_size=n, max_size=n)))
    x = np.array(xs)
    params = BdmParams(variant=variant, rounds=5)
    a = simulate(x, c, s, np.ones(n, dtype=bool), params)
    b = simulate(x, c, s, np.ones(n, dtype=bool), params)
    assert np.all(a.positions >= x.min() - 1e-9)
    assert np.all(a.positions <= x.max() + 1e-9)
    assert np.array_equal(a.positions, b.positions)  # same input, same output
    assert np.all(np.isfinite(a.positions))


def test_not_engaged_actors_are_left_out() -> None:
    x = np.array([0.0, 4.0, 10.0, np.nan])
    c = np.array([1.0, 1.0, 1.0, 100.0])
    s = np.array([0.5, 0.8, 0.6, 0.0])
    engaged = ~np.isnan(x)
    trace = simulate(x, c, s, engaged, BdmParams(variant="paper", rounds=3))
    alone = simulate(x[:3], c[:3], s[:3], engaged[:3], BdmParams(variant="paper", rounds=3))
    assert np.all(np.isnan(trace.positions[:, 3]))
    assert np.allclose(trace.positions[:, :3], alone.positions)


def test_batch_matches_single_runs() -> None:
    rng = np.random.default_rng(7)
    b, n, m = 5, 6, 3
    position = rng.uniform(0, 1, (b, n, m))
    position[0, 2, 1] = np.nan
    salience = np.where(np.isnan(position), 0.0, rng.uniform(0, 1, (b, n, m)))
    capability = rng.uniform(0.1, 1, (b, n))
    engine = BdmEngine()
    for variant in ("paper", "scholz-code"):
        res = engine.run_batch(Batch(capability, position, salience), {"variant": variant})
        for k in range(b):
            for i in range(m):
                one = simulate(
                    position[k, :, i],
                    capability[k],
                    salience[k, :, i],
                    ~np.isnan(position[k, :, i]),
                    BdmParams(variant=variant),
                )
                assert np.allclose(res.final_position[k, :, i], one.positions[-1], equal_nan=True)
                assert res.outcome[k, i] == pytest.approx(one.outcome)


def test_bad_parameters_are_engine_errors() -> None:
    scenario = load_bundled("ec-emissions-1994")
    for bad in (
        {"variant": "nope"},
        {"rounds": -1},
        {"Q": 2},
        {"shape": 1},
        {"variant": "scholz-code", "T": 0.5},
    ):
        with pytest.raises(EngineError):
            run(scenario, "bdm", bad)


def test_batch_threads_do_not_change_results(monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.engines.bdm as bdm

    rng = np.random.default_rng(3)
    b, n, m = 400, 5, 2
    position = rng.uniform(0, 1, (b, n, m))
    salience = rng.uniform(0, 1, (b, n, m))
    capability = rng.uniform(0.1, 1, (b, n))
    batch = Batch(capability, position, salience)
    monkeypatch.setattr(bdm, "_WORKERS", 1)
    one = BdmEngine().run_batch(batch, {"rounds": 4})
    monkeypatch.setattr(bdm, "_WORKERS", 3)
    monkeypatch.setattr(bdm, "_CHUNK_ELEMENTS", 5_000)  # several chunks
    many = BdmEngine().run_batch(batch, {"rounds": 4})
    assert np.array_equal(one.final_position, many.final_position)
    assert np.array_equal(one.outcome, many.outcome)
