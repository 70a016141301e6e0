"""Monte Carlo ensembles: reproducible from a seed, centred on the point forecast."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines import get_engine
from accord.errors import EngineError
from accord.forecast import forecast
from accord.forecast.ensemble import Perturbation, perturbed_batch, run_ensemble
from accord.scenario import load_bundled, stance_arrays
from tests.helpers import json_twice


def test_same_seed_same_numbers() -> None:
    s = load_bundled("ec-emissions-1994")
    a = forecast(s, "mean", seed=11, runs=300)
    b = forecast(s, "mean", seed=11, runs=300)
    c = forecast(s, "mean", seed=12, runs=300)
    assert a.samples is not None and b.samples is not None and c.samples is not None
    np.testing.assert_array_equal(a.samples, b.samples)
    assert not np.array_equal(a.samples, c.samples)
    assert a.to_dict() == b.to_dict()


def test_zero_spread_reproduces_the_point_forecast() -> None:
    s = load_bundled("ec-emissions-1994")
    arrays = stance_arrays(s)
    zero = Perturbation(position_sd=0.0, salience_sd=0.0, capability_sigma=0.0)
    for name in ("mean", "median"):
        ens = run_ensemble(get_engine(name), arrays, runs=5, seed=1, spread=zero)
        point = forecast(s, name).issues[0].forecast
        np.testing.assert_allclose(ens.outcome[:, 0], point, rtol=0, atol=1e-12)


@settings(max_examples=25, deadline=None)
@given(runs=st.integers(1, 40), seed=st.integers(0, 2**32 - 1))
def test_perturbed_batch_stays_valid(runs: int, seed: int) -> None:
    arrays = stance_arrays(load_bundled("ec-emissions-1994"))
    batch = perturbed_batch(arrays, runs, seed)
    assert batch.position.shape == (runs, *arrays.position.shape)
    engaged = ~np.isnan(batch.position)
    assert np.all((batch.position[engaged] >= 0) & (batch.position[engaged] <= 1))
    assert np.all((batch.salience >= 0) & (batch.salience <= 1))
    cares = arrays.salience > 0
    assert np.all(batch.salience[:, cares] > 0)
    assert np.all(batch.capability > 0)


def test_percentiles_are_ordered_and_seed_is_recorded() -> None:
    s = load_bundled("ec-emissions-1994")
    doc = forecast(s, "median", runs=200).to_dict()
    assert isinstance(doc["seed"], int)
    assert doc["ensemble"]["seed"] == doc["seed"]
    issue = doc["issues"][0]
    assert issue["p5"] <= issue["p50"] <= issue["p95"]
    low, high = issue["scale"]
    assert low <= issue["p5"] and issue["p95"] <= high


def test_invalid_spread_and_runs_are_errors() -> None:
    with pytest.raises(EngineError, match="salience_sd"):
        Perturbation(salience_sd=-1)
    arrays = stance_arrays(load_bundled("ec-emissions-1994"))
    with pytest.raises(EngineError, match="runs"):
        perturbed_batch(arrays, 0, 1)


def test_cli_runs_and_seed() -> None:
    doc = json_twice("forecast", "ec-emissions-1994", "--runs", "100", "--seed", "5", "--json")
    assert doc["seed"] == 5
    assert set(doc["ensemble"]["actors"]) == {
        a.id for a in load_bundled("ec-emissions-1994").actors
    }
