"""The news store: documents and coded events in a relational database through SQLAlchemy 2.

One schema serves SQLite (the default, a file at ``~/.accord/accord.db``) and PostgreSQL (any
``postgresql+psycopg://...`` URL); the code uses only SQLAlchemy's ORM and Core and portable
column types, so nothing is SQLite-only. Writing is one transaction per document *with* its
events (or per batch of documents, :meth:`Store.add_documents`, which a sharded ingest uses
with the shard's finished mark in the batch's transaction), so a crash in the middle of a
batch leaves every earlier transaction complete and no partial one.

Three things keep the store free of repetition:

* documents are keyed by a content hash (:func:`accord.news.readers.document_id`), so storing
  the same article again adds nothing;
* near-duplicates (the same wire story lightly edited) are *flagged*, not dropped: each
  document gets a MinHash signature of its word 5-gram shingles (Broder 1997, "On the
  resemblance and containment of documents"), and one whose estimated Jaccard resemblance with
  an earlier document reaches the threshold records that document and the estimate; the
  earlier documents compared are only the candidates that share a MinHash LSH band bucket
  (:mod:`accord.news.lsh`, an indexed table), not every stored signature;
* one real event reported by several articles becomes one event row with several document
  references: a new event merges into a stored one of the same PLOVER type, the same set of
  source codes and the same set of target codes dated within ``event_window_days``.

Several writers may share a store (processes, or machines on PostgreSQL). A document is
inserted under its primary key, so two writers storing the same article store it once; an
event merge reads the candidate events and writes the new mention count under a lock on the
event's (type, sources, targets) key (:func:`accord.store.advisory_lock`; SQLite's write lock),
and counts are incremented in SQL (``mentions = mentions + n``), never read-modify-written.
The schema is migrated with Alembic (:mod:`accord.store.migrate`, revisions in
``news/migrations``): an older store is upgraded when opened, a newer one refused; a current
one is opened with reads only (no write lock: opening waits for no writer, nor holds one up).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Table,
    Text,
    and_,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.sql import ColumnElement, Select

from accord.errors import DataError
from accord.news.lsh import BANDS, band_buckets
from accord.news.minhash import (
    MINHASH_SEED,
    NUM_PERM,
    SHINGLE_WORDS,
    document_signature,
    estimate_jaccard,
    minhash_signature,
    shingle_hashes,
)
from accord.news.types import ActorRef, Document, Event
from accord.store import (
    READ_ONLY,
    Component,
    Database,
    advisory_lock,
    connect,
    database_error,
    default_url,
    given_db,
    holds_component,
    migrate,
    normalise_url,
    nothing_there,
    retrying_write,
)

__all__ = [
    "NEWS",
    "SCHEMA_VERSION",
    "AddResult",
    "DocumentInfo",
    "ShardMark",
    "Store",
    "StoredEvent",
    "default_url",
    "document_signature",
    "estimate_jaccard",
    "minhash_signature",
    "shingle_hashes",
]

SCHEMA_VERSION = "2"  # also written by migration 0002; a pre-migration accord refuses 2

# --------------------------------------------------------------------------- schema


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_from: Mapped[str] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    path: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    near_duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"))
    similarity: Mapped[float | None] = mapped_column(Float)
    n_events: Mapped[int] = mapped_column(Integer, default=0)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    event_type: Mapped[str] = mapped_column(String(32), index=True)
    mode: Mapped[str | None] = mapped_column(String(64))
    source_key: Mapped[str] = mapped_column(String(512))
    target_key: Mapped[str] = mapped_column(String(512))
    trigger: Mapped[str | None] = mapped_column(Text)
    sentence: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    mentions: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_events_match", "event_type", "source_key", "target_key", "date"),)


class EventActorRow(Base):
    __tablename__ = "event_actors"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), primary_key=True)
    side: Mapped[str] = mapped_column(String(6), primary_key=True)  # "source" | "target"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), index=True)
    role: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)


class EventDocumentRow(Base):
    __tablename__ = "event_documents"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id"), primary_key=True, index=True
    )
    sentence: Mapped[str | None] = mapped_column(Text)
    trigger: Mapped[str | None] = mapped_column(Text)


class MetaRow(Base):
    __tablename__ = "accord_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DocumentBandRow(Base):
    """One MinHash LSH band bucket of a document (see :mod:`accord.news.lsh`)."""

    __tablename__ = "document_bands"

    band: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    bucket: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id"), primary_key=True, index=True
    )


class CorpusShardRow(Base):
    """A corpus shard (file) whose every document is stored: a re-run skips it."""

    __tablename__ = "corpus_shards"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    documents: Mapped[int] = mapped_column(Integer)
    finished_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


VERSION_TABLE = "accord_news_version"
# declared so that Base.metadata.drop_all also forgets the revision; Alembic writes it
Table(VERSION_TABLE, Base.metadata, Column("version_num", String(32), primary_key=True))


def _adopt(connection: Any) -> str | None:
    """A store made before migrations (tables from ``create_all``, schema_version 1) is at
    revision 0001; a database without the documents table is new."""
    from sqlalchemy import inspect

    if not inspect(connection).has_table("documents"):
        return None
    meta = Base.metadata.tables["accord_meta"]
    stored = connection.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    if stored not in (None, "1"):
        raise DataError(f"news store has schema_version {stored!r} but no migration history")
    return "0001"


NEWS = Component(
    name="news store",
    script_location=Path(__file__).with_name("migrations"),
    version_table=VERSION_TABLE,
    adopt=_adopt,
    head="0002",  # the newest file of migrations/versions (tests/store/test_store_reads.py)
    marks=("documents",),
)

MISSING_HINT = "run `accord ingest ... --db` first"
"""What a refusal to read a database without a news store tells the user to do first."""


_META = {
    "schema_version": SCHEMA_VERSION,
    "minhash": f"words={SHINGLE_WORDS} perms={NUM_PERM} seed={MINHASH_SEED}",
}

# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class AddResult:
    """What storing one document did."""

    document_id: str
    added: bool  # False: the same content was already stored
    near_duplicate_of: str | None = None
    similarity: float | None = None
    events_new: int = 0
    events_merged: int = 0


@dataclass(frozen=True)
class Redated:
    """What :meth:`Store.redate_undated` did: the document's old date and where it came from
    (``mtime`` or ``none``), the new one, and how many of its events it moved with it."""

    document_id: str
    old: dt.date | None
    old_from: str
    new: dt.date
    events: int


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    title: str
    date: dt.date | None
    date_from: str
    source: str | None
    url: str | None
    path: str | None
    ingested_at: dt.datetime
    near_duplicate_of: str | None
    similarity: float | None
    n_events: int
    words: int

    def to_dict(self, *, path: bool = True) -> dict[str, Any]:
        """The JSON form shared by ``accord documents --json`` and the workbench API.

        ``path=False`` leaves out the file the document was read from: the workbench serves
        browsers, which have no business with the server's file names.
        """
        record: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "date_from": self.date_from,
            "source": self.source,
            "url": self.url,
        }
        if path:
            record["path"] = self.path
        record |= {
            "words": self.words,
            "events": self.n_events,
            "near_duplicate_of": self.near_duplicate_of,
            "similarity": self.similarity,
            "ingested_at": self.ingested_at.isoformat(),
        }
        return record


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored: one real event with every document that reported it."""

    id: str
    date: dt.date | None
    event_type: str
    mode: str | None
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    trigger: str | None
    sentence: str | None
    confidence: float
    mentions: int
    document_ids: tuple[str, ...] = field(default_factory=tuple)

    def to_plover(self) -> dict[str, Any]:
        """A PLOVER-style JSON record (field names as in the PLOVER gold-standard records:
        id, date, event, mode, source/target lists of {code, sector, actorText}, eventText,
        text), plus accord's own: confidence, mentions and the documents reporting it."""

        def actors(refs: tuple[ActorRef, ...]) -> list[dict[str, Any]]:
            return [
                {
                    k: v
                    for k, v in (
                        ("code", r.code),
                        ("sector", r.role),
                        ("actorName", r.name),
                        ("actorText", r.text),
                    )
                    if v is not None
                }
                for r in refs
            ]

        record: dict[str, Any] = {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "event": self.event_type,
            "mode": self.mode,
            "source": actors(self.sources),
            "target": actors(self.targets),
            "eventText": self.trigger,
            "text": self.sentence,
            "confidence": self.confidence,
            "mentions": self.mentions,
            "documents": list(self.document_ids),
        }
        return record


