"""A sharded ingest's workers read a SQLite store without SQLAlchemy (session 15)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import accord
from accord.news import corpus
from accord.news.corpus import _reads, _SqliteReads
from accord.news.readers import make_document
from accord.news.store import Store
from tests.helpers import python_output

# this checkout's package, first on the path of a fresh interpreter
SOURCE = str(Path(accord.__file__).resolve().parents[1])


def _stored(tmp_path: Path) -> tuple[str, str, str]:
    """A store file with one document and one shard recorded; the document's id, the key."""
    db = str(tmp_path / "a.db")
    doc = make_document("France met Germany in Paris on Monday.", date=dt.date(2025, 2, 10))
    with Store(db) as store:
        store.add_document(doc, [])
        store.finish_shard("shard-one", str(tmp_path / "one.txt"), 1)
    return db, doc.id, "shard-one"


def test_the_sqlite_reads_answer_as_the_store(tmp_path: Path) -> None:
    db, document, key = _stored(tmp_path)
    reads = _SqliteReads(db)
    with Store(db) as store:
        for asked in (key, "shard-two", document):
            assert reads.shard_done(asked) == store.shard_done(asked)
        for asked in (document, "no-such-document", key):
            assert reads.has_document(asked) == store.has_document(asked)
    assert reads.shard_done(key) and reads.has_document(document)
    assert not reads.shard_done("shard-two") and not reads.has_document("no-such-document")


def test_the_reads_see_what_the_store_commits_after_they_opened(tmp_path: Path) -> None:
    db, _, _ = _stored(tmp_path)
    reads = _SqliteReads(db)
    assert not reads.shard_done("shard-two")
    with Store(db) as store:
        store.finish_shard("shard-two", str(tmp_path / "two.txt"), 0)
    assert reads.shard_done("shard-two")


def test_only_a_plain_sqlite_file_is_read_without_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, _, key = _stored(tmp_path)
    monkeypatch.setattr(corpus, "_READS", {})
    monkeypatch.setattr(corpus, "_STORES", {})
    plain = _reads(f"sqlite:///{db}", 0.8)
    assert isinstance(plain, _SqliteReads) and plain.shard_done(key)
    assert _reads(f"sqlite:///{db}", 0.8) is plain  # once per process
    other = _reads(f"sqlite:///{db}?timeout=5", 0.8)  # options: the store's own reading
    assert isinstance(other, Store) and other.shard_done(key)
    missing = tmp_path / "new.db"  # not made yet: the store makes it, as before
    made = _reads(f"sqlite:///{missing}", 0.8)
    assert isinstance(made, Store) and missing.is_file() and not made.shard_done(key)


def test_the_workers_and_their_fork_server_import_no_sqlalchemy(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(4):
        (folder / f"a-{k}.txt").write_text(
            f"Title {k}\n\n10 February 2025 - France met Germany in Paris. Update {k}.\n"
        )
    out = python_output(
        f"""
        import json
        from accord.execution import ProcessExecutor
        from accord.news.coders import get_coder, preload_modules
        from accord.news.corpus import ingest_corpus
        from accord.news.store import Store

        executor = ProcessExecutor(2, preload=preload_modules("rules"))
        try:
            ingest_corpus([{str(folder)!r}], url={f"sqlite:///{tmp_path / 'a.db'}"!r},
                          executor=executor, coder=get_coder("rules").coder)
            asked = "'sqlalchemy' in __import__('sys').modules"
            seen = executor.map(eval, [asked] * 4)
        finally:
            executor.close()
        with Store({str(tmp_path / "a.db")!r}) as store:
            print(json.dumps([store.count()["documents"], seen]))
        """,
        tmp_path,
        SOURCE,
    )
    assert json.loads(out) == [4, [False] * 4]


def test_the_reads_serve_the_threads_of_a_worker(tmp_path: Path) -> None:
    """A Dask worker of a user's cluster may run several tasks at once in threads; the reads a
    process keeps per URL then answer from any of them (session 19; SQLite refused a
    connection made in another thread)."""
    from concurrent.futures import ThreadPoolExecutor

    db, document, key = _stored(tmp_path)
    reads = _SqliteReads(db)
    with ThreadPoolExecutor(4) as pool:
        answers = list(
            pool.map(lambda _: (reads.shard_done(key), reads.has_document(document)), range(8))
        )
    assert answers == [(True, True)] * 8
