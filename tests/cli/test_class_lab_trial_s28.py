"""Session 28's trial (docs/trial-2026-12-05-s28.md): an instructor prepares a class lab, with
twenty students' scenario files; each test is one finding of the log."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.cli.app import out
from accord.errors import AccordWarning
from accord.scenario.io import read_yaml

runner = CliRunner()

STUDENT = """\
id: climate-lab
title: Climate finance talks (class lab)
as_of: 2024-11-11
actors:
  - {id: USA, name: United States, country: USA, capability: 0.9}
  - {id: EU, name: European Union, kind: bloc, capability: 0.8}
  - {id: AOSIS, name: Small island states, kind: bloc, capability: 0.2}
issues:
  - id: finance
    title: New collective finance goal (bn USD per year)
    scale: {low: 0, high: 1300}
    status_quo: 100
  - id: loss
    title: Loss and damage fund
    status_quo: 10
stances:
  - {actor: USA, issue: finance, position: 250, salience: 0.7}
  - {actor: EU, issue: finance, position: 300, salience: 0.8}
  - {actor: AOSIS, issue: finance, position: 1300, salience: 1.0}
  - {actor: AOSIS, issue: loss, position: 100, salience: 1.0}
"""
"""A student's file whose issue `loss` only AOSIS holds a stance on."""

BOTH = STUDENT.replace(
    "  - {actor: AOSIS, issue: loss,",
    "  - {actor: EU, issue: loss, position: 50, salience: 0.5}\n  - {actor: AOSIS, issue: loss,",
)
"""The same file with a second actor on `loss`."""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# Finding 1: an issue one actor holds validated silently; five engines forecast that actor's
# position there as a bargain with P(agreement) 1.0 and SMP reached "no outcome", unexplained.


def test_validate_warns_of_an_issue_held_by_one_actor(tmp_path: Path) -> None:
    lone, fine = _write(tmp_path, "lone.yaml", STUDENT), _write(tmp_path, "fine.yaml", BOTH)
    done = runner.invoke(app, ["validate", str(lone), str(fine)], terminal_width=400)
    assert done.exit_code == 0, done.output
    assert f"{lone}: issues[1]: only AOSIS holds a stance on issue 'loss'" in done.stderr
    assert "no one to bargain with" in done.stderr
    assert f"{fine}: issues" not in done.stderr


def test_validate_warns_of_an_issue_nobody_holds(tmp_path: Path) -> None:
    text = STUDENT.replace("  - {actor: AOSIS, issue: loss, position: 100, salience: 1.0}\n", "")
    path = _write(tmp_path, "empty.yaml", text)
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 0
    assert "issues[1]: nobody holds a stance on issue 'loss'" in done.stderr


@pytest.mark.parametrize("engine", ["mean", "median", "bdm", "nash", "exchange"])
def test_a_forecast_on_an_issue_one_actor_holds_says_it_is_that_actors_position(
    engine: str,
) -> None:
    result = accord.forecast(read_yaml(STUDENT), engine)
    loss = result.issues[1]
    assert loss.forecast == pytest.approx(100.0)  # AOSIS's own position, nothing bargained
    (warning,) = [w for w in result.warnings if "'loss'" in w]
    assert "only AOSIS holds a stance on it" in warning and "own position" in warning
    assert not any("'loss'" in w for w in accord.forecast(read_yaml(BOTH), engine).warnings)


def test_smp_says_why_it_has_no_forecast_on_an_issue_one_actor_holds() -> None:
    with pytest.warns(AccordWarning, match="only AOSIS holds a stance on this issue"):
        result = accord.forecast(read_yaml(STUDENT), "smp")
    assert result.issues[1].forecast == 10.0  # no bargain: the status quo, as before
    assert result.issues[1].reason == (
        "only AOSIS holds a stance on this issue, and engine 'smp' needs two actors to bargain"
    )


# Finding 2: the tidy tables of `forecast` and `compare` had no scenario column, so a class's
# twenty CSV files could not be concatenated for grading.


