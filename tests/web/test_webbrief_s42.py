"""Session 42 (s42-webbrief): the workbench's report reads the workbench's ledger.

s42-brief made the report open with "In brief", whose "What changed" and track record read the
ledger's records of the scenario (``accord forecast --report`` with ``--db`` or a ledger the
environment names). The workbench's report links called ``render_report(made)`` without them,
so their brief always said that no earlier forecast and no resolved question was read. They
now read the workbench's ledger (the ledger page's) as the CLI reads its own; where that ledger
is not made yet, none is read and none made; a ledger that does not answer is the 503 of every
store the workbench reads. A job's child process says every warning with the CLI's function.
"""

from __future__ import annotations

import html
import multiprocessing as mp
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accord.cli import app as cli
from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app

UKRAINE = "ukraine-2025-02"
REPORT = f"/scenarios/{UKRAINE}/forecast/report?engine=mean&seed=1"
TOKEN = "a-webbrief-token-s42-0123456789"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
NONE_READ = "No earlier forecast of this scenario by mean on other content was read from a ledger"
NO_RECORD = "Track record: no resolved question of this scenario was read from a ledger"


def _edited() -> dict[str, Any]:
    """The bundled scenario with its first stance's position mirrored: other content (another
    hash) of the same scenario, as of the same date."""
    data = scenario_to_data(load_bundled(UKRAINE))
    data["stances"][0]["position"] = 100 - data["stances"][0]["position"]
    return data


def _record_edited(client: TestClient, headers: dict[str, str]) -> int:
    answer = client.post(
        "/api/v1/ledger/records",
        json={"data": _edited(), "engine": "mean", "seed": 1},
        headers=headers,
    )
    assert answer.status_code == 201, answer.text
    return int(answer.json()["id"])


def test_the_workbench_report_says_what_moved_as_the_cli_does(
    client: TestClient, settings: WebSettings, auth: dict[str, str], tmp_path: Path
) -> None:
    record = _record_edited(client, auth)
    answer = client.get(REPORT)
    assert answer.status_code == 200
    text = html.unescape(answer.text)
    assert f"Since ledger record {record} (as of 2025-02-25, mean):" in text
    assert "Timing and form of a ceasefire: most likely 30.2 -> 0.0" in text
    assert "Track record: 4 question(s) of this scenario resolved; mean's Brier score" in text
    assert NONE_READ not in text and 'id="history"' in text  # "Forecasts over time" too
    # the bytes the CLI writes for the same ledger (the workbench's database, --db)
    target = tmp_path / "cli.html"
    options = ["--engine", "mean", "--seed", "1", "--db", str(settings.db)]
    result = CliRunner().invoke(cli, ["forecast", UKRAINE, *options, "--report", str(target)])
    assert result.exit_code == 0, result.output
    assert answer.content == target.read_bytes()
    api = client.post(
        "/api/v1/forecast/report", json={"scenario": UKRAINE, "engine": "mean", "seed": 1}
    )
    assert api.status_code == 200 and api.content == answer.content


def test_a_workbench_without_a_ledger_reads_none_and_makes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No ``--db`` and no database in the environment: the workbench's ledger is the data
    directory's default, which a report does not make (as the CLI's does not); once a
    forecast is recorded there, the report reads it."""
    for name in ("ACCORD_DB", "ACCORD_LEDGER_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    ledger = tmp_path / "data" / "accord" / "ledger.db"
    with TestClient(create_app(WebSettings(token=TOKEN))) as client:
        text = html.unescape(client.get(REPORT).text)
        assert NONE_READ in text and NO_RECORD in text
        assert not ledger.exists()
        record = _record_edited(client, BEARER)  # the ledger page's record, into the default
        assert ledger.exists()
        assert f"Since ledger record {record} " in html.unescape(client.get(REPORT).text)


def test_a_ledger_that_does_not_answer_is_the_503(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ledger in a database of its own (``$ACCORD_LEDGER_DB``) gone while the store answers:
    the report and a job's start are s42-webstore's 503, as every read of a store that does
    not answer (the CLI refuses the report too: it cannot open the database)."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "web.db"))
    (tmp_path / "ledger").mkdir()
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(tmp_path / "ledger" / "l.db"))
    app = create_app(WebSettings(token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as client:
        _record_edited(client, BEARER)
        app.state.workbench.ledger().engine.dispose()
        shutil.rmtree(tmp_path / "ledger")
        for answer in (
            client.get(REPORT),
            client.post("/api/v1/forecast/report", json={"scenario": UKRAINE}),
            client.post("/api/v1/jobs", json={"scenario": UKRAINE, "runs": 5}, headers=BEARER),
        ):
            assert answer.status_code == 503, answer.text[:300]
            assert int(answer.headers["retry-after"]) >= 1
            assert "does not answer" in html.unescape(answer.text)


def test_a_jobs_dependency_warning_is_one_labelled_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The job's child says a dependency's warning as the CLI and ``accord serve`` do, with
    the CLI's function: its message, category and where, on one line labelled ``warning:``
    (it was Python's ``file:line: UserWarning: ...`` and a line of source)."""
    from accord.forecast import forecast
    from accord.web import jobs

    made = forecast(load_bundled("ec-emissions-1994"), "mean", votes=False)

    def forecast_warning(payload: dict[str, Any], report: Any) -> Any:
        warnings.warn("did not converge.\n\nIncrease max_iter.", UserWarning, stacklevel=1)
        return made

    monkeypatch.setattr(jobs, "_forecast_of", forecast_warning)
    receiver, sender = mp.Pipe(duplex=False)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        jobs._child(sender, {"engine": "mean"})
    assert receiver.recv()[0] == "done"
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith("warning: did not converge. Increase max_iter. (UserWarning, ")
    assert "test_webbrief_s42.py:" in lines[0] and lines[0].endswith(")")
