"""Session 31 (s31-ledger): an annulled question in the ledger (recorded, listed, never scored,
counted apart), the migration that makes room for it (revision 0003: a ledger of the previous
schema upgraded without loss), resolving into a --db that is no ledger (refused, nothing made),
and two processes resolving into one ledger at once (nothing lost)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DatabaseError
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import ArgumentError
from accord.ledger import ForecastRecord, Ledger, Resolution, new_resolution, score
from accord.ledger.db import LEDGER
from accord.store import migrate
from tests.helpers import empty_postgres

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
EC = "ec-emissions-1994"  # bundled: issue `emissions` on [4, 10], as of 1994-01-01


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres("run the ledger migration tests on PostgreSQL")


def _record(engine: str = "mean", p: float = 0.8, issue: str = "a") -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s", scenario_hash="0" * 64, as_of=dt.date(2020, 1, 1),
        evidence_cutoff=None, engine=engine, variant=None, params={}, seed=7, runs=10,
        accord_version="test", recorded_at=NOW,
        output={"issues": [{"id": issue, "scale": [0, 100], "forecast": 60.0, "status_quo": 0.0,
                            "p_agreement": p}]},
    )  # fmt: skip


def _resolved(issue: str, agreed: bool, id: int) -> Resolution:
    return Resolution("s", issue, 50.0, agreed, dt.date(2020, 6, 1), "src", NOW, id=id)


def _annulled(issue: str, id: int) -> Resolution:
    return Resolution(
        "s", issue, None, None, dt.date(2020, 6, 1), "src", NOW, id=id, annulled="left open"
    )


# --------------------------------------------------------------------------- scoring


def test_an_annulled_question_is_never_scored_and_counted_apart() -> None:
    records = [_record("mean", 0.8, "a"), _record("mean", 0.3, "b"), _record("bdm", 0.6, "b")]
    resolutions = [_resolved("a", True, 1), _annulled("b", 2)]
    scores = score(records, resolutions)
    assert [(i.issue_id, i.engine) for i in scores.items] == [("a", "mean")]
    assert [(a["issue"], a["engine"], a["reason"]) for a in scores.annulled] == [
        ("b", "mean", "left open"),
        ("b", "bdm", "left open"),
    ]
    rows = {(r.scenario, r.engine): r for r in scores.rows}
    # the annulled question moves no mean: Brier of mean is (0.8 - 1)^2 alone
    assert rows[("s", "mean")].brier == pytest.approx(0.04)
    assert (rows[("s", "mean")].n, rows[("s", "mean")].n_annulled) == (1, 1)
    # bdm forecast only the annulled question: a row that says so, with nothing scored
    bdm = rows[("all", "bdm")]
    assert (bdm.n, bdm.n_brier, bdm.brier, bdm.n_annulled) == (0, 0, None, 1)
    document = scores.to_dict()
    assert document["rows"][0]["n_annulled"] == 1 and len(document["annulled"]) == 2
    assert "annulled" in document["definitions"]
    assert repr(scores).endswith("annulled=2)")
    assert "n_annulled" in scores.summary_frame().columns


def test_a_correction_may_annul_or_resolve_an_annulled_question(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "l.db")) as ledger:
        ledger.add_record(_record())
        first = ledger.add_resolution(_resolved("a", True, 0))
        annulled = ledger.add_resolution(
            Resolution("s", "a", None, None, dt.date(2020, 7, 1), "src", NOW,
                       supersedes=first.id, annulled="the vote was declared void")
        )  # fmt: skip
        records, in_force = ledger.entries("s")
        assert [r.id for r in in_force] == [annulled.id] and in_force[0].verdict == "annulled"
        assert score(records, in_force).items == []
        again = ledger.add_resolution(
            Resolution("s", "a", 0.0, False, dt.date(2020, 8, 1), "src", NOW,
                       supersedes=annulled.id)
        )  # fmt: skip
        _, in_force = ledger.entries("s")
        assert [r.id for r in in_force] == [again.id]
        assert ledger.resolutions()[1].to_dict()["annulled"] == "the vote was declared void"


def test_new_resolution_annuls_with_a_reason_and_checks_the_rest(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "l.db")) as ledger:
        on = dt.date(1994, 6, 1)
        with pytest.raises(ArgumentError, match="an annulled question has no outcome"):
            new_resolution(ledger, EC, "emissions", outcome=5.0, on=on, source="s", annulled="x")
        with pytest.raises(ArgumentError, match="say why the question was annulled"):
            new_resolution(ledger, EC, "emissions", on=on, source="s", annulled=" ")
        with pytest.raises(ArgumentError, match="give the outcome and whether"):
            new_resolution(ledger, EC, "emissions", outcome=5.0, on=on, source="s")
        with pytest.raises(ArgumentError, match="before the scenario's as_of"):
            new_resolution(ledger, EC, "emissions", on=dt.date(1993, 1, 1), source="s",
                           annulled="x")  # fmt: skip
        made = new_resolution(
            ledger, EC, "emissions", on=on, source=" s ", annulled=" left to a later council "
        )
        assert (made.outcome, made.agreed, made.annulled, made.source) == (
            None, None, "left to a later council", "s",
        )  # fmt: skip


def test_resolve_annulled_is_listed_and_not_scored_on_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "team.db")
    made = runner.invoke(app, ["forecast", EC, "--engine", "median", "--record", "--db", db])
    assert made.exit_code == 0, made.output
    args = ["ledger", "resolve", EC, "emissions", "--on", "1994-06-01", "--source", "council"]
    both = runner.invoke(app, [*args, "--annulled", "void", "--agreed", "no", "--db", db])
    assert both.exit_code == 2 and "--annulled: an annulled question has no outcome" in both.stderr
    neither = runner.invoke(app, [*args, "--db", db])
    assert neither.exit_code == 2
    assert "--outcome: give the outcome and whether an agreement was reached, or annul the " \
        "question with --annulled REASON" in " ".join(neither.stderr.split())  # fmt: skip
    done = runner.invoke(app, [*args, "--annulled", "left to the next council", "--db", db])
    assert done.exit_code == 0, done.output
    assert done.stderr.strip() == (
        "resolution 1: ec-emissions-1994/emissions annulled on 1994-06-01 (left to the next "
        "council): not scored"
    )
    listed = json.loads(runner.invoke(app, ["ledger", "list", "--db", db, "--json"]).stdout)
    (mine,) = [r for r in listed["resolutions"] if r["origin"] == "ledger"]
    assert (mine["outcome"], mine["agreed"], mine["annulled"]) == (
        None, None, "left to the next council",
    )  # fmt: skip
    table = runner.invoke(app, ["ledger", "list", "--db", db, "--scenario", EC])
    assert table.exit_code == 0 and "annulled" in table.stdout
    # session 32: the caption's note was added after the table was made, so never shown
    assert "annulled: not scored" in " ".join(table.stdout.split())
    csv = runner.invoke(app, ["ledger", "list", "--db", db, "--format", "csv"])
    assert "left to the next council" in csv.stdout
    scored = runner.invoke(app, ["ledger", "score", "--db", db, "--json"])
    document = json.loads(scored.stdout)
    assert document["forecasts"] == [] and len(document["annulled"]) == 1
    text_out = runner.invoke(app, ["ledger", "score", "--db", db])
    assert text_out.exit_code == 0
    assert "1 forecast of 1 annulled question not scored" in " ".join(text_out.stderr.split())


# --------------------------------------------------------------------------- the migration


def test_a_ledger_of_the_previous_schema_is_upgraded_without_loss(url: str) -> None:
    """A ledger written by the start code of session 31 (revision 0002: outcome and agreed NOT
    NULL, no `annulled`), with records, a resolution, its correction and a draft result, is
    upgraded (0003, then 0004) when opened: every row as it was, the index, the foreign key and the
    append-only triggers kept; then an annulled question can be recorded."""
    engine = create_engine(url)
    assert migrate(engine, LEDGER, "0002") == "0002"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ledger_records (scenario_id, scenario_hash, as_of, evidence_cutoff, "
                "engine, variant, params, seed, runs, accord_version, recorded_at, output) VALUES "
                "('s', :hash, '2020-01-01', NULL, 'mean', NULL, '{}', 7, 10, 'old', :now, :output)"
            ),
            {"hash": "0" * 64, "now": NOW, "output": json.dumps(_record().output)},
        )
        for outcome, agreed, supersedes in ((50.0, True, None), (0.0, False, 1)):
            conn.execute(
                text(
                    "INSERT INTO ledger_resolutions (scenario_id, issue_id, outcome, agreed, "
                    "resolved_on, source, note, supersedes, recorded_at) VALUES ('s', 'a', :o, :a, "
                    "'2020-06-01', 'src', 'kept', :sup, :now)"
                ),
                {"o": outcome, "a": agreed, "sup": supersedes, "now": NOW},
            )
        conn.execute(text(
            "INSERT INTO ledger_draft_results (scenario_id, draft_id, adopted, resolved_on, "
            "source, recorded_at) VALUES ('s', 'D1', true, '2020-06-01', 'src', :now)"
        ), {"now": NOW})  # fmt: skip
        columns = {c["name"]: c for c in inspect(conn).get_columns("ledger_resolutions")}
        assert "annulled" not in columns and not columns["outcome"]["nullable"]
    engine.dispose()
    with Ledger(url) as ledger:
        assert ledger.schema_version() == "0005" == LEDGER.head  # 0003, 0004, then 0005
        (record,) = ledger.records()
        assert (record.seed, record.runs, record.accord_version) == (7, 10, "old")
        old = ledger.resolutions()
        assert [(r.id, r.outcome, r.agreed, r.note, r.supersedes, r.annulled) for r in old] == [
            (1, 50.0, True, "kept", None, None),
            (2, 0.0, False, "kept", 1, None),
        ]
        assert [r.draft_id for r in ledger.draft_results()] == ["D1"]
        (item,) = score(*ledger.entries("s")).items
        assert (item.agreed, item.outcome) == (False, 0.0)
        view = inspect(ledger.engine)
        assert any(i["column_names"] == ["scenario_id"]
                   for i in view.get_indexes("ledger_resolutions"))  # fmt: skip
        (key,) = view.get_foreign_keys("ledger_resolutions")
        assert (key["referred_table"], key["constrained_columns"]) == (
            "ledger_resolutions", ["supersedes"],
        )  # fmt: skip
        for statement in (
            "UPDATE ledger_resolutions SET note = 'changed'",
            "DELETE FROM ledger_resolutions",
        ):
            with pytest.raises(DatabaseError, match="append-only"), ledger.engine.begin() as c:
                c.execute(text(statement))
        annulled = ledger.add_resolution(
            Resolution("s", "b", None, None, dt.date(2020, 6, 1), "src", NOW, annulled="void")
        )
        assert annulled.id == 3 and ledger.resolutions()[-1].annulled == "void"
    with Ledger(url) as again:  # at the head: opened without migrating
        assert len(again.resolutions()) == 3


# --------------------------------------------------------------------------- a missing ledger


@pytest.mark.parametrize(
    "command",
    [
        ["resolve", EC, "emissions", "--outcome", "5", "--agreed", "no", "--on", "1994-06-01",
         "--source", "s"],
        ["resolve", EC, "emissions", "--annulled", "void", "--on", "1994-06-01", "--source", "s"],
        ["resolve-draft", EC, "D1", "--adopted", "no", "--on", "1994-06-01", "--source", "s"],
        ["list"], ["show", "1"], ["score"],
    ],
    ids=["resolve", "annul", "resolve-draft", "list", "show", "score"],
)  # fmt: skip
def test_a_mistyped_ledger_path_is_named_and_nothing_is_made(
    command: list[str], tmp_path: Path
) -> None:
    mistyped = tmp_path / "sub" / "ledgr.db"
    done = runner.invoke(app, ["ledger", *command, "--db", str(mistyped)])
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert done.stderr.startswith(f"error: {mistyped}: no ledger there yet")
    assert not mistyped.exists() and not mistyped.parent.exists()


# --------------------------------------------------------------------------- two writers


_WRITER = """
import sys
from typer.testing import CliRunner
from accord.cli import app

