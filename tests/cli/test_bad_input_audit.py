"""Regression tests for the session-16 bad-input audit
(docs/data/audit-2026-12-04-s16-audit/audit_errors.py): each input below once ended in a
traceback, an error that did not name the option or the value, or a silent wrong answer.
``run_cli`` itself fails a test on any traceback."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.types import PLOVER_TYPES
from tests.helpers import run_cli

SCENARIO = "ec-emissions-1994"


def test_scheduler_address_without_port_is_named() -> None:
    pytest.importorskip("distributed")
    code, output = run_cli("forecast", SCENARIO, "--runs", "3", "--scheduler", "notanaddress")
    assert code == 2 and "--scheduler" in output and "notanaddress" in output


def test_db_under_a_regular_file_names_the_folder(blocker: Path) -> None:
    code, output = run_cli(
        "forecast", SCENARIO, "--engine", "median", "--record", "--db", f"{blocker}/ledger.db"
    )
    assert code == 2 and "--db" in output and "a file is in the way" in output
    assert str(blocker.name) in output
    # reading and resolving commands make no ledger (resolve since session 31): the missing
    # file is named before any folder is made
    for command in (
        ["ledger", "list"],
        ["ledger", "resolve", SCENARIO, "emissions", "--outcome", "5", "--agreed", "yes",
         "--on", "1994-06-01", "--source", "s"],
    ):  # fmt: skip
        code, output = run_cli(*command, "--db", f"{blocker}/ledger.db")
        assert code == 2 and "no ledger there yet" in output and str(blocker.name) in output


def test_gold_file_that_is_a_directory(tmp_path: Path) -> None:
    code, output = run_cli("events", "evaluate", str(tmp_path))
    assert code == 2 and tmp_path.name in output and "cannot read the gold file" in output


@pytest.mark.parametrize("command", ["ingest", "events code"])
def test_parquet_folder_that_cannot_be_made(command: str, blocker: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France and Germany met in Paris.\n", encoding="utf-8")
    code, output = run_cli(*command.split(), str(article), "--db", str(tmp_path / "s.db"),
                           "--parquet", f"{blocker}/events")  # fmt: skip
    assert code == 2 and "--parquet" in output and "cannot create the folder" in output


@settings(max_examples=6, deadline=None)
@given(
    value=st.sampled_from([math.nan, math.inf, -math.inf]),
    command=st.sampled_from(
        [
            ("forecast", SCENARIO, "--interval"),
            ("backtest", "/nonexistent.tsv", "--interval"),
            ("serve", "--max-upload-mb"),
        ]
    ),
)
def test_non_finite_float_options_are_refused(value: float, command: tuple[str, ...]) -> None:
    code, output = run_cli(*command, str(value))
    assert code == 2 and command[-1] in output
    assert "must be a finite number" in output or "not in the range" in output


def test_empty_folder_to_ingest_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    code, output = run_cli("ingest", str(folder), "--db", str(tmp_path / "s.db"))
    assert code == 1 and "the folder holds no file to read" in output and "empty" in output


def test_unknown_event_type_is_refused_a_known_one_in_any_case_is_not(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France and Germany met in Paris.\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert run_cli("ingest", str(article), "--db", db, "--date-if-missing", "2025-01-02")[0] == 0
    code, output = run_cli("events", "--db", db, "--type", "NOSUCH")
    assert code == 2 and "--type" in output and "NOSUCH" in output
    assert run_cli("events", "--db", db, "--type", PLOVER_TYPES[1].lower())[0] == 0
    code, output = run_cli("events", "--db", db, "--since", "2025-02-01", "--until", "2025-01-01")
    assert code == 2 and "--since 2025-02-01 is after --until 2025-01-01" in output


@pytest.mark.parametrize("flags", [(), ("--json",), ("--format", "table")])
def test_out_without_a_file_format_is_refused(flags: tuple[str, ...], tmp_path: Path) -> None:
    target = tmp_path / "result.csv"
    code, output = run_cli("forecast", SCENARIO, *flags, "--out", str(target))
    assert code == 2 and "--out" in output and "--format csv or parquet" in output
    assert not target.exists()


def test_out_never_replaces_a_file_of_another_kind(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    code, output = run_cli("forecast", SCENARIO, "--format", "csv", "--out", str(notes))
    assert code == 2 and "notes.txt" in output and "holds no csv data" in output
    assert notes.read_text(encoding="utf-8") == "my notes\n"
    table = tmp_path / "result.csv"
    for _ in range(2):  # last run's table is replaced freely
        assert run_cli("forecast", SCENARIO, "--format", "csv", "--out", str(table))[0] == 0
    assert table.read_text(encoding="utf-8").startswith("issue,")


def test_sweep_out_takes_its_format_from_the_name(tmp_path: Path) -> None:
    vary = ("--vary", "Germany.capability=0.1:0.3", "--points", "2")
    target = tmp_path / "sweep.json"
    assert run_cli("sweep", SCENARIO, *vary, "--out", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("{")
    code, output = run_cli("sweep", SCENARIO, *vary, "--out", str(tmp_path / "sweep.txt"))
    assert code == 2 and "sweep.txt" in output and "--format json, csv or parquet" in output


def test_evidence_cv_folds_below_two(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    code, output = run_cli("evidence", "cv", str(gold), "--by", "url", "--folds", "0")
    assert code == 2 and "--folds" in output


def test_votes_rolling_first_after_last_is_named(tmp_path: Path) -> None:
    code, output = run_cli(
        "votes", "rolling", "--data", str(tmp_path), "--first", "80", "--last", "60"
    )
    assert code == 2 and "--first 80" in output and "--last 60" in output


def test_votes_session_without_roll_calls_names_the_sessions(tmp_path: Path) -> None:
    (tmp_path / "un_roll_calls.csv").write_text(
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n"
        "3,1,0,1946-01-01,R/1/66,1,0,short,description\n",
        encoding="utf-8",
    )
    (tmp_path / "un_votes.csv").write_text(
        "rcid,country,country_code,vote\n3,Canada,CA,no\n", encoding="utf-8"
    )
    (tmp_path / "un_roll_call_issues.csv").write_text("rcid,short_name,issue\n", encoding="utf-8")
    code, output = run_cli("votes", "evaluate", "--data", str(tmp_path), "--holdout-session", "99")
    assert code == 2 and "no roll calls in sessions" in output and "-99" in output
    code, output = run_cli("votes", "evaluate", "--data", str(tmp_path), "--holdout-session", "0")
    assert code == 2 and "--holdout-session" in output
