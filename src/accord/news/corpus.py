"""Sharded corpora: code a folder or glob of files on an executor, into the store and/or Parquet.

A *shard* is one input file (JSON Lines, Parquet, HTML, text, feed). Each shard, or a run of
consecutive small ones (:data:`GROUP_BYTES`, so a coder that codes in batches gets several
one-article files at once), or with several workers a part of a large file of many documents
(:func:`_parts`), is one task on an :mod:`accord.execution` executor -- in this
process, on ``--workers N`` local processes, or on a Dask cluster -- which reads the files,
codes their documents and writes each shard to Parquet, one file per shard and event date
under ``DIR/date=YYYY-MM-DD/`` (Hive partitioning, readable with ``pyarrow.dataset`` or
DuckDB), written to a temporary name and renamed, then a marker ``DIR/_shards/KEY.json`` last;
a shard with its marker is skipped. The coded documents go back to the process that runs
:func:`ingest_corpus`, which stores them in the news store (:func:`store_shards`: a task's
documents with their events, up to :data:`STORE_BATCH` to a transaction) and records a shard
whose every document is stored (``corpus_shards``, in the transaction of its last document), so
that a re-run skips it.

So a corpus can be re-run after a crash (even SIGKILL): finished shards are skipped, the shard
in flight is read again and its documents already stored are not stored or counted twice
(documents are keyed by content hash), and its Parquet files are rewritten whole. A
re-run with another coder than the one that coded its shards is refused before anything is
coded (:func:`refuse_other_coders` says why it does not re-code).

Why the parent stores, in input order: the store merges reports into events greedily (a
report joins the nearest stored event within ``event_window_days``, else starts one, whose
date the first report fixes) and flags a document as a near-duplicate of an *earlier* one, so
what it holds depends on the order documents arrive: reports on days 1, 2 and 3 with a 1-day
window make two events stored in that order and one if day 2 comes first. When every worker
stored its own shards, that order was the order workers happened to finish, and two identical
``--workers 2`` runs gave different event rows (7,123 and 7,132 events from 200 long articles
with the nlp coder, session 9). Now the results are applied in input order, the order of a
serial run, so the store is the same whatever the executor and the number of workers. We
preferred this to sorting each task's reports by a canonical key: tasks still interleave, so a
sort within a task cannot fix the order across them, and an order-free merge rule would change
what one event is. The cost is that storing is serial, in one process (SQLite serialises
writers anyway); coding, the expensive step, stays parallel, and the results come back through
:meth:`accord.execution.Executor.imap`, which keeps at most :data:`AHEAD_PER_WORKER` tasks per
worker in flight, so the results waiting for their turn are bounded in memory while the workers
stay busy. The store remains safe for other writers (another ``accord ingest`` at the same
time, see :mod:`accord.news.store`); their documents then interleave with ours.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol

from accord.errors import AccordError, DataError, Problem
from accord.news.ingest import (
    Coder,
    IngestCounts,
    Repeats,
    code_together,
    coder_name,
    default_coder,
    document_place,
    expand_inputs,
)
from accord.news.readers import (
    ReadResult,
    document_from_row,
    file_is_parquet,
    read_file,
)
from accord.news.types import Document, Event

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from accord.execution import Executor
    from accord.news.store import Store

__all__ = [
    "CodedShard",
    "CorpusReport",
    "Shard",
    "ShardReport",
    "code_shards",
    "find_shards",
    "ingest_corpus",
    "read_parquet",
    "refuse_other_coders",
    "resume_advice",
    "run_shard",
    "run_shards",
    "store_shards",
]

PARQUET_SUFFIXES = (".parquet", ".pq")
"""The names of Parquet files: such a file that is not Parquet is refused as such, not read as
text (a Parquet file of another name is known by its magic bytes)."""


@dataclass(frozen=True)
class Shard:
    """One input file and its key (path, size and modification time, hashed)."""

    path: str
    key: str


def _shard_key(path: Path) -> str:
    stat = path.stat()
    ident = f"{path.resolve()}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}"
    return hashlib.sha256(ident.encode()).hexdigest()[:32]


def find_shards(inputs: Iterable[str | Path]) -> tuple[list[Shard], list[Problem]]:
    """The shards named by ``inputs`` (files, folders walked, glob patterns), each once."""
    files, problems = expand_inputs(inputs)
    return [Shard(str(p), _shard_key(p)) for p in files], problems


def read_parquet(path: str | Path) -> ReadResult:
    """Documents from a Parquet file with a ``text`` column (and optionally ``title``,
    ``date``, ``source``, ``url``; other columns go to ``meta["extra"]``), one per row."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise DataError(
            f"{path}: reading Parquet needs pyarrow: pip install 'accord[parquet]'"
        ) from None
    p = Path(path)
    if not file_is_parquet(p):
        if not p.is_file():
            raise DataError(f"{p}: no such file")
        raise DataError(
            f"{p}: not a Parquet file (it does not start and end with the bytes PAR1); "
            "give it a name that says what it holds (.jsonl, .txt, .html...)"
        )
    try:
        table = pq.read_table(p)
    except (OSError, ValueError) as exc:
        raise DataError(f"{p}: not a readable Parquet file ({exc})") from None
    if "text" not in table.column_names:
        raise DataError(f"{p}: no 'text' column (columns: {', '.join(table.column_names)})")
    result = ReadResult(str(p), "parquet")
    mtime = p.stat().st_mtime
    for number, read in enumerate(table.to_pylist(), start=1):
        row = {key: _missing_as_null(value) for key, value in read.items()}
        if isinstance(row.get("date"), dt.date):
            row["date"] = row["date"].isoformat()
        made = document_from_row(row, f"row {number}", str(p), mtime, {"row": number})
        if isinstance(made, Problem):
            result.problems.append(made)
        else:
            result.documents.append(made)
    return result


