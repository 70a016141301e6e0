"""``accord db status`` and ``accord db upgrade`` (session 40's operations trial,
docs/trial-2026-12-07-s40-ops.md, finding 4): before them an operator could not see a
database's schema revisions without a command upgrading them, one-way, on opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from accord.ledger.db import LEDGER
from accord.store.engine import connect, normalise_url
from accord.store.migrate import migrate
from tests.helpers import run_cli


def _ledger_at(path: Path, revision: str) -> None:
    engine = connect(normalise_url(str(path)))
    migrate(engine, LEDGER, target=revision)
    engine.dispose()


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as con:
        return str(con.execute("SELECT version_num FROM accord_ledger_version").fetchone()[0])


def test_status_reads_without_upgrading_and_upgrade_upgrades(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    _ledger_at(db, "0003")
    code, output = run_cli("db", "status", "--db", str(db))
    assert code == 1, output  # an upgrade is due
    assert "0003" in output and "older" in output and "back it up first" in output
    assert _revision(db) == "0003"  # status changed nothing
    code, output = run_cli("db", "upgrade", "--db", str(db))
    assert code == 0, output
    assert "upgraded the ledger tables from schema revision '0003'" in output
    assert _revision(db) == LEDGER.head
    code, output = run_cli("db", "status", "--db", str(db))
    assert code == 0, output
    assert "older" not in output
    code, output = run_cli("db", "upgrade", "--db", str(db))
    assert code == 0 and "nothing to upgrade" in output


def test_a_newer_revision_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    _ledger_at(db, "0003")
    with sqlite3.connect(db) as con:
        con.execute("UPDATE accord_ledger_version SET version_num = '9999'")
    code, output = run_cli("db", "status", "--db", str(db))
    assert code == 2, output
    assert "newer" in output
    code, output = run_cli("db", "upgrade", "--db", str(db))
    assert code == 2, output
    assert "written by a newer accord" in output and "'9999'" in output
    assert _revision(db) == "9999"


def test_a_missing_file_is_no_new_database(tmp_path: Path) -> None:
    for command in ("status", "upgrade"):
        code, output = run_cli("db", command, "--db", str(tmp_path / "none.db"))
        assert code == 2 and "no database there yet" in output
        assert not (tmp_path / "none.db").exists()
