"""``accord forecast --record`` and ``accord ledger ...`` through Typer's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.ledger import Ledger

runner = CliRunner()


def test_record_list_show_resolve_score(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    made = runner.invoke(
        app, ["forecast", "ec-emissions-1994", "--engine", "median", "--record", "--db", db]
    )
    assert made.exit_code == 0, made.output
    assert "recorded as ledger record 1" in made.output
    listed = json.loads(runner.invoke(app, ["ledger", "list", "--db", db, "--json"]).stdout)
    (record,) = [r for r in listed["records"]]
    assert (record["id"], record["scenario"], record["engine"]) == (
        1,
        "ec-emissions-1994",
        "median",
    )
    assert record["as_of"] == "1994-01-01" and len(record["scenario_hash"]) == 64
    shown = json.loads(runner.invoke(app, ["ledger", "show", "1", "--db", db, "--json"]).stdout)
    (issue,) = shown["output"]["issues"]
    assert issue["id"] == "emissions"
    table = runner.invoke(app, ["ledger", "show", "1", "--db", db])
    assert table.exit_code == 0 and "emissions" in table.stdout
    resolved = runner.invoke(
        app,
        ["ledger", "resolve", "ec-emissions-1994", "emissions", "--outcome", "7",
         "--agreed", "yes", "--on", "1994-06-01", "--source", "hand-made test value",
         "--db", db, "--json"],
    )  # fmt: skip
    assert resolved.exit_code == 0, resolved.output
    assert json.loads(resolved.stdout)["id"] == "1"
    scored = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    (item,) = [i for i in scored["forecasts"] if i["scenario"] == "ec-emissions-1994"]
    # the median engine's forecast is the weighted median position, 7 (Black's median voter)
    assert item["forecast"] == 7.0 and item["error"] == 0.0
    assert item["error_no_skill"] == 0.0  # midpoint of 4..10 is 7
    assert runner.invoke(app, ["ledger", "score", "--db", db]).exit_code == 0


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    Ledger(db).close()  # resolve refuses a --db that is not a ledger (session 31)

    def args(
        scenario: str = "ec-emissions-1994",
        issue: str = "emissions",
        outcome: str = "5",
        agreed: str = "yes",
        on: str = "1994-06-01",
    ) -> list[str]:
        return [scenario, issue, "--outcome", outcome, "--agreed", agreed, "--on", on,
                "--source", "s", "--db", db]  # fmt: skip

    cases = {
        "unknown-case": (args(scenario="unknown-case"), "unknown-case"),
        "issue": (args(issue="speed"), "no issue 'speed'"),
        "scale": (args(outcome="12"), "[4, 10]"),
        "agreed": (args(agreed="perhaps"), "--agreed"),
        "date": (args(agreed="no", on="1993-01-01"), "before the scenario's as_of"),
        "not a date": (args(agreed="no", on="June"), "--on: expected a date"),
    }
    for name, (given, message) in cases.items():
        result = runner.invoke(app, ["ledger", "resolve", *given])
        assert result.exit_code == 2, (name, result.output)
        assert message in result.output, (name, result.output)
        assert "Traceback" not in result.output
    missing = runner.invoke(app, ["ledger", "show", "42", "--db", db])
    assert missing.exit_code == 2 and "no forecast record 42" in missing.output
    empty = runner.invoke(app, ["ledger", "score", "--db", db])
    assert empty.exit_code == 0


def test_reading_a_ledger_that_is_not_there_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mistyped --db on list, show or score names the file (it answered "nothing to score
    yet" from a new empty ledger, made at the mistyped path). The default ledger, not there
    yet, is read as an empty one and said so: made by these reads until session 43."""
    missing = tmp_path / "typo" / "ledger.db"
    for command in (["list"], ["show", "1"], ["score"]):
        result = runner.invoke(app, ["ledger", *command, "--db", str(missing)])
        assert result.exit_code == 2, result.output
        assert f"{missing}: no ledger there yet" in " ".join(result.output.split())
        assert "Traceback" not in result.output
    assert not missing.parent.exists()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for variable in ("ACCORD_LEDGER_DB", "ACCORD_DB"):
        monkeypatch.delenv(variable, raising=False)
    listed = runner.invoke(app, ["ledger", "list"])
    assert listed.exit_code == 0 and "bundled" in listed.stdout  # the bundled resolutions
    assert "no ledger yet in sqlite:///" in listed.stderr
    assert not (tmp_path / "data").exists()


def test_unknown_scenario_filter_is_refused_not_an_empty_answer(tmp_path: Path) -> None:
    """``--scenario`` with an id neither recorded, resolved nor bundled: one line, exit 2
    (was empty tables and "nothing to score yet", exit 0, as if nothing were recorded)."""
    db = str(tmp_path / "ledger.db")
    made = runner.invoke(app, ["forecast", "ec-emissions-1994", "--record", "--db", db])
    assert made.exit_code == 0, made.output
    for command in ("list", "score"):
        result = runner.invoke(app, ["ledger", command, "--scenario", "ec-emisions", "--db", db])
        assert result.exit_code == 2, (command, result.output)
        assert "'ec-emisions'" in result.output and "holds: ec-emissions-1994" in result.output
        assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    # a bundled id with nothing recorded is a fair question: its (empty) answer stands
    bundled = runner.invoke(app, ["ledger", "list", "--scenario", "doha-2020-02", "--db", db])
    assert bundled.exit_code == 0, bundled.output


