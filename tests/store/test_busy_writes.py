"""The news store's writes and the ledger's go through the one retrying write of accord's
databases (``accord.store.retrying_write``), as the workbench's scenario saves and kept ingest
reports do: a SQLite file locked beyond its busy timeout on every try is ``StoreBusy`` (the
web's 503 to retry, the CLI's one line), nothing of the write kept. Until session 23 the
ingest's was a bare ``OperationalError`` and the ledger's a ``DataError`` ("database error").
The lock is held by another connection (SQLite's locks hold between connections); the busy
timeout is shortened so that the tries end soon; nothing depends on durations."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from pathlib import Path

import pytest

import accord.store.engine as store_engine
from accord.errors import StoreBusy
from accord.forecast import forecast
from accord.ledger import Ledger, Resolution, record_of
from accord.news.ingest import ingest_documents
from accord.news.readers import make_document
from accord.news.store import Store
from accord.scenario import load_bundled
from tests.helpers import holding_the_lock, run_cli

LOCKED = (  # session 25: what is true, not "too many concurrent writers"
    "another writer held the database's lock for longer than accord waits; nothing was written: "
    "try again when that writer has finished"
)
ARTICLE = "France and Germany met in Paris to discuss a ceasefire in Ukraine."


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A busy timeout of 50 ms for the databases the test opens after this."""
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_S", 0.05)


def test_an_ingest_into_a_locked_store_is_busy_then_stored(
    tmp_path: Path, short_wait: None
) -> None:
    db = tmp_path / "news.db"
    doc = make_document(ARTICLE, title="Talks", date=dt.date(2025, 2, 24))
    with Store(f"sqlite:///{db}") as store:
        with holding_the_lock(db), pytest.raises(StoreBusy) as busy:
            ingest_documents([doc], store, coder=None)
        assert str(busy.value) == (f"cannot store 1 document in sqlite:///{db}: " + LOCKED)
        with holding_the_lock(db), pytest.raises(StoreBusy, match="record shard 'a'"):
            store.finish_shard("a", "a.txt", 1)
        assert store.count()["documents"] == 0 and not store.shard_done("a")
        assert ingest_documents([doc], store, coder=None).added == 1  # the lock gone
        store.finish_shard("a", "a.txt", 1)
        assert store.shard_done("a")


def test_a_record_into_a_locked_ledger_is_busy_then_recorded(
    tmp_path: Path, short_wait: None
) -> None:
    db = tmp_path / "ledger.db"
    record = record_of(forecast(load_bundled("ec-emissions-1994"), "mean"))
    resolution = Resolution(
        scenario_id="ec-emissions-1994",
        issue_id="emissions",
        outcome=50.0,
        agreed=True,
        resolved_on=dt.date(2025, 1, 1),
        source="a test",
        recorded_at=dt.datetime.now(dt.UTC),
    )
    with Ledger(f"sqlite:///{db}") as ledger:
        with holding_the_lock(db):
            with pytest.raises(StoreBusy) as busy:
                ledger.add_record(record)
            with pytest.raises(
                StoreBusy, match="record the resolution of ec-emissions-1994/emissions"
            ):
                ledger.add_resolution(resolution)
        assert str(busy.value) == (f"cannot record the forecast in sqlite:///{db}: " + LOCKED)
        assert ledger.records() == [] and ledger.resolutions() == []
        kept = ledger.add_record(record)
        assert [r.id for r in ledger.records()] == [kept.id]
        assert ledger.add_resolution(resolution).id is not None


def test_the_cli_names_a_store_locked_during_an_ingest(
    tmp_path: Path, short_wait: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store opens, then another process takes its lock before the first document is
    stored: one ``error:`` line naming the store, exit 2, nothing stored."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    real, locked = Store.has_document, []
    with ExitStack() as stack:

        def lock_first(store: Store, document_id: str) -> bool:
            if not locked:  # the first document: another process takes the lock now
                locked.append(stack.enter_context(holding_the_lock(db)))
            return real(store, document_id)

        monkeypatch.setattr(Store, "has_document", lock_first)
        code, output = run_cli("ingest", str(article), "--db", str(db), "--no-code")
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert code == 2 and errors == [
        f"error: cannot store 1 document in sqlite:///{db}: " + LOCKED
    ], output
    with Store(f"sqlite:///{db}") as store:
        assert store.count()["documents"] == 0
