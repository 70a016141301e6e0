"""Session 31 (s31-ledger): the tables of `accord ledger score` a forecasting team asked for in
session 30's trial: one row per scored forecast with its record's as_of, seed and runs
(`--per-forecast`), and a calibration table (`--calibration`: p_agreement in ten fixed bins
against the observed frequency, every bin shown)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.ledger import ForecastRecord, Ledger, Resolution, score
from accord.ledger.scores import CALIBRATION_BINS, calibration
from tests.helpers import needs_parquet

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _record(p: float, issue: str, engine: str = "mean", seed: int = 7) -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s", scenario_hash="0" * 64, as_of=dt.date(2020, 1, 1),
        evidence_cutoff=None, engine=engine, variant=None, params={}, seed=seed, runs=300,
        accord_version="test", recorded_at=NOW,
        output={"issues": [{"id": issue, "scale": [0, 100], "forecast": 40.0, "status_quo": 0.0,
                            "p_agreement": p}]},
    )  # fmt: skip


def _resolution(issue: str, agreed: bool) -> Resolution:
    return Resolution("s", issue, 50.0 if agreed else 0.0, agreed, dt.date(2020, 6, 1), "x", NOW)


def test_calibration_bins_by_hand() -> None:
    """p = 0.05 (no), 0.3 and 0.35 (yes, no), 0.3 exactly on an edge goes up, 1.0 in the last
    bin; every bin of every engine is shown, empty ones with n 0 and no frequency."""
    ps = {"a": 0.05, "b": 0.3, "c": 0.35, "d": 1.0}
    agreed = {"a": False, "b": True, "c": False, "d": True}
    records = [_record(p, issue) for issue, p in ps.items()] + [_record(0.95, "a", "bdm")]
    resolutions = [_resolution(issue, agreed[issue]) for issue in ps]
    bins = calibration(score(records, resolutions).items)
    assert len(bins) == 2 * CALIBRATION_BINS and [b.engine for b in bins[::10]] == ["bdm", "mean"]
    mean = {b.label: b for b in bins if b.engine == "mean"}
    assert list(mean) == [f"{k / 10:.1f}-{(k + 1) / 10:.1f}" for k in range(10)]
    assert (mean["0.0-0.1"].n, mean["0.0-0.1"].observed) == (1, 0.0)
    three = mean["0.3-0.4"]
    assert (three.n, three.n_agreed, three.observed) == (2, 1, 0.5)
    assert three.mean_p == pytest.approx(0.325)
    assert (mean["0.9-1.0"].n, mean["0.9-1.0"].observed) == (1, 1.0)
    empty = mean["0.5-0.6"]
    assert (empty.n, empty.mean_p, empty.observed) == (0, None, None)
    bdm = {b.label: b for b in bins if b.engine == "bdm"}
    assert (bdm["0.9-1.0"].n, bdm["0.9-1.0"].observed) == (1, 0.0)
    assert sum(b.n for b in bins) == 5


def test_the_scored_pairs_carry_the_records_seed_and_runs() -> None:
    scores = score([_record(0.8, "a", seed=42)], [_resolution("a", True)])
    frame = scores.forecasts_frame()
    assert list(frame[["as_of", "seed", "runs"]].iloc[0]) == ["2020-01-01", 42, 300]
    assert frame.to_dict("records") == scores.to_dict()["forecasts"]
    empty = score([], []).forecasts_frame()
    assert len(empty) == 0 and {"record", "as_of", "seed", "runs", "brier"} <= set(empty.columns)
    assert list(score([], []).calibration_frame().columns) == [
        "engine", "bin", "low", "high", "n", "mean_p", "n_agreed", "observed",
    ]  # fmt: skip


@pytest.fixture
def team(tmp_path: Path) -> str:
    db = str(tmp_path / "team.db")
    with Ledger(db) as ledger:
        for issue, p in (("a", 0.8), ("b", 0.15)):
            ledger.add_record(_record(p, issue, seed=11))
        ledger.add_record(_record(0.55, "a", "bdm", seed=12))
        for issue, agreed in (("a", True), ("b", False)):
            ledger.add_resolution(_resolution(issue, agreed))
    return db


def test_per_forecast_and_calibration_on_the_command_line(team: str, tmp_path: Path) -> None:
    needs_parquet()
    base = ["ledger", "score", "--db", team]
    pairs = runner.invoke(app, [*base, "--per-forecast", "--format", "csv"])
    assert pairs.exit_code == 0, pairs.output
    frame = pd.read_csv(io.StringIO(pairs.stdout))
    assert len(frame) == 3 and {"as_of", "seed", "runs", "p_agreement", "brier"} <= set(frame)
    assert sorted(frame["seed"]) == [11, 11, 12] and set(frame["runs"]) == {300}
    out = tmp_path / "pairs.parquet"
    written = runner.invoke(app, [*base, "--per-forecast", "--format", "parquet", "--out", out])
    assert written.exit_code == 0 and len(pd.read_parquet(out)) == 3
    summary = pd.read_csv(io.StringIO(runner.invoke(app, [*base, "--format", "csv"]).stdout))
    assert "kind" in summary.columns  # the summary rows stay the default
    calib = runner.invoke(app, [*base, "--calibration", "--format", "csv"])
    table = pd.read_csv(io.StringIO(calib.stdout))
    assert len(table) == 2 * CALIBRATION_BINS and int(table["n"].sum()) == 3
    both = runner.invoke(app, [*base, "--calibration", "--per-forecast", "--format", "csv"])
    assert both.exit_code == 2 and "holds one table" in both.stderr
    document = json.loads(runner.invoke(app, [*base, "--json"]).stdout)
    assert len(document["calibration"]) == 2 * CALIBRATION_BINS
    assert {f["seed"] for f in document["forecasts"]} == {11, 12}
    shown = runner.invoke(app, [*base, "--per-forecast", "--calibration"], terminal_width=200)
    assert shown.exit_code == 0, shown.output
    assert "Scored forecasts (one row per record and question)" in shown.stdout
    assert "Calibration" in shown.stdout and "empty" in shown.stdout
    plain = runner.invoke(app, base, terminal_width=200)
    assert "Calibration" not in plain.stdout and "Scored forecasts" not in plain.stdout


# --------------------------------------------------------------------------- the report


def test_the_reports_history_shows_each_questions_resolution_and_the_scores() -> None:
    """Trial s30, finding 7: "Forecasts over time" listed the records only. Now each question
    is shown resolved (with the outcome), annulled (with the reason) or unresolved, and each
    record's Brier score and position error against the resolved ones."""
    from accord.report.history import history_section

    records = [
        ForecastRecord(**{**_record(0.8, "a").__dict__, "id": 1}),
        ForecastRecord(**{**_record(0.8, "a", "bdm").__dict__, "id": 2}),
    ]
    for record in records:
        record.output["issues"] += [
            {"id": "b", "scale": [0, 100], "forecast": 10.0, "p_agreement": 0.1},
            {"id": "c", "scale": [0, 100], "forecast": 10.0, "p_agreement": 0.1},
        ]
    resolutions = [
        Resolution("s", "a", 50.0, True, dt.date(2020, 6, 1), "minutes of the plenary", NOW),
        Resolution("s", "b", None, None, dt.date(2020, 6, 1), "x", NOW, annulled="left open"),
    ]
    html = history_section(records, ["a", "b", "c"], [(0, 100)] * 3, resolutions)
    part = html[html.index('id="history-resolutions"') :]
    assert "agreed, outcome 50" in part and "minutes of the plenary" in part
    assert "annulled: left open (not scored)" in part and "<td>unresolved</td>" in part
    # Brier (0.8 - 1)^2 = 0.04, error |40 - 50| = 10 points; recorded in 2026: hindsight
    assert part.count("Brier 0.040, error 10.0 (after)</td>") == 2
    assert '<th class="num">b</th>' not in part  # an annulled question has no score column
    without = history_section(records, ["a", "b", "c"], [(0, 100)] * 3)
    assert "<td>unresolved</td>" in without and "Brier 0" not in without


def test_a_report_from_the_command_line_shows_the_ledgers_resolutions(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    scenario = "minsk-2015-02"  # three questions, each with a bundled resolution
    made = runner.invoke(app, ["forecast", scenario, "--engine", "median", "--record", "--db", db])
    assert made.exit_code == 0, made.output
    annul = ["ledger", "resolve", scenario, "border_control", "--annulled", "left to later talks"]
    annul += ["--on", "2015-02-12", "--source", "a test", "--db", db]
    assert runner.invoke(app, annul).exit_code == 0
    report = tmp_path / "r.html"
    done = runner.invoke(app, ["forecast", scenario, "--report", str(report), "--db", db])
    assert done.exit_code == 0, done.output
    html = report.read_text()
    part = html[html.index('id="history-resolutions"') :]
    assert part.count("agreed, outcome") == 2 and "annulled: left to later talks" in part
    assert "Brier" in part and "(after)" in part  # recorded in 2026: hindsight, said so