db, issue, how = sys.argv[1:4]
what = ["--annulled", "left open"] if how == "annul" else ["--outcome", "5", "--agreed", how]
done = CliRunner().invoke(app, ["ledger", "resolve", "s", issue, "--on", "2020-06-01",
                                "--source", "minutes", "--db", db, *what])
print(done.exit_code, done.stderr.strip())
"""


def _writers(db: str, jobs: list[tuple[str, str]]) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    started = [
        subprocess.Popen([sys.executable, "-c", _WRITER, db, issue, how], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for issue, how in jobs
    ]  # fmt: skip
    said = [p.communicate(timeout=240) for p in started]
    return [out.strip() for out, _ in said]


def test_two_processes_resolving_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two processes resolve (one annuls) two questions of one ledger at the same moment: both
    land, with their own ids; then two resolve the same question at once: one wins, the other
    is refused with the --supersedes hint, and nothing is written twice."""
    db = str(tmp_path / "two.db")
    with Ledger(db) as ledger:
        ledger.add_record(_record(issue="a"))
        ledger.add_record(
            ForecastRecord(**{**_record().__dict__, "id": None,
                              "output": {"issues": [{"id": "b", "scale": [0, 100]}]}})
        )  # fmt: skip
    said = _writers(db, [("a", "yes"), ("b", "annul")])
    assert all(line.startswith("0 resolution ") for line in said), said
    with Ledger(db) as ledger:
        kept = {(r.issue_id, r.agreed, r.annulled) for r in ledger.resolutions()}
        assert kept == {("a", True, None), ("b", None, "left open")}
        assert sorted(r.id for r in ledger.resolutions()) == [1, 2]
    db2 = str(tmp_path / "same.db")
    with Ledger(db2) as ledger:
        ledger.add_record(_record(issue="a"))
    said = _writers(db2, [("a", "yes"), ("a", "annul")])
    assert sorted(line.split()[0] for line in said) == ["0", "2"], said
    refused: Any = next(line for line in said if line.startswith("2"))
    assert "record a correction with --supersedes 1" in refused
    with Ledger(db2) as ledger:
        assert len(ledger.resolutions()) == 1