# --------------------------------------------------------------------------- the store


def _actor_key(refs: Iterable[ActorRef]) -> str:
    return " ".join(sorted({r.code for r in refs}))


def _event_lock(ev: Event) -> str:
    """The lock key of the stored events ``ev`` may merge into (:meth:`Store._write_events`)."""
    return f"event:{ev.event_type}|{_actor_key(ev.sources)}|{_actor_key(ev.targets)}"


@dataclass(frozen=True)
class ShardMark:
    """A corpus shard to record as completely stored (``corpus_shards``)."""

    key: str
    path: str
    documents: int


def _event_id(ev: Event, document: str, date: dt.date | None, index: int) -> str:
    parts = [ev.event_type, _actor_key(ev.sources), _actor_key(ev.targets), str(date), document]
    parts += [ev.sentence or "", ev.trigger or "", str(index)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


KEY_SEPARATOR = "\x1f"
"""Joins an event's type, source key and target key into one string for the event merge's
query (:meth:`Store._write_events`). No code holds it; if one did, two keys could join alike
and the query fetch a row too many, never one too few (the rows are matched on the exact key
in Python)."""


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Store(Database):
    """A news database. ``Store(url)`` connects and creates the tables if they are missing;
    with ``create=False`` (queries) a database that holds no news store is an error instead
    (``PATH: no news store there yet``) and nothing is made: a SQLite file that does not
    exist, and since session 43 an empty file or a database that holds only a ledger, where
    the tables were made (:func:`accord.store.holds_component`).

    ``near_threshold``: estimated Jaccard at or above which a document is flagged as a near
    duplicate. ``event_window_days``: how far apart two reports of one event may be dated.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        near_threshold: float = 0.8,
        event_window_days: int = 1,
        create: bool = True,
    ) -> None:
        self.url = normalise_url(url)
        if not 0.0 < near_threshold <= 1.0:
            raise DataError(f"near_threshold must be in (0, 1] (got {near_threshold})")
        if event_window_days < 0:
            raise DataError(f"event_window_days must be >= 0 (got {event_window_days})")
        self.near_threshold = near_threshold
        self.event_window = dt.timedelta(days=event_window_days)
        if not create and not holds_component(self.url, NEWS):
            option, given = given_db(url)
            raise nothing_there(self.url, "news store", MISSING_HINT, option, given)
        self.engine = connect(self.url, create, what="news store", missing_hint=MISSING_HINT)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = self.engine.execution_options(**{READ_ONLY: True})
        self._read_sessions = sessionmaker(self._reads)  # the readers': no write lock taken
        self._initialise()

    def _initialise(self) -> None:
        """Migrate (a store at its head revision: one read, no lock) and check the settings
        the store was written with (``accord_meta``). Opening an existing, current store only
        reads, so it neither waits for a writer's transaction nor holds one up (on SQLite a
        write transaction takes the whole file's write lock); the settings a new store lacks
        are written in a write transaction that checks them again under the lock."""
        migrate(self.engine, NEWS)
        try:
            with self._read_sessions() as session:
                if not self._missing_meta(session):
                    return
            with self._sessions.begin() as session:
                for key in self._missing_meta(session):
                    session.add(MetaRow(key=key, value=_META[key]))
        except DatabaseError as exc:  # OperationalError, or a file that is not a database
            where = f"{self.display_url}: cannot open the database"
            raise database_error(exc, where) from None  # StoreUnavailable: does not answer

    def _missing_meta(self, session: Session) -> list[str]:
        """The keys of :data:`_META` the store does not record yet; a :class:`DataError` when
        it records one with another value (written with other settings)."""
        stored = {row.key: row.value for row in session.scalars(select(MetaRow))}
        for key, value in _META.items():
            if key in stored and stored[key] != value:
                raise DataError(
                    f"{self.display_url}: store was written with {key}={stored[key]!r}, "
                    f"this accord uses {value!r}"
                )
        return [key for key in _META if key not in stored]

    # ------------------------------------------------------------------ writing

    def has_document(self, document_id: str) -> bool:
        """Whether a document with this id is stored (a read: no write lock taken)."""
        with self._reads.connect() as connection:
            return _exists(connection, document_id)

    def _nearest(
        self, session: Session, signature: NDArray[np.uint32], buckets: NDArray[np.int64]
    ) -> tuple[str | None, float | None]:
        """The most similar stored document among those sharing a band bucket with this one,
        if its estimated resemblance reaches the threshold (ties: the earliest stored)."""
        rows = session.connection().execute(_NEAREST, bucket_params(buckets)).all()
        if not rows:
            return None, None
        stored = np.stack([np.frombuffer(r[1], dtype=np.uint32) for r in rows])
        scores = estimate_jaccard(stored, signature)
        best = int(np.argmax(scores))
        if scores[best] >= self.near_threshold:
            return rows[best][0], float(scores[best])
        return None, None

    def add_document(
        self,
        doc: Document,
        events: Sequence[Event] = (),
        signature: NDArray[np.uint32] | None = None,
    ) -> AddResult:
        """Store ``doc`` and its ``events`` in one transaction; nothing if already stored.

        Safe beside other writers: two that store the same document store it once (the second
        finds it, or its insert violates the primary key and it reports ``added=False``).
        ``signature``: the document's :func:`document_signature`, if already computed.
        """
        return self.add_documents([(doc, events)], [signature])[0]

    def add_documents(
        self,
        batch: Sequence[tuple[Document, Sequence[Event]]],
        signatures: Sequence[NDArray[np.uint32] | None] | None = None,
        finish: Sequence[ShardMark] = (),
    ) -> list[AddResult]:
        """Store each document of ``batch`` with its events, in order, as
        :meth:`add_document` would one after another, but in one transaction, and record the
        shards of ``finish`` (whose last documents these are) as done in that same one.

        One commit and one set of locks for a batch instead of one per document: storing is
        the serial step of a sharded ingest. The store that results is the one of
        :meth:`add_document` called in turn: each document's near-duplicate search and event
        merge read the rows written before it, in the same transaction. The locks of every
        document and event key of the batch are taken together, sorted, so two writers of
        overlapping batches cannot deadlock. The transaction goes through
        :func:`accord.store.retrying_write`: if another writer stored one of these documents
        between our check and our insert (PostgreSQL; SQLite serialises writers), the batch
        rolls back and is stored again, finding that document stored; a database locked beyond
        its busy timeout is :class:`~accord.errors.StoreBusy`.
        """
        given = list(signatures) if signatures is not None else [None] * len(batch)
        sigs = [
            sig if sig is not None else document_signature(doc)
            for (doc, _), sig in zip(batch, given, strict=True)
        ]
        keys = [f"document:{doc.id}" for doc, _ in batch]
        keys += [_event_lock(ev) for _, events in batch for ev in events]
        keys += [f"shard:{mark.key}" for mark in finish]

        def write() -> list[AddResult]:
            with self._sessions.begin() as session:
                advisory_lock(session, *keys)
                results = [
                    self._add(session, doc, events, sig)
                    for (doc, events), sig in zip(batch, sigs, strict=True)
                ]
                for mark in finish:
                    _finish(session, mark)
            return results

        documents = "1 document" if len(batch) == 1 else f"{len(batch)} documents"
        return retrying_write(write, f"store {documents} in {self.display_url}")

    def _add(
        self,
        session: Session,
        doc: Document,
        events: Sequence[Event],
        signature: NDArray[np.uint32],
    ) -> AddResult:
        """Store one document and its events in ``session``'s transaction (locks held)."""
        if _exists(session.connection(), doc.id):
            return AddResult(doc.id, added=False)
        buckets = band_buckets(signature)[0]
        near, similarity = self._nearest(session, signature, buckets)
        connection = session.connection()
        connection.execute(
            insert(cast(Table, DocumentRow.__table__)),
            {
                "id": doc.id,
                "title": doc.title,
                "text": doc.text,
                "date": doc.date,
                "date_from": str(doc.meta.get("date_from", "none")),
                "source": doc.source,
                "url": doc.url,
                "path": doc.path,
                "meta": _jsonable(doc.meta),
                "ingested_at": dt.datetime.now(dt.UTC),
                "signature": signature.tobytes(),
                "near_duplicate_of": near,
                "similarity": similarity,
                "n_events": len(events),
            },
        )
        connection.execute(
            insert(cast(Table, DocumentBandRow.__table__)),
            [{"band": b, "bucket": int(buckets[b]), "document_id": doc.id} for b in range(BANDS)],
        )
        new, merged = self._write_events(session, doc, events)
        return AddResult(doc.id, True, near, similarity, new, merged)

    def redate_undated(self, document_id: str, date: dt.date) -> Redated | None:
        """Date a stored document that had no date of its own (``date_from`` ``mtime``, its
        file's modification time, or ``none``) ``date``, as given by the user
        (``date_from`` ``given``), with the events it alone reports that carried its old date;
        None when the document is not stored or was dated otherwise (metadata, text, or an
        earlier given date: those stay).

        Session 27's trial: `accord ingest` warned of a document dated by its file's time and
        named ``--date-if-missing``, but the document was stored already and a second ingest
        with the option left it as it was, so its evidence blocked `accord update` for good.
        An event also reported by another document keeps its date (the first report's), and
        re-dated events are not merged anew with stored events of the new date."""

        def write() -> Redated | None:
            with self._sessions.begin() as session:
                advisory_lock(session, f"document:{document_id}")
                row = session.get(DocumentRow, document_id)
                if row is None or row.date_from not in ("mtime", "none"):
                    return None
                old, was = row.date, row.date_from
                row.date, row.date_from = date, "given"
                row.meta = {**row.meta, "date_from": "given"}
                reports = select(EventDocumentRow.event_id).where(
                    EventDocumentRow.document_id == document_id
                )
                others = select(EventDocumentRow.event_id).where(
                    EventDocumentRow.event_id.in_(reports),
                    EventDocumentRow.document_id != document_id,
                )
                same = EventRow.date.is_(None) if old is None else EventRow.date == old
                events = session.scalars(
                    select(EventRow).where(
                        EventRow.id.in_(reports), EventRow.id.not_in(others), same
                    )
                ).all()
                for event in events:
                    event.date = date
                return Redated(document_id, old, was, date, len(events))

        return retrying_write(write, f"re-date document {document_id[:12]} in {self.display_url}")

    # ------------------------------------------------------------------ corpus shards

    def shard_done(self, key: str) -> bool:
        """Whether the corpus shard ``key`` was recorded as completely stored (a read: no
        write lock taken)."""
        with self._reads.connect() as connection:
            return connection.execute(_SHARD, {"key": key}).first() is not None

    def shard_coders(self, shards: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
        """The coders (``meta["coder"]``, ``"none"`` where a document was stored uncoded) of
        the documents stored from each corpus shard, by key, for ``(key, path)`` pairs: the
        documents whose path is the shard's, or the one its finished mark recorded (a run
        may have named the file otherwise). One pass over the documents, whatever the
        number of shards; shards with nothing stored are left out."""
        wanted = dict(shards)
        with self._reads.connect() as connection:
            marked = connection.execute(select(_SHARDS.c.key, _SHARDS.c.path)).all()
            stored = connection.execute(
                select(_DOCUMENTS.c.path, DocumentRow.meta["coder"].as_string()).distinct()
            ).all()
        keys_of: dict[str, set[str]] = defaultdict(set)
        for key, path in [*wanted.items(), *((k, p) for k, p in marked if k in wanted)]:
            keys_of[path].add(key)
        coders: dict[str, set[str]] = defaultdict(set)
        for path, coder in stored:
            for key in keys_of.get(path, ()):
                coders[key].add(coder or "none")
        return dict(coders)

    def finish_shard(self, key: str, path: str, documents: int) -> None:
        """Record shard ``key`` as completely stored (idempotent: a second record is a no-op,
        also when another writer records it at the same time: the retry finds it recorded)."""

        def write() -> None:
            with self._sessions.begin() as session:
                advisory_lock(session, f"shard:{key}")
                _finish(session, ShardMark(key, path, documents))

        retrying_write(write, f"record shard {key!r} as stored in {self.display_url}")

    def _write_events(
        self, session: Session, doc: Document, events: Sequence[Event]
    ) -> tuple[int, int]:
        """Merge ``events`` into the stored ones or insert them; returns (new, merged).

        One query fetches every stored event that could match (same type and actor sets,
        dated near any of these events); matching happens in memory, and the new rows go in
        as bulk inserts, so a document costs a few statements however many events it has.
        """
        if not events:
            return 0, 0
        keyed = [
            (ev, ev.date or doc.date, _actor_key(ev.sources), _actor_key(ev.targets))
            for ev in events
        ]
        # the caller holds the event keys' locks (_event_lock): another writer must not
        # insert or count a matching event between our read and write
        dates = [d for _, d, _, _ in keyed if d is not None]
        col = _EVENTS.c
        when = []
        if dates:
            when.append(
                col.date.between(min(dates) - self.event_window, max(dates) + self.event_window)
            )
        if len(dates) < len(keyed):
            when.append(col.date.is_(None))
        # the IN lists let the index (ix_events_match) find every row of any listed type,
        # source key and target key; the exact (type, source, target) keys of these events
        # keep only the rows that can match, so that only they are fetched
        joined = col.event_type + KEY_SEPARATOR + col.source_key + KEY_SEPARATOR
        query = select(
            col.id,
            col.date,
            col.mentions,
            col.confidence,
            col.event_type,
            col.source_key,
            col.target_key,
        ).where(
            col.event_type.in_({ev.event_type for ev, _, _, _ in keyed}),
            col.source_key.in_({k for _, _, k, _ in keyed}),
            col.target_key.in_({k for _, _, _, k in keyed}),
            (joined + col.target_key).in_(
                {KEY_SEPARATOR.join((ev.event_type, s, t)) for ev, _, s, t in keyed}
            ),
            or_(*when),
        )
        pool: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        connection = session.connection()
        for found in connection.execute(query):
            pool.setdefault((found[4], found[5], found[6]), []).append(
                {"id": found[0], "date": found[1], "mentions": found[2], "confidence": found[3]}
            )
        new_rows: list[dict[str, Any]] = []
        changed: dict[str, dict[str, Any]] = {}  # stored events: mentions added, best confidence
        actors: list[dict[str, Any]] = []
        links: dict[str, dict[str, Any]] = {}
        window = self.event_window.days
        for index, (ev, date, source_key, target_key) in enumerate(keyed):
            pooled = pool.setdefault((ev.event_type, source_key, target_key), [])
            candidates = [
                r
                for r in pooled
                if (r["date"] is None and date is None)
                or (
                    r["date"] is not None
                    and date is not None
                    and abs((r["date"] - date).days) <= window
                )
            ]
            if candidates:
                row = min(
                    candidates,
                    key=lambda r: (abs((r["date"] - date).days) if date else 0, r["id"]),
                )
                row["mentions"] += 1
                row["confidence"] = max(row["confidence"], float(ev.confidence))
                if not row.get("new"):
                    delta = changed.setdefault(row["id"], {"eid": row["id"], "n": 0, "c": 0.0})
                    delta["n"] += 1
                    delta["c"] = max(delta["c"], float(ev.confidence))
            else:
                # own id, not ev.id: a coder's ids need not be unique across documents
                row = {
                    "id": _event_id(ev, doc.id, date, index),
                    "date": date,
                    "event_type": ev.event_type,
                    "mode": ev.mode,
                    "source_key": source_key,
                    "target_key": target_key,
                    "trigger": ev.trigger,
                    "sentence": ev.sentence,
                    "confidence": float(ev.confidence),
                    "mentions": 1,
                    "new": True,
                }
                new_rows.append(row)
                pooled.append(row)
                for side, refs in (("source", ev.sources), ("target", ev.targets)):
                    actors.extend(
                        {
                            "event_id": row["id"],
                            "side": side,
                            "position": position,
                            "code": ref.code,
                            "role": ref.role,
                            "name": ref.name,
                            "text": ref.text,
                        }
                        for position, ref in enumerate(refs)
                    )
            links.setdefault(
                row["id"],
                {
                    "event_id": row["id"],
                    "document_id": doc.id,
                    "sentence": ev.sentence,
                    "trigger": ev.trigger,
                },
            )
        # Core-level bulk statements (one executemany each: the ORM's bulk insert leaves out
        # the None values of a row and so splits a list into one statement per run of rows
        # with the same None columns, about 80 statements per document); rows of events
        # first, then what refers to them
        if new_rows:
            fields = [c.key for c in EventRow.__table__.columns]
            connection.execute(
                insert(cast(Table, EventRow.__table__)),
                [{k: r[k] for k in fields} for r in new_rows],
            )
        if changed:
            table = cast(Table, EventRow.__table__)
            bump = (
                update(table)
                .where(table.c.id == bindparam("eid"))
                .values(
                    mentions=table.c.mentions + bindparam("n"),
                    confidence=case(
                        (table.c.confidence < bindparam("c"), bindparam("c")),
                        else_=table.c.confidence,
                    ),
                )
            )
            connection.execute(bump, list(changed.values()))
        if actors:
            connection.execute(insert(cast(Table, EventActorRow.__table__)), actors)
        connection.execute(insert(cast(Table, EventDocumentRow.__table__)), list(links.values()))
        return len(new_rows), len(events) - len(new_rows)

    # ------------------------------------------------------------------ reading

    def count(self) -> dict[str, int]:
        with self._read_sessions() as session:
            return {
                "documents": session.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "events": session.scalar(select(func.count()).select_from(EventRow)) or 0,
                "event_documents": session.scalar(
                    select(func.count()).select_from(EventDocumentRow)
                )
                or 0,
            }

    def documents(self) -> list[DocumentInfo]:
        with self._read_sessions() as session:
            rows = session.scalars(
                select(DocumentRow).order_by(DocumentRow.date, DocumentRow.ingested_at)
            ).all()
            return [
                DocumentInfo(
                    id=r.id,
                    title=r.title,
                    date=r.date,
                    date_from=r.date_from,
                    source=r.source,
                    url=r.url,
                    path=r.path,
                    ingested_at=r.ingested_at,
                    near_duplicate_of=r.near_duplicate_of,
                    similarity=r.similarity,
                    n_events=r.n_events,
                    words=len(r.text.split()),
                )
                for r in rows
            ]

    def document(self, document_id: str) -> Document | None:
        with self._read_sessions() as session:
            r = session.get(DocumentRow, document_id)
            if r is None:
                return None
            meta = dict(r.meta)
            return Document(r.id, r.title, r.text, r.date, r.source, r.url, r.path, meta)

    def has_actor(self, actor: str, *, code_only: bool = False) -> bool:
        """Whether a stored event has an actor that ``actor`` names (as :meth:`events` matches),
        or only whose code it is."""
        found = _code_is(actor) if code_only else _actor_is(actor)
        with self._read_sessions() as session:
            query = select(EventActorRow.event_id).where(found).limit(1)
            return session.scalar(query) is not None

    def events(
        self,
        *,
        actor: str | None = None,
        event_type: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        min_confidence: float | None = None,
    ) -> list[StoredEvent]:
        """Stored events, oldest first. ``actor`` matches an actor code (any case) or an actor's
        canonical name, on either side; ``event_type`` a PLOVER type (any case);
        ``min_confidence`` keeps the events whose confidence is at least that probability.

        The filters are not checked here: a key that matches nothing is an empty answer, as in
        the store's other reads (:meth:`document` of an unknown id is None) and the ledger's
        ``records(scenario_id)``. The CLI, the HTTP API and the pages check each filter before
        they ask: :func:`resolve_actor` for ``actor`` (it needs the gazetteer and the bundled
        scenarios, which the store does not hold, and reads a state's name as its code),
        :func:`accord.news.types.plover_type` for ``event_type``, a probability for
        ``min_confidence``. A program that calls this directly passes :func:`resolve_actor`'s
        ``value`` where a misspelt actor must not read as "no events"."""
        query = select(EventRow)
        if actor:
            matches = select(EventActorRow.event_id).where(_actor_is(actor))
            query = query.where(EventRow.id.in_(matches))
        if event_type:
            query = query.where(func.upper(EventRow.event_type) == event_type.upper())
        if since:
            query = query.where(EventRow.date >= since)
        if until:
            query = query.where(EventRow.date <= until)
        if min_confidence is not None:
            query = query.where(EventRow.confidence >= min_confidence)
        query = query.order_by(EventRow.date, EventRow.event_type, EventRow.id)
        with self._read_sessions() as session:
            rows = session.scalars(query).all()
            ids = [r.id for r in rows]
            actors: dict[str, dict[str, list[ActorRef]]] = {
                i: {"source": [], "target": []} for i in ids
            }
            documents: dict[str, list[str]] = {i: [] for i in ids}
            for chunk in _chunks(ids):
                for a in session.scalars(
                    select(EventActorRow)
                    .where(EventActorRow.event_id.in_(chunk))
                    .order_by(EventActorRow.event_id, EventActorRow.side, EventActorRow.position)
                ):
                    actors[a.event_id][a.side].append(ActorRef(a.code, a.role, a.name, a.text))
                for link in session.execute(
                    select(EventDocumentRow.event_id, EventDocumentRow.document_id)
                    .where(EventDocumentRow.event_id.in_(chunk))
                    .order_by(EventDocumentRow.event_id, EventDocumentRow.document_id)
                ):
                    documents[link[0]].append(link[1])
            return [
                StoredEvent(
                    id=r.id,
                    date=r.date,
                    event_type=r.event_type,
                    mode=r.mode,
                    sources=tuple(actors[r.id]["source"]),
                    targets=tuple(actors[r.id]["target"]),
                    trigger=r.trigger,
                    sentence=r.sentence,
                    confidence=r.confidence,
                    mentions=r.mentions,
                    document_ids=tuple(documents[r.id]),
                )
                for r in rows
            ]


def _code_is(actor: str) -> ColumnElement[bool]:
    """An event actor row whose code (any case) ``actor`` is."""
    return func.upper(EventActorRow.code) == actor.upper()


def _actor_is(actor: str) -> ColumnElement[bool]:
    """An event actor row that ``actor`` names: its code (any case) or its canonical name."""
    return or_(_code_is(actor), func.lower(EventActorRow.name) == actor.lower())


class UnknownActor(DataError):
    """An actor filter that no stored event, gazetteer entry or bundled scenario knows, or a
    name the gazetteer gives to several states or organisations."""


@dataclass(frozen=True)
class ActorFilter:
    """An actor filter as :func:`resolve_actor` read it: ``value`` is what
    :meth:`Store.events` matches (a code or a canonical name), ``entry`` the gazetteer's
    ``NAME (CODE)`` when ``given`` was a name of a state or organisation that ``value``, its
    code, now stands for, or a canonical name whose words the coders read as another entry,
    whose name ``value`` is (session 27: "Kremlin" read as "Russian presidency")."""

    given: str
    value: str
    entry: str | None = None

    @property
    def note(self) -> str | None:
        """What the user should be told: which code their name was read as."""
        return None if self.entry is None else f"actor {self.given!r} read as {self.entry}"


def resolve_actor(store: Store, actor: str) -> ActorFilter:
    """``actor`` as an events filter (the one check of `accord events --actor`, `accord
    timeline` and the web's ``?actor=``), refused when nothing knows it.

    A code (any case) that a stored event, the gazetteer or a bundled scenario has is taken as
    it is. A name of a state or organisation (canonical, another name, a capital, a demonym:
    "France", "Paris", "French") is read as its code (session 21): the coders store the person
    or the word the article used as the actor's name ("Emmanuel Macron"), so a name filter
    missed most of the state's events; a name the gazetteer gives to several codes is refused
    naming them. A person's, group's or metonym's canonical name, or a name stored events carry,
    stays a name filter: those events only, not all of their state's; but a canonical name
    whose words the gazetteer reads as one other entry is read as that entry's name, which is
    what the coders store ("Kremlin": "Russian presidency"; session 27). Any other name the
    gazetteer reads ("Macron") is refused naming the canonical name to give.

    A misspelt code would otherwise match no event and read as "no events" (the same rule as
    :func:`accord.news.types.plover_type`). The store is asked first for codes, so a code that
    an older gazetteer gave to stored events stays valid without loading the gazetteer; a code
    the coders can emit but no stored event has yet (the gazetteer's) is valid too, its empty
    result is true."""
    if store.has_actor(actor, code_only=True):
        return ActorFilter(actor, actor)
    codes, names = _known_actors()  # built only now: the gazetteer takes a moment to load
    if actor.upper() in codes:
        return ActorFilter(actor, actor)
    stands_for = _codes_named(actor)
    if len(stands_for) > 1:
        raise UnknownActor(
            f"{actor!r} names more than one state or organisation: "
            f"{' or '.join(f'{n} ({c})' for c, n in sorted(stands_for.items()))}; give the code"
        )
    if stands_for:
        ((code, name),) = stands_for.items()
        return ActorFilter(actor, code, f"{name} ({code})")
    if store.has_actor(actor):
        return ActorFilter(actor, actor)
    if actor.lower() in names and (other := _read_as_other(actor)) is not None:
        name, code = other
        return ActorFilter(actor, name, f"{name} ({code})")
    if actor.lower() in names:
        return ActorFilter(actor, actor)
    if (spelt := _canonical_spelt(actor)) is not None:  # "Recep Tayyip Erdoğan" (session 29)
        name, code = spelt
        inner = resolve_actor(store, name)
        return ActorFilter(actor, inner.value, inner.entry or f"{name} ({code})")
    if meant := _read_as(actor):
        raise UnknownActor(
            f"{actor!r} is not an actor code or canonical name: the gazetteer reads it as "
            f"{' or '.join(meant)}; give that name or code"
        )
    raise UnknownActor(
        f"unknown actor code or name {actor!r}: no stored event, gazetteer entry or bundled "
        "scenario has it (codes are ISO 3166 alpha-3 for states, e.g. FRA, or an "
        "organisation's, e.g. UN, NATO)"
    )


def _name_key(actor: str) -> tuple[str, ...]:
    """``actor`` as a gazetteer key, as the gazetteer keys its own phrases (a leading "the"
    dropped: "the Netherlands")."""
    from accord.news.gazetteer import phrase_key

    key = phrase_key(actor)
    return key[1:] if len(key) > 1 and key[0] == "THE" else key


def _codes_named(actor: str) -> dict[str, str]:
    """The codes (with their canonical names) of the states and organisations that ``actor``
    names in the gazetteer: its country entries and organisations with a code of their own
    (not the generated ones coded only by their class, IGO or NGO), else its demonym. A name
    wins over a demonym as in the coders' look-up (:meth:`Gazetteer.lookup`): "E.U." is the
    European Union's name and a demonym of the Phoenix code EUR; articles' "E.U." is EU."""
    from accord.news.gazetteer import load

    gazetteer, key = load(), _name_key(actor)
    if key in gazetteer.names:
        return {
            e.code: e.name
            for e in gazetteer.names[key]
            if e.kind == "country" or (e.kind == "org" and e.code not in ("IGO", "NGO"))
        }
    if (code := gazetteer.demonyms.get(key)) is not None:
        return {code: _country_names().get(code, code)}
    return {}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Each state's canonical name by code (for a demonym's note: "French" read as France)."""
    from accord.news.gazetteer import load

    return {e.code: e.name for v in load().names.values() for e in v if e.kind == "country"}


_LETTERS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe"})


def fold_name(name: str) -> str:
    """``name`` with case, accents and runs of white space left out ("Recep Tayyip Erdoğan",
    "recep  tayyip erdogan": "recep tayyip erdogan"; "Jonas Gahr Støre": "jonas gahr store"):
    letters that Unicode decomposes lose their marks, and a few that it does not (ø, ł, đ, ħ,
    ı, æ, œ) are written as English news writes them."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.translate(_LETTERS).split())


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, frozenset[tuple[str, str]]]:
    """The gazetteer's entries (canonical name, code) by their name folded (:func:`fold_name`)."""
    from accord.news.gazetteer import load

    found: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for entries in load().names.values():
        for e in entries:
            found[fold_name(e.name)].add((e.name, e.code))
    return {key: frozenset(v) for key, v in found.items()}


