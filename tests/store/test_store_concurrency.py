"""A store safe for many writers: sharded corpora ingested twice, by two writers at once, after a
SIGKILL, and on Dask; Alembic migrations from the schema as it was before them."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, inspect, text

from accord.errors import DataError
from accord.execution import Executor, InlineExecutor, ProcessExecutor
from accord.ledger.db import LEDGER, Ledger
from accord.news.corpus import ingest_corpus
from accord.news.ingest import ingest
from accord.news.lsh import BANDS, ROWS, band_buckets, candidate_probability
from accord.news.readers import make_document
from accord.news.store import NEWS, Base, Store
from accord.store import current_revision, head_revision, migrate
from tests.helpers import TESTS, empty_postgres, needs_parquet
from tests.store.scale_helpers import (
    START,
    chain_coder,
    stored_mentions,
    stored_rows,
    tags,
    token_coder,
    write_chain_corpus,
    write_corpus,
)

HELPER = TESTS / "store" / "scale_helpers.py"
T, R = TypeVar("T"), TypeVar("R")
Rows = dict[str, list[tuple[object, ...]]]


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file, and PostgreSQL when ACCORD_TEST_POSTGRES_URL is set (emptied first)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return empty_postgres("run the store tests on PostgreSQL")


def _writer(url: str, folder: Path, sleep: str = "0") -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), *sys.path])}
    return subprocess.Popen(
        [sys.executable, str(HELPER), url, str(folder), sleep],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _counts(url: str) -> dict[str, int]:
    with Store(url) as store:
        return store.count()


def test_the_synthetic_tags_are_distinct() -> None:
    keys = [(k, s, t) for k, s, t, _ in tags()]
    assert len(set(keys)) == len(keys) and all(s != t for _, s, t in keys)


def test_corpus_ingested_twice_stores_each_article_once(url: str, tmp_path: Path) -> None:
    truth = write_corpus(tmp_path / "corpus", shards=4, per_shard=15)
    first = ingest_corpus([tmp_path / "corpus"], url=url, coder=token_coder)
    assert first.total("added") == 60 and first.total("skipped") == 0
    again = ingest_corpus([tmp_path / "corpus"], url=url, coder=token_coder)
    assert again.total("skipped") == 4 and again.total("added") == 0
    assert _counts(url)["documents"] == 60
    assert stored_mentions(url) == truth


def test_two_writers_at_once_count_exactly(url: str, tmp_path: Path) -> None:
    truth = write_corpus(tmp_path / "corpus", shards=6, per_shard=20, seed=11)
    Store(url).close()  # migrated before the race, as ingest_corpus does
    other = _writer(url, tmp_path / "corpus")
    assert other.stdout is not None and other.stdout.readline().strip() == "started"
    mine = ingest_corpus([tmp_path / "corpus"], url=url, coder=token_coder)
    _, stderr = other.communicate(timeout=300)
    assert other.returncode == 0, stderr
    counts = _counts(url)
    assert counts["documents"] == 120
    assert counts["event_documents"] == sum(truth.values())
    assert stored_mentions(url) == truth
    assert mine.total("added") + mine.total("already_present") + 20 * mine.total("skipped") >= 120


def test_sigkill_mid_ingest_then_resume_loses_and_doubles_nothing(url: str, tmp_path: Path) -> None:
    truth = write_corpus(tmp_path / "corpus", shards=5, per_shard=30, seed=3)
    Store(url).close()
    victim = _writer(url, tmp_path / "corpus", sleep="0.02")
    deadline = time.monotonic() + 120
    while _counts(url)["documents"] < 40:
        assert victim.poll() is None, "the writer finished before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    partial = _counts(url)["documents"]
    assert 40 <= partial < 150
    resumed = ingest_corpus([tmp_path / "corpus"], url=url, coder=token_coder)
    assert resumed.total("skipped") >= 1  # shards finished before the kill are not read again
    assert _counts(url)["documents"] == 150
    assert stored_mentions(url) == truth


def test_dask_local_cluster_of_two_writes_the_exact_counts(tmp_path: Path) -> None:
    needs_parquet()
    pytest.importorskip("distributed")
    from accord.execution import DaskExecutor

    url = f"sqlite:///{tmp_path / 'store.db'}"
    truth = write_corpus(tmp_path / "corpus", shards=4, per_shard=10, seed=8)
    with DaskExecutor(workers=2) as executor:
        report = ingest_corpus(
            [tmp_path / "corpus"], url=url, parquet=tmp_path / "events", executor=executor,
            coder=token_coder,
        )  # fmt: skip
    assert report.total("added") == 40 and "Dask" in report.executor
    assert stored_mentions(url) == truth
    import pyarrow.dataset as ds

    table = ds.dataset(tmp_path / "events", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == sum(truth.values()) == report.total("events_written")
    assert set(table.column("date").to_pylist()) == {d.isoformat() for *_, d in truth}
    # and what it stores is what a serial run stores, in a corpus where the order matters
    files = write_chain_corpus(tmp_path / "chain")
    for name, executor in (("serial", InlineExecutor()), ("dask", DaskExecutor(workers=2))):
        with executor:
            chained = f"sqlite:///{tmp_path / name}.db"
            ingest_corpus(files, url=chained, executor=executor, coder=chain_coder)
    assert stored_rows(f"sqlite:///{tmp_path / 'dask'}.db") == stored_rows(
        f"sqlite:///{tmp_path / 'serial'}.db"
    )


def test_workers_store_what_a_serial_run_stores(tmp_path: Path) -> None:
    """The same inputs give the same store whatever the executor (s9-nondet: with workers
    storing their own shards, two identical --workers 2 runs gave different event rows)."""
    files = write_chain_corpus(tmp_path / "corpus")

    def run(name: str, executor: Executor, inputs: Sequence[Path] = files) -> Rows:
        url = f"sqlite:///{tmp_path / name}.db"
        ingest_corpus(inputs, url=url, executor=executor, coder=chain_coder)
        return stored_rows(url)

    serial = run("serial", InlineExecutor())
    # the corpus is one whose store depends on the order: stored last day first, it differs
    assert run("reversed", InlineExecutor(), files[::-1]) != serial
    consult = sorted((row[1] - START).days for row in serial["events"] if row[2] == "CONSULT")
    assert consult == [0, 2, 4, 6]  # days 0-1, 2-3, 4-5, 6-7 (a 1-day window)
    assert sum(row[-3] is not None for row in serial["documents"]) == 7  # editions 1-7 of 0
    with ProcessExecutor(2) as two:  # day 0 is coded slowest: the workers finish out of order
        assert run("two", two) == serial
        assert run("two-again", two) == serial
    with Store(f"sqlite:///{tmp_path / 'plain'}.db") as store:  # accord ingest, no --workers
        ingest(files, store, coder=chain_coder)
    plain = stored_rows(f"sqlite:///{tmp_path / 'plain'}.db")
    assert plain == {**serial, "corpus_shards": []}  # it does not record shards


class _Shuffled(InlineExecutor):
    """Runs its tasks in a given order, then hands the results over in item order (as any
    executor's ``imap`` does): what workers finishing in that order look like to the caller."""

    def __init__(self, order: Sequence[int]) -> None:
        self.order, self.workers = order, 2

    def imap(self, fn: Callable[[T], R], items: Sequence[T], ahead: int) -> Iterator[R]:
        done = {k: fn(items[k]) for k in self.order}
        return iter([done[k] for k in range(len(items))])


@settings(max_examples=8, deadline=None)
@given(st.permutations(range(6)))
def test_the_store_does_not_depend_on_the_order_tasks_finish(order: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = write_chain_corpus(Path(tmp) / "corpus", days=6, wait=False)
        rows = []
        for name, executor in (("serial", InlineExecutor()), ("shuffled", _Shuffled(order))):
            url = f"sqlite:///{Path(tmp) / name}.db"
            ingest_corpus(files, url=url, executor=executor, coder=chain_coder)
            rows.append(stored_rows(url))
    assert rows[0] == rows[1]


def test_parquet_only_resumes_by_marker_and_reads_parquet_input(tmp_path: Path) -> None:
    needs_parquet()
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"text": f"Report {i} [[CONSULT FRA>DEU]] talks", "date": "2025-02-01"} for i in range(5)
    ]
    rows.append({"text": "", "date": None})
    (tmp_path / "in").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in" / "a.parquet")
    first = ingest_corpus([tmp_path / "in"], url=None, parquet=tmp_path / "out", coder=token_coder)
    assert first.total("events_written") == 5
    assert any("row 6: text" in str(p) for p in first.problems)
    again = ingest_corpus([tmp_path / "in"], url=None, parquet=tmp_path / "out", coder=token_coder)
    assert again.total("skipped") == 1
    with pytest.raises(DataError, match="nothing to write"):
        ingest_corpus([tmp_path / "in"], url=None, parquet=None)


