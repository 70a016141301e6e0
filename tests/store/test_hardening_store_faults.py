"""Fault injection for the stores (issue 12): SIGKILL during an ingest and during ledger
writes, a full disk (a small tmpfs where the machine allows mounting one, and SQLite's own
"database or disk is full" through ``max_page_count`` everywhere), a locked SQLite database.
Afterwards the store opens, holds every committed record exactly once and no half record, and
a rerun completes. Results are summarised in docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from accord.errors import AccordError
from accord.news.ingest import ingest
from accord.news.store import Store
from tests.helpers import accord_command, empty_postgres

WORDS = ["France", "Russia", "Ukraine", "talks", "ceasefire", "said", "president", "met",
         "Paris", "rejected", "proposal"]  # fmt: skip


def _articles(folder: Path, count: int, words: int = 400, seed: int = 0) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(count):
        path = folder / f"a{k:03d}.txt"
        body = " ".join(rng.choice(WORDS) for _ in range(words))
        path.write_text(f"Story {k} of the fault tests\n\n2025-02-24. {body}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def _assert_whole(url: str, expected_max: int) -> int:
    """The store opens; documents are unique, complete and linked events point at them."""
    with Store(url, create=False) as store:
        docs = store.documents()
        ids = [d.id for d in docs]
        assert len(ids) == len(set(ids)), "a document stored twice"
        assert len(docs) <= expected_max
        for info in docs:
            doc = store.document(info.id)
            assert doc is not None and doc.text.strip(), f"half document {info.id}"
        linked = {i for e in store.events() for i in e.document_ids}
        assert linked <= set(ids), "an event points at a missing document"
        return len(docs)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new SQLite file, and the test PostgreSQL database (emptied) when one is set."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'faults.db'}"
    return _postgres_url()


def _count_rows(url: str, table: str) -> int:
    """Rows in ``table`` as another reader sees them; 0 while the table does not exist yet
    (a SQLite file is opened read-only, so that looking never creates it)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not Path(str(parsed.database)).exists():
            return 0
        try:
            with sqlite3.connect(f"file:{parsed.database}?mode=ro", uri=True, timeout=1) as con:
                return int(con.execute(f"select count(*) from {table}").fetchone()[0])
        except sqlite3.Error:
            return 0
    engine = create_engine(url)
    try:
        with engine.connect() as con:
            return int(con.execute(text(f"select count(*) from {table}")).scalar_one())
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def _kill_when(proc: subprocess.Popen[bytes], url: str, table: str, rows: int) -> int:
    """SIGKILL ``proc`` once ``table`` holds at least ``rows`` committed rows (or after 120 s,
    or when it ended by itself); returns the last count seen before the kill."""
    deadline = time.monotonic() + 120
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None and seen < rows:
        time.sleep(0.05)
        seen = _count_rows(url, table)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return seen