def _canonical_spelt(actor: str) -> tuple[str, str] | None:
    """The gazetteer entry (canonical name, code) whose canonical name ``actor`` is but for case
    and accents: the gazetteer writes canonical names without accents ("Recep Tayyip Erdogan")
    and the coders store them so, while a user types the name as the articles write it
    ("Recep Tayyip Erdoğan"), which was refused (session 29's trial, finding 1). Entries whose
    names differ in case only are one (the store matches names in any case). None when no
    entry, or entries of different names, are spelt so."""
    found = _canonical_names().get(fold_name(actor), frozenset())
    if len({name.lower() for name, _code in found}) != 1:
        return None
    return min(found)


def _read_as(actor: str) -> list[str]:
    """The entries (``NAME (CODE)``) the gazetteer reads ``actor`` as when it is one of their
    other names ("Macron", "President Macron"): the filter takes codes and canonical names
    only, and a user who typed a name as the articles write it should learn which to give."""
    from accord.news.gazetteer import load

    return sorted({f"{e.name} ({e.code})" for e in load().names.get(_name_key(actor), [])})


def _read_as_other(actor: str) -> tuple[str, str] | None:
    """The one entry (canonical name, code) the gazetteer reads the words ``actor`` as, where
    ``actor`` is itself the canonical name of another entry: the coders store what the words
    are read as, so a filter by ``actor`` as a name matched nothing (session 27's trial:
    "Kremlin", an entry of its own for "Russian White House", is read in articles as the
    Russian presidency; "White House" as the US presidency). None when the words are read as
    ``actor`` itself, as nothing, or as several entries."""
    from accord.news.gazetteer import load

    found = {(e.name, e.code) for e in load().names.get(_name_key(actor), [])}
    names = {name.lower() for name, _code in found}
    if len(names) != 1 or actor.lower() in names:
        return None
    return min(found)