# --------------------------------------------------------------------------- migrations


def test_store_from_before_migrations_upgrades(tmp_path: Path) -> None:
    """tests/data/news_store_v1.sql: a store written by accord's main branch before
    migrations (schema_version 1, three documents, one near-duplicate, two events)."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as con:
        con.executescript((TESTS / "data" / "news_store_v1.sql").read_text())
    url = f"sqlite:///{path}"
    with Store(url) as store:
        assert store.count() == {"documents": 3, "events": 2, "event_documents": 3}
        assert sorted(e.mentions for e in store.events()) == [1, 2]
        with store.engine.connect() as con:
            bands = con.execute(text("SELECT count(*) FROM document_bands")).scalar()
            version = con.execute(
                text("SELECT value FROM accord_meta WHERE key = 'schema_version'")
            ).scalar()
        assert bands == 3 * BANDS and version == "2"
        original = next(d for d in store.documents() if d.near_duplicate_of is None and d.n_events)
        doc = store.document(original.id)
        assert doc is not None
        again = store.add_document(make_document(doc.text + " One more sentence.", title="x"))
        assert again.near_duplicate_of is not None  # found through the backfilled bands
    assert current_revision(Store(url).engine, NEWS) == head_revision(NEWS)


def test_unversioned_store_is_adopted_on_any_backend(url: str) -> None:
    engine = create_engine(url)
    old = [Base.metadata.tables[t] for t in ("documents", "events", "event_actors",
                                             "event_documents", "accord_meta")]  # fmt: skip
    Base.metadata.create_all(engine, tables=old)  # what accord did before migrations
    with engine.begin() as con:
        con.execute(text("INSERT INTO accord_meta VALUES ('schema_version', '1')"))
    engine.dispose()
    with Store(url) as store:
        assert current_revision(store.engine, NEWS) == head_revision(NEWS)
        assert store.add_document(make_document("A first article about talks.")).added


def test_a_newer_store_is_refused_clearly(url: str) -> None:
    with Store(url) as store, store.engine.begin() as con:
        con.execute(text("UPDATE accord_news_version SET version_num = '9999'"))
    with pytest.raises(DataError, match=r"newer accord .* upgrade accord"):
        Store(url)


def test_migrate_is_idempotent(url: str) -> None:
    engine = create_engine(url)
    assert migrate(engine, NEWS) == head_revision(NEWS)
    assert migrate(engine, NEWS) == head_revision(NEWS)
    engine.dispose()


def test_news_store_and_ledger_share_a_database_with_their_own_versions(url: str) -> None:
    with Store(url) as store, Ledger(url) as ledger:
        assert current_revision(store.engine, NEWS) == head_revision(NEWS)
        assert current_revision(ledger.engine, LEDGER) == head_revision(LEDGER)
        names = set(inspect(store.engine).get_table_names())
    assert {"accord_news_version", "accord_ledger_version", "documents", "ledger_records"} <= names


# --------------------------------------------------------------------------- LSH


def test_band_buckets_agree_exactly_when_a_band_agrees() -> None:
    rng = np.random.default_rng(1)
    a = rng.integers(0, 2**32, size=128, dtype=np.uint64).astype(np.uint32)
    b = a.copy()
    b[ROWS * 3] ^= 1  # change one row of band 3
    ba, bb = band_buckets(a)[0], band_buckets(b)[0]
    assert ba.shape == (BANDS,) and ba.dtype == np.int64
    assert (ba != bb).tolist() == [i == 3 for i in range(BANDS)]


def test_band_lookup_searches_the_index_instead_of_scanning(tmp_path: Path) -> None:
    from accord.news.store import bucket_params, candidates_query

    buckets = bucket_params(band_buckets(np.arange(128, dtype=np.uint32))[0])
    with Store(f"sqlite:///{tmp_path / 'x.db'}") as store, store.engine.connect() as con:
        query = candidates_query().params(**buckets)
        sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
        plan = [row[3] for row in con.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert sum("SEARCH document_bands" in step for step in plan) == BANDS
    assert not any("SCAN document_bands" in step for step in plan)


def test_candidate_probability_is_the_s_curve() -> None:
    # 1 - (1 - s^6)^20 (Leskovec, Rajaraman & Ullman, Mining of Massive Datasets, 3.4.2)
    assert candidate_probability(0.8) == pytest.approx(0.997712, abs=1e-6)
    assert candidate_probability(0.4) < 0.1 < 0.9 < candidate_probability(0.7)
