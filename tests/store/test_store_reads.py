"""The store's cheaper paths (session 14): reads that take no write lock, a store at its head
revision opened without Alembic, and the event merge's query by exact keys."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, text

import accord.store.engine
from accord.ledger.db import LEDGER, Ledger
from accord.news.readers import make_document
from accord.news.store import NEWS, ShardMark, Store
from accord.news.types import ActorRef, Event
from accord.scenario.versions import SCENARIO_VERSIONS
from accord.store import READ_ONLY, Component, head_revision
from accord.web.ingests import INGEST_REPORTS


@pytest.mark.parametrize(
    "component", [NEWS, LEDGER, SCENARIO_VERSIONS, INGEST_REPORTS], ids=lambda c: c.name
)
def test_each_database_component_declares_its_newest_revision(component: Component) -> None:
    """A component at its declared head opens with one read and no lock (session 24: the
    ledger, the scenario versions and the ingest reports declared none, so every open took
    SQLite's write lock to ask Alembic for the revision)."""
    assert component.head == head_revision(component)


@pytest.mark.parametrize("kind", ["news store", "ledger"])
def test_opening_a_current_database_takes_no_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Another connection holds a write transaction, uncommitted, for longer than the busy
    timeout: opening the news store or the ledger, and reading it, neither waits for that
    writer nor fails (until session 24 the open migrated, or wrote the store's settings, in a
    write transaction, which waited for the writer and then failed "database is locked")."""
    path = tmp_path / "accord.db"
    url = f"sqlite:///{path}"
    doc = make_document("An article stored before the writer came.")
    if kind == "news store":
        with Store(url) as store:
            store.add_document(doc)
    else:
        Ledger(url).close()
    monkeypatch.setattr(accord.store.engine, "SQLITE_BUSY_TIMEOUT_S", 1.0)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE held (x INTEGER)")  # the writer's uncommitted change
    try:
        start = time.monotonic()
        if kind == "news store":
            with Store(url, create=False) as store:
                seen = store.has_document(doc.id)
        else:
            with Ledger(url, create=False) as ledger:
                seen = ledger.records() == [] and ledger.resolutions() == []
                seen = seen and ledger.schema_version() == LEDGER.head
        took = time.monotonic() - start
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert seen and took < 0.9, f"opening waited {took:.2f} s for the writer's lock"


def test_a_new_store_is_still_created_and_records_its_settings(tmp_path: Path) -> None:
    """A new store is migrated and its settings written (what the read-only open skips)."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    Store(url).close()
    with sqlite3.connect(tmp_path / "store.db") as con:
        meta = dict(con.execute("SELECT key, value FROM accord_meta").fetchall())
        con.execute("DELETE FROM accord_meta WHERE key = 'minhash'")  # a store from before it
    assert set(meta) == {"schema_version", "minhash"}
    Store(url).close()  # written again, under the write lock
    with sqlite3.connect(tmp_path / "store.db") as con:
        again = dict(con.execute("SELECT key, value FROM accord_meta").fetchall())
    assert again == meta


def _imports_alembic(url: str) -> bool:
    code = (
        "import sys; from accord.news.store import Store; "
        f"Store({url!r}).close(); print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def test_a_store_at_its_head_opens_without_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert _imports_alembic(url)  # a new database is migrated: Alembic needed
    assert not _imports_alembic(url)  # the same database, now at the head


def test_a_store_below_its_head_is_still_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    Store(url).close()
    with sqlite3.connect(tmp_path / "store.db") as con:
        con.execute("UPDATE accord_news_version SET version_num = '0001'")
        con.execute("DROP TABLE corpus_shards")  # what revision 0002 creates
        con.execute("DROP TABLE document_bands")
    with Store(url) as store:
        assert not store.shard_done("anything")  # the table is back: 0002 ran again
        with store.engine.connect() as con:
            version = con.execute(text("SELECT version_num FROM accord_news_version")).scalar()
    assert version == NEWS.head


def test_reads_begin_deferred_and_writes_immediate(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        begun: list[str] = []

        def record(conn: object, cursor: object, statement: str, *args: object) -> None:
            if statement.startswith("BEGIN"):
                begun.append(statement)

        event.listen(store.engine, "before_cursor_execute", record)
        store.has_document("x")
        store.shard_done("y")
        store.add_document(make_document("A short article about talks in Paris."))
        with store.engine.execution_options(**{READ_ONLY: True}).connect() as con:
            con.execute(text("SELECT 1"))
    assert begun == ["BEGIN DEFERRED", "BEGIN DEFERRED", "BEGIN IMMEDIATE", "BEGIN DEFERRED"]


def test_reads_neither_wait_for_a_writer_nor_see_its_uncommitted_rows(tmp_path: Path) -> None:
    """A worker asks whether a document or a shard is stored while another process holds the
    write lock: it gets the last committed answer at once (it used to wait for the lock)."""
    path = tmp_path / "store.db"
    url = f"sqlite:///{path}"
    doc = make_document("An article that another writer is storing right now.")
    with Store(url) as store:
        store.add_documents([(doc, [])], finish=[ShardMark("done", "a.txt", 1)])
        later = make_document("An article stored in the writer's open transaction.")
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO corpus_shards VALUES ('open', 'b.txt', 1, '2025-02-01 00:00:00')"
        )
        answers: list[bool] = []

        def read() -> None:
            answers.extend(
                [
                    store.has_document(doc.id),
                    store.has_document(later.id),
                    store.shard_done("done"),
                    store.shard_done("open"),
                ]
            )

        reader = threading.Thread(target=read)
        reader.start()
        reader.join(timeout=10)
        finished = not reader.is_alive()
        writer.execute("COMMIT")
        reader.join()
        writer.close()
    assert finished, "a read waited for the writer's lock"
    assert answers == [True, False, True, False]


def _event(kind: str, source: str, target: str, day: int) -> Event:
    return Event(
        id=f"{kind}-{source}-{target}-{day}",
        date=dt.date(2025, 2, day),
        event_type=kind,
        mode=None,
        sources=(ActorRef(source),),
        targets=(ActorRef(target),),
        trigger="met",
        sentence=f"{source} met {target}.",
        confidence=0.5,
    )


def test_events_merge_only_into_their_exact_key(tmp_path: Path) -> None:
    """Stored events keyed (CONSULT, FRA, DEU) and (CONSULT, ITA, ESP): a new (CONSULT, FRA,
    ESP) shares each part of its key with one of them and merges into neither; (CONSULT, ITA,
    ESP) a day later merges into its own."""
    with Store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        first = make_document("The first article.")
        store.add_document(
            first, [_event("CONSULT", "FRA", "DEU", 3), _event("CONSULT", "ITA", "ESP", 3)]
        )
        second = make_document("The second article.")
        result = store.add_document(
            second, [_event("CONSULT", "FRA", "ESP", 3), _event("CONSULT", "ITA", "ESP", 4)]
        )
        assert (result.events_new, result.events_merged) == (1, 1)
        mentions = {(e.sources[0].code, e.targets[0].code): e.mentions for e in store.events()}
    assert mentions == {("FRA", "DEU"): 1, ("ITA", "ESP"): 2, ("FRA", "ESP"): 1}