def test_report_shows_forecasts_over_time(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    for engine in ("mean", "median"):
        args = ["forecast", "ec-emissions-1994", "--engine", engine, "--record", "--db", db]
        assert runner.invoke(app, args).exit_code == 0
    report = tmp_path / "r.html"
    result = runner.invoke(
        app, ["forecast", "ec-emissions-1994", "--report", str(report), "--db", db]
    )
    assert result.exit_code == 0, result.output
    html = report.read_text()
    assert 'id="history"' in html and "2 forecasts of this scenario" in html
    history = html[html.index('id="history"') :]
    assert history.count("<td>mean</td>") == 1 and history.count("<td>median</td>") == 1
    # one chart per issue once there are two records, each engine a series
    assert history.count('class="history-chart"') == 1 and "record (oldest" in history
    assert "<title>mean</title>" in history and "<title>median</title>" in history
    typo = tmp_path / "ledgr.db"
    args = ["forecast", "ec-emissions-1994", "--report", str(report), "--db", str(typo)]
    mistyped = runner.invoke(app, args)
    assert mistyped.exit_code == 2 and "no ledger there yet" in mistyped.output
    assert not typo.exists()


def test_a_report_without_db_reads_the_ledger_the_environment_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--report`` alone ignored ``$ACCORD_DB`` (session 23's trial); it reads the ledger that
    ``accord ledger list`` would, but never makes the data directory's default one."""
    db = str(tmp_path / "ledger.db")
    for engine in ("mean", "median"):
        args = ["forecast", "ec-emissions-1994", "--engine", engine, "--record", "--db", db]
        assert runner.invoke(app, args).exit_code == 0
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("ACCORD_LEDGER_DB", raising=False)
    report = tmp_path / "r.html"
    args = ["forecast", "ec-emissions-1994", "--report", str(report), "--force"]

    def history(env: dict[str, str]) -> str:
        for variable in ("ACCORD_DB", "ACCORD_LEDGER_DB"):
            monkeypatch.delenv(variable, raising=False)
        for variable, value in env.items():
            monkeypatch.setenv(variable, value)
        done = runner.invoke(app, args)
        assert done.exit_code == 0, done.output
        html = report.read_text()
        return html[html.index('id="history"') :] if 'id="history"' in html else ""

    assert "2 forecasts of this scenario" in history({"ACCORD_DB": db})
    other = tmp_path / "other.db"
    assert history({"ACCORD_DB": db, "ACCORD_LEDGER_DB": str(other)}) == ""
    assert not other.exists()  # read as empty, made by neither (until session 43 by both)
    assert history({}) == ""
    assert not (tmp_path / "data").exists()


def test_a_report_with_a_mistyped_db_is_refused_before_the_forecast_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    ran: list[str] = []
    # the module (the name ``accord.forecast`` is the flat API's function)
    forecasting = importlib.import_module("accord.forecast")
    monkeypatch.setattr(forecasting, "forecast", lambda s, *a, **k: ran.append(s.id))
    typo, report = tmp_path / "ledgr.db", tmp_path / "r.html"
    args = ["forecast", "ec-emissions-1994", "--report", str(report), "--db", str(typo)]
    refused = runner.invoke(app, args)
    # the message `accord ledger list` gives for the same file, before any forecast
    listed = runner.invoke(app, ["ledger", "list", "--db", str(typo)])
    assert refused.exit_code == listed.exit_code == 2
    assert refused.output == listed.output and str(typo) in refused.output
    assert ran == [] and not typo.exists() and not report.exists()


def test_refusals_name_the_flags_the_user_typed(tmp_path: Path) -> None:
    """The library names arguments (``outcome: ...``, ``supersedes=1``); the command words the
    same refusals with its flags (``--outcome: ...``, ``--supersedes 1``)."""
    db = str(tmp_path / "ledger.db")
    Ledger(db).close()  # resolve refuses a --db that is not a ledger (session 31)

    def resolve(*extra: str, outcome: str = "5", source: str = "s") -> str:
        args = ["ledger", "resolve", "ec-emissions-1994", "emissions", "--outcome", outcome,
                "--agreed", "no", "--on", "1994-06-01", "--source", source, "--db", db]  # fmt: skip
        return str(runner.invoke(app, [*args, *extra]).output)

    assert "--outcome: ec-emissions-1994/emissions is scored on [4, 10] (got 12)" in resolve(
        outcome="12"
    )
    assert "--source: say where the outcome is documented" in resolve(source=" ")
    assert "--supersedes: no resolution 9 in the ledger" in resolve("--supersedes", "9")
    assert "resolution " in resolve()  # the first resolution is recorded
    again = resolve()
    assert "record a correction with --supersedes 1" in again and "supersedes=" not in again