def test_forecast_and_compare_tables_name_the_scenario(tmp_path: Path) -> None:
    path = _write(tmp_path, "s01.yaml", BOTH.replace("id: climate-lab", "id: climate-s01"))
    target = tmp_path / "f.csv"
    done = runner.invoke(app, ["forecast", str(path), "--format", "csv", "--out", str(target)])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(target)
    assert list(frame["scenario"]) == ["climate-s01", "climate-s01"]
    assert list(frame.columns[-3:]) == ["engine", "seed", "scenario"]  # added last
    done = runner.invoke(app, ["compare", str(path), "--format", "csv"])
    assert done.exit_code == 0, done.output
    compared = pd.read_csv(io.StringIO(done.stdout))
    assert list(compared.columns) == [
        *("issue", "engine", "status_quo", "forecast", "if_agreement", "p_agreement"),
        *("runs", "accord_version", "as_of", "seed", "scenario"),  # runs, version: session 33
    ]
    assert set(compared["scenario"]) == {"climate-s01"}
    assert set(accord.compare(str(path)).to_frame()["scenario"]) == {"climate-s01"}


# Finding 3: `accord validate class/` said "is a directory, not a file"; nothing checked a
# class's folder, and `forecast class/` said the same.


def test_validate_checks_every_scenario_file_of_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    for k in range(1, 4):
        _write(folder, f"student{k:02d}.yaml", BOTH.replace("climate-lab", f"climate-s{k:02d}"))
    _write(folder, "student04.yml", BOTH.replace("salience: 0.7", "salience: 120"))
    _write(folder, "notes.txt", "not a scenario")
    (folder / "old").mkdir()  # subfolders are not walked
    _write(folder / "old", "broken.yaml", "id: [")
    out.width = 200
    done = runner.invoke(app, ["validate", str(folder)], terminal_width=200)
    assert done.exit_code == 2
    assert done.stdout.count("ok: ") == 3 and "4 files: 3 valid, 1 invalid" in done.stdout
    assert f"{folder / 'student04.yml'}: stances[0].salience: must be at most 1" in done.stderr
    assert "broken" not in done.output and "notes" not in done.output


def test_validate_refuses_a_folder_without_scenario_files(tmp_path: Path) -> None:
    done = runner.invoke(app, ["validate", str(tmp_path)], terminal_width=400)
    assert done.exit_code == 2
    assert "a folder with no scenario files in it (*.yaml, *.yml or *.json" in done.stderr


def test_a_stance_table_folder_is_still_one_scenario(tmp_path: Path) -> None:
    folder = tmp_path / "table"
    done = runner.invoke(app, ["convert", "ec-emissions-1994", str(folder), "--to", "stance-csv"])
    assert done.exit_code == 0, done.output
    done = runner.invoke(app, ["validate", str(folder)], terminal_width=400)
    assert done.exit_code == 0 and "ok: " in done.stdout and "files:" not in done.stdout


def test_a_one_scenario_command_given_a_folder_says_to_give_one_file(tmp_path: Path) -> None:
    # `forecast` and `compare` take a folder since session 29 (tests/cli/test_batch_forecast.py)
    _write(tmp_path, "s01.yaml", BOTH)
    done = runner.invoke(app, ["explain", str(tmp_path)], terminal_width=400)
    assert done.exit_code == 2
    assert "is a folder, not a file: give one file" in done.stderr
    assert "`accord forecast` and `accord compare` take a folder" in done.stderr
    assert "Traceback" not in done.output


def test_forecast_of_a_folder_without_scenario_files_says_so(tmp_path: Path) -> None:
    done = runner.invoke(app, ["forecast", str(tmp_path)], terminal_width=400)
    assert done.exit_code == 2
    assert "a folder with no scenario files in it" in done.stderr
    assert "Traceback" not in done.output


# Finding 4: a path written with Windows' backslashes, or a name in other capitals, was only
# "no such file".