@lru_cache(maxsize=1)
def _known_actors() -> tuple[frozenset[str], frozenset[str]]:
    """Codes (in capitals) of the gazetteer's entries, their terms and members; names (in
    lower case) of its entries and of the bundled scenarios' actors, with those actors' ids:
    an id may be a state's name (ec-emissions-1994's ``France``), which :func:`resolve_actor`
    reads as the state's code before it takes the id as it is."""
    from accord.news.gazetteer import load
    from accord.scenario.catalogue import bundled_ids, load_bundled

    gazetteer = load()
    entries = [e for found in gazetteer.names.values() for e in found]
    codes = {e.code for e in entries} | {m for e in entries for m in e.members}
    codes |= {t.code for e in entries for t in e.terms} | set(gazetteer.demonyms.values())
    codes |= {code for code, _office in gazetteer.holders}
    names = {e.name for e in entries}
    for scenario_id in bundled_ids():
        for a in load_bundled(scenario_id).actors:
            names |= {a.id, a.name}
    return frozenset(c.upper() for c in codes), frozenset(n.lower() for n in names)


def candidates_query() -> Select[str]:
    """Ids of the stored documents that share at least one band bucket with the document
    whose buckets are bound as ``k0 .. k{BANDS-1}`` (see :func:`bucket_params`).

    An OR of (band, bucket) pairs, not a row-value IN: SQLite 3.40 answers the IN form with a
    scan of the whole table, the OR form with one index search per band (its query plan is
    checked by a test), so the lookup costs the same however many documents are stored. Built
    once with bound parameters: SQLAlchemy then compiles it once, not per document.
    """
    hits = [
        and_(DocumentBandRow.band == b, DocumentBandRow.bucket == bindparam(f"k{b}"))
        for b in range(BANDS)
    ]
    return select(DocumentBandRow.document_id).where(or_(*hits)).distinct()


