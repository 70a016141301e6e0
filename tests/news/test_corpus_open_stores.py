"""How long a process keeps its store connections (session 19, s19-quality).

``accord.news.corpus`` keeps a store (or a worker's SQLite reads) open per URL from one task to
the next; a long-lived process that ingests into many stores must not keep them all. An ingest
closes its own when it returns; a process keeps at most ``OPEN_STORES`` URLs open, the most
recently used, and never closes one that an ingest of its own is using.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news import corpus
from accord.news.corpus import OPEN_STORES, _held, _reads, _SqliteReads, close_stores, ingest_corpus
from tests.news.test_corpus_coder import _corpus

URLS = OPEN_STORES + 3


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Store URLs of plain SQLite files, read through :class:`_SqliteReads` (cheap to open)."""
    folder = tmp_path_factory.mktemp("stores")
    paths = [folder / f"s{k}.db" for k in range(URLS)]
    for path in paths:
        path.touch()
    return [f"sqlite:///{path}" for path in paths]


@pytest.fixture(autouse=True)
def nothing_open() -> Iterator[None]:
    close_stores()
    yield
    close_stores()


def _is_closed(reads: object) -> bool:
    assert isinstance(reads, _SqliteReads)
    try:
        reads.shard_done("any")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return True
    except sqlite3.OperationalError:  # open, on a file without the store's tables
        return False
    return False


def _open_urls() -> set[str]:
    return {key[0] for key in corpus._STORES} | set(corpus._READS)


@settings(max_examples=30, deadline=None)
@given(uses=st.lists(st.integers(0, URLS - 1), max_size=25))
def test_a_process_keeps_the_most_recently_used_stores_open(
    files: list[str], uses: list[int]
) -> None:
    close_stores()
    opened: dict[str, list[object]] = {}
    for k in uses:
        reads = _reads(files[k], 0.8)
        assert not _is_closed(reads)
        opened.setdefault(files[k], []).append(reads)
    recent = list(dict.fromkeys(files[k] for k in reversed(uses)))[:OPEN_STORES]
    assert _open_urls() == set(recent)
    for url, seen in opened.items():
        # one connection at a time per URL; every one but the open one is closed
        assert all(_is_closed(r) for r in seen if r is not corpus._READS.get(url))


def test_a_store_an_ingest_uses_is_not_closed_under_it(files: list[str]) -> None:
    url, others = files[0], files[1:]
    with _held(url, 0.8) as store:
        with _held(url, 0.8) as again:  # a second ingest at once, as in a web service
            assert again is store
            for other in others:
                _reads(other, 0.8)
            assert corpus._STORES[(url, 0.8)] is store
        assert corpus._STORES[(url, 0.8)] is store  # the first still uses it
        assert len(_open_urls() - {url}) == OPEN_STORES - 1
    assert url not in _open_urls()
    assert not corpus._HELD


def test_close_stores_closes_one_url_and_leaves_the_others(files: list[str]) -> None:
    first, second = _reads(files[0], 0.8), _reads(files[1], 0.8)
    close_stores(files[0])
    assert _is_closed(first) and not _is_closed(second)
    assert _open_urls() == {files[1]}
    assert _reads(files[0], 0.8) is not first  # opened again on the next use


def test_an_ingest_leaves_no_connection_open_and_resumes(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "corpus", files=3)
    url = f"sqlite:///{tmp_path / 'a.db'}"
    first = ingest_corpus([folder], url=url, coder=None)
    assert not _open_urls() and not corpus._HELD
    again = ingest_corpus([folder], url=url, coder=None)
    assert len(first.shards) == 3 and not any(s.skipped for s in first.shards)
    assert all(s.skipped for s in again.shards)
    assert not _open_urls()