def _missing_as_null(value: Any) -> Any:
    """A Parquet cell with NaN or an infinity (pandas' missing value in a float column) as
    null, as the JSON Lines reader reads ``NaN`` and ``Infinity``: then a missing date or title
    is missing in both formats, and a missing text the same error (before session 30 a NaN date
    was refused as "expected a date string (got nan)" where JSON Lines read it as no date)."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _is_parquet_shard(path: str) -> bool:
    """Whether to read ``path`` as Parquet: named so, or with its magic bytes."""
    return path.lower().endswith(PARQUET_SUFFIXES) or file_is_parquet(path)


def _read_shard(path: str) -> ReadResult:
    if _is_parquet_shard(path):
        return read_parquet(path)
    return read_file(path)


@dataclass
class ShardReport(IngestCounts):
    """What one shard task did: the ingest counters, and the shard's own."""

    path: str
    key: str
    skipped: bool = False
    failed: bool = False
    events_written: int = 0
    seconds: float = 0.0  # wall clock of the task
    cpu_seconds: float = 0.0  # CPU time of the worker process on the task
    pid: int = 0  # the worker process that ran the task
    peak_mib: float = 0.0  # that process's peak resident memory so far (a high-water mark)
    store_seconds: float = 0.0  # wall clock of storing it (in the process of ingest_corpus)


@dataclass(frozen=True)
class ShardTask:
    """Everything a worker needs for one shard (picklable: sent to other processes)."""

    shard: Shard
    url: str | None
    parquet: str | None
    coder: Coder | None
    near_threshold: float = 0.8
    date_if_missing: dt.date | None = None
    part: tuple[int, int] = (0, 1)
    """``(index, count)``: the task codes the ``index``-th of ``count`` consecutive runs of
    the shard's documents, of about equal length (:func:`_parts`); ``(0, 1)``: all of them."""


OPEN_STORES = 4
"""Store URLs whose connections a process keeps open between tasks, the most recently used
(:func:`_store`, :func:`_reads`). A worker keeps its store open from one task to the next
because opening one checks (and migrates) its schema; a long-lived process (a notebook, a web
service, the workers of a pool or Dask cluster reused for ingests into many stores) would
otherwise keep a connection to every store it ever ingested into. Four leaves room for a few
ingests that share one pool at the same time; a store that :func:`ingest_corpus` is using in
this process is never closed under it (:func:`_held`)."""

_STORES: dict[tuple[str, float], Store] = {}
_HELD: dict[str, int] = {}  # URL -> ingest_corpus calls of this process using it
_USED: dict[str, None] = {}  # URLs with an open store or reads, least recently used first
_LOCK = threading.RLock()  # threads of one process (a web service, a threaded executor)


def _store(url: str, near_threshold: float) -> Store:
    """One store per process and URL, opened (and migrated) once, then reused while it is
    among the :data:`OPEN_STORES` most recently used."""
    from accord.news.store import Store

    with _LOCK:
        key = (url, near_threshold)
        if key not in _STORES:
            _STORES[key] = Store(url, near_threshold=near_threshold)
        _used(url)
        return _STORES[key]


def _used(url: str) -> None:
    """Mark ``url`` as the most recently used, then close the least recently used URLs beyond
    :data:`OPEN_STORES` that no :func:`ingest_corpus` of this process holds."""
    _USED.pop(url, None)
    _USED[url] = None
    idle = [u for u in _USED if u not in _HELD and u != url]
    for old in idle[: max(0, len(_USED) - OPEN_STORES)]:
        close_stores(old)


def close_stores(url: str | None = None) -> None:
    """Close the store connections this process keeps open for ``url`` (every URL: None);
    the next use opens them again. For whoever replaces a store under a running process
    (tests that drop its tables) or wants its connections back now; :func:`ingest_corpus`
    closes its own when it returns."""
    with _LOCK:
        for key in [key for key in _STORES if url in (None, key[0])]:
            _STORES.pop(key).close()
        for read_url in [u for u in _READS if url in (None, u)]:
            _READS.pop(read_url).close()
        for used in [u for u in _USED if url in (None, u)]:
            del _USED[used]


@contextmanager
def _held(url: str | None, near_threshold: float) -> Iterator[Store | None]:
    """The store at ``url`` (None: no store), open while the block runs and closed, with this
    process's reads of it, when the last block of this process that holds it ends: a caller's
    :func:`ingest_corpus` does not leave a connection behind, and two at once (threads of a web
    service) do not close it under each other."""
    if url is None:
        yield None
        return
    with _LOCK:
        _HELD[url] = _HELD.get(url, 0) + 1
        try:
            store = _store(url, near_threshold)
        except BaseException:
            _release(url)
            raise
    try:
        yield store
    finally:
        with _LOCK:
            _release(url)


