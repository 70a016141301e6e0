"""Session 40's operations trial (docs/trial-2026-12-07-s40-ops.md, findings 1 and 2): how a
PostgreSQL engine meets a server that does not answer and one that restarted.

1. A server that accepts the connection and then says nothing (an overloaded server, a port
   that is not PostgreSQL's, a stuck pooler) held every command for ever: no connect timeout.
2. After the server restarted, each pooled connection failed once (the workbench answered 500
   per connection in its pool): no check of a pooled connection before use.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from accord.store import engine as store_engine
from accord.store.engine import connect
from tests.helpers import empty_postgres


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never sends a byte."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join(5)
    for sock in accepted:
        sock.close()
    listener.close()


def test_a_silent_postgresql_server_times_out(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("psycopg")
    monkeypatch.setattr(store_engine, "PG_CONNECT_TIMEOUT_S", 1, raising=False)
    engine = connect(f"postgresql+psycopg://desk:pw@127.0.0.1:{silent_server}/accord")
    outcome: list[BaseException | None] = []

    def try_it() -> None:
        try:
            with engine.connect():
                outcome.append(None)
        except BaseException as exc:  # the thread reports what happened
            outcome.append(exc)

    thread = threading.Thread(target=try_it, daemon=True)
    thread.start()
    thread.join(20)  # a few tries of 1 s each; before the fix it waited for ever
    assert outcome, "the connection to a silent server did not give up"
    assert isinstance(outcome[0], OperationalError)
    assert "timeout" in str(outcome[0]).lower()
    engine.dispose()


def test_the_url_may_set_its_own_connect_timeout() -> None:
    pytest.importorskip("psycopg")
    engine = connect("postgresql+psycopg://desk:pw@127.0.0.1:1/accord?connect_timeout=3")
    assert engine.pool._pre_ping  # type: ignore[attr-defined]
    assert engine.url.query["connect_timeout"] == "3"
    engine.dispose()


def test_a_pooled_connection_survives_a_server_restart() -> None:
    """The server ends every connection (as a restart or a fail-over does); the next use of
    the pool gets a fresh one instead of the dead connection's error."""
    url = empty_postgres("check pooled connections after a PostgreSQL restart")
    engine = connect(url)
    with engine.connect() as connection:
        pid = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
    admin = create_engine(url)
    with admin.begin() as other:
        ended = other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    admin.dispose()
    assert ended
    with engine.connect() as connection:  # before the fix: OperationalError
        assert connection.execute(text("SELECT 1")).scalar_one() == 1
        assert connection.execute(text("SELECT pg_backend_pid()")).scalar_one() != pid
    engine.dispose()


def test_a_ledger_that_cannot_be_made_leaves_no_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Finding 7: ``forecast --record`` into a new ledger on a full disk stopped with
    ``cannot open the database (database or disk is full)`` and left a 0-byte file, which the
    next command took for an existing ledger."""
    from accord.errors import DataError
    from accord.ledger import db as ledger_db

    def full(*_args: object, **_kwargs: object) -> str:
        raise DataError("sqlite:///led.db: cannot open the ledger (database or disk is full)")

    class NoRoom:
        """SQLite on a full disk: even ``BEGIN IMMEDIATE`` on the empty file fails."""

        Error = sqlite3.Error

        @staticmethod
        def connect(*_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ledger_db, "migrate", full)
    monkeypatch.setattr(store_engine, "sqlite3", NoRoom)
    path = tmp_path / "led.db"
    with pytest.raises(DataError, match="disk is full"):
        ledger_db.Ledger(str(path))
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_store_on_a_read_only_file_system_is_named_so(tmp_path: Path) -> None:
    """Finding 6: every command, reading ones included, said only "unable to open database
    file" for a SQLite store on a read-only file system (a snapshot, a share mounted
    read-only). Needs root (to mount a tmpfs); skipped otherwise."""
    import os
    import shutil
    import subprocess

    from accord.errors import DataError
    from accord.news.store import Store

    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a read-only tmpfs")
    source = tmp_path / "desk.db"
    Store(str(source)).close()
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)]).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copy(source, mount / "desk.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        with pytest.raises(DataError) as refused:
            Store(str(mount / "desk.db"), create=False)
        message = str(refused.value)
        assert "cannot open" in message and "read-only file system" in message
        assert str(mount) in message
    finally:
        subprocess.run(["umount", str(mount)], check=False)
