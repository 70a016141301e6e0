"""A zero-spread ensemble is the single run (issue 12's fuzz invariant; issue 13's "a batch
gives what single runs give"), on every bundled scenario and every engine with a batch kernel.

Two causes made it fail on the bundled scenarios: a stance's stated ``uncertainty`` still
moved its position when every spread was 0 (now ``Perturbation.zero()`` scales stated
uncertainties by 0 as well), and SMP's batch placed actors without a stance on an issue at
0.5 where the single run places them at the issue's status quo (now passed to the batch, as
Nash's disagreement point is). Also the scenario's own engine parameters reach the batch.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from accord.engines import get_engine
from accord.engines.base import Batch
from accord.errors import AccordWarning, EngineError
from accord.forecast import forecast
from accord.forecast.ensemble import Perturbation, perturbed_batch
from accord.forecast.question import ensemble_params
from accord.scenario import load_bundled
from accord.scenario.arrays import stance_arrays
from accord.scenario.catalogue import bundled_summaries
from accord.scenario.model import Scenario

SCENARIOS = [s.id for s in bundled_summaries()]
BATCH_ENGINES = ["mean", "median", "bdm", "smp", "nash", "exchange"]


def test_every_listed_engine_has_a_batch_kernel() -> None:
    assert all(hasattr(get_engine(name), "run_batch") for name in BATCH_ENGINES)


@pytest.mark.parametrize("scenario_id", SCENARIOS)
@pytest.mark.parametrize("engine", BATCH_ENGINES)
def test_zero_spread_ensemble_is_the_single_run(scenario_id: str, engine: str) -> None:
    scenario = load_bundled(scenario_id)
    # BDM's ensemble reads each run's outcome from its cycle: ask the single run for the same
    params = {"outcome": "cycle-mean"} if engine == "bdm" else None
    made = forecast(scenario, engine, params, seed=3, runs=4, spread=Perturbation.zero())
    single = np.asarray(made.run.outcome, dtype=float)
    assert made.samples is not None
    samples = np.asarray(made.samples, dtype=float)
    # bit for bit since session 38 (was within 1e-9 of the span: the batch computed on the
    # unit interval, or its outcome was mapped there and back)
    np.testing.assert_array_equal(samples, np.broadcast_to(single, samples.shape))


@pytest.mark.parametrize("scenario_id", SCENARIOS)
@pytest.mark.parametrize("engine", BATCH_ENGINES)
def test_batch_kernel_reproduces_the_single_run(scenario_id: str, engine: str) -> None:
    """Engine level: the unperturbed arrays as a batch of one, with the options the
    forecast hands the batch, give the single run's outcome on the unit interval."""
    scenario = load_bundled(scenario_id)
    chosen = get_engine(engine)
    params = {"outcome": "cycle-mean"} if engine == "bdm" else None
    single = chosen.run(scenario, params, 7)
    arrays = stance_arrays(scenario)
    batch = Batch(
        capability=arrays.capability[None],
        position=arrays.unit_position()[None],
        salience=arrays.salience[None],
        leverage=None if arrays.leverage is None else arrays.leverage[None],
    )
    got = chosen.run_batch(batch, ensemble_params(scenario, engine, params, single), 7)
    want = (np.asarray(single.outcome, dtype=float) - arrays.low) / arrays.span
    np.testing.assert_allclose(np.asarray(got.outcome)[0], want, rtol=0, atol=1e-12)


def _with_idle_actor(salience: float, capability: float) -> Scenario:
    """ec-emissions-1994 plus an actor the SMP leaves out (no capability or no salience)."""
    data = load_bundled("ec-emissions-1994").model_dump()
    data["actors"].append({**data["actors"][0], "id": "Idle", "name": "Idle",
                           "capability": capability})  # fmt: skip
    data["stances"].append({**data["stances"][0], "actor": "Idle", "salience": salience})
    return Scenario.model_validate(data)


