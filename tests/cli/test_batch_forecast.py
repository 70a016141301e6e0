"""`accord forecast` and `accord compare` of several scenarios in one call (session 29; session
28's trial, finding 3: a class's folder took a shell loop): files, a folder, a mix, an invalid
file with and without --skip-invalid, and one file whose output is what it was."""

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
from accord.frames import frame_bytes
from tests.cli.test_class_lab_trial_s28 import BOTH

runner = CliRunner()

STUDENT = BOTH.replace("climate-lab", "climate-s01")
"""A student's file (session 28's class lab), two issues held by two actors or more."""


def _class(folder: Path, n: int = 3) -> list[Path]:
    """``n`` students' files in ``folder`` (ids climate-s01...), a note and a subfolder."""
    folder.mkdir()
    paths = []
    for k in range(1, n + 1):
        path = folder / f"student{k:02d}.yaml"
        text = STUDENT.replace("climate-s01", f"climate-s{k:02d}")
        path.write_text(text.replace("salience: 0.7", f"salience: 0.{k}"), encoding="utf-8")
        paths.append(path)
    (folder / "notes.txt").write_text("not a scenario", encoding="utf-8")
    (folder / "old").mkdir()  # subfolders are not read
    (folder / "old" / "broken.yaml").write_text("id: [", encoding="utf-8")
    return paths


def _bad(folder: Path, name: str = "student09.yml") -> Path:
    path = folder / name
    path.write_text(STUDENT.replace("salience: 0.7", "salience: 120"), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    out.width = 200
    done = runner.invoke(app, list(args), terminal_width=200)
    assert "Traceback" not in done.output
    return done.exit_code, done.stdout, done.stderr


def _csv(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text))


def test_several_files_give_one_table(tmp_path: Path) -> None:
    one, two, _ = _class(tmp_path / "class")
    code, stdout, _ = _run("forecast", str(one), str(two), "--engine", "median")
    assert code == 0
    assert "forecast by median: 2 scenarios" in stdout
    assert stdout.count("climate-s01") == 1 and stdout.count("climate-s02") == 1
    assert str(one) in stdout and "file" in stdout
    code, stdout, _ = _run("forecast", str(one), str(two), "--format", "csv")
    frame = _csv(stdout)
    assert list(frame["scenario"]) == ["climate-s01"] * 2 + ["climate-s02"] * 2
    assert list(frame["path"]) == [str(one)] * 2 + [str(two)] * 2
    assert list(frame.columns[-4:]) == ["engine", "seed", "scenario", "path"]
    # each scenario's rows are its one-file table's, the path added
    alone = accord.forecast(str(two)).to_frame()
    pd.testing.assert_frame_equal(
        frame[frame["path"] == str(two)].drop(columns="path").reset_index(drop=True),
        _csv(frame_bytes(alone, "csv").decode()),
    )


def test_json_gives_one_object_per_scenario_with_its_path(tmp_path: Path) -> None:
    one, two, _ = _class(tmp_path / "class")
    code, stdout, _ = _run("forecast", str(one), str(two), "--json")
    assert code == 0
    documents = json.loads(stdout)
    assert [d["path"] for d in documents] == [str(one), str(two)]
    assert [d["scenario"] for d in documents] == ["climate-s01", "climate-s02"]
    assert documents[1] == {"path": str(two), **accord.forecast(str(two)).to_dict()}


def test_a_folder_is_its_scenario_files(tmp_path: Path) -> None:
    paths = _class(tmp_path / "class")
    code, stdout, _ = _run("forecast", str(tmp_path / "class"), "--format", "csv")
    assert code == 0
    frame = _csv(stdout)
    assert list(dict.fromkeys(frame["path"])) == [str(p) for p in paths]  # name order
    assert not frame["path"].str.contains("broken|notes").any()
    code, stdout, _ = _run("compare", str(tmp_path / "class"), "--engine", "mean", "--json")
    assert code == 0
    assert [d["path"] for d in json.loads(stdout)] == [str(p) for p in paths]


