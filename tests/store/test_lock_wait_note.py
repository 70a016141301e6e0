"""A SQLite store locked by another connection: after ``SQLITE_BUSY_NOTE_S`` accord says once
that it waits, and for which file (session 22: it waited up to two minutes in silence, which a
user took for a hang); the wait then goes on, and ends in the usual error or in the work done.
The holder is a second connection in this process: SQLite's locks hold between connections."""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import accord.store.engine as store_engine
from accord.errors import AccordWarning, StoreBusy
from accord.news.readers import make_document
from accord.news.store import Store
from tests.helpers import run_cli


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A store file and a connection holding its write lock (until the test rolls it back)."""
    db = tmp_path / "held.db"
    with Store(f"sqlite:///{db}"):
        pass
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield db, holder
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


def _waits(monkeypatch: pytest.MonkeyPatch, note_s: float, timeout_s: float) -> None:
    """After how long accord says it waits, and how long it waits in all."""
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_NOTE_S", note_s)
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_S", timeout_s)


def _is_note(message: str, db: Path) -> bool:
    return message.startswith(
        f"{db}: the database is locked by another process or connection; waiting"
    )


def test_the_wait_is_said_once_then_the_work_goes_on(
    held: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder lets go when the note comes: the same BEGIN then takes the lock and the
    document is stored (nothing in the test depends on durations). Opening the store and
    reading it wait for no lock (session 24): only the write waits."""
    db, holder = held
    _waits(monkeypatch, 0.05, 60.0)
    notes: list[str] = []

    def release(message: Warning | str, category: type[Warning], *_: object) -> None:
        assert category is AccordWarning
        notes.append(str(message))
        holder.execute("ROLLBACK")

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = release
        with Store(f"sqlite:///{db}") as store:
            assert store.has_document("nothing-stored") is False and not notes
            assert store.add_document(make_document("An article stored after a wait.")).added
        with Store(f"sqlite:///{db}") as store:  # the file no longer locked: no note
            assert store.add_document(make_document("An article stored at once.")).added
    assert len(notes) == 1 and _is_note(notes[0], db), notes


def test_a_short_timeout_says_nothing_and_fails_as_before(
    held: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A timeout no longer than the note's wait keeps the one error and no note."""
    db, _ = held
    _waits(monkeypatch, 0.2, 0.1)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with Store(f"sqlite:///{db}") as store, pytest.raises(StoreBusy):
            store.add_document(make_document("An article that cannot be stored yet."))
    assert not [w for w in caught if issubclass(w.category, AccordWarning)]


def test_the_cli_says_it_waits_then_names_the_locked_store(
    held: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _ = held
    _waits(monkeypatch, 0.05, 0.5)
    article = db.with_name("article.txt")
    article.write_text("Talks in Paris went on late into the night.\n")
    code, output = run_cli("ingest", str(article), "--db", str(db))
    lines = output.splitlines()
    notes = [line for line in lines if _is_note(line.removeprefix("warning: "), db)]
    assert code == 2 and len(notes) == 1, output
    assert lines.index(notes[0]) < len(lines) - 1, output
    assert lines[-1].startswith("error: cannot store 1 document in ") and str(db) in lines[-1]


def test_an_interrupt_during_begin_is_not_hidden_by_the_closed_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM during a sharded ingest (raised as KeyboardInterrupt) arrived while BEGIN ran:
    SQLAlchemy closes a connection a BaseException left, and resetting the busy timeout on it
    raised ``sqlite3.ProgrammingError`` in place of the interrupt, so the ingest ended with a
    traceback and exit 1 instead of its "terminated" line and 143 (CI after session 44)."""
    db = tmp_path / "s.db"
    with Store(f"sqlite:///{db}"):
        pass
    with Store(f"sqlite:///{db}") as store:
        dialect = type(store.engine.dialect)
        plain = dialect.do_execute

        def interrupted(self: Any, cursor: Any, statement: str, *args: Any) -> None:
            if statement.startswith("BEGIN"):
                raise KeyboardInterrupt
            plain(self, cursor, statement, *args)

        monkeypatch.setattr(dialect, "do_execute", interrupted)
        with pytest.raises(KeyboardInterrupt):
            store.add_document(make_document("An article whose write is interrupted."))