@pytest.mark.parametrize(("salience", "capability"), [(0.5, 0.0), (0.0, 3.0)])
def test_smp_ensemble_leaves_idle_actors_out_like_its_single_run(
    salience: float, capability: float
) -> None:
    """The single run leaves out an actor with no capability or no salience anywhere; the
    batch refused the whole ensemble ('actor number 5 has capability 0.0'). Now it leaves
    them out run by run (perturbed saliences of 0 may become positive: such runs include
    the actor) and keeps them where they stand."""
    scenario = _with_idle_actor(salience, capability)
    zero = forecast(scenario, "smp", seed=2, runs=3, spread=Perturbation.zero())
    assert zero.samples is not None
    np.testing.assert_array_equal(zero.samples, np.broadcast_to(zero.run.outcome, (3, 1)))
    made = forecast(scenario, "smp", seed=2, runs=40)
    assert made.samples is not None and np.all(np.isfinite(made.samples))
    arrays = stance_arrays(scenario)
    batch = perturbed_batch(arrays, 40, 5)
    result = get_engine("smp").run_batch(batch, None, 5)
    idle = ~(batch.capability > 0) | ~(np.nansum(batch.salience, axis=-1) > 0)
    assert idle[:, -1].any()
    stays = batch.position[idle]
    np.testing.assert_array_equal(np.asarray(result.final_position)[idle], stays)


def test_zero_perturbation_leaves_every_input_as_it_is() -> None:
    """ukraine-2025-02 states an uncertainty on every stance: none of them moves."""
    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    assert not np.all(np.isnan(arrays.uncertainty))
    batch = perturbed_batch(arrays, 5, 11, Perturbation.zero())
    for run in range(5):
        np.testing.assert_array_equal(batch.position[run], arrays.unit_position())
        np.testing.assert_array_equal(batch.salience[run], arrays.salience)
        np.testing.assert_array_equal(batch.capability[run], arrays.capability)


def test_stated_uncertainty_still_moves_positions_and_scales() -> None:
    """The default keeps the stated uncertainties; ``uncertainty_scale`` multiplies them
    (same random draws: twice the scale, twice each unclipped move)."""
    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    unit = arrays.unit_position()
    stated = ~np.isnan(arrays.uncertainty)
    only_stated = Perturbation(0.0, 0.0, 0.0)  # uncertainty_scale 1: as stated
    once = perturbed_batch(arrays, 50, 5, only_stated).position - unit
    twice = perturbed_batch(arrays, 50, 5, Perturbation(0.0, 0.0, 0.0, 2.0)).position - unit
    assert np.nanstd(once[:, stated]) > 0
    inside = (np.abs(twice) < np.minimum(unit, 1 - unit)) & stated[None]  # not clipped
    np.testing.assert_allclose(twice[inside], 2 * once[inside], rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize(
    "field, value", [("uncertainty_scale", -1.0), ("uncertainty_scale", float("nan"))]
)
def test_uncertainty_scale_is_checked(field: str, value: float) -> None:
    with pytest.raises(EngineError, match=field):
        Perturbation(**{field: value})


@pytest.mark.parametrize(
    "status_quo, message",
    [([0.5], "one per issue"), ([0.5, 2.0], "unit interval")],
)
def test_smp_batch_checks_its_status_quo(status_quo: list[Any], message: str) -> None:
    arrays = stance_arrays(load_bundled("ec-emissions-1994"))
    smp = get_engine("smp")
    two = Batch(
        capability=arrays.capability[None],
        position=np.repeat(arrays.unit_position(), 2, axis=1)[None],
        salience=np.repeat(arrays.salience, 2, axis=1)[None] / 2,
    )
    with pytest.raises(EngineError, match=message):
        smp.run_batch(two, {"status_quo": status_quo}, 1)


def test_a_salience_of_zero_stays_zero_in_every_run() -> None:
    """Noise never makes an actor care that stated it does not (the mirror of 'who cares
    keeps caring'): an issue nobody cares about had a null forecast with its reason but an
    ensemble distribution (mean 56 on 0..100) drawn from saliences the noise made up."""
    data = load_bundled("ec-emissions-1994").model_dump()
    for stance in data["stances"]:
        stance["salience"] = 0.0
    scenario = Scenario.model_validate(data)
    batch = perturbed_batch(stance_arrays(scenario), 200, 4)
    assert np.all(batch.salience == 0.0)
    with pytest.warns(AccordWarning, match="salience 0"):
        made = forecast(scenario, "mean", seed=4, runs=50)
    (issue,) = made.issues
    assert issue.forecast is None and issue.reason
    assert issue.distribution is not None and issue.distribution.mean is None
    some = load_bundled("ec-emissions-1994").model_dump()
    some["stances"][1]["salience"] = 0.0  # Belgium stops caring; the others still vary
    batch = perturbed_batch(stance_arrays(Scenario.model_validate(some)), 200, 4)
    assert np.all(batch.salience[:, 1, 0] == 0.0) and np.std(batch.salience[:, 0, 0]) > 0
