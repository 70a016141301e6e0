"""Session 41's trial (a strategy consultant asks what if, docs/trial-2026-12-07-s41-whatif.md):
a one-at-a-time sweep ranked as a tornado over ranges of the user's choosing, single relative
what-ifs, the units of relative dimensions, a repeated --vary, and the bargain at each end of
``accord explain``'s tornado in its table."""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.forecast import forecast
from accord.forecast.explain import explain
from accord.forecast.sweep import design_points, parse_dimension, run_sweep
from accord.scenario import load_bundled
from accord.scenario.model import Scenario
from tests.helpers import needs_parquet

UKRAINE = load_bundled("ukraine-2025-02")
runner = CliRunner()


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide terminal: pytest-xdist's workers set COLUMNS=80, which wraps the tables' cells."""
    from accord.cli.app import out

    monkeypatch.setattr(out, "width", 200)


def _with(scenario: Scenario, actor: str, issue: str, **change: float) -> Scenario:
    stances = [
        s.model_copy(update=change) if (s.actor, s.issue) == (actor, issue) else s
        for s in scenario.stances
    ]
    return scenario.model_copy(update={"stances": stances})


def _stance(actor: str, issue: str) -> tuple[float, float]:
    found = next(s for s in UKRAINE.stances if (s.actor, s.issue) == (actor, issue))
    return found.position, found.salience


def _ceasefire(scenario: Scenario) -> tuple[float, float]:
    """The ceasefire's point forecast and bargain, as a sweep's point computes them."""
    scenario = scenario.model_copy(
        update={"institutions": scenario.institutions.model_copy(update={"drafts": []})}
    )
    made = forecast(scenario, "mean")
    item = next(i for i in made.issues if i.id == "ceasefire")
    answer = item.answer if item.answer is not None else item
    return float(answer.forecast), float(answer.if_agreement)


def test_single_relative_changes_parse() -> None:
    half = parse_dimension("USA.ceasefire.salience=*:x0.5")
    assert (half.kind, half.values) == ("factor", (0.5,))
    up = parse_dimension("EU.ceasefire.position=*:+20")
    assert (up.kind, up.values) == ("offset", (20.0,))
    down = parse_dimension("EU.ceasefire.position=*:-20")
    assert (down.kind, down.values) == ("offset", (-20.0,))
    with pytest.raises(DataError, match="a factor must be >= 0"):
        parse_dimension("USA.capability=*:x-1")


def test_single_factor_halves_the_salience() -> None:
    result = run_sweep(UKRAINE, "mean", [parse_dimension("USA.ceasefire.salience=*:x0.5")])
    assert len(result.points) == 1  # one what-if, not --points copies of it
    _, salience = _stance("USA", "ceasefire")
    expected = _ceasefire(_with(UKRAINE, "USA", "ceasefire", salience=salience / 2))
    k = result.issues.index("ceasefire")
    assert (result.outcome[0, k, 0], result.outcome[0, k, 2]) == pytest.approx(expected)


def test_oat_design_is_the_base_then_each_dimension_alone() -> None:
    dims = [
        parse_dimension("USA.ceasefire.salience=*:x0.5"),
        parse_dimension("EU.ceasefire.position=*:+-20"),
        parse_dimension("RUS.ceasefire.position=40,60"),
    ]
    chosen = design_points(dims, "oat", 3, 0, 1)
    assert chosen == [
        (1.0, 0.0, None),
        (0.5, 0.0, None),
        (1.0, -20.0, None),
        (1.0, 0.0, None),
        (1.0, 20.0, None),
        (1.0, 0.0, 40.0),
        (1.0, 0.0, 60.0),
    ]


def test_oat_ranking_is_the_tornado_of_the_chosen_ranges() -> None:
    dims = [
        parse_dimension("USA.ceasefire.salience=*:x0.5"),
        parse_dimension("EU.ceasefire.position=*:+-20"),
        parse_dimension("RUS.ceasefire.position=*:+-20"),
    ]
    result = run_sweep(UKRAINE, "mean", dims, design="oat", points=2, seed=3)
    rows = [r for r in result.ranking() if r["issue"] == "ceasefire"]
    assert [r["dimension"] for r in rows] == [
        "RUS.ceasefire.position",  # the only one that moves the forecast: an agreement
        "USA.ceasefire.salience",
        "EU.ceasefire.position",
    ]
    base = _ceasefire(UKRAINE)
    eu, _ = _stance("EU", "ceasefire")
    rus, _ = _stance("RUS", "ceasefire")
    _, usa_salience = _stance("USA", "ceasefire")
    by = {r["dimension"]: r for r in rows}
    for row in rows:
        assert (row["forecast_base"], row["if_agreement_base"]) == pytest.approx(base)
    high = _ceasefire(_with(UKRAINE, "RUS", "ceasefire", position=rus + 20))
    russia = by["RUS.ceasefire.position"]
    assert (russia["forecast_at_high"], russia["if_agreement_at_high"]) == pytest.approx(high)
    assert russia["swing"] > 0
    assert russia["p_agreement_max"] == 1.0
    low = _ceasefire(_with(UKRAINE, "EU", "ceasefire", position=eu - 20))
    assert by["EU.ceasefire.position"]["if_agreement_at_low"] == pytest.approx(low[1])
    half = _ceasefire(_with(UKRAINE, "USA", "ceasefire", salience=usa_salience / 2))
    usa = by["USA.ceasefire.salience"]
    assert (usa["kind"], usa["low"], usa["high"]) == ("factor", 0.5, 0.5)
    assert usa["bargain_swing"] == pytest.approx(abs(half[1] - base[1]))
    frame = result.ranking_frame()
    assert list(frame.columns)[-4:] == ["accord_version", "engine", "seed", "scenario"]
    assert len(frame) == len(dims) * len(UKRAINE.issues)


@settings(max_examples=8, deadline=None)
@given(
    st.floats(min_value=0.0, max_value=40.0, allow_nan=False),
    st.integers(min_value=2, max_value=4),
)
def test_oat_swing_covers_both_ends(offset: float, points: int) -> None:
    dims = [
        parse_dimension(f"UKR.ceasefire.position=*:+-{offset!r}"),
        parse_dimension("CHN.capability=*:x0.5:2"),
    ]
    result = run_sweep(UKRAINE, "mean", dims, design="oat", points=points, seed=1)
    assert len(result.points) == 1 + 2 * points
    for row in result.ranking():
        ends = [row["forecast_at_low"], row["forecast_at_high"], row["forecast_base"]]
        assert row["swing"] >= max(ends) - min(ends) - 1e-9
        bargain = [row["if_agreement_at_low"], row["if_agreement_at_high"]]
        if all(b is not None and math.isfinite(b) for b in bargain):
            assert row["bargain_swing"] >= abs(bargain[1] - bargain[0]) - 1e-9


def test_ranking_needs_oat_and_a_repeated_vary_is_refused() -> None:
    grid = run_sweep(UKRAINE, "mean", [parse_dimension("USA.ceasefire.salience=0.5,0.9")])
    with pytest.raises(DataError, match="--design oat"):
        grid.ranking()
    twice = [parse_dimension("EU.ceasefire.position=*:+20"),
             parse_dimension("EU.ceasefire.position=*:-20")]  # fmt: skip
    with pytest.raises(DataError, match="given twice"):
        run_sweep(UKRAINE, "mean", twice)


def test_cli_oat_ranking_table_csv_and_json() -> None:
    args = ["sweep", "ukraine-2025-02", "--design", "oat", "--seed", "4",
            "--vary", "USA.ceasefire.salience=*:x0.5",
            "--vary", "RUS.ceasefire.position=*:+-20", "--points", "2"]  # fmt: skip
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0, shown.output
    assert "ceasefire: one at a time by mean, seed 4; base case: forecast 0" in shown.stdout
    assert "not moved by any dimension: security_guarantees" in shown.stdout
    assert "USA.ceasefire.salience: factors on each input's own value" in shown.stdout
    made = runner.invoke(app, [*args, "--ranking", "--format", "csv"])
    assert made.exit_code == 0, made.output
    rows = list(csv.DictReader(io.StringIO(made.stdout)))
    assert rows[0]["issue"] == "ceasefire"
    assert rows[0]["dimension"] == "RUS.ceasefire.position"
    assert rows[0]["kind"] == "offset"
    assert rows[0]["seed"] == "4"
    document = runner.invoke(app, [*args, "--ranking", "--json"])
    assert document.exit_code == 0, document.output
    data = json.loads(document.stdout)
    assert "rows" not in data and data["ranking"][0]["dimension"] == "RUS.ceasefire.position"
    refused = runner.invoke(app, ["sweep", "ukraine-2025-02", "--ranking",
                                  "--vary", "USA.ceasefire.salience=0.5,0.9"])  # fmt: skip
    assert refused.exit_code == 2
    assert "--ranking needs --design oat" in refused.output


def test_cli_grid_says_what_a_relative_column_holds() -> None:
    shown = runner.invoke(
        app,
        ["sweep", "ukraine-2025-02", "--seed", "1", "--points", "2",
         "--vary", "USA.ceasefire.salience=*:x0.5:1", "--vary", "EU.ceasefire.position=*:+-20"],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    assert "USA.ceasefire.salience: factors on each input's own value" in shown.stdout
    assert "EU.ceasefire.position: offsets added to each input's own value" in shown.stdout


def test_explain_table_has_the_bargain_at_each_end() -> None:
    result = explain(UKRAINE, "mean", issue="ceasefire")
    frame = result.to_frame()
    bars = result.issues[0].tornado
    assert list(frame["bargain_at_low"]) == pytest.approx([b.bargain_at_low for b in bars])
    assert list(frame["bargain_at_high"]) == pytest.approx([b.bargain_at_high for b in bars])
    shown = runner.invoke(app, ["explain", "ukraine-2025-02", "--issue", "ceasefire"])
    assert shown.exit_code == 0, shown.output
    assert "bargain at low" in shown.stdout and "value" in shown.stdout


def test_sweep_runs_an_ensemble_at_each_point(monkeypatch: pytest.MonkeyPatch) -> None:
    dims = [parse_dimension("RUS.ceasefire.position=*:+10")]
    result = run_sweep(UKRAINE, "mean", dims, seed=9, runs=60)
    assert result.runs == 60 and result.to_dict()["runs"] == 60
    rus, _ = _stance("RUS", "ceasefire")
    changed = _with(UKRAINE, "RUS", "ceasefire", position=rus + 10)
    changed = changed.model_copy(
        update={"institutions": changed.institutions.model_copy(update={"drafts": []})}
    )
    made = forecast(changed, "mean", seed=9, runs=60)
    for k, item in enumerate(made.issues):
        answer = item.answer if item.answer is not None else item
        assert result.outcome[0, k, 1] == pytest.approx(answer.p_agreement)
    frame = result.to_frame()
    assert list(frame.columns)[-5:] == ["runs", "accord_version", "engine", "seed", "scenario"]
    assert str(frame["runs"].dtype) == "Int64" and set(frame["runs"]) == {60}
    single = run_sweep(UKRAINE, "mean", dims, seed=9).to_frame()
    assert str(single["runs"].dtype) == "Int64" and single["runs"].isna().all()
    monkeypatch.setenv("ACCORD_MAX_RUNS", "100")
    with pytest.raises(DataError, match="above the limit of 100 per sweep"):
        run_sweep(UKRAINE, "mean", [parse_dimension("RUS.ceasefire.position=10,20")], runs=60)


def test_cli_sweep_runs_in_the_files(tmp_path: Path) -> None:
    needs_parquet()
    target = tmp_path / "s.parquet"
    args = ["sweep", "ukraine-2025-02", "--vary", "USA.ceasefire.salience=*:x0.5",
            "--seed", "2", "--runs", "20"]  # fmt: skip
    done = runner.invoke(app, [*args, "--format", "parquet", "--out", str(target)])
    assert done.exit_code == 0, done.output
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(target)
    assert table.schema.field("runs").type == pa.int64()
    assert set(table.column("runs").to_pylist()) == {20}
    assert json.loads(table.schema.metadata[b"accord.sweep"])["runs"] == 20
    one = tmp_path / "one.parquet"
    done = runner.invoke(app, [*args[:-2], "--format", "parquet", "--out", str(one)])
    assert done.exit_code == 0, done.output
    assert pq.read_table(one).schema.field("runs").type == pa.int64()  # typed, not null
    shown = runner.invoke(app, args)
    assert "1 points, 20 runs a point, seed 2" in shown.stdout


def test_compare_scenarios_ensembles_share_one_drawn_seed() -> None:
    from accord.forecast.versus import compare_scenarios

    both = compare_scenarios(UKRAINE, UKRAINE, "mean", runs=40)
    assert both.a.seed is not None and both.a.seed == both.b.seed
    assert all(item.difference == 0.0 for item in both.issues)


def test_cli_compare_versus(tmp_path: Path) -> None:
    from accord.scenario.io import save

    _, salience = _stance("USA", "ceasefire")
    base, half = tmp_path / "base.yaml", tmp_path / "half.yaml"
    save(UKRAINE, base)
    save(_with(UKRAINE, "USA", "ceasefire", salience=salience / 2), half)
    shown = runner.invoke(app, ["compare", str(base), str(half), "--versus", "--seed", "1"])
    assert shown.exit_code == 0, shown.output
    assert "half.yaml versus" in shown.stdout
    assert "USA salience 0.90 -> 0.45" in shown.stdout
    assert "60.0" in shown.stdout and "53.2" in shown.stdout  # the bargain, a then b
    made = runner.invoke(app, ["compare", str(base), str(half), "--versus", "--format", "csv"])
    assert made.exit_code == 0, made.output
    rows = {r["issue"]: r for r in csv.DictReader(io.StringIO(made.stdout))}
    assert rows["ceasefire"]["stances_differ"] == "USA"
    assert float(rows["ceasefire"]["if_agreement_b"]) == pytest.approx(
        _ceasefire(_with(UKRAINE, "USA", "ceasefire", salience=salience / 2))[1]
    )
    one = runner.invoke(app, ["compare", str(base), "--versus"])
    assert one.exit_code == 2 and "--versus compares two scenarios" in one.output
    two = runner.invoke(
        app, ["compare", str(base), str(half), "--versus", "--engine", "mean", "--engine", "bdm"]
    )
    assert two.exit_code == 2 and "--versus takes one --engine" in two.output
