"""Session 33's trial: a journal's methods reviewer reproduces accord's claims.

Each test fails on a7a0042d (the session's start) and passes after the fix of the finding it
names (docs/trial-2026-12-06-s33.md).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


def _invoke(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


# Finding 1: the docs cite only test modules for "reproduces smpc and the Scholz port"; no
# command printed accord's numbers beside the reference's.


def _references(*args: str) -> tuple[int, str, str]:
    from accord.references import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(list(args))
    return status, out.getvalue(), err.getvalue()


def test_the_reference_runs_are_printed_beside_accords(shared: Path) -> None:
    status, out, _ = _references(str(shared / "reference"), "--detail")
    assert status == 0, out
    for case, states in (("dummyData_3Dim.csv", "11/11"), ("SOE-Pol-Comp.csv", "28/28")):
        line = next(line for line in out.splitlines() if line.startswith(case))
        assert states in line and line.endswith("reproduced")
    assert out.count("reproduced") == 7  # six smpc runs and the BDM port's log
    assert "moves the same 30 of 30" in out
    assert "final mean port 7.242130958473938, accord 7.242130958473938" in out
    # --detail: the final positions side by side (smpc's 78.6 for SActor-00 on Pstn1)
    assert re.search(r"SActor-00\s+pstn1\s+78\.6\s+78\.5600", out)  # 78.56 printed 78.6


def test_a_missing_reference_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    status, out, err = _references(str(tmp_path / "nowhere"))
    assert status == 2 and out == ""
    assert err.startswith("error: ") and "nowhere: no such folder" in err
    (tmp_path / "ktab").mkdir()
    (tmp_path / "bdm").mkdir()
    status, _, err = _references(str(tmp_path))
    assert status == 2 and "20170530_ref-dummyData_3Dim.txt: no such file" in err
    assert "Traceback" not in err


def test_the_module_runs_from_the_command_line(shared: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "accord.references", str(shared / "reference")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "reproduced" in done.stdout


# Finding 2: a forecast's JSON, CSV and report, a comparison's and a backtest's JSON did not
# say which accord made them (the version, 0.1.0 since the first session, nor the commit).


def test_forecast_json_names_the_accord_that_made_it() -> None:
    from accord.provenance import provenance

    doc = json.loads(_invoke("forecast", "minsk-2015-02", "--json"))
    assert doc["accord"] == provenance()
    assert set(doc["accord"]) == {"version", "commit", "dirty"}
    assert doc["accord"]["version"] == "0.1.0"
    if (ROOT / ".git").exists():  # a checkout: the commit is the checkout's
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        assert doc["accord"]["commit"] == head
    compared = json.loads(_invoke("compare", "minsk-2015-02", "--engine", "mean", "--json"))
    assert compared["accord"] == provenance()


def test_forecast_table_names_runs_variant_and_version(tmp_path: Path) -> None:
    from accord.provenance import version_string

    target = tmp_path / "f.csv"
    args = ["forecast", "minsk-2015-02", "--engine", "bdm", "--variant", "paper"]
    _invoke(*args, "--runs", "20", "--seed", "1", "--format", "csv", "--out", str(target))
    frame = pd.read_csv(target)
    assert list(frame.columns[-7:]) == [
        *("runs", "variant", "accord_version", "as_of", "engine", "seed", "scenario"),
    ]
    assert set(frame["runs"]) == {20} and set(frame["variant"]) == {"paper"}
    assert set(frame["accord_version"]) == {version_string()}
    single = pd.read_csv(io.StringIO(_invoke("forecast", "minsk-2015-02", "--format", "csv")))
    assert single["runs"].isna().all() and single["variant"].isna().all()


def test_report_names_the_runs_and_the_accord(tmp_path: Path) -> None:
    from accord.provenance import version_string

    target = tmp_path / "r.html"
    args = ["forecast", "minsk-2015-02", "--engine", "bdm", "--runs", "20", "--seed", "3"]
    _invoke(*args, "--report", str(target))
    html = target.read_text(encoding="utf-8")
    assert "<th>runs</th><td>20</td>" in html
    assert f"<th>accord</th><td>{version_string()}</td>" in html


def test_backtest_json_names_the_accord(shared: Path) -> None:
    from accord.provenance import provenance

    path = shared / "data" / "deu3" / "deu3-train.tsv"
    doc = json.loads(_invoke("backtest", str(path), "--engines", "mean", "--json"))
    assert doc["accord"] == provenance()


def test_version_option_names_the_commit_of_a_checkout() -> None:
    from accord.provenance import provenance

    text = _invoke("--version")
    assert text.startswith("accord 0.1.0")
    commit = provenance()["commit"]
    if commit:
        assert f"(commit {commit}" in text


def test_provenance_without_git_is_the_version_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord import provenance as module

    module.provenance.cache_clear()
    monkeypatch.setattr(module, "_git", lambda root, *args: None)
    try:
        assert module.provenance()["commit"] is None
        assert module.version_string() == "0.1.0"
    finally:
        module.provenance.cache_clear()


def test_comparison_records_its_runs_and_the_accord() -> None:
    """Finding 2: `compare --runs N --json` recorded the seed but not N, without which the
    ensembles' p(agreement) cannot be computed again; its CSV named no accord either."""
    from accord.provenance import version_string

    args = ["compare", "minsk-2015-02", "--engine", "mean", "--engine", "bdm", "--runs", "10"]
    doc = json.loads(_invoke(*args, "--seed", "2", "--json"))
    assert doc["runs"] == 10 and doc["seed"] == 2
    frame = pd.read_csv(io.StringIO(_invoke(*args, "--seed", "2", "--format", "csv")))
    assert set(frame["runs"]) == {10} and set(frame["accord_version"]) == {version_string()}
    single = json.loads(_invoke("compare", "minsk-2015-02", "--engine", "mean", "--json"))
    assert single["runs"] is None
