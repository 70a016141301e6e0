"""The forecast table says which scenario it forecasts and by when (session 20).

An analyst edits a bundled scenario (or accepts a news update) and keeps its id and title;
the table read the same for both, and did not show the horizon that p(agreement) is read by.
The caption now gives the id, version, as_of and the ledger's content hash.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.scenario import load, load_bundled
from accord.scenario.identity import scenario_identity

runner = CliRunner()


def _shown(*args: str) -> str:
    result = runner.invoke(app, ["forecast", *args])
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_caption_tells_an_edited_scenario_from_the_original(tmp_path: Path) -> None:
    original, edited, db = tmp_path / "minsk.yaml", tmp_path / "edited.yaml", tmp_path / "l.db"
    assert runner.invoke(app, ["convert", "minsk-2015-02", str(original)]).exit_code == 0
    text = original.read_text()
    edited.write_text(text.replace("salience: 0.6", "salience: 0.3", 1))
    recorded = runner.invoke(app, ["forecast", str(edited), "--record", "--db", str(db)])
    assert recorded.exit_code == 0, recorded.output
    (record,) = json.loads(
        runner.invoke(app, ["ledger", "list", "--db", str(db), "--json"]).stdout
    )["records"]
    shown_edited, shown_original = _shown(str(edited)), _shown(str(original))
    assert f"scenario minsk-2015-02, as of 2015-02-10, sha256 {record['scenario_hash'][:12]}" in (
        shown_edited
    )
    assert record["scenario_hash"][:12] not in shown_original
    # the bundled id and its YAML conversion are the same content: the same hash
    assert (
        shown_original.split("sha256 ")[1][:12] == _shown("minsk-2015-02").split("sha256 ")[1][:12]
    )


def test_table_shows_the_horizon_and_the_engine_variant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(out, "width", 200)  # a wide terminal: no cell cut short
    shown = _shown("minsk-2015-02", "--engine", "bdm")
    assert "forecast by bdm:scholz-code" in shown
    assert "horizon" in shown and shown.count("2015-02-28") == 3  # one per issue


def test_show_and_forecast_name_the_same_version(tmp_path: Path) -> None:
    """``accord show`` heads with the identity the forecast's caption gives, version included
    (it gave the id and as_of only: an updated scenario's version 2 did not show)."""
    original, updated = tmp_path / "minsk.yaml", tmp_path / "updated.yaml"
    assert runner.invoke(app, ["convert", "minsk-2015-02", str(original)]).exit_code == 0
    text = original.read_text().replace("as_of: '2015-02-10'", "as_of: '2015-02-11'\nversion: 2")
    updated.write_text(text)
    for path in (original, updated):
        identity = scenario_identity(load(path))
        assert identity in " ".join(runner.invoke(app, ["show", str(path)]).stdout.split())
        assert identity in _shown(str(path))
    assert "minsk-2015-02 version 2, as of 2015-02-11" in scenario_identity(load(updated))


def test_html_report_names_the_scenario_version(tmp_path: Path) -> None:
    """The report's header line is the same identity (it gave the id and as_of only)."""
    report = tmp_path / "report.html"
    made = runner.invoke(app, ["forecast", "minsk-2015-02", "--report", str(report)])
    assert made.exit_code == 0, made.output
    identity = scenario_identity(load_bundled("minsk-2015-02"))
    assert f"accord report for {identity}</p>" in report.read_text()


def test_compare_and_explain_name_the_scenario_too(tmp_path: Path) -> None:
    """``compare`` titled its table with the id alone and ``explain`` named no scenario: an
    edited file that kept the id read as the original."""
    edited = tmp_path / "edited.yaml"
    assert runner.invoke(app, ["convert", "minsk-2015-02", str(edited)]).exit_code == 0
    edited.write_text(edited.read_text().replace("salience: 0.6", "salience: 0.3", 1))
    identity = scenario_identity(load(edited))
    assert identity != scenario_identity(load_bundled("minsk-2015-02"))
    for command in (["compare", str(edited), "--engine", "mean"], ["explain", str(edited)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert identity in " ".join(result.stdout.split()), command
