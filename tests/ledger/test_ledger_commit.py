"""Session 34 (s34-provenance): a recorded forecast says which code made it. The ledger's
``accord_version`` holds 0.1.0, as every accord since the first session; revision 0005 adds the
nullable ``accord_commit`` (the commit of the checkout, ``.dirty`` where ``src/`` differed),
filled for new forecasts, NULL for the rows already there, which are shown as unknown."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DatabaseError
from typer.testing import CliRunner

from accord.cli import app
from accord.forecast import forecast
from accord.ledger import Ledger, record_of
from accord.ledger.db import LEDGER
from accord.ledger.records import commit_label
from accord.provenance import provenance
from accord.scenario import load_bundled
from accord.store import migrate
from tests.helpers import empty_postgres

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
OUTPUT = {"issues": [{"id": "a", "scale": [0, 100], "forecast": 40.0}]}


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres("run the ledger migration tests on PostgreSQL")


def test_commit_label() -> None:
    assert commit_label(None, None) is None
    assert commit_label("ab" * 20, False) == "ab" * 20
    assert commit_label("ab" * 20, True) == "ab" * 20 + ".dirty"


def test_a_new_forecast_records_the_commit_that_made_it() -> None:
    made = record_of(forecast(load_bundled("ec-emissions-1994"), "mean"))
    info = provenance()
    assert made.accord_commit == commit_label(info["commit"], info["dirty"])
    assert made.to_dict(output=False)["accord_commit"] == made.accord_commit
    assert made.accord_version == info["version"]  # the version number, as before


def test_a_ledger_at_0004_is_upgraded_keeping_every_row(url: str) -> None:
    """A ledger at revision 0004 (session 33's accord) with a record, a resolution and a
    draft result is upgraded to 0005 when opened: every row as it was, the old record's
    commit unknown (NULL), the append-only triggers kept; then a new record has its commit."""
    engine = create_engine(url)
    assert migrate(engine, LEDGER, "0004") == "0004"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ledger_records (scenario_id, scenario_hash, as_of, evidence_cutoff, "
                "engine, variant, params, seed, runs, accord_version, recorded_at, output) VALUES "
                "('s', :hash, '2025-01-10', NULL, 'mean', NULL, '{}', 7, 10, 'old', :now, :output)"
            ),
            {"hash": "0" * 64, "now": NOW, "output": json.dumps(OUTPUT)},
        )
        conn.execute(text(
            "INSERT INTO ledger_resolutions (scenario_id, issue_id, outcome, agreed, resolved_on, "
            "source, recorded_at) VALUES ('s', 'a', 35.0, TRUE, '2025-02-01', 'src', :now)"
        ), {"now": NOW})  # fmt: skip
        conn.execute(text(
            "INSERT INTO ledger_draft_results (scenario_id, draft_id, adopted, in_favour, "
            "against, abstentions, resolved_on, source, recorded_at) VALUES "
            "('s', 'D1', TRUE, 9, 3, 3, '2025-02-01', 'src', :now)"
        ), {"now": NOW})  # fmt: skip
        assert "accord_commit" not in {
            c["name"] for c in inspect(conn).get_columns("ledger_records")
        }
    engine.dispose()
    with Ledger(url) as ledger:
        assert ledger.schema_version() == "0005" == LEDGER.head
        (old,) = ledger.records()
        assert (old.id, old.seed, old.runs, old.accord_version) == (1, 7, 10, "old")
        assert (old.output, old.accord_commit) == (OUTPUT, None)
        (resolution,) = ledger.resolutions()
        assert (resolution.issue_id, resolution.outcome, resolution.agreed) == ("a", 35.0, True)
        (result,) = ledger.draft_results()
        assert (result.draft_id, result.adopted, result.tally) == ("D1", True, "9-3-3")
        for statement in ("UPDATE ledger_records SET seed = 8", "DELETE FROM ledger_records"):
            with pytest.raises(DatabaseError, match="append-only"), ledger.engine.begin() as c:
                c.execute(text(statement))
        made = record_of(forecast(load_bundled("ec-emissions-1994"), "mean"))
        stored = ledger.add_record(made)
        assert ledger.record(stored.id or 0).accord_commit == made.accord_commit
        assert [r.accord_commit for r in ledger.records()] == [None, made.accord_commit]


def test_an_unknown_commit_is_shown_as_unknown(tmp_path: Path) -> None:
    """`ledger list` and `ledger show` say `unknown` for a record without a commit; --json
    gives null, and the new record's commit where accord runs from a checkout."""
    db = str(tmp_path / "ledger.db")
    engine = create_engine(f"sqlite:///{db}")
    assert migrate(engine, LEDGER, "0004") == "0004"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO ledger_records (scenario_id, scenario_hash, engine, params, "
                "accord_version, recorded_at, output) VALUES "
                "('s', :hash, 'mean', '{}', '0.1.0', :now, :output)"
            ),
            {"hash": "0" * 64, "now": NOW, "output": json.dumps(OUTPUT)},
        )
    engine.dispose()
    shown = runner.invoke(app, ["ledger", "show", "1", "--db", db])
    assert shown.exit_code == 0, shown.output
    assert "accord_commit: unknown" in shown.stdout
    listed = runner.invoke(app, ["ledger", "list", "--db", db], env={"COLUMNS": "200"})
    assert listed.exit_code == 0, listed.output
    assert "commit" in listed.stdout and "unknown" in listed.stdout
    document = json.loads(runner.invoke(app, ["ledger", "list", "--db", db, "--json"]).stdout)
    assert document["records"][0]["accord_commit"] is None