def bucket_params(buckets: NDArray[np.int64]) -> dict[str, int]:
    """The bound values of :func:`candidates_query` for one document's ``buckets``."""
    return {f"k{b}": int(buckets[b]) for b in range(BANDS)}


# The statements run once per stored document (or per shard) go through the Core connection
# with their tables' columns: the ORM's execution path (a Session's ``execute``) costs about
# half a millisecond more per statement for what are plain rows (docs/benchmarks-news.md,
# session 14).
_DOCUMENTS = cast(Table, DocumentRow.__table__)
_EVENTS = cast(Table, EventRow.__table__)
_SHARDS = cast(Table, CorpusShardRow.__table__)
_CANDIDATES = candidates_query()
_NEAREST = (
    select(_DOCUMENTS.c.id, _DOCUMENTS.c.signature)
    .where(_DOCUMENTS.c.id.in_(_CANDIDATES))
    .order_by(_DOCUMENTS.c.ingested_at, _DOCUMENTS.c.id)
)
_EXISTS = select(_DOCUMENTS.c.id).where(_DOCUMENTS.c.id == bindparam("id"))
_SHARD = select(_SHARDS.c.key).where(_SHARDS.c.key == bindparam("key"))


def _exists(connection: Connection, document_id: str) -> bool:
    return connection.execute(_EXISTS, {"id": document_id}).first() is not None


def _finish(session: Session, mark: ShardMark) -> None:
    connection = session.connection()
    if connection.execute(_SHARD, {"key": mark.key}).first() is None:
        connection.execute(
            insert(_SHARDS),
            {
                "key": mark.key,
                "path": mark.path,
                "documents": mark.documents,
                "finished_at": dt.datetime.now(dt.UTC),
            },
        )


def _jsonable(meta: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in meta.items():
        if isinstance(value, dt.date):
            out[str(key)] = value.isoformat()
        elif isinstance(value, dict):
            out[str(key)] = _jsonable(value)
        else:
            out[str(key)] = value
    return out
