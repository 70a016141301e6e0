"""Session 32 (s32-annuldraft): a draft whose vote was annulled (postponed sine die, withdrawn)
in the ledger, as session 31 annulled a question: recorded with its reason, listed, corrected
with --supersedes, never scored and counted apart; the migration that makes room for it
(revision 0004: a ledger of the previous schema upgraded without loss, and refused by an accord
that knows only 0003)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DatabaseError
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.errors import ArgumentError, DataError
from accord.ledger import DraftResult, ForecastRecord, Ledger, new_draft_result, score
from accord.ledger.db import LEDGER
from accord.store import migrate
from tests.forecast.test_rule_contrasts import mission, write_mission
from tests.helpers import empty_postgres

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
VOTED = dt.date(2025, 2, 1)
REASON = "vote postponed sine die"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres("run the ledger migration tests on PostgreSQL")


def _record(engine: str = "mean", p: float = 0.3, draft: str = "D1") -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s", scenario_hash="0" * 64, as_of=dt.date(2025, 1, 10),
        evidence_cutoff=None, engine=engine, variant=None, params={}, seed=7, runs=10,
        accord_version="test", recorded_at=NOW,
        output={"issues": [], "resolutions": [
            {"id": draft, "title": draft, "body": "unsc", "rule": "substantive",
             "date": "2025-02-01", "adoption_probability": p},
        ]},
    )  # fmt: skip


def _voted(draft: str, adopted: bool, id: int) -> DraftResult:
    return DraftResult("s", draft, adopted, VOTED, "src", NOW, id=id)


def _annulled(draft: str, id: int) -> DraftResult:
    return DraftResult("s", draft, None, VOTED, "src", NOW, id=id, annulled=REASON)


# --------------------------------------------------------------------------- scoring


def test_an_annulled_draft_is_never_scored_and_counted_apart() -> None:
    records = [_record("mean", 0.3, "D1"), _record("mean", 0.8, "D2"), _record("bdm", 0.6, "D2")]
    scores = score(records, [], [_voted("D1", False, 1), _annulled("D2", 2)])
    assert [(d.forecast.draft_id, d.engine) for d in scores.drafts] == [("D1", "mean")]
    assert [(a["draft"], a["engine"], a["reason"]) for a in scores.annulled_drafts] == [
        ("D2", "mean", REASON),
        ("D2", "bdm", REASON),
    ]
    assert scores.annulled == []  # no question was annulled
    rows = {(r.scenario, r.engine): r for r in scores.draft_rows}
    # the annulled draft moves no mean: Brier of mean is (0.3 - 0)^2 alone
    assert rows[("s", "mean")].brier == pytest.approx(0.09)
    assert (rows[("s", "mean")].n, rows[("s", "mean")].n_annulled) == (1, 1)
    bdm = rows[("all", "bdm")]  # it forecast only the annulled draft: a row that says so
    assert (bdm.n, bdm.brier, bdm.n_annulled) == (0, None, 1)
    assert all(r.n_annulled == 0 for r in scores.draft_rows_before_outcome)
    document = scores.to_dict()
    assert len(document["drafts"]["annulled"]) == 2
    assert document["drafts"]["rows"][0]["n_annulled"] == 1
    assert repr(scores).endswith("annulled_drafts=2)")
    assert "n_annulled" in scores.summary_frame().columns


def test_a_correction_may_annul_or_resolve_an_annulled_draft(tmp_path: Path) -> None:
    with Ledger(str(tmp_path / "l.db")) as ledger:
        ledger.add_record(_record())
        first = ledger.add_draft_result(_voted("D1", True, 0))
        annulled = ledger.add_draft_result(
            dataclasses.replace(_annulled("D1", 0), id=None, supersedes=first.id)
        )
        in_force = ledger.draft_entries("s")
        assert [r.id for r in in_force] == [annulled.id] and in_force[0].verdict == "annulled"
        assert score(ledger.records(), [], in_force).drafts == []
        again = ledger.add_draft_result(
            dataclasses.replace(_voted("D1", False, 0), id=None, supersedes=annulled.id)
        )
        assert [r.id for r in ledger.draft_entries("s")] == [again.id]
        kept = ledger.draft_results()[1]
        assert (kept.adopted, kept.tally, kept.to_dict()["annulled"]) == (None, None, REASON)


def test_new_draft_result_annuls_with_a_reason_and_checks_the_rest(tmp_path: Path) -> None:
    # a draft whose scenario records its result (actual): an annulment does not take it
    recorded = "      actual: {adopted: false, in_favour: 13, against: 1, abstentions: 1}\n"
    path = tmp_path / "mission.yaml"
    path.write_text(mission() + recorded, encoding="utf-8")
    with Ledger(str(tmp_path / "l.db")) as ledger:
        ref = str(path)
        with pytest.raises(ArgumentError, match="an annulled draft has no result"):
            new_draft_result(ledger, ref, "D1", adopted=False, on=VOTED, source="s", annulled="x")
        with pytest.raises(ArgumentError, match="an annulled draft has no result"):
            new_draft_result(ledger, ref, "D1", in_favour=1, against=1, abstentions=1,
                             on=VOTED, source="s", annulled="x")  # fmt: skip
        with pytest.raises(ArgumentError, match="say why the vote was annulled"):
            new_draft_result(ledger, ref, "D1", on=VOTED, source="s", annulled=" ")
        with pytest.raises(ArgumentError, match="before the scenario's as_of"):
            new_draft_result(ledger, ref, "D1", on=dt.date(2024, 1, 1), source="s",
                             annulled="x")  # fmt: skip
        with pytest.raises(DataError, match="no draft 'D9'"):
            new_draft_result(ledger, ref, "D9", on=VOTED, source="s", annulled="x")
        made = new_draft_result(ledger, ref, "D1", on=VOTED, source=" s ", annulled=f" {REASON} ")
        assert (made.adopted, made.tally, made.annulled, made.source) == (None, None, REASON, "s")


def test_resolve_draft_annulled_is_listed_and_not_scored_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "width", 200)  # a wide terminal, whatever ran before in the worker
    db = str(tmp_path / "team.db")
    path = str(write_mission(tmp_path))
    made = runner.invoke(app, ["forecast", path, "--record", "--db", db])
    assert made.exit_code == 0, made.output
    args = ["ledger", "resolve-draft", path, "D1", "--on", "2025-02-01", "--source", "minutes"]
    both = runner.invoke(app, [*args, "--annulled", "void", "--adopted", "no", "--db", db])
    assert both.exit_code == 2
    assert "--annulled: an annulled draft has no result and no tally: give --annulled REASON " \
        "alone" in " ".join(both.stderr.split())  # fmt: skip
    done = runner.invoke(app, [*args, "--annulled", REASON, "--db", db])
    assert done.exit_code == 0, done.output
    assert done.stderr.strip() == (
        f"draft result 1: mission-2025/D1 annulled on 2025-02-01 ({REASON}): not scored"
    )
    listed = json.loads(runner.invoke(app, ["ledger", "list", "--db", db, "--json"]).stdout)
    (result,) = listed["draft_results"]
    assert (result["adopted"], result["in_favour"], result["annulled"]) == (None, None, REASON)
    table = runner.invoke(app, ["ledger", "list", "--db", db])
    assert table.exit_code == 0
    (row,) = [line for line in table.stdout.splitlines() if "mission-2025" in line and "D1" in
              line and "minutes" in line]  # fmt: skip
    assert "annulled" in row and " no " not in row
    assert "annulled: not scored" in " ".join(table.stdout.split())
    csv = runner.invoke(app, ["ledger", "list", "--db", db, "--format", "csv"])
    assert REASON in csv.stdout
    document = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    assert document["drafts"]["forecasts"] == []
    assert [(a["draft"], a["reason"]) for a in document["drafts"]["annulled"]] == [("D1", REASON)]
    said = runner.invoke(app, ["ledger", "score", "--db", db])
    assert said.exit_code == 0
    assert "1 forecast of 1 annulled draft not scored (mission-2025/D1)" in " ".join(
        said.stderr.split()
    )
    fixed = runner.invoke(
        app,
        [*args, "--adopted", "no", "--in-favour", "13", "--against", "1", "--abstentions", "1",
         "--supersedes", "1", "--db", db, "--json"],
    )  # fmt: skip
    assert fixed.exit_code == 0, fixed.output
    assert json.loads(fixed.stdout)["annulled"] is None
    document = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    assert len(document["drafts"]["forecasts"]) == 1 and document["drafts"]["annulled"] == []


# --------------------------------------------------------------------------- the migration


def test_a_ledger_of_the_previous_schema_is_upgraded_without_loss(url: str) -> None:
    """A ledger written by the start code of session 32 (revision 0003: a draft result's
    `adopted` NOT NULL, no `annulled`), with a record, draft results (a tally, a correction)
    and a resolution, is upgraded to 0004 when opened: every row as it was, the index, the
    foreign key and the append-only triggers kept; then an annulled draft can be recorded."""
    engine = create_engine(url)
    assert migrate(engine, LEDGER, "0003") == "0003"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ledger_records (scenario_id, scenario_hash, as_of, evidence_cutoff, "
                "engine, variant, params, seed, runs, accord_version, recorded_at, output) VALUES "
                "('s', :hash, '2025-01-10', NULL, 'mean', NULL, '{}', 7, 10, 'old', :now, :output)"
            ),
            {"hash": "0" * 64, "now": NOW, "output": json.dumps(_record().output)},
        )
        for adopted, tally, supersedes in ((True, (9, 3, 3), None), (False, (13, 1, 1), 1)):
            conn.execute(
                text(
                    "INSERT INTO ledger_draft_results (scenario_id, draft_id, adopted, in_favour, "
                    "against, abstentions, resolved_on, source, note, supersedes, recorded_at) "
                    "VALUES ('s', 'D1', :a, :f, :g, :b, '2025-02-01', 'src', 'kept', :sup, :now)"
                ),
                {"a": adopted, "f": tally[0], "g": tally[1], "b": tally[2], "sup": supersedes,
                 "now": NOW},
            )  # fmt: skip
        conn.execute(text(
            "INSERT INTO ledger_resolutions (scenario_id, issue_id, outcome, agreed, resolved_on, "
            "source, recorded_at, annulled) VALUES ('s', 'a', NULL, NULL, '2025-02-01', 'src', "
            ":now, 'left open')"
        ), {"now": NOW})  # fmt: skip
        columns = {c["name"]: c for c in inspect(conn).get_columns("ledger_draft_results")}
        assert "annulled" not in columns and not columns["adopted"]["nullable"]
    engine.dispose()
    with Ledger(url) as ledger:
        assert ledger.schema_version() == "0005" == LEDGER.head  # then 0005 (session 34)
        (record,) = ledger.records()
        assert (record.seed, record.runs, record.accord_version) == (7, 10, "old")
        old = ledger.draft_results()
        assert [(r.id, r.adopted, r.tally, r.note, r.supersedes, r.annulled) for r in old] == [
            (1, True, "9-3-3", "kept", None, None),
            (2, False, "13-1-1", "kept", 1, None),
        ]
        assert [r.annulled for r in ledger.resolutions()] == ["left open"]
        (item,) = score(ledger.records(), [], ledger.draft_entries("s")).drafts
        assert (item.adopted, item.brier) == (False, pytest.approx(0.09))
        view = inspect(ledger.engine)
        assert any(i["column_names"] == ["scenario_id"]
                   for i in view.get_indexes("ledger_draft_results"))  # fmt: skip
        (key,) = view.get_foreign_keys("ledger_draft_results")
        assert (key["referred_table"], key["constrained_columns"]) == (
            "ledger_draft_results", ["supersedes"],
        )  # fmt: skip
        for statement in (
            "UPDATE ledger_draft_results SET note = 'changed'",
            "DELETE FROM ledger_draft_results",
        ):
            with pytest.raises(DatabaseError, match="append-only"), ledger.engine.begin() as c:
                c.execute(text(statement))
        annulled = ledger.add_draft_result(
            dataclasses.replace(_annulled("D1", 0), id=None, supersedes=2)
        )
        assert annulled.id == 3 and ledger.draft_entries("s")[-1].annulled == REASON
    with Ledger(url) as again:  # at the head: opened without migrating
        assert len(again.draft_results()) == 3


def test_an_accord_that_knows_only_0003_refuses_the_upgraded_ledger(tmp_path: Path) -> None:
    """The older accord (its migrations end at 0003) opening a ledger this one wrote: refused,
    naming both revisions and what to do, and nothing in the ledger touched."""
    older = tmp_path / "migrations"
    shutil.copytree(LEDGER.script_location, older, ignore=shutil.ignore_patterns("__pycache__"))
    for newer in (older / "versions").glob("000[45]_*.py"):  # 0005: session 34
        newer.unlink()
    old_accord = dataclasses.replace(LEDGER, script_location=older, head="0003")
    db = tmp_path / "new.db"
    with Ledger(str(db)) as ledger:
        ledger.add_record(_record())
        ledger.add_draft_result(_annulled("D1", 0))
    engine = create_engine(f"sqlite:///{db}")
    with pytest.raises(DataError) as refused:
        migrate(engine, old_accord)
    engine.dispose()
    said = str(refused.value)
    assert said.endswith(
        "the ledger tables are at schema revision '0005', written by a newer accord (this one "
        "knows up to '0003'); upgrade accord to use this database"
    )
    with Ledger(str(db)) as ledger:
        assert ledger.schema_version() == "0005"
        assert [r.annulled for r in ledger.draft_results()] == [REASON]
