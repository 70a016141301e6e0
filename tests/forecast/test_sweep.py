"""Sweeps: the grid and the Latin hypercube, each point the forecast of the changed scenario."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.execution import ProcessExecutor
from accord.forecast import forecast
from accord.forecast.sweep import apply_point, parse_dimension, run_sweep
from accord.scenario import load_bundled
from tests.helpers import needs_parquet

UKRAINE = load_bundled("ukraine-2025-02")
runner = CliRunner()


def _with(scenario, actor: str, issue: str, **change: float):  # type: ignore[no-untyped-def]
    stances = [
        s.model_copy(update=change) if (s.actor, s.issue) == (actor, issue) else s
        for s in scenario.stances
    ]
    return scenario.model_copy(update={"stances": stances})


def test_parse_dimension_forms() -> None:
    d = parse_dimension("USA.ceasefire.position=0:100:25")
    assert (d.field, d.actor, d.issue, d.values) == (
        "position",
        "USA",
        "ceasefire",
        (0, 25, 50, 75, 100),
    )
    s = parse_dimension("salience=*:+-0.1")
    assert (s.field, s.actor, s.issue, s.kind, s.low, s.high) == (
        "salience",
        "*",
        "*",
        "offset",
        -0.1,
        0.1,
    )
    c = parse_dimension("RUS.capability=*:x0.5:2")
    assert (c.field, c.actor, c.kind, c.low, c.high) == ("capability", "RUS", "factor", 0.5, 2.0)
    p = parse_dimension("param.variant=paper,scholz-code")
    assert (p.field, p.issue, p.values) == ("param", "variant", ("paper", "scholz-code"))
    assert parse_dimension("EU.capability=10,20").values == (10.0, 20.0)


@pytest.mark.parametrize(
    "spec",
    ["nothing", "USA.position=1:2", "salience=*:+-x", "salience=2:1", "salience=0:1:0",
     "salience=*:x2:1", "param.=1", "param.rounds=*:+-1", "salience=nan"],
)  # fmt: skip
def test_bad_dimensions_are_errors_naming_the_spec(spec: str) -> None:
    with pytest.raises(DataError, match="--vary"):
        parse_dimension(spec)


@settings(max_examples=30, deadline=None)
@given(low=st.integers(-50, 50), width=st.integers(0, 100), step=st.integers(1, 30))
def test_step_ranges_include_both_ends_when_they_fall_on_a_step(
    low: int, width: int, step: int
) -> None:
    values = parse_dimension(f"position={low}:{low + width}:{step}").values
    assert values[0] == low and values[-1] <= low + width
    assert len(values) == width // step + 1
    assert np.allclose(np.diff(values), step)


def test_every_grid_point_is_the_forecast_of_the_changed_scenario() -> None:
    dims = [
        parse_dimension("USA.ceasefire.position=20:80:30"),
        parse_dimension("RUS.ceasefire.salience=0.2,0.9"),
    ]
    result = run_sweep(UKRAINE, "bdm", dims, seed=4)
    assert len(result.points) == 6 and result.forecast.shape == (6, len(UKRAINE.issues))
    for p, (position, salience) in enumerate(result.points):
        changed = _with(UKRAINE, "USA", "ceasefire", position=position)
        changed = _with(changed, "RUS", "ceasefire", salience=salience)
        made = forecast(changed, "bdm", seed=4)
        np.testing.assert_allclose(
            result.forecast[p], [i.forecast for i in made.issues], rtol=0, atol=1e-12
        )
        answers = [i.answer for i in made.issues]
        assert all(a is not None for a in answers)
        np.testing.assert_allclose(
            result.outcome[p, :, 1], [a.p_agreement for a in answers if a], rtol=0, atol=0
        )
    assert len({tuple(r) for r in result.outcome[:, :, 2].round(9)}) > 1  # the inputs matter


def test_relative_changes_are_clipped_and_zero_is_the_base_forecast() -> None:
    dims = [parse_dimension("salience=*:+-0.5")]
    result = run_sweep(UKRAINE, "mean", dims, points=3, seed=1)
    base = [i.forecast for i in forecast(UKRAINE, "mean").issues]
    np.testing.assert_allclose(result.forecast[1], base, rtol=0, atol=1e-12)  # offset 0
    changed, _ = apply_point(UKRAINE, dims, (0.5,))
    assert all(0 <= s.salience <= 1 for s in changed.stances)
    assert max(s.salience for s in changed.stances) == 1.0


def test_latin_hypercube_stratifies_every_dimension_and_records_its_seed() -> None:
    dims = [
        parse_dimension("USA.ceasefire.position=0:100"),
        parse_dimension("EU.capability=*:x0.5:1.5"),
    ]
    a = run_sweep(UKRAINE, "mean", dims, design="lhs", samples=20, seed=9)
    b = run_sweep(UKRAINE, "mean", dims, design="lhs", samples=20, seed=9)
    assert a.points == b.points and a.seed == 9
    positions = np.array([p[0] for p in a.points])
    assert sorted(np.floor(positions / 5).astype(int)) == list(range(20))  # one per stratum
    factors = np.array([p[1] for p in a.points])
    assert sorted(np.floor((factors - 0.5) / 0.05).astype(int)) == list(range(20))


def test_executor_does_not_change_the_table() -> None:
    dims = [parse_dimension("USA.ceasefire.position=0:100:10"), parse_dimension("param.rounds=2,4")]
    inline = run_sweep(UKRAINE, "bdm", dims, seed=2, chunk_points=5)
    with ProcessExecutor(2) as executor:
        spread = run_sweep(UKRAINE, "bdm", dims, seed=2, executor=executor, chunk_points=3)
    np.testing.assert_array_equal(inline.outcome, spread.outcome)
    assert inline.points == spread.points


def test_unknown_names_and_invalid_values_are_errors() -> None:
    with pytest.raises(DataError, match="no actor 'XXX'"):
        run_sweep(UKRAINE, "mean", [parse_dimension("XXX.capability=1,2")])
    with pytest.raises(DataError, match="outside issue ceasefire's scale"):
        run_sweep(UKRAINE, "mean", [parse_dimension("USA.ceasefire.position=50:150:50")])
    with pytest.raises(DataError, match=r"salience must be in \[0, 1\]"):
        run_sweep(UKRAINE, "mean", [parse_dimension("salience=0:2")])


def test_cli_json_parquet_and_errors(tmp_path: Path) -> None:
    needs_parquet()
    args = ["sweep", "ukraine-2025-02", "--vary", "USA.ceasefire.position=0:100:50", "--seed", "3"]
    done = runner.invoke(app, [*args, "--json"])
    assert done.exit_code == 0, done.output
    doc = json.loads(done.stdout)
    assert doc["points"] == 3 and len(doc["rows"]) == 3 * len(UKRAINE.issues) and doc["seed"] == 3
    assert set(doc["rows"][0]) == {
        "point", "USA.ceasefire.position", "issue", "forecast", "p_agreement", "if_agreement"
    }  # fmt: skip
    target = tmp_path / "s.parquet"
    done = runner.invoke(app, [*args, "--format", "parquet", "--output", str(target)])
    assert done.exit_code == 0, done.output
    import pyarrow.parquet as pq

    table = pq.read_table(target)
    assert table.num_rows == len(doc["rows"])
    assert table.column("forecast").to_pylist() == [r["forecast"] for r in doc["rows"]]
    bad = runner.invoke(app, ["sweep", "ukraine-2025-02", "--vary", "USA.ceasefire.position=a:b"])
    assert bad.exit_code == 2 and "--vary" in bad.stderr and "Traceback" not in bad.output
