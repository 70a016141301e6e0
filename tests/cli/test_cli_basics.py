"""The CLI through Typer's runner: listing, forecasting, errors without tracebacks."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


def test_scenarios_lists_bundled() -> None:
    result = runner.invoke(app, ["scenarios"])
    assert result.exit_code == 0
    assert "ukraine-2025-02" in result.stdout
    assert "ec-emissions-1994" in result.stdout


def test_forecast_json_contract() -> None:
    result = runner.invoke(app, ["forecast", "ec-emissions-1994", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["scenario"] == "ec-emissions-1994"
    assert doc["engine"] == "mean"
    assert doc["seed"] is None
    (issue,) = doc["issues"]
    assert issue["id"] == "emissions"
    assert issue["scale"] == [4.0, 10.0]
    # Example.log (dmasad port of Scholz et al.) prints this weighted mean for round 0.
    assert abs(issue["forecast"] - 7.389955686853767) < 1e-12


def test_unknown_scenario_is_a_clean_error() -> None:
    result = runner.invoke(app, ["forecast", "no-such-scenario"])
    assert result.exit_code == 2
    assert "no-such-scenario" in result.output
    assert "Traceback" not in result.output
