"""Session 39's security trial (docs/trial-2026-12-07-s39-security.md): the stores' defects.
A new SQLite store, ledger or backup copy was readable by every account of the machine, and a
database URL that did not parse was printed with its password. Each test failed on b3f68411's
source."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.errors import DataError
from accord.ledger.db import Ledger
from accord.news.store import Store
from accord.store.backup import backup_sqlite
from accord.store.engine import connect, display_url
from accord.web import WebSettings, create_app
from tests.helpers import accord_process


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The usual umask 022, under which SQLite's own files are 0644: readable by all."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_news_store_is_not_readable_by_other_accounts(
    tmp_path: Path, usual_umask: None
) -> None:
    path = tmp_path / "desk.db"
    with Store(str(path)):
        assert _mode(path) == 0o640  # 0o660 less the umask: owner and group only
        wal = tmp_path / "desk.db-wal"
        assert wal.exists() and _mode(wal) == 0o640  # SQLite copies the file's permissions


def test_a_new_ledger_is_not_readable_by_other_accounts(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "ledger.db"
    with Ledger(str(path)):
        pass
    assert _mode(path) == 0o640


def test_the_workbench_store_is_not_readable_by_other_accounts(
    tmp_path: Path, usual_umask: None
) -> None:
    """The workbench's database holds the team's unpublished scenario versions."""
    path = tmp_path / "web.db"
    create_app(WebSettings(db=str(path), token="a-security-token-0123456789"))
    assert _mode(path) == 0o640


def test_a_group_writable_umask_gives_the_group_write(tmp_path: Path) -> None:
    """A desk that shares a store through a group sets umask 002; the file is then 0660."""
    before = os.umask(0o002)
    try:
        path = tmp_path / "shared.db"
        with Store(str(path)):
            pass
    finally:
        os.umask(before)
    assert _mode(path) == 0o660


def test_an_existing_store_keeps_its_permissions(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "old.db"
    with Store(str(path)):
        pass
    path.chmod(0o644)  # made so by an older accord, or on purpose
    with Store(str(path)):
        pass
    assert _mode(path) == 0o644


def test_a_backup_copy_keeps_the_store_s_permissions(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "desk.db"
    with Store(str(path)):
        pass
    path.chmod(0o600)
    copy = tmp_path / "copy.db"
    backup_sqlite(str(path), copy)
    assert _mode(copy) == 0o600  # sqlite3.connect made it 0644


URL = "postgresql+psycopg://analyst:hunter2-secret@db.example.org:54x32/desk"


def test_a_database_url_that_does_not_parse_hides_its_password() -> None:
    """A mistyped port: the error printed the whole URL, password and all, into the job's log."""
    with pytest.raises(DataError) as refused:
        connect(URL)
    message = str(refused.value)
    assert "hunter2" not in message
    assert "analyst:***@db.example.org:54x32/desk" in message
    assert display_url("postgres ql://u:p@ss@h/x") == "postgres ql://u:***@h/x"


def test_the_command_line_hides_the_password_of_a_url_that_does_not_parse(
    tmp_path: Path,
) -> None:
    done = accord_process("ledger", "list", "--db", URL, cwd=tmp_path)
    assert done.returncode != 0
    assert "not a database URL" in done.stderr
    assert "hunter2" not in done.stdout + done.stderr


def test_a_table_name_with_a_quote_is_quoted_when_a_new_file_is_checked(tmp_path: Path) -> None:
    """``NewSqliteFile.discard`` reads every table of the file; a name holding ``"`` (a crafted
    file) broke the statement built from it."""
    import sqlite3
    from contextlib import closing

    from accord.store.engine import _holds_data

    path = tmp_path / "odd.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute('CREATE TABLE "a""b" (x)')
        conn.execute('INSERT INTO "a""b" VALUES (1)')
        conn.commit()
        assert _holds_data(conn)
