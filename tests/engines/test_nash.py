"""The asymmetric Nash bargaining solution per issue (Nash 1950), linear-loss utilities."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines import run
from accord.engines.base import Batch
from accord.engines.nash import NashBargaining, nash_solution
from accord.errors import EngineError
from accord.scenario.catalogue import load_bundled
from accord.scenario.model import Scenario


def _solve(x: list[float], w: list[float], sq: float = np.nan, mode: str = "auto") -> float:
    out, _ = nash_solution(
        np.array(x)[:, None], np.array(w)[:, None], np.zeros(1), np.ones(1), np.array([sq]), mode
    )
    return float(out[0])


def test_two_actors_at_the_ends() -> None:
    # actor-worst: gains 1 - x and x; maximise w0 log(1 - x) + w1 log(x) -> x = w1/(w0 + w1)
    assert _solve([0.0, 1.0], [1.0, 1.0]) == pytest.approx(0.5, abs=1e-12)
    assert _solve([0.0, 1.0], [2.0, 1.0]) == pytest.approx(1 / 3, abs=1e-12)


def test_status_quo_by_hand() -> None:
    # d = 0; actors at 0.4 (w 1) and 1 (w 2): gains 0.4 - |x - 0.4| and x. On (0.4, 0.8)
    # the first-order condition -1/(0.8 - x) + 2/x = 0 gives x = 1.6/3.
    assert _solve([0.4, 1.0], [1.0, 2.0], sq=0.0) == pytest.approx(1.6 / 3, abs=1e-12)
    # with equal weights the kink at 0.4 is optimal (left slope 2/x > 0, right slope 0)
    assert _solve([0.4, 1.0], [1.0, 1.0], sq=0.0) == pytest.approx(0.4, abs=1e-12)


def test_actor_on_the_status_quo_vetoes() -> None:
    assert _solve([0.0, 1.0, 0.7], [1.0, 5.0, 5.0], sq=0.0) == 0.0


def test_group_worst_disagreement() -> None:
    # ends: loss at 0 is 1*0.2 + 1*0.9 = 1.1, at 1 it is 0.8 + 0.1 = 0.9 -> d = 0
    out, d = nash_solution(
        np.array([[0.2], [0.9]]),
        np.ones((2, 1)),
        np.zeros(1),
        np.ones(1),
        np.array([np.nan]),
        "group-worst",
    )
    assert d[0] == 0.0
    # gains 0.2 - |x - 0.2| and 0.9 - |x - 0.9| on (0, 0.4): x/ (x) ... both rise up to 0.2,
    # then (0.4 - x) and x: -1/(0.4 - x) + 1/x = 0 -> x = 0.2
    assert out[0] == pytest.approx(0.2, abs=1e-12)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(0, 1), min_size=1, max_size=8),
    st.data(),
    st.sampled_from(["auto", "group-worst", "status-quo"]),
)
def test_solution_is_pareto_optimal(xs: list[float], data: st.DataObject, mode: str) -> None:
    w = data.draw(st.lists(st.floats(0.01, 1), min_size=len(xs), max_size=len(xs)))
    sq = data.draw(st.floats(0, 1))
    got = _solve(xs, w, sq=sq, mode=mode)
    # the solution is Pareto optimal, so it lies between the ideal points, unless some actor
    # vetoes every change and the disagreement point (here: the status quo) stands
    inside = min(xs) - 1e-9 <= got <= max(xs) + 1e-9
    if mode == "status-quo":
        assert inside or got == sq
    else:
        assert inside


def test_symmetric_case_is_the_centre() -> None:
    assert _solve([0.1, 0.3, 0.7, 0.9], [1, 2, 2, 1]) == pytest.approx(0.5, abs=1e-12)


def _doc(status_quo: float | None) -> Scenario:
    issue: dict[str, object] = {"id": "p", "title": "Pay rise", "scale": {"low": 0, "high": 10}}
    if status_quo is not None:
        issue["status_quo"] = status_quo
    return Scenario.model_validate(
        {
            "id": "t",
            "title": "t",
            "actors": [
                {"id": "A", "name": "A", "capability": 1.0},
                {"id": "B", "name": "B", "capability": 2.0},
            ],
            "issues": [issue],
            "stances": [
                {"actor": "A", "issue": "p", "position": 4, "salience": 1.0},
                {"actor": "B", "issue": "p", "position": 10, "salience": 1.0},
            ],
        }
    )


def test_engine_uses_status_quo_in_scale_units() -> None:
    # the same as test_status_quo_by_hand scaled by 10
    result = run(_doc(0.0), "nash")
    assert result.outcome[0] == pytest.approx(16 / 3, abs=1e-9)
    assert "disagreement point 0" in result.narrative[0]
    with pytest.raises(EngineError):
        run(_doc(None), "nash", {"disagreement": "status-quo"})
    with pytest.raises(EngineError):
        run(_doc(None), "nash", {"disagreement": "nope"})


def test_batch_agrees_with_run() -> None:
    scenario = load_bundled("ec-emissions-1994")
    from accord.scenario.arrays import stance_arrays

    arr = stance_arrays(scenario)
    batch = Batch(arr.capability[None], arr.unit_position()[None], arr.salience[None])
    res = NashBargaining().run_batch(batch)
    assert np.allclose(arr.from_unit(res.outcome[0]), run(scenario, "nash").outcome)


def test_status_quo_between_actors_stands() -> None:
    # moving right of 0.5 hurts the actor at 0.2, moving left hurts the one at 0.9
    assert _solve([0.2, 0.9], [1.0, 3.0], sq=0.5) == 0.5
