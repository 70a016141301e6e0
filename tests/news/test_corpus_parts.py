"""A large file of many documents cut into parts for several workers (session 17, s17-speed):
the store, the shard's mark and the report are those of the file coded as one task.

The executor below runs its tasks here, one after the other, but says it has two workers, so
that :func:`accord.news.corpus.ingest_corpus` cuts and groups as for two processes; the byte
sizes are made small so that a few short articles make a "large" file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accord.news.corpus as corpus
from accord.execution import InlineExecutor
from accord.news.coders import RulesCoder
from accord.news.corpus import (
    PART_BYTES,
    PARTS_PER_WORKER,
    ShardTask,
    _parts,
    find_shards,
    ingest_corpus,
)
from accord.news.types import Document, Event
from tests.news.test_ingest import ARTICLE


class TwoWorkers(InlineExecutor):
    workers = 2


def _write(folder: Path, rows: int, bad: bool = True) -> Path:
    """Three shards: a one-article file, a JSON Lines file of ``rows`` articles (and a line
    that is no JSON) and another one-article file."""
    folder.mkdir()
    (folder / "a.txt").write_text(f"{ARTICLE} First.\n")
    lines = [
        json.dumps({"text": f"{ARTICLE} Update {k}.", "date": "2025-02-10"}) for k in range(rows)
    ]
    if bad:
        lines.insert(rows // 3, "{not json")
    (folder / "b.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "c.txt").write_text(f"{ARTICLE} Last.\n")
    return folder


def _rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables that hold what was stored (the clocks left out)."""
    with sqlite3.connect(db) as connection:
        return {
            "documents": connection.execute(
                "SELECT id, text, near_duplicate_of FROM documents ORDER BY rowid"
            ).fetchall(),
            "events": connection.execute("SELECT * FROM events ORDER BY rowid").fetchall(),
            "shards": connection.execute(
                "SELECT key, path, documents FROM corpus_shards ORDER BY key"
            ).fetchall(),
        }


def test_only_a_large_file_of_many_documents_is_cut_and_only_for_several_workers(
    tmp_path: Path,
) -> None:
    big = tmp_path / "big.jsonl"
    row = json.dumps({"text": ARTICLE}) + "\n"
    big.write_text(row * (3 * corpus.GROUP_BYTES // len(row)))
    text = tmp_path / "big.txt"
    text.write_text(big.read_text())
    shards, _ = find_shards([big, text])
    tasks = [ShardTask(s, "sqlite:///x.db", None, None) for s in shards]
    cut = _parts(tasks, workers=8)  # parts of about PART_BYTES
    count = -(-big.stat().st_size // PART_BYTES)
    assert count < 8 * PARTS_PER_WORKER
    assert [t.part for t in cut] == [(k, count) for k in range(count)] + [(0, 1)]
    assert all(t.shard == tasks[0].shard for t in cut[:-1]) and cut[-1] == tasks[1]
    two = _parts(tasks, workers=2)  # at most PARTS_PER_WORKER a worker: larger parts
    assert [t.part for t in two[:-1]] == [(k, 2 * PARTS_PER_WORKER) for k in range(16)]
    assert _parts(tasks, workers=1) == tasks
    to_parquet = [ShardTask(s, None, str(tmp_path / "pq"), None) for s in shards]
    assert _parts(to_parquet, workers=2) == to_parquet  # Parquet is written per shard


@settings(max_examples=8, deadline=None)
@given(rows=st.integers(1, 30), parts=st.integers(2, 40))
def test_parts_store_and_report_what_the_whole_file_does(
    tmp_path_factory: pytest.TempPathFactory, rows: int, parts: int
) -> None:
    """The file of ``rows`` articles cut into about ``parts`` parts: the same rows in every
    table of the store (documents, events, the shard's mark), one report a shard with the
    same counts and problems, and a re-run skips every shard."""
    folder = _write(tmp_path_factory.mktemp("c") / "corpus", rows)
    size = (folder / "b.jsonl").stat().st_size
    whole = ingest_corpus([folder], url=f"sqlite:///{folder.parent / 'one.db'}")
    tasks: list[ShardTask] = []
    cut_into = corpus._parts

    def spied(found: list[ShardTask], workers: int) -> list[ShardTask]:
        tasks.extend(cut_into(found, workers))
        return tasks

    seen: list[str] = []
    with pytest.MonkeyPatch.context() as monkeypatch:
        part = max(1, size // parts)
        monkeypatch.setattr(corpus, "GROUP_BYTES", min(size - 1, 4 * part))
        monkeypatch.setattr(corpus, "PART_BYTES", part)
        monkeypatch.setattr(corpus, "_parts", spied)
        cut = ingest_corpus(
            [folder],
            url=f"sqlite:///{folder.parent / 'two.db'}",
            executor=TwoWorkers(),
            on_shard=lambda r: seen.append(Path(r.path).name),
        )
    assert len(tasks) == 2 + min(-(-size // part), 2 * PARTS_PER_WORKER)  # the file was cut
    assert _rows(folder.parent / "one.db") == _rows(folder.parent / "two.db")
    assert seen == ["a.txt", "b.jsonl", "c.txt"]  # one report a shard, in order
    for a, b in zip(whole.shards, cut.shards, strict=True):
        for name in ("documents_read", "added", "already_present", "events_new", "failed"):
            assert getattr(a, name) == getattr(b, name), name
        assert [p.message for p in a.problems] == [p.message for p in b.problems]
    assert cut.shards[1].documents_read == rows and len(cut.shards[1].problems) == 1
    again = ingest_corpus([folder], url=f"sqlite:///{folder.parent / 'two.db'}")
    assert all(s.skipped for s in again.shards)  # every shard recorded as stored


class FailsOnce:
    """The rules coder, failing on the document that holds "Update 1."."""

    name, version = "rules", "test"

    def __call__(self, doc: Document) -> Sequence[Event]:
        if "Update 1." in doc.text:
            raise RuntimeError("no")
        return RulesCoder()(doc)


class Mended(FailsOnce):
    """The same coder (name and version: a resume with another is refused) once mended."""

    def __call__(self, doc: Document) -> Sequence[Event]:
        return RulesCoder()(doc)


def test_a_part_that_fails_to_code_withholds_the_files_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _write(tmp_path / "corpus", 12, bad=False)
    monkeypatch.setattr(corpus, "GROUP_BYTES", 2400)
    monkeypatch.setattr(corpus, "PART_BYTES", 600)
    url = f"sqlite:///{tmp_path / 'n.db'}"
    report = ingest_corpus([folder], url=url, executor=TwoWorkers(), coder=FailsOnce())
    jsonl = report.shards[1]
    assert jsonl.coding_failed == 1 and jsonl.added == 11 and len(jsonl.problems) == 1
    again = ingest_corpus([folder], url=url, executor=TwoWorkers(), coder=Mended())
    assert [s.skipped for s in again.shards] == [True, False, True]
    assert again.shards[1].added == 1 and again.shards[1].already_present == 11
    third = ingest_corpus([folder], url=url, executor=TwoWorkers(), coder=Mended())
    assert all(s.skipped for s in third.shards)