def test_a_mix_of_a_folder_a_file_and_a_bundled_id(tmp_path: Path) -> None:
    paths = _class(tmp_path / "class", 2)
    other = tmp_path / "variant.yaml"
    other.write_text(STUDENT.replace("climate-s01", "variant"), encoding="utf-8")
    args = [str(tmp_path / "class"), str(other), "ec-emissions-1994", str(paths[0])]
    code, stdout, _ = _run("forecast", *args, "--format", "csv")
    assert code == 0
    frame = _csv(stdout)
    # a file given again (in its folder and alone) is forecast once
    assert list(dict.fromkeys(frame["path"])) == [*map(str, paths), str(other), "ec-emissions-1994"]
    code, stdout, _ = _run("compare", *args, "--engine", "mean", "--engine", "median")
    assert code == 0
    assert "engines compared (point forecasts): 4 scenarios" in stdout
    assert "ec-emissions-1994" in stdout and "variant" in stdout


def test_an_invalid_file_stops_the_batch_naming_file_field_and_value(tmp_path: Path) -> None:
    _class(tmp_path / "class")
    bad = _bad(tmp_path / "class")
    worse = _bad(tmp_path / "class", "student10.yaml")
    for command in ("forecast", "compare"):
        code, stdout, stderr = _run(command, str(tmp_path / "class"), "--format", "csv")
        assert code == 2 and stdout == ""
        for path in (bad, worse):  # every file's errors, not the first only
            assert f"invalid: {path}: stances[0].salience: must be at most 1; " in stderr
            assert "to 1 (above everything) (got 120" in stderr
        done = "forecast" if command == "forecast" else "compared"
        assert f"2 of 5 scenarios invalid: nothing {done} (--skip-invalid" in stderr


def test_skip_invalid_forecasts_the_valid_ones_and_exits_1(tmp_path: Path) -> None:
    paths = _class(tmp_path / "class")
    bad = _bad(tmp_path / "class")
    code, stdout, stderr = _run(
        "forecast", str(tmp_path / "class"), "--skip-invalid", "--format", "csv"
    )
    assert code == 1
    assert list(dict.fromkeys(_csv(stdout)["path"])) == [str(p) for p in paths]
    assert f"invalid: {bad}: stances[0].salience" in stderr
    assert "1 of 4 scenarios not forecast (listed above)" in stderr
    code, stdout, stderr = _run("compare", str(tmp_path / "class"), "--skip-invalid", "--json")
    assert code == 1 and len(json.loads(stdout)) == 3
    assert "1 of 4 scenarios not compared" in stderr


def test_skip_invalid_with_no_valid_file_forecasts_nothing(tmp_path: Path) -> None:
    (tmp_path / "class").mkdir()
    _bad(tmp_path / "class")
    code, stdout, stderr = _run("forecast", str(tmp_path / "class"), "--skip-invalid")
    assert code == 2 and stdout == ""
    assert "1 of 1 scenarios invalid: nothing forecast" in stderr


