"""Stokman's exchange model (Stokman & Van Oosten 1994; Arregui, Stokman & Thomson 2006)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines import run
from accord.engines.base import Batch
from accord.engines.exchange import (
    ExchangeModel,
    _greedy_by_gain,
    exchange_round,
    expected_outcome,
)
from accord.errors import EngineError
from accord.scenario.catalogue import load_bundled
from accord.scenario.model import Scenario


def test_two_actor_exchange_by_hand() -> None:
    # A: c=1, x=(0.1, 0.2), s=(0.9, 0.3); B: c=2, x=(0.9, 0.7), s=(0.3, 0.6).
    # W_p = 0.9 + 0.6 = 1.5, O_p = (0.09 + 0.54)/1.5 = 0.42; W_q = 0.3 + 1.2 = 1.5, O_q = 0.6.
    # A cares relatively more about p: 0.9*0.6 - 0.3*0.3 = 0.45 > 0, so A demands p.
    # B moving fully to 0.1 on p would give dO_p = 0.6*0.8/1.5 = 0.32 and, at the equal-gain
    # rate (0.9+0.3)/(0.3+0.6) = 4/3, dO_q = 0.4267 > 0.1 = A's full move on q (0.3*0.5/1.5);
    # so A moves fully (dO_q = 0.1) and dO_p = 0.1 * 3/4 = 0.075. Gain for both:
    # 0.9*0.075 - 0.3*0.1 = 0.6*0.1 - 0.3*0.075 = 0.0375. B's shift on p: 0.075*1.5/0.6 =
    # 0.1875 (0.9 -> 0.7125); A's on q: 0.1*1.5/0.3 = 0.5 (0.2 -> 0.7).
    x = np.array([[0.1, 0.2], [0.9, 0.7]])
    c = np.array([1.0, 2.0])
    s = np.array([[0.9, 0.3], [0.3, 0.6]])
    assert np.allclose(expected_outcome(x, c[:, None] * s), [0.42, 0.6])
    rnd = exchange_round(x, c, s)
    assert rnd.chosen.sum() == 1 and rnd.chosen[0, 1, 0, 1]
    assert rnd.gain[0, 1, 0, 1] == pytest.approx(0.0375)
    assert rnd.shift_p[0, 1, 0, 1] == pytest.approx(0.075)
    assert rnd.shift_q[0, 1, 0, 1] == pytest.approx(0.1)
    assert np.allclose(rnd.position, [[0.1, 0.7], [0.7125, 0.7]])
    assert np.allclose(expected_outcome(rnd.position, c[:, None] * s), [0.345, 0.7])


def test_no_exchange_without_opposite_priorities() -> None:
    # same salience ratio: no one gains from trading
    x = np.array([[0.0, 0.0], [1.0, 1.0]])
    s = np.array([[0.5, 0.5], [0.4, 0.4]])
    rnd = exchange_round(x, np.ones(2), s)
    assert not rnd.chosen.any()
    # A and B have opposite priorities, but C pulls the outcome on q above both of them:
    # O_q = (0.1*0 + 0.9*0.1 + 4.5*1) / 5.5 = 0.83, so A and B are on the same side of it
    x2 = np.array([[0.0, 0.0], [1.0, 0.1], [0.5, 1.0]])
    s2 = np.array([[0.9, 0.1], [0.1, 0.9], [0.01, 0.9]])
    rnd2 = exchange_round(x2, np.array([1.0, 1.0, 5.0]), s2)
    assert rnd2.outcome_before[1] == pytest.approx(4.59 / 5.5)
    assert not rnd2.chosen[0, 1].any()


def _sequential_greedy(
    run: np.ndarray, a: np.ndarray, b: np.ndarray, gain: np.ndarray
) -> np.ndarray:
    chosen = np.zeros(gain.size, dtype=bool)
    used: set[tuple[int, int]] = set()
    for k in sorted(range(gain.size), key=lambda k: (run[k], -gain[k], k)):
        if (run[k], a[k]) in used or (run[k], b[k]) in used:
            continue
        chosen[k] = True
        used |= {(run[k], a[k]), (run[k], b[k])}
    return chosen


@pytest.mark.parametrize("seed", range(10))
def test_vectorised_greedy_equals_sequential(seed: int) -> None:
    rng = np.random.default_rng(seed)
    size = 200
    run = rng.integers(0, 4, size)
    a = rng.integers(0, 12, size)
    b = rng.integers(0, 12, size)
    gain = np.round(rng.uniform(size=size), 2)  # with ties
    got = _greedy_by_gain(run, a, b, gain, 12)
    assert np.array_equal(got, _sequential_greedy(run, a, b, gain))


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000))
def test_exchanges_gain_and_stay_between_positions(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, m = 5, 3
    x = rng.uniform(0, 1, (n, m))
    c = rng.uniform(0.1, 1, n)
    s = rng.uniform(0.05, 1, (n, m))
    rnd = exchange_round(x, c, s)
    assert np.all(rnd.position >= x.min(axis=0) - 1e-12)
    assert np.all(rnd.position <= x.max(axis=0) + 1e-12)
    assert np.all(rnd.gain[rnd.chosen] > 0)
    # each supply position is traded at most once per round
    used = rnd.chosen.sum(axis=(0, 3)) + rnd.chosen.sum(axis=(1, 2))
    assert used.max(initial=0) <= 1


def test_engine_run_and_batch_agree() -> None:
    scenario = load_bundled("ukraine-2025-02")
    result = run(scenario, "exchange")
    assert result.trajectory.shape[0] == 2
    assert all(m.offer == "exchange" for t in result.turns for m in t.moves)
    from accord.scenario.arrays import stance_arrays

    arr = stance_arrays(scenario)
    leverage = None if arr.leverage is None else arr.leverage[None]
    batch = Batch(
        arr.capability[None], arr.unit_position()[None], arr.salience[None], leverage=leverage
    )
    res = ExchangeModel().run_batch(batch, {"rounds": 1})
    assert np.allclose(arr.from_unit(res.outcome[0]), result.outcome)


def test_one_issue_has_no_exchanges() -> None:
    result = run(load_bundled("ec-emissions-1994"), "exchange")
    mean = run(load_bundled("ec-emissions-1994"), "mean")
    assert np.allclose(result.outcome, mean.outcome)
    assert result.narrative == ["round 1: no exchange is profitable"]


def test_bad_params() -> None:
    with pytest.raises(EngineError):
        run(load_bundled("ec-emissions-1994"), "exchange", {"rounds": -2})
    with pytest.raises(EngineError):
        run(load_bundled("ec-emissions-1994"), "exchange", {"speed": 1})


def test_not_engaged_actor_is_left_out() -> None:
    doc = {
        "id": "t",
        "title": "t",
        "actors": [{"id": a, "name": a, "capability": 1.0} for a in "ABC"],
        "issues": [{"id": "p", "title": "P"}, {"id": "q", "title": "Q"}],
        "stances": [
            {"actor": "A", "issue": "p", "position": 10, "salience": 0.9},
            {"actor": "A", "issue": "q", "position": 20, "salience": 0.3},
            {"actor": "B", "issue": "p", "position": 90, "salience": 0.3},
            {"actor": "B", "issue": "q", "position": 70, "salience": 0.6},
            {"actor": "C", "issue": "p", "position": 50, "salience": 0.5},
        ],
    }
    result = run(Scenario.model_validate(doc), "exchange")
    assert np.isnan(result.trajectory[:, 2, 1]).all()
    assert result.turns[0].notes["exchanges"]