def test_sigkill_during_ingest_then_rerun(tmp_path: Path, any_url: str) -> None:
    paths = _articles(tmp_path / "in", 60, words=1500)
    url = any_url
    proc = subprocess.Popen(
        accord_command("ingest", str(tmp_path / "in"), "--db", url, "--no-code",
                "--date-if-missing", "2025-02-24"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    stored = _kill_when(proc, url, "documents", 3)
    assert stored >= 3, "the ingest stored nothing before the kill"
    before = _assert_whole(url, len(paths))
    assert before < len(paths), "the kill came too late to test anything"
    rerun = subprocess.run(
        accord_command("ingest", str(tmp_path / "in"), "--db", url, "--no-code",
                "--date-if-missing", "2025-02-24"),
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    assert _assert_whole(url, len(paths)) == len(paths)


def test_sigkill_during_ledger_writes(any_url: str) -> None:
    """A process appending forecast records is killed; the ledger holds whole records only."""
    url = any_url
    script = f"""
from accord.forecast import forecast
from accord.ledger import Ledger, record_of
from accord.scenario import load_bundled
record = record_of(forecast(load_bundled("ec-emissions-1994"), "bdm"))
with Ledger({url!r}) as ledger:
    while True:
        ledger.add_record(record)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    count = _kill_when(proc, url, "ledger_records", 20)
    assert count >= 1, proc.stderr.read().decode() if proc.stderr else ""
    from accord.forecast import forecast
    from accord.ledger import Ledger, record_of
    from accord.scenario import load_bundled

    with Ledger(url) as ledger:
        records = ledger.records("ec-emissions-1994")
        assert len(records) >= count
        ids = [r.id for r in records]
        assert len(ids) == len(set(ids))
        assert all(r.engine == "bdm" and r.scenario_hash for r in records)
        new = ledger.add_record(record_of(forecast(load_bundled("ec-emissions-1994"), "bdm")))
        assert new.id not in ids


@pytest.fixture
def small_pages() -> Iterator[list[int]]:
    """SQLite refuses to grow a database beyond ``limit[0]`` pages: its real 'database or
    disk is full' (SQLITE_FULL) path, as on a full disk, without needing a mount."""
    limit = [0]

    def cap(dbapi_connection: object, _record: object) -> None:
        if limit[0] and isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.execute(f"PRAGMA max_page_count = {limit[0]}")

    event.listen(Engine, "connect", cap)
    try:
        yield limit
    finally:
        event.remove(Engine, "connect", cap)


def test_disk_full_then_rerun_with_room(tmp_path: Path, small_pages: list[int]) -> None:
    paths = _articles(tmp_path / "in", 12, words=2000)
    url = f"sqlite:///{tmp_path / 'news.db'}"
    with Store(url) as store:  # the empty schema first
        ingest(paths[:1], store, coder=None)
    small_pages[0] = 40  # a few more documents fit, then SQLITE_FULL
    with pytest.raises(Exception, match="full"), Store(url) as store:
        ingest(paths, store, coder=None)
    stored = _assert_whole(url, len(paths))
    assert 1 <= stored < len(paths)
    small_pages[0] = 0
    with Store(url) as store:
        report = ingest(paths, store, coder=None)
    assert report.already_present == stored
    assert _assert_whole(url, len(paths)) == len(paths)


def _can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.skipif(not _can_mount(), reason="needs root to mount a small tmpfs")
def test_full_tmpfs_through_the_cli_then_rerun(tmp_path: Path) -> None:
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True)  # fmt: skip
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        paths = _articles(tmp_path / "in", 10, words=3000)
        db = mount / "news.db"
        args = ("ingest", str(tmp_path / "in"), "--db", str(db), "--no-code",
                "--date-if-missing", "2025-02-24")  # fmt: skip
        full = subprocess.run(accord_command(*args), capture_output=True, text=True)
        assert "Traceback" not in full.stderr
        assert "full" in full.stderr
        stored = _assert_whole(f"sqlite:///{db}", len(paths))
        assert stored < len(paths)
        subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
        rerun = subprocess.run(accord_command(*args), capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        assert _assert_whole(f"sqlite:///{db}", len(paths)) == len(paths)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_locked_database_then_rerun(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process holds an exclusive lock: the ingest waits (busy timeout), then fails
    with a clear error naming the store; once the lock is gone a rerun completes."""
    import accord.store.engine as store_engine

    paths = _articles(tmp_path / "in", 3)
    db = tmp_path / "news.db"
    url = f"sqlite:///{db}"
    with Store(url):
        pass
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_S", 0.5)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises((AccordError, Exception), match="locked"), Store(url) as store:
            ingest(paths, store, coder=None)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _assert_whole(url, len(paths)) == 0
    with Store(url) as store:
        assert ingest(paths, store, coder=None).added == len(paths)
    assert _assert_whole(url, len(paths)) == len(paths)


def _postgres_url() -> str:
    return empty_postgres("inject faults on PostgreSQL")


def test_postgres_going_away_mid_transaction(tmp_path: Path) -> None:
    """The server ends the ingest's connection inside a document's transaction (as a restart
    or a network cut would): committed documents stay whole, the one in flight leaves nothing,
    and a rerun on a fresh connection completes."""
    url = _postgres_url()
    paths = _articles(tmp_path / "in", 6)
    killer = create_engine(url)
    original = Store._write_events
    calls = [0]

    def cut(self: Store, session: object, doc: object, events: object) -> object:
        calls[0] += 1
        result = original(self, session, doc, events)  # type: ignore[arg-type]
        if calls[0] == 3:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar()  # type: ignore[attr-defined]
            with killer.begin() as con:
                con.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        return result

    try:
        Store._write_events = cut  # type: ignore[method-assign]
        with pytest.raises(Exception), Store(url) as store:  # noqa: B017
            ingest(paths, store, coder=None)
    finally:
        Store._write_events = original  # type: ignore[method-assign]
        killer.dispose()
    assert _assert_whole(url, len(paths)) == 2
    with Store(url) as store:
        report = ingest(paths, store, coder=None)
    assert (report.added, report.already_present) == (4, 2)
    assert _assert_whole(url, len(paths)) == len(paths)


def test_ledger_write_on_a_full_disk_is_a_clear_error(
    tmp_path: Path, small_pages: list[int]
) -> None:
    """SQLite's "database or disk is full" during a ledger append: a DataError naming the
    ledger and the fault (it was a raw SQLAlchemy traceback), the records before it kept,
    once. Since session 23 the ledger writes through ``accord.store.retrying_write``, whose
    words are "cannot record the forecast in URL (the driver's message)"."""
    from accord.errors import DataError
    from accord.forecast import forecast
    from accord.ledger import Ledger, record_of
    from accord.scenario import load_bundled

    record = record_of(forecast(load_bundled("ec-emissions-1994"), "bdm"))
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with Ledger(url):
        pass  # the schema first, with room
    small_pages[0] = 30
    added: list[int | None] = []
    with Ledger(url) as ledger:
        with pytest.raises(
            DataError,
            match=r"cannot record the forecast in .*ledger\.db \(database or disk is full\)",
        ):
            for _ in range(10_000):
                added.append(ledger.add_record(record).id)
        assert added, "the disk was full before the first record"
        assert [r.id for r in ledger.records()] == added
    small_pages[0] = 0
    with Ledger(url) as ledger:
        assert ledger.add_record(record).id not in added


def test_ingest_database_error_is_one_line(tmp_path: Path, small_pages: list[int]) -> None:
    """The CLI's message carries the driver's words, not the failed statement with the
    article's text among its parameters."""
    from tests.helpers import run_cli

    _articles(tmp_path / "in", 12, words=2000)
    db = tmp_path / "news.db"
    with Store(f"sqlite:///{db}"):
        pass
    small_pages[0] = 40
    code, output = run_cli("ingest", str(tmp_path / "in"), "--db", str(db), "--no-code",
                           "--date-if-missing", "2025-02-24")  # fmt: skip
    assert code == 2
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "database or disk is full" in errors[0]
    assert "INSERT" not in output and "ceasefire" not in output


def test_postgres_going_away_during_a_ledger_write() -> None:
    """The server ends the ledger's connection just before its third record's INSERT: a
    DataError saying it could not record (nothing was), the two records before it whole and
    once, and the next append (on a fresh connection from the pool) works."""
    from accord.errors import DataError
    from accord.forecast import forecast
    from accord.ledger import Ledger, record_of
    from accord.scenario import load_bundled

    url = _postgres_url()
    record = record_of(forecast(load_bundled("ec-emissions-1994"), "mean"))
    killer = create_engine(url)
    inserts = [0]

    def cut(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO LEDGER_RECORDS"):
            inserts[0] += 1
            if inserts[0] == 3:
                pid = conn.connection.dbapi_connection.info.backend_pid
                with killer.begin() as other:
                    other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    try:
        with Ledger(url) as ledger:
            event.listen(ledger.engine, "before_cursor_execute", cut)
            kept = [ledger.add_record(record).id for _ in range(2)]
            with pytest.raises(DataError, match="cannot record the forecast in"):
                ledger.add_record(record)
            assert [r.id for r in ledger.records()] == kept
            new = ledger.add_record(record)
            assert new.id not in kept
            assert [r.id for r in ledger.records()] == [*kept, new.id]
    finally:
        killer.dispose()