def _release(url: str) -> None:
    _HELD[url] -= 1
    if not _HELD[url]:
        del _HELD[url]
        close_stores(url)


class _Reads(Protocol):
    """What a worker asks the store: whether a shard is recorded as stored, and whether a
    document is (:meth:`accord.news.store.Store.shard_done`, ``has_document``)."""

    def shard_done(self, key: str) -> bool: ...

    def has_document(self, document_id: str) -> bool: ...

    def close(self) -> None: ...


class _SqliteReads:
    """A SQLite store's :class:`_Reads` through the standard library's :mod:`sqlite3`, so that
    a worker of a sharded ingest needs no SQLAlchemy: the fork server then does not import it,
    0.28 CPU s off every sharded ingest's serial start-up (docs/benchmarks-news.md, session 15).
    The same two queries as the store's; no transaction is begun, so each reads the last
    committed state and takes no write lock, as the store's ``READ_ONLY`` reads do. The parent
    has opened (and migrated) the store before any worker starts."""

    def __init__(self, path: str) -> None:
        # shared by the threads of a Dask worker that runs several tasks at once (a cluster of
        # the user's, --scheduler): safe where the module's SQLite serialises calls itself
        self._connection = sqlite3.connect(
            path,
            timeout=30.0,
            isolation_level=None,
            check_same_thread=sqlite3.threadsafety < 3,
        )

    def shard_done(self, key: str) -> bool:
        return self._first("SELECT key FROM corpus_shards WHERE key = ?", key)

    def has_document(self, document_id: str) -> bool:
        return self._first("SELECT id FROM documents WHERE id = ?", document_id)

    def _first(self, query: str, value: str) -> bool:
        return self._connection.execute(query, (value,)).fetchone() is not None

    def close(self) -> None:
        self._connection.close()


_READS: dict[str, _Reads] = {}


def _reads(url: str, near_threshold: float) -> _Reads:
    """A worker's :class:`_Reads` of the store at ``url``, opened once per process: a SQLite
    file named by a plain ``sqlite:///PATH`` URL that exists already (:func:`ingest_corpus`
    creates and migrates it before any worker starts) through :class:`_SqliteReads`, any other
    store through :func:`_store` (which creates a missing one, as before); kept open while the
    URL is among the :data:`OPEN_STORES` most recently used."""
    with _LOCK:
        if url not in _READS:
            path = url.removeprefix("sqlite:///")
            plain_file = url.startswith("sqlite:///") and "?" not in url and Path(path).is_file()
            _READS[url] = _SqliteReads(path) if plain_file else _store(url, near_threshold)
        _used(url)
        return _READS[url]


def _marker(parquet: str, key: str) -> Path:
    return Path(parquet) / "_shards" / f"{key}.json"


def run_shard(task: ShardTask) -> ShardReport:
    """Read, code and write one shard (:func:`run_shards` of that shard alone)."""
    return run_shards([task])[0]


@dataclass
class CodedShard:
    """A shard as its task leaves it (read, coded, written to Parquet): its report so far and
    the documents, each with its events, to store in file order (picklable: the result a
    worker sends back)."""

    report: ShardReport
    to_store: list[tuple[Document, list[Event]]] = field(default_factory=list)
    finish: bool = False  # record the shard as stored once these are
    documents: int = 0  # the documents of the whole file, which its mark records
    # each document's MinHash signature (accord.news.minhash.document_signature), computed by
    # the worker so that the parent, which stores serially, does not
    signatures: list[NDArray[np.uint32]] = field(default_factory=list)
    # (document id, place) of each document the worker found stored already and did not send,
    # for the parent to name a copy of one this run stored (accord.news.ingest.Repeats)
    found_stored: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Open:
    """A shard read and not yet written: its report, and its documents, each with whether it
    is in the store already."""

    task: ShardTask
    report: ShardReport
    store_done: bool = True
    parquet_done: bool = True
    docs: list[tuple[Document, bool]] = field(default_factory=list)
    events: dict[int, list[Event] | None] = field(default_factory=dict)  # by position in docs
    documents: int = 0  # the documents of the whole file (a part holds some of them)
    cpu: float = 0.0  # CPU and wall seconds of the shard's own steps so far
    wall: float = 0.0


def run_shards(tasks: Sequence[ShardTask]) -> list[ShardReport]:
    """Read, code and write the shards of one task here: :func:`code_shards`, then
    :func:`store_shards` (what :func:`ingest_corpus` does on its executor)."""
    return store_shards(tasks, code_shards(tasks))


STORE_BATCH = 32
"""Documents stored per transaction by :func:`store_shards` (:meth:`Store.add_documents`): one
commit and one set of locks per batch rather than per document, while a long shard still
commits as it goes and never holds the write lock for long."""


