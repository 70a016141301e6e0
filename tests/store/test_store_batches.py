"""Batched storing (``Store.add_documents``, ``corpus.store_shards``): the same store as one
document per transaction, each batch all or nothing with its shards' finished marks."""

from __future__ import annotations

from pathlib import Path

import pytest

import accord.news.corpus as corpus
from accord.news.corpus import ShardTask, code_shards, find_shards, store_shards
from accord.news.readers import read_file
from accord.news.store import ShardMark, Store, document_signature
from accord.news.types import Document, Event
from tests.store.scale_helpers import chain_coder, stored_rows, write_chain_corpus


def _chain(tmp_path: Path) -> list[tuple[Document, list[Event]]]:
    """Daily reports of one event (merged differently in another order), editions of one
    wire story (near-duplicates of the first stored) and one document twice."""
    items = []
    for path in write_chain_corpus(tmp_path / "chain", days=6, wait=False):
        for doc in read_file(path).documents:
            items.append((doc, list(chain_coder(doc))))
    return [*items, items[3]]


@pytest.mark.parametrize("size", [2, 5, 100])
def test_batches_store_what_one_document_at_a_time_stores(tmp_path: Path, size: int) -> None:
    items = _chain(tmp_path)
    single, batched = f"sqlite:///{tmp_path / 'single.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    with Store(single) as store:
        one_by_one = [store.add_document(doc, events) for doc, events in items]
    with Store(batched) as store:
        together = []
        for first in range(0, len(items), size):
            batch = items[first : first + size]
            # half the batches bring their signatures, as a worker does
            signatures = [document_signature(d) for d, _ in batch] if first % 2 else None
            together += store.add_documents(batch, signatures)
    assert together == one_by_one
    assert one_by_one[-1].added is False and any(r.near_duplicate_of for r in one_by_one)
    assert sum(r.events_merged for r in one_by_one) > 0
    assert stored_rows(batched) == stored_rows(single)


def test_a_failed_batch_leaves_nothing_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = _chain(tmp_path)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with Store(url) as store:
        store.add_documents(items[:2], finish=[ShardMark("first", "a.jsonl", 2)])
        calls = []
        real = Store._write_events

        def fail_third(self: Store, *args: object) -> tuple[int, int]:
            calls.append(1)
            if len(calls) == 3:
                raise RuntimeError("killed")
            return real(self, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(Store, "_write_events", fail_third)
        with pytest.raises(RuntimeError):
            store.add_documents(items[2:6], finish=[ShardMark("second", "b.jsonl", 4)])
        assert store.count()["documents"] == 2
        assert store.shard_done("first") and not store.shard_done("second")


def test_a_group_of_shards_is_marked_with_its_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = write_chain_corpus(tmp_path / "chain", days=5, wait=False)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    shards, _ = find_shards(files)
    tasks = [ShardTask(shard, url, None, chain_coder) for shard in shards]
    coded = code_shards(tasks)
    assert all(len(c.signatures) == len(c.to_store) == 2 for c in coded)
    coded[2].finish = False  # as when a document of the shard could not be coded
    serial = [item for c in coded for item in c.to_store]
    # batches of 3 end inside a shard and between shards
    monkeypatch.setattr(corpus, "STORE_BATCH", 3)
    reports = store_shards(tasks, coded)
    assert [r.added for r in reports] == [2] * 5
    assert all(r.store_seconds > 0 for r in reports)
    with Store(url) as store:
        assert [store.shard_done(s.key) for s in shards] == [True, True, False, True, True]
    alone = f"sqlite:///{tmp_path / 'serial.db'}"
    with Store(alone) as store:
        for doc, events in serial:
            store.add_document(doc, events)
    rows, expected = stored_rows(url), stored_rows(alone)
    assert len(rows.pop("corpus_shards")) == 4 and not expected.pop("corpus_shards")
    assert rows == expected


def test_a_batch_that_meets_another_writers_document_is_stored_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PostgreSQL lets another writer insert a document between the batch's check and its
    # insert (SQLite serialises writers, so the race is staged: the check lies once); the
    # primary key then fails the batch, which rolls back and is stored again (the retrying
    # write, session 23; one document at a time before), finding that document stored, as
    # add_document would, with its shard's mark
    import accord.news.store as store_module

    items = _chain(tmp_path)
    url, alone = f"sqlite:///{tmp_path / 'store.db'}", f"sqlite:///{tmp_path / 'serial.db'}"
    raced = items[3][0].id
    with Store(alone) as store:
        store.add_document(*items[3])
        expected = [store.add_document(doc, events) for doc, events in items[2:6]]
    with Store(url) as store:
        store.add_document(*items[3])  # the other writer's
        real, lied = store_module._exists, []

        def stale(session: object, document: str) -> bool:
            if document == raced and not lied:
                lied.append(document)
                return False
            return real(session, document)  # type: ignore[arg-type]

        monkeypatch.setattr(store_module, "_exists", stale)
        results = store.add_documents(items[2:6], finish=[ShardMark("s", "s.jsonl", 4)])
        assert lied == [raced]
        assert results == expected and results[1].added is False
        assert store.shard_done("s")
    rows, serial = stored_rows(url), stored_rows(alone)
    assert len(rows.pop("corpus_shards")) == 1 and not serial.pop("corpus_shards")
    assert rows == serial
