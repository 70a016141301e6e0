"""The `accord forecast --trajectory --json` contract (docs/json-contract.md) on every engine."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.engines import ENGINES

runner = CliRunner()


def _forecast(*args: str) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, ["forecast", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


# learned needs EU procedural facts this scenario lacks: tests/forecast/test_learned_engine.py
@pytest.mark.parametrize("engine", sorted(set(ENGINES) - {"learned"}))
def test_trajectory_shape_and_scale(engine: str) -> None:
    doc = _forecast("ec-emissions-1994", "--engine", engine, "--trajectory")
    actors, trajectory = doc["actors"], doc["trajectory"]
    assert len(actors) == 10
    assert all(len(turn) == 10 and all(len(a) == 1 for a in turn) for turn in trajectory)
    values = np.array(trajectory, dtype=float)
    # positions stay on the input's own 4..10 scale, and turn 0 is the input
    assert np.nanmin(values) >= 4 - 1e-9 and np.nanmax(values) <= 10 + 1e-9
    assert values[0, actors.index("Denmark"), 0] == 4.0
    assert values[0, actors.index("UK"), 0] == 10.0
    if engine == "smp":
        probabilities = np.array(doc["probabilities"], dtype=float)
        assert probabilities.shape == (len(trajectory), 10)
        # KTAB's "prob" lines: the probability that each actor's position prevails (actors
        # sharing a position share its probability, so a row may sum to more than 1)
        assert np.all((probabilities >= 0) & (probabilities <= 1 + 1e-12))
    else:
        assert "probabilities" not in doc


def test_ktab_file_runs_directly_with_rounds_cap(shared: Path) -> None:
    path = shared / "reference" / "ktab" / "dummyData_3Dim.csv"
    doc = _forecast(str(path), "--engine", "smp", "--trajectory", "--rounds", "3")
    assert doc["actors"][0] == "SActor-00"  # actor ids are the names in the file
    assert len(doc["trajectory"]) <= 4  # the start state and at most 3 turns
    assert [i["scale"] for i in doc["issues"]] == [[0.0, 100.0]] * 3


def test_bdm_rounds_fix_the_number_of_rounds(shared: Path) -> None:
    path = shared / "reference" / "bdm" / "ExampleActors.csv"
    doc = _forecast(str(path), "--engine", "bdm", "--rounds", "4", "--trajectory")
    assert len(doc["trajectory"]) == 5
    assert doc["params"]["rounds"] == 4