def test_a_missing_file_names_the_path_meant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "students").mkdir()
    _write(tmp_path / "students", "base.yaml", BOTH)
    cases = {
        "students\\base.yaml": "did you mean 'students/base.yaml'?",
        "C:\\Users\\anna\\base.yaml": "a Windows path (drive letter and backslashes)",
        "students/Base.yaml": "did you mean 'students/base.yaml'? (file names are case-sensitive",
    }
    for ref, hint in cases.items():
        done = runner.invoke(app, ["validate", ref], terminal_width=400)
        assert done.exit_code == 2 and "no such file" in done.stderr and hint in done.stderr
    done = runner.invoke(app, ["validate", "students/other.yaml"], terminal_width=400)
    assert done.stderr.rstrip().endswith("ukraine-2025-02)")  # nothing to suggest: no hint


# Finding 5: a date written day first said "(invalid character in year)".


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("22.11.2024", "(write it 2024-11-22)"),
        ("11/22/2024", "(write it 2024-11-22)"),
        ("03/04/2024", "(write 2024-04-03 if the day comes first, 2024-03-04 if the month does)"),
    ],
)
def test_a_date_written_day_first_is_rewritten(tmp_path: Path, written: str, said: str) -> None:
    path = _write(tmp_path, "d.yaml", BOTH.replace("as_of: 2024-11-11", f"as_of: {written}"))
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert f"as_of: must be a date written YYYY-MM-DD {said} (got '{written}')" in done.stderr


# Finding 6: with no labelled scale points, the forecast printed an empty "nearest label"
# column and the report "Forecast: 721.6 ()".


def test_no_empty_label_column_or_brackets_without_labels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "width", 200)
    path = _write(tmp_path, "s.yaml", BOTH)
    report = tmp_path / "r.html"
    done = runner.invoke(app, ["forecast", str(path), "--report", str(report)])
    assert done.exit_code == 0, done.output
    assert "nearest label" not in done.stdout and "Loss and damage fund" in done.stdout
    html = report.read_text(encoding="utf-8")
    assert "</span> ()" not in html and "Forecast: <span" in html
    labelled = runner.invoke(app, ["forecast", "ec-emissions-1994"])
    assert "nearest label to the forecast" in labelled.stdout  # labels: the column stays


def test_validate_route_warns_of_an_issue_one_actor_holds(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from accord.web import WebSettings, create_app

    settings = WebSettings(db=str(tmp_path / "web.db"), token="t" * 32)
    with TestClient(create_app(settings)) as client:
        data = json.loads(json.dumps(read_yaml(STUDENT).model_dump(mode="json")))
        answer = client.post("/api/v1/validate", json={"scenario": data}).json()
    assert answer["valid"] is True
    # since session 32 the stances without evidence are one warning more, as the CLI gives it
    (warning,) = [w for w in answer["warnings"] if w["path"] != "stances"]
    assert warning["path"] == "issues[1]" and "only AOSIS holds a stance" in warning["message"]


# Finding 7: a position off its scale came only once the file's field mistakes were fixed.


def test_a_position_off_the_scale_is_listed_with_the_field_mistakes(tmp_path: Path) -> None:
    text = (
        BOTH.replace("{id: EU, name: European Union, kind: bloc, capability: 0.8}", "{id: EU}")
        .replace("position: 250, salience: 0.7", "position: 2500, salience: 0.7")
        .replace("status_quo: 10\n", "status_quo: 110\n")
    )
    path = _write(tmp_path, "s.yaml", text)
    done = runner.invoke(app, ["validate", str(path)], terminal_width=400)
    assert done.exit_code == 2
    assert (
        "4 problems:" in done.stderr and "actors[1].name: required field is missing" in done.stderr
    )
    assert "stances[0].position: position outside the scale of issue 'finance' [0, 1300]" in (
        done.stderr
    )
    # the number as read, as a file without field mistakes shows it (session 44: one check)
    assert "issues[1].status_quo: status quo outside the scale [0, 100] (got 110.0)" in done.stderr
    fixed = _write(
        tmp_path, "t.yaml", text.replace("{id: EU}", "{id: EU, name: EU, capability: 1}")
    )
    again = runner.invoke(app, ["validate", str(fixed)], terminal_width=400)
    assert again.exit_code == 2 and "2 problems:" in again.stderr  # the same two, not repeated
    assert again.stderr.count("outside the scale") == 2