def store_shards(
    tasks: Sequence[ShardTask], coded: Sequence[CodedShard], repeats: Repeats | None = None
) -> list[ShardReport]:
    """Store the coded shards of one task in order, their documents in file order, and record
    each shard as done; returns their reports, with the store's counts added. ``repeats``:
    the run's record of where it stored each document, which notes the copies read again
    (as :func:`accord.news.ingest.ingest` does in one process; session 33).

    The documents of consecutive shards go :data:`STORE_BATCH` to a transaction, and a
    shard's finished mark goes in the transaction of its last document, so a crash leaves
    whole batches stored and only shards whose every document is stored marked: a re-run
    stores the rest (documents are keyed by content). A shard's ``store_seconds`` is its share
    of its batches' time, in proportion to its documents (and its mark) in each."""
    from accord.news.store import ShardMark

    reports = [c.report for c in coded]
    # (shard index, document, events, signature) in order; marks by the items before them
    items: list[tuple[int, Document, list[Event], NDArray[np.uint32] | None]] = []
    marks: list[tuple[int, int, ShardMark]] = []  # (items before it, shard index, mark)
    store_key: tuple[str, float] | None = None
    for k, (task, shard) in enumerate(zip(tasks, coded, strict=True)):
        if task.url is None or not (shard.to_store or shard.finish):
            continue
        key = (task.url, task.near_threshold)
        if store_key not in (None, key):  # pragma: no cover - one store per ingest
            return [store_shards([t], [c], repeats)[0] for t, c in zip(tasks, coded, strict=True)]
        store_key = key
        signatures: list[NDArray[np.uint32] | None] = [*shard.signatures]
        signatures = signatures or [None] * len(shard.to_store)
        for (doc, events), signature in zip(shard.to_store, signatures, strict=True):
            items.append((k, doc, events, signature))
        if shard.finish:
            mark = ShardMark(task.shard.key, task.shard.path, shard.documents)
            marks.append((len(items), k, mark))
    if store_key is None:
        _found_stored(coded, range(len(coded)), repeats)
        return reports
    store = _store(*store_key)
    batches = max(1, -(-len(items) // STORE_BATCH))
    for b in range(batches):
        started = time.perf_counter()
        batch = items[b * STORE_BATCH : (b + 1) * STORE_BATCH]
        finish = [(k, m) for n, k, m in marks if max(0, n - 1) // STORE_BATCH == b]
        results = store.add_documents(
            [(doc, events) for _, doc, events, _ in batch],
            [signature for _, _, _, signature in batch],
            [m for _, m in finish],
        )
        for (k, doc, _, _), result in zip(batch, results, strict=True):
            if reports[k].stored(result) and repeats is not None:
                repeats.stored(doc.id, document_place(doc))
            elif repeats is not None:
                repeats.again(doc.id, document_place(doc))
        # the copies a worker found stored, once the shards before them are stored
        _found_stored(coded, {k for k, _, _, _ in batch} | {k for k, _ in finish}, repeats)
        weights = [k for k, _, _, _ in batch] + [k for k, _ in finish]
        seconds = time.perf_counter() - started
        for k in weights:
            reports[k].store_seconds += seconds / len(weights)
    _found_stored(coded, range(len(coded)), repeats)  # shards with nothing to store
    return reports


def _found_stored(
    coded: Sequence[CodedShard], which: Iterable[int], repeats: Repeats | None
) -> None:
    """Note in ``repeats`` the documents that the shards ``which`` of ``coded`` found stored
    already (each once: the list is emptied)."""
    if repeats is None:
        return
    for k in sorted(which):
        for document_id, place in coded[k].found_stored:
            repeats.again(document_id, place)
        coded[k].found_stored = []


def code_shards(tasks: Sequence[ShardTask]) -> list[CodedShard]:
    """Read, code and write to Parquet the shards of one task (the unit of work an executor
    runs; a task holds several small shards, :func:`ingest_corpus`): every shard is read, the
    documents of all of them that need coding are coded together
    (:func:`accord.news.ingest.code_together`, one by one when the coder cannot), then each
    shard is written in turn, as one shard alone would be (shards with different coders are
    coded one document at a time, each by its own); storing is left to :func:`store_shards`.
    A shard's ``seconds`` and ``cpu_seconds`` are its own reading and writing plus a share of
    the joint coding in proportion to the characters of its documents coded."""
    reads: dict[str, ReadResult | AccordError] = {}
    opened = [_open_shard(task, reads) for task in tasks]
    todo = [
        (shard, position, doc)
        for shard in opened
        for position, (doc, stored) in enumerate(shard.docs)
        if _to_code(shard, stored)
    ]
    started, cpu = time.perf_counter(), time.process_time()
    shared = len({id(task.coder) for task in tasks}) == 1
    together = code_together([doc for _, _, doc in todo], tasks[0].coder) if shared else None
    for k, (shard, position, doc) in enumerate(todo):
        shard.events[position] = (
            together[k] if together is not None else shard.report.coded(doc, shard.task.coder)
        )
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    chars = sum(len(doc.text) for _, _, doc in todo) or 1
    for shard, _, doc in todo:
        shard.wall += wall * len(doc.text) / chars
        shard.cpu += cpu * len(doc.text) / chars
    return [_write_shard(shard) for shard in opened]


def _to_code(shard: _Open, stored: bool) -> bool:
    return not (stored and shard.parquet_done)


def _open_shard(task: ShardTask, reads: dict[str, ReadResult | AccordError]) -> _Open:
    """Read a shard (nothing when it is done), or the task's part of it; ``reads``: the
    files the task has read already, by path (its parts of one file are read once). A part's
    report counts its own documents; the file's problems go to its first part only."""
    started, cpu = time.perf_counter(), time.process_time()
    shard = task.shard
    out = _Open(task, ShardReport(shard.path, shard.key))
    store = _reads(task.url, task.near_threshold) if task.url is not None else None
    out.store_done = store is None or store.shard_done(shard.key)
    out.parquet_done = task.parquet is None or _marker(task.parquet, shard.key).is_file()
    report = out.report
    if out.store_done and out.parquet_done:
        report.skipped = True
    else:
        if shard.path not in reads:
            try:
                reads[shard.path] = _read_shard(shard.path)
            except AccordError as exc:
                reads[shard.path] = exc
        result = reads[shard.path]
        index, count = task.part
        if isinstance(result, AccordError):
            report.failed = True
            if index == 0:
                report.problems.append(Problem("", str(result), has_value=False))
        else:
            if index == 0:
                report.problems.extend(result.problems)
                if result.not_utf8 is not None:
                    report.not_utf8.append(result.not_utf8)
            n = out.documents = len(result.documents)
            for doc in result.documents[n * index // count : n * (index + 1) // count]:
                doc = report.read(doc, task.date_if_missing)  # dated as it is to be stored
                stored = out.store_done or (store is not None and store.has_document(doc.id))
                out.docs.append((doc, stored))
    out.wall, out.cpu = time.perf_counter() - started, time.process_time() - cpu
    return out


def _write_shard(shard: _Open) -> CodedShard:
    """Write a read shard's coded documents to Parquet and hand over those to store."""
    report, task = shard.report, shard.task
    if report.skipped or report.failed:
        return CodedShard(report)
    started, cpu = time.perf_counter(), time.process_time()
    to_store = task.url is not None and not shard.store_done
    # the coder is recorded with the document, as by accord.news.ingest.ingest
    signed = {"coder": coder_name(task.coder)} if task.coder is not None else {}
    coded: list[tuple[Document, list[Event]]] = []
    found_stored: list[tuple[str, str]] = []
    for position, (doc, stored) in enumerate(shard.docs):
        if not _to_code(shard, stored):
            report.already_present += 1
            found_stored.append((doc.id, document_place(doc)))
            continue
        found = shard.events[position]
        if found is None:
            continue
        coded.append((replace(doc, meta={**doc.meta, **signed}), found))
        if stored and not to_store:
            report.already_present += 1
            found_stored.append((doc.id, document_place(doc)))
    if task.parquet is not None and not shard.parquet_done:
        report.events_written = write_parquet_shard(
            task.parquet, task.shard, coded, coder_name(task.coder)
        )
    signatures = []
    if to_store:
        from accord.news.minhash import document_signature

        signatures = [document_signature(doc) for doc, _ in coded]
    report.seconds = shard.wall + time.perf_counter() - started
    report.cpu_seconds = shard.cpu + time.process_time() - cpu
    report.pid, report.peak_mib = os.getpid(), _peak_mib()
    if not to_store:
        return CodedShard(report, found_stored=found_stored)
    last = task.part[0] == task.part[1] - 1  # a shard is done with its last part (_Parts)
    finish = last and not report.coding_failed
    return CodedShard(report, coded, finish, shard.documents, signatures, found_stored)


def _peak_mib() -> float:
    """Peak resident memory of this process in MiB (``ru_maxrss``: KiB on Linux); 0.0 where
    the platform has no :mod:`resource` module."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_parquet_shard(
    root: str,
    shard: Shard,
    coded: Sequence[tuple[Document, Sequence[Event]]],
    coder: str = "none",
) -> int:
    """Write a shard's coded events (one row per event report) under ``root/date=.../``;
    returns the number of rows. Each file is written under a temporary name and renamed, and
    the shard's marker goes last, so a crash leaves no half file and no false marker; the
    marker records ``coder`` (:func:`accord.news.ingest.coder_name`) for
    :func:`refuse_other_coders`. Each file's key-value metadata, and the marker, say which
    accord wrote it (``accord``: :func:`accord.provenance.provenance` as JSON) and the coder
    (``coder``; since session 36)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    by_date: dict[str, list[dict[str, Any]]] = {}
    for doc, events in coded:
        for index, ev in enumerate(events):
            date = ev.date or doc.date
            by_date.setdefault(date.isoformat() if date else "unknown", []).append(
                {
                    "document_id": doc.id,
                    "index": index,
                    "event_type": ev.event_type,
                    "mode": ev.mode,
                    "source": [r.code for r in ev.sources],
                    "target": [r.code for r in ev.targets],
                    "trigger": ev.trigger,
                    "sentence": ev.sentence,
                    "confidence": float(ev.confidence),
                    "shard": shard.key,
                }
            )
    schema = pa.schema(
        [
            ("document_id", pa.string()),
            ("index", pa.int32()),
            ("event_type", pa.string()),
            ("mode", pa.string()),
            ("source", pa.list_(pa.string())),
            ("target", pa.list_(pa.string())),
            ("trigger", pa.string()),
            ("sentence", pa.string()),
            ("confidence", pa.float64()),
            ("shard", pa.string()),
        ]
    )
    from accord.provenance import provenance

    # which accord wrote each file, as key-value metadata (session 36), not a column: the
    # partitions of earlier runs have none, and a dataset's files must share one schema
    made = json.dumps(provenance())
    schema = schema.with_metadata({"accord": made, "coder": coder})
    rows = 0
    for day, records in sorted(by_date.items()):
        folder = Path(root) / f"date={day}"
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"part-{shard.key}.parquet"
        temporary = folder / f".part-{shard.key}.parquet.tmp{os.getpid()}"
        pq.write_table(pa.Table.from_pylist(records, schema=schema), temporary)
        os.replace(temporary, final)
        rows += len(records)
    marker = _marker(root, shard.key)
    marker.parent.mkdir(parents=True, exist_ok=True)
    temporary = marker.with_suffix(f".tmp{os.getpid()}")
    done = {"path": shard.path, "events": rows, "coder": coder, "accord": provenance()}
    temporary.write_text(json.dumps(done))
    os.replace(temporary, marker)
    return rows


GROUP_BYTES = 128 * 1024
"""Consecutive shards whose files are this many bytes or fewer together make one task
(:func:`run_shards`), so that a coder that codes documents in batches (the ``nlp`` coder's
parser) gets several at once where each file holds one article (sixteen articles of 1,000
words fit); a larger file is a task of its own."""
GROUP_SHARDS = 16
"""At most this many shards make one task: the ``nlp`` coder's parser steps this many
documents together (``accord.news.nlp.coder.PARSE_BATCH``, its cheapest batch per article),
so a task of one-article files is one parse batch, not one and a remainder
(docs/benchmarks-news.md, session 15)."""
GROUPS_PER_WORKER = 4
"""Shards are not grouped into fewer tasks than this many per worker, so the workers still
finish close together."""
ROW_SUFFIXES = (".jsonl", ".ndjson", ".parquet", ".pq", ".rss", ".atom", ".xml", ".feed")
"""The files of many documents, one a row or item (JSON Lines, Parquet, feeds), that
:func:`_parts` may cut into parts."""
PART_BYTES = GROUP_BYTES // GROUP_SHARDS
"""The bytes of a file of many documents that make one part of it (:func:`_parts`), about one
article of 1,000 words: consecutive parts are grouped into tasks as one-article files are."""
PARTS_PER_WORKER = 8
"""At most this many parts of one file per worker (:func:`_parts`): every task that holds a
part reads the whole file (for JSON Lines of long articles about a 270th of coding it), so the
parts of a very large file grow rather than multiply, and its reading stays a few per cent of
its coding (docs/benchmarks-news.md, session 17)."""
AHEAD_PER_WORKER = 4
"""Tasks in flight per worker while the parent stores results in input order
(:meth:`accord.execution.Executor.imap`): a worker idles only when the oldest task in flight
takes as long as this many others, and at most this many coded tasks per worker wait in the
parent's memory."""


def _file_bytes(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return GROUP_BYTES + 1  # a task of its own; reported by the shard's own read


def _parts(tasks: list[ShardTask], workers: int) -> list[ShardTask]:
    """``tasks`` with each file of many documents (:data:`ROW_SUFFIXES`) larger than
    :data:`GROUP_BYTES` cut into parts of about :data:`PART_BYTES` (:attr:`ShardTask.part`;
    at most :data:`PARTS_PER_WORKER` per worker, larger ones for a very large file), when
    more than one worker codes and nothing goes to Parquet (whose files and marker are
    written per shard): otherwise such a file is one task, coded by one worker while the
    others idle, and a corpus of one large file uses one worker only. Each part reads the
    file (once per task) and codes its run of the documents; the parent stores them in
    input order, records the shard as stored with its last part (when every part coded) and
    reports the shard once (:class:`_Joined`), so the store and the report are those of the
    file as one task."""
    if workers < 2:
        return tasks
    out: list[ShardTask] = []
    for task in tasks:
        size = _file_bytes(task.shard.path)
        if (
            task.parquet is None
            and size > GROUP_BYTES
            and (
                task.shard.path.lower().endswith(ROW_SUFFIXES) or _is_parquet_shard(task.shard.path)
            )
        ):
            count = min(-(-size // PART_BYTES), PARTS_PER_WORKER * workers)
            out += [replace(task, part=(k, count)) for k in range(count)]
        else:
            out.append(task)
    return out


class _Joined:
    """The parts of shards cut by :func:`_parts`, joined again as their results arrive in
    input order: a shard is recorded as stored with its last part only when no part failed
    to code a document, and its parts' reports are added up into one."""

    def __init__(self) -> None:
        self._reports: dict[str, list[ShardReport]] = {}
        self._failed: set[str] = set()

    def before_store(self, group: Sequence[ShardTask], coded: Sequence[CodedShard]) -> None:
        """Withhold a shard's mark from its last part when an earlier part failed to code."""
        for task, shard in zip(group, coded, strict=True):
            index, count = task.part
            if count > 1 and shard.report.coding_failed:
                self._failed.add(task.shard.key)
            if count > 1 and index == count - 1 and task.shard.key in self._failed:
                shard.finish = False
                self._failed.discard(task.shard.key)

    def reports(
        self, group: Sequence[ShardTask], reports: Sequence[ShardReport]
    ) -> list[ShardReport]:
        """The reports of whole shards among a group's stored ``reports``: a part's is kept
        until its shard's last part, then all are added up."""
        out: list[ShardReport] = []
        for task, report in zip(group, reports, strict=True):
            index, count = task.part
            if count == 1:
                out.append(report)
                continue
            parts = self._reports.setdefault(task.shard.key, [])
            parts.append(report)
            if index == count - 1:
                out.append(_added_up(self._reports.pop(task.shard.key)))
        return out


def _added_up(parts: Sequence[ShardReport]) -> ShardReport:
    """One shard's report from its parts' (in order): counts and seconds added, problems and
    documents dated by modification time in order, skipped when every part was, failed when
    any was, the last worker's process."""
    first = parts[0]
    total = ShardReport(first.path, first.key)
    for name in (
        "documents_read",
        "added",
        "already_present",
        "near_duplicates",
        "coding_failed",
        "events_new",
        "events_merged",
        "events_written",
        "seconds",
        "cpu_seconds",
        "store_seconds",
    ):
        setattr(total, name, sum(getattr(r, name) for r in parts))
    total.problems = [p for r in parts for p in r.problems]
    total.dated_by_mtime = [d for r in parts for d in r.dated_by_mtime]
    total.not_english = [d for r in parts for d in r.not_english]
    total.not_utf8 = [d for r in parts for d in r.not_utf8]
    total.skipped = all(r.skipped for r in parts)
    total.failed = any(r.failed for r in parts)
    total.pid = parts[-1].pid
    total.peak_mib = max(r.peak_mib for r in parts)
    return total


def _groups(tasks: list[ShardTask], workers: int) -> list[list[ShardTask]]:
    """``tasks`` cut into runs of consecutive shards of at most :data:`GROUP_BYTES` together
    (a shard larger than that alone), at most :data:`GROUP_SHARDS` and at most
    ``len(tasks) / (GROUPS_PER_WORKER * workers)`` shards each; the order of the shards is
    kept. With more than one worker the last ``workers`` runs are cut again into runs that
    shrink towards the end (:func:`_tapered`): at the end of a corpus the worker done first
    idles until the others finish their last task, so the last tasks are single shards
    (docs/benchmarks-news.md, session 12), while the ones before them stay batches (a lone
    article costs the ``nlp`` coder's parser most; session 15). The documents are coded and
    stored the same: a coder's events do not depend on which documents share its batch, and
    the parent stores in input order whatever the tasks."""
    most = max(1, min(GROUP_SHARDS, len(tasks) // (GROUPS_PER_WORKER * max(1, workers))))
    groups: list[list[ShardTask]] = []
    size = 0
    for task in tasks:
        nbytes = _file_bytes(task.shard.path) // task.part[1]  # a part's share of its file
        if groups and len(groups[-1]) < most and size + nbytes <= GROUP_BYTES:
            groups[-1].append(task)
            size += nbytes
        else:
            groups.append([task])
            size = nbytes
    if workers > 1:
        groups[-workers:] = _tapered(groups[-workers:], workers)
    return groups


def _tapered(groups: list[list[ShardTask]], workers: int) -> list[list[ShardTask]]:
    """``groups`` cut into runs of at most a ``2 * workers``-th of their shards still to come
    (rounded up), each within one of the groups: with two workers the 32 shards of two runs of
    16 become runs of 8, 6, 2 | 4, 3, 3, 2, 1, 1, 1 and 1 shards."""
    left = sum(len(group) for group in groups)
    runs: list[list[ShardTask]] = []
    for group in groups:
        while group:
            size = -(-left // (2 * workers))  # rounded up
            runs.append(group[:size])
            group = group[size:]
            left -= len(runs[-1])
    return runs


@dataclass
class CorpusReport:
    """Totals of a corpus run, and each shard's report."""

    coder: str
    executor: str
    shards: list[ShardReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0
    repeats: Repeats = field(default_factory=lambda: Repeats(), repr=False)
    """The articles this run read twice, as one ingest in one process keeps them."""

    def total(self, name: str) -> int:
        return sum(int(getattr(s, name)) for s in self.shards)

    @property
    def exit_code(self) -> int:
        """0 when any shard was read or skipped as done; 1 when nothing could be read."""
        ok = any(not s.failed for s in self.shards)
        return 0 if ok else 1


def refuse_other_coders(
    shards: Sequence[Shard], store: Store | None, parquet: str | None, coder: str
) -> None:
    """Refuse to resume a corpus run whose shards were coded, in ``store`` or in the Parquet
    folder, by another coder than ``coder`` (:func:`accord.news.ingest.coder_name`: another
    ``--coder``, another accord version or another confidence calibration); a
    :class:`DataError` names the first such shard, the coder that coded it and this one.

    Refusing, not re-coding, because re-coding cannot keep what is stored: a stored document
    is keyed by its text, so it would be "already present" and keep its old events, and its
    events are merged with other documents' reports, so they cannot be taken out alone; a
    finished Parquet shard would be overwritten. Skipping it, as before, silently left one
    store with two coders' events, which no figure computed from it would show. The careful
    user resumes with the coder that coded the run, or codes into a new store or folder.
    Parquet markers written before session 18 record no coder and are not checked.

    The message ends with what to do (:func:`resume_advice`): the ``--coder`` or ``--no-code``
    that codes as the stored coder did, when this accord has it; for a label no coder of this
    accord records (an older accord's, or another confidence calibration's: session 24's
    refit of the nlp calibration gives every store the nlp coder wrote an old label) a new
    store or folder. Accepting an old label is not safe: the label moves exactly when what the
    coder emits may have moved (its version, or the model that calibrates its confidences),
    and events of the two would merge into one another with no way to tell them apart."""
    keyed = [(shard.key, shard.path) for shard in shards]
    stored = store.shard_coders(keyed) if store is not None else {}
    mixed: list[tuple[Shard, str, str]] = []  # (shard, where, the other coder)
    for shard in shards:
        found = {("the store", c) for c in stored.get(shard.key, ())}
        if parquet is not None and (marker := _marker(parquet, shard.key)).is_file():
            found.add(("the Parquet folder", json.loads(marker.read_text()).get("coder", coder)))
        mixed.extend((shard, where, other) for where, other in sorted(found) if other != coder)
    if mixed:
        shard, where, other = mixed[0]
        more = len({s.key for s, _, _ in mixed}) - 1
        raise DataError(
            f"{shard.path}: coded in {where} by {other}, not by this run's coder {coder}"
            + (f" (and {more} more shards)" if more else "")
            + f"; {resume_advice(other)}"
        )


def _label_of(name: str) -> str | None:
    """The label (:func:`accord.news.ingest.coder_name`) this accord's ``--coder NAME``
    records; None when it cannot be built here (the nlp coder without the ``[nlp]`` extra)."""
    from accord.news.coders import MissingExtraError, get_coder

    try:
        return coder_name(get_coder(name, strict=True).coder)
    except MissingExtraError:
        return None


def resume_advice(other: str) -> str:
    """What to do when a run's shards were coded by the coder labelled ``other``: resume with
    the option that codes as it did, where this accord has it; else code into a new store.
    One store holds one coder's events (:func:`refuse_other_coders` says why)."""
    from accord.news.coders import CODER_NAMES

    new = (
        "code the corpus into a new store (--db NEW.db) or Parquet folder (--parquet NEW), "
        "which codes every shard again, so that one holds one coder's events"
    )
    if other == "none":
        return f"they were stored uncoded: resume with --no-code, or {new}"
    family = other.split(" ", 1)[0]
    for name in CODER_NAMES:
        if name.split("-")[0] != family:
            continue
        label = _label_of(name)
        if label == other:
            return f"resume with --coder {name}, the coder that coded them, or {new}"
        if label is None:
            return (
                f"resume with --coder {name} (it needs the [nlp] extra) if this accord's "
                f"{name} coder records {other}, else {new}"
            )
    return (
        f"no coder of this accord records {other} (it was coded by another accord version or "
        f"confidence calibration), so the run cannot be resumed in this store: {new}, or "
        "finish the run with the accord that coded it"
    )


def ingest_corpus(
    inputs: Iterable[str | Path],
    *,
    url: str | None,
    parquet: str | Path | None = None,
    executor: Executor | None = None,
    coder: Coder | Literal["auto"] | None = "auto",
    near_threshold: float = 0.8,
    date_if_missing: dt.date | None = None,
    on_shard: Callable[[ShardReport], None] | None = None,
) -> CorpusReport:
    """Code every shard of ``inputs`` on ``executor`` into the store at ``url`` (None: no
    store) and/or Parquet partitions under ``parquet``; finished shards are skipped, and a run
    whose shards another coder coded is refused (:func:`refuse_other_coders`)."""
    from accord.execution import InlineExecutor
    from accord.news.coders import start_workers
    from accord.store import normalise_url

    if url is None and parquet is None:
        raise DataError("nothing to write: give a store (--db) or a Parquet folder (--parquet)")
    if parquet is not None:
        from accord.frames import require_pyarrow

        require_pyarrow(f"--parquet {parquet}")
    chosen = default_coder() if coder == "auto" else coder
    executor = executor or InlineExecutor()
    start_workers(executor, chosen)
    shards, problems = find_shards(inputs)
    report = CorpusReport(coder=coder_name(chosen), executor=executor.describe(), problems=problems)
    resolved = normalise_url(url) if url is not None else None
    folder = str(parquet) if parquet is not None else None
    # migrate once here, before the workers open it; closed when the run ends
    with _held(resolved, near_threshold) as store:
        refuse_other_coders(shards, store, folder, report.coder)
        tasks = [
            ShardTask(
                shard,
                resolved,
                folder,
                chosen,
                near_threshold,
                date_if_missing,
            )
            for shard in shards
        ]
        started = time.perf_counter()
        groups = _groups(_parts(tasks, executor.workers), executor.workers)
        ahead = AHEAD_PER_WORKER * executor.workers
        joined = _Joined()
        for group, coded in zip(groups, executor.imap(code_shards, groups, ahead), strict=True):
            joined.before_store(group, coded)
            stored = store_shards(group, coded, report.repeats)
            for shard_report in joined.reports(group, stored):
                report.shards.append(shard_report)
                if on_shard is not None:
                    on_shard(shard_report)
        report.seconds = time.perf_counter() - started
        for shard_report in report.shards:
            report.problems.extend(shard_report.problems)
    return report
