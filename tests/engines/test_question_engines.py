"""Every engine: a stance's leverage replaces its actor's capability on that issue only, and an
actor with no stance on an issue takes no part in it."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from accord.engines import ENGINES, run
from accord.forecast.ensemble import perturbed_batch
from accord.scenario import scenario_from_data, stance_arrays


def _data() -> dict[str, Any]:
    return {
        "id": "three",
        "title": "Three actors, two issues",
        "actors": [
            {"id": "A", "name": "A", "capability": 4.0},
            {"id": "B", "name": "B", "capability": 2.0},
            {"id": "C", "name": "C", "capability": 3.0},
        ],
        "issues": [
            {"id": "x", "title": "X", "status_quo": 0},
            {"id": "y", "title": "Y", "status_quo": 0},
        ],
        "stances": [
            {"actor": "A", "issue": "x", "position": 80, "salience": 0.8},
            {"actor": "B", "issue": "x", "position": 20, "salience": 0.6},
            {"actor": "C", "issue": "x", "position": 50, "salience": 0.5},
            {"actor": "A", "issue": "y", "position": 30, "salience": 0.4},
            {"actor": "B", "issue": "y", "position": 90, "salience": 0.7},
            {"actor": "C", "issue": "y", "position": 60, "salience": 0.3},
        ],
    }


def test_mean_with_leverage_hand_computed() -> None:
    data = _data()
    data["stances"][1]["leverage"] = 8.0  # B on x
    out = run(scenario_from_data(data), "mean")
    # x: weights 4*.8=3.2, 8*.6=4.8, 3*.5=1.5 -> (3.2*80 + 4.8*20 + 1.5*50) / 9.5
    assert out.outcome_of("x") == pytest.approx((256 + 96 + 75) / 9.5)
    # y keeps B's general capability 2: weights 1.6, 1.4, 0.9
    assert out.outcome_of("y") == pytest.approx((1.6 * 30 + 1.4 * 90 + 0.9 * 60) / 3.9)


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash", "exchange"])
def test_leverage_equal_to_capability_changes_nothing(engine: str) -> None:
    data = _data()
    plain = run(scenario_from_data(data), engine).outcome
    for stance in data["stances"]:
        stance["leverage"] = next(
            a["capability"] for a in data["actors"] if a["id"] == stance["actor"]
        )
    assert np.allclose(run(scenario_from_data(data), engine).outcome, plain)


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash"])
def test_leverage_moves_the_issue_towards_the_actor(engine: str) -> None:
    data = _data()
    before = run(scenario_from_data(data), engine)
    data["stances"][1]["leverage"] = 20.0  # B (at 20 on x) gains weight on x only
    after = run(scenario_from_data(data), engine)
    assert after.outcome_of("x") < before.outcome_of("x")
    assert after.outcome_of("y") == pytest.approx(before.outcome_of("y"))


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash"])
def test_actor_without_stance_takes_no_part(engine: str) -> None:
    """D holds a stance on y only: wherever its capability, x is unchanged (per-issue
    engines: as if D did not exist on x)."""
    data = _data()
    data["actors"].append({"id": "D", "name": "D", "capability": 50.0})
    data["stances"].append({"actor": "D", "issue": "y", "position": 60, "salience": 0.2})
    first = run(scenario_from_data(data), engine).outcome_of("x")
    data["actors"][-1]["capability"] = 1.0
    second = run(scenario_from_data(data), engine).outcome_of("x")
    assert first == pytest.approx(second)
    del data["actors"][-1]
    data["stances"].pop()
    assert run(scenario_from_data(data), engine).outcome_of("x") == pytest.approx(first)


def test_exchange_actor_without_stance_never_trades_on_the_issue() -> None:
    """Exchange couples issues (a trade on y can move x through the traders' sides), but an
    actor without a stance on x never trades its voting position there."""
    data = _data()
    data["actors"].append({"id": "D", "name": "D", "capability": 50.0})
    data["stances"].append({"actor": "D", "issue": "y", "position": 60, "salience": 0.9})
    out = run(scenario_from_data(data), "exchange")
    assert np.isnan(out.trajectory[:, 3, 0]).all()
    assert not [m for t in out.turns for m in t.moves if m.actor == "D" and m.issue == "x"]


def test_smp_outcome_leaves_out_actors_without_a_stance() -> None:
    """SMP: the expected outcome on x is a mean of engaged actors' final positions only; an
    actor without a stance on x has no final position there."""
    data = _data()
    data["actors"].append({"id": "D", "name": "D", "capability": 50.0})
    data["stances"].append({"actor": "D", "issue": "y", "position": 60, "salience": 0.9})
    out = run(scenario_from_data(data), "smp", seed=1)
    final_x = out.final_positions[:, 0]
    assert np.isnan(final_x[3])
    engaged = final_x[:3]
    assert engaged.min() - 1e-9 <= out.outcome_of("x") <= engaged.max() + 1e-9


@pytest.mark.parametrize(  # smp ignores leverage; learned has no batch kernel
    "engine", sorted(n for n in set(ENGINES) - {"smp"} if hasattr(ENGINES[n], "run_batch"))
)
def test_batch_uses_leverage_like_the_single_run(engine: str) -> None:
    """With no perturbation a batch of one gives the single run's outcome, leverage included."""
    from accord.forecast.ensemble import Perturbation

    data = _data()
    data["stances"][1]["leverage"] = 9.0
    scenario = scenario_from_data(data)
    arr = stance_arrays(scenario)
    batch = perturbed_batch(arr, 1, 0, Perturbation(0.0, 0.0, 0.0))
    assert batch.leverage is not None
    params = {"disagreement": "actor-worst"} if engine == "nash" else None
    single = run(scenario, engine, params).outcome
    got = ENGINES[engine].run_batch(batch, params, 0)  # type: ignore[attr-defined]
    assert np.allclose(arr.from_unit(got.outcome[0]), single)


def test_smp_says_it_ignores_leverage() -> None:
    from accord.forecast import forecast

    data = _data()
    data["stances"][1]["leverage"] = 9.0
    made = forecast(scenario_from_data(data), "smp", seed=1)
    assert any("smp: stance leverage is not used" in w for w in made.warnings)


def test_leverage_scales_with_extreme_capabilities() -> None:
    """Capabilities near the float limit are rescaled before the engines run; a leverage is
    a capability and must be rescaled with them (same forecast as the ordinary scenario)."""
    from accord.forecast import forecast

    data = _data()
    data["stances"][1]["leverage"] = 8.0
    plain = forecast(scenario_from_data(data), "mean").issues[0].forecast
    for actor in data["actors"]:
        actor["capability"] *= 1e300
    data["stances"][1]["leverage"] = 8.0e300
    huge = forecast(scenario_from_data(data), "mean").issues[0].forecast
    assert huge == pytest.approx(plain)