def test_an_empty_folder_and_a_missing_file_are_listed(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    code, _, stderr = _run("forecast", str(tmp_path / "empty"), str(tmp_path / "gone.yaml"))
    assert code == 2
    assert "a folder with no scenario files in it" in stderr
    assert f"{tmp_path / 'gone.yaml'}: no such file" in stderr


def test_an_ensemble_records_one_seed_for_every_scenario(tmp_path: Path) -> None:
    _class(tmp_path / "class", 2)
    args = ["forecast", str(tmp_path / "class"), "--engine", "bdm", "--runs", "20"]
    code, stdout, _ = _run(*args, "--format", "csv")
    assert code == 0
    seeds = set(_csv(stdout)["seed"])
    assert len(seeds) == 1  # drawn once for the batch, recorded in every row
    (seed,) = seeds
    code, again, _ = _run(*args, "--seed", str(seed), "--format", "csv")
    assert again == stdout  # the one seed makes the whole table again
    documents = json.loads(_run(*args, "--seed", "5", "--json")[1])
    assert [(d["seed"], d["ensemble"]["seed"]) for d in documents] == [(5, 5), (5, 5)]
    code, stdout, _ = _run(*args, "--seed", "5")
    assert "20 Monte Carlo runs each" in stdout and "seed 5" in stdout


def test_votes_is_refused_with_several_naming_what_to_do(tmp_path: Path) -> None:
    _class(tmp_path / "class", 2)
    code, _, stderr = _run(
        "forecast", str(tmp_path / "class"), "--report", str(tmp_path / "r"), "--votes"
    )
    assert code == 2
    assert "--votes: one scenario at a time (several were given): forecast one file alone" in stderr
    assert "--json gives each scenario's drafts" in stderr
    assert not (tmp_path / "r").exists()


# Session 30: --interval, --trajectory and --report work with several scenarios (session 29
# refused them with --votes).


def test_interval_is_a_column_of_each_scenario(tmp_path: Path) -> None:
    one, two = _class(tmp_path / "class", 2)
    args = ["forecast", str(one), "ukraine-2025-02", "--interval", "0.8"]
    frame = _csv(_run(*args, "--format", "csv")[1])
    assert list(frame.columns[-7:]) == [
        *("interval_level", "interval_low", "interval_high", "engine", "seed", "scenario"),
        "path",
    ]
    alone = json.loads(_run("forecast", "ukraine-2025-02", "--interval", "0.8", "--json")[1])
    ukraine = frame[frame["path"] == "ukraine-2025-02"]
    spans = alone["intervals"]["issues"]
    assert list(zip(ukraine["interval_low"], ukraine["interval_high"], strict=True)) == [
        pytest.approx(tuple(spans[i])) for i in ukraine["issue"]
    ]
    # one scenario's CSV has the same columns (before session 30 it left the intervals out)
    single = _csv(_run("forecast", "ukraine-2025-02", "--interval", "0.8", "--format", "csv")[1])
    pd.testing.assert_frame_equal(
        single, ukraine.drop(columns="path").reset_index(drop=True), check_dtype=False
    )
    student = frame[frame["path"] == str(one)]
    assert list(student["interval_low"].isna()) == [True, False]  # finance is not on 0..100
    documents = json.loads(_run(*args, "--json")[1])
    assert documents[1]["intervals"] == alone["intervals"]
    assert list(documents[0]["intervals"]["issues"]) == ["loss"]
    code, table, _ = _run(*args)
    assert code == 0 and "interval" in table and "80% conformal" in table
    lo, hi = spans["peacekeeping"]
    assert f"{lo:.1f}-{hi:.1f}" in table
    code, _, stderr = _run("forecast", str(one), str(two), "--interval", "0.8", "--engine", "x")
    assert code == 2 and "unknown engine" in stderr


def test_trajectory_gives_each_scenarios_turns(tmp_path: Path) -> None:
    one, two = _class(tmp_path / "class", 2)
    args = ["forecast", str(one), str(two), "--trajectory"]
    documents = json.loads(_run(*args, "--json")[1])
    alone = json.loads(_run("forecast", str(two), "--trajectory", "--json")[1])
    assert documents[1]["trajectory"] == alone["trajectory"]
    assert documents[1]["actors"] == ["USA", "EU", "AOSIS"]
    frame = _csv(_run(*args, "--format", "csv")[1])
    columns = ["turn", "actor", "issue", "position", "accord_version", "scenario", "path"]
    assert list(frame.columns) == columns  # accord_version since session 35
    assert set(frame["scenario"]) == {"climate-s01", "climate-s02"}
    code, table, _ = _run(*args)
    assert code == 0
    assert f"{one}: positions by turn" in table and f"{two}: positions by turn" in table


def test_report_is_a_folder_of_one_report_per_scenario(tmp_path: Path) -> None:
    one, two = _class(tmp_path / "class", 2)
    other = tmp_path / "other"
    other.mkdir()
    again = other / one.name  # a second student01.yaml: its report is student01-2.html
    again.write_text(one.read_text(encoding="utf-8"), encoding="utf-8")
    folder = tmp_path / "reports"
    code, _, stderr = _run(
        "forecast", str(one), str(two), str(again), "ukraine-2025-02", "--report", str(folder)
    )
    assert code == 0, stderr
    names = ["student01.html", "student02.html", "student01-2.html", "ukraine-2025-02.html"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(names)
    assert f"wrote {folder / 'student01-2.html'} ({again})" in stderr
    assert "climate-s02" in (folder / "student02.html").read_text(encoding="utf-8")
    # a file the user wrote is not replaced, and nothing runs: each report checked first
    (folder / "student02.html").write_text("my notes", encoding="utf-8")
    code, _, stderr = _run("forecast", str(one), str(two), "--report", str(folder))
    assert code == 2 and "--force" in stderr
    assert (folder / "student02.html").read_text(encoding="utf-8") == "my notes"


@pytest.mark.parametrize("name", ["r.html", "class/student01.yaml"])
def test_report_with_several_refuses_a_file(tmp_path: Path, name: str) -> None:
    _class(tmp_path / "class", 2)
    code, _, stderr = _run("forecast", str(tmp_path / "class"), "--report", str(tmp_path / name))
    assert code == 2
    assert f"--report {tmp_path / name}: " in stderr and "give a folder" in stderr
    assert not (tmp_path / "r.html").exists()


def test_record_adds_one_ledger_record_per_scenario(tmp_path: Path) -> None:
    _class(tmp_path / "class", 2)
    db = str(tmp_path / "ledger.db")
    code, _, stderr = _run("forecast", str(tmp_path / "class"), "--record", "--db", db)
    assert code == 0
    assert stderr.count("recorded as ledger record") == 2
    listed = json.loads(_run("ledger", "list", "--db", db, "--json")[1])["records"]
    assert sorted(r["scenario"] for r in listed) == ["climate-s01", "climate-s02"]


def test_warnings_name_their_file(tmp_path: Path) -> None:
    paths = _class(tmp_path / "class", 2)
    lone = STUDENT.replace("  - {actor: EU, issue: loss, position: 50, salience: 0.5}\n", "")
    paths[1].write_text(lone, encoding="utf-8")
    code, _, stderr = _run("forecast", str(tmp_path / "class"))
    assert code == 0
    assert f"warning: {paths[1]}: issue 'loss': only AOSIS holds a stance" in stderr
    assert f"{paths[0]}: issue 'loss'" not in stderr


def test_a_library_warning_names_its_file_once_for_each_scenario(tmp_path: Path) -> None:
    """The guard's "no forecast" is a Python warning naming an issue, not a scenario: two files
    that both leave issue ``x`` without a forecast gave one unlabelled line once the CLI said a
    warning once a command (session 43); each is said with its file."""
    from tests.cli.test_worker_warnings_s43 import SCENARIO

    paths = [tmp_path / "a.yaml", tmp_path / "b.yaml"]
    paths[0].write_text(SCENARIO, encoding="utf-8")
    paths[1].write_text(SCENARIO.replace("id: two", "id: three"), encoding="utf-8")
    code, _, stderr = _run("forecast", *map(str, paths))
    assert code == 0
    said = "issue 'x': no forecast: every actor with a stance on this issue has salience 0"
    assert [line for line in stderr.splitlines() if said in line] == [
        f"warning: {path}: {said}" for path in paths
    ]


@pytest.mark.parametrize("command", ["forecast", "compare"])
def test_one_file_gives_what_it_gave(tmp_path: Path, command: str) -> None:
    """One scenario's output is not a batch of one: the same document, table and bytes as
    before session 29 (checked byte for byte against the session's start commit for 21 command
    lines; here against the library's own result)."""
    path = tmp_path / "ec.yaml"
    assert runner.invoke(app, ["convert", "ec-emissions-1994", str(path)]).exit_code == 0
    result = (accord.forecast if command == "forecast" else accord.compare)(str(path))
    code, stdout, _ = _run(command, str(path), "--json")
    assert code == 0 and stdout == json.dumps(result.to_dict(), ensure_ascii=False) + "\n"
    code, stdout, _ = _run(command, str(path), "--format", "csv", "--skip-invalid")
    assert code == 0 and stdout == frame_bytes(result.to_frame(), "csv").decode()
    code, table, _ = _run(command, str(path))
    assert code == 0 and table == _run(command, "ec-emissions-1994")[1]  # the same content
    assert "file" not in table and "scenarios" not in table


def test_an_engine_that_cannot_run_on_any_scenario_ends_in_exit_2(tmp_path: Path) -> None:
    _class(tmp_path / "class", 2)
    args = ["forecast", str(tmp_path / "class"), "--engine", "learned"]
    code, stdout, stderr = _run(*args, "--skip-invalid")
    assert code == 2 and stdout == ""
    assert stderr.count("failed: ") == 2 and "error: no scenario forecast" in stderr
    code, _, stderr = _run(*args)  # without --skip-invalid: the first, naming its file
    assert code == 2
    assert f"error: {tmp_path / 'class' / 'student01.yaml'}: engine 'learned' cannot" in stderr
