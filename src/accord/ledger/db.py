"""The ledger's tables (SQLAlchemy Core) and the append-only store over them.

One schema for SQLite (the default: ``ledger.db`` in the user's data directory, found with
platformdirs) and PostgreSQL (any ``postgresql+psycopg://`` URL). URLs and plain paths are read
exactly as the news store reads them (:func:`accord.news.store.normalise_url`), and the engine
is made by the same function, so ``--db`` means the same thing everywhere.

Append-only is enforced twice: this module offers no way to change or delete a row, and the
database itself refuses ``UPDATE`` and ``DELETE`` on both ledger tables (and ``TRUNCATE`` on
PostgreSQL) with triggers created alongside the tables. The tables are created idempotently;
the schema version is kept in ``ledger_meta`` and a ledger written by a newer accord is refused
with a clear message instead of being misread.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DatabaseError, IntegrityError

from accord.errors import DataError
from accord.ledger.records import ForecastRecord, Resolution

__all__ = ["LEDGER_SCHEMA_VERSION", "Ledger", "default_url", "metadata"]

LEDGER_SCHEMA_VERSION = 1
"""Bump with a migration whenever a table changes; older accords refuse newer ledgers."""

metadata = MetaData()

records_table = Table(
    "ledger_records",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scenario_id", String(120), nullable=False, index=True),
    Column("scenario_hash", String(64), nullable=False),
    Column("as_of", Date),
    Column("evidence_cutoff", Date),
    Column("engine", String(64), nullable=False),
    Column("variant", String(64)),
    Column("params", JSON, nullable=False),
    Column("seed", BigInteger),
    Column("runs", Integer),
    Column("accord_version", String(32), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("output", JSON, nullable=False),
)

resolutions_table = Table(
    "ledger_resolutions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scenario_id", String(120), nullable=False, index=True),
    Column("issue_id", String(120), nullable=False),
    Column("outcome", Float, nullable=False),
    Column("agreed", Boolean, nullable=False),
    Column("resolved_on", Date, nullable=False),
    Column("source", Text, nullable=False),
    Column("note", Text),
    Column("supersedes", Integer, ForeignKey("ledger_resolutions.id")),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)

meta_table = Table(
    "ledger_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

_APPEND_ONLY = ("ledger_records", "ledger_resolutions")

_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
    for table in _APPEND_ONLY
    for verb in ("UPDATE", "DELETE")
]

_POSTGRES_TRIGGERS = [
    """CREATE OR REPLACE FUNCTION accord_ledger_append_only() RETURNS trigger
       LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
       END $$""",
    *(
        f"CREATE OR REPLACE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION accord_ledger_append_only()"
        for table in _APPEND_ONLY
    ),
    *(
        f"CREATE OR REPLACE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION accord_ledger_append_only()"
        for table in _APPEND_ONLY
    ),
]

_SEED_RANGE = (-(2**63), 2**63 - 1)


def default_url() -> str:
    """``$ACCORD_LEDGER_DB``, else ``$ACCORD_DB`` (the news store's variable: one database may
    hold both), else ``ledger.db`` in the user's data directory (platformdirs)."""
    from accord.news.store import normalise_url

    for variable in ("ACCORD_LEDGER_DB", "ACCORD_DB"):
        value = os.environ.get(variable)
        if value:
            return normalise_url(value)
    import platformdirs

    return f"sqlite:///{platformdirs.user_data_path('accord') / 'ledger.db'}"


def _utc(value: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class Ledger:
    """An append-only ledger of forecasts and resolutions in one database.

    ``Ledger(url)`` connects (``url``: a SQLAlchemy URL or a file path; None: see
    :func:`default_url`) and creates the tables and triggers if they are missing.
    """

    def __init__(self, url: str | None = None) -> None:
        from accord.news.store import _connect, normalise_url

        self.url = normalise_url(url) if url else default_url()
        self.engine: Engine = _connect(self.url)
        self._initialise()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    # ------------------------------------------------------------------ schema

    def _initialise(self) -> None:
        try:
            with self.engine.begin() as conn:
                metadata.create_all(conn)
                self._check_version(conn)
                dialect = conn.dialect.name
                statements = {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRES_TRIGGERS}
                if dialect not in statements:
                    raise DataError(
                        f"{self.display_url}: the ledger supports SQLite and PostgreSQL, "
                        f"not {dialect}"
                    )
                for statement in statements[dialect]:
                    conn.execute(text(statement))
        except IntegrityError:
            # another process created the version row between our read and our write
            with self.engine.begin() as conn:
                self._check_version(conn)
        except DatabaseError as exc:
            raise DataError(f"{self.display_url}: cannot open the ledger ({exc.orig})") from None

    def _check_version(self, conn: Connection) -> None:
        stored = conn.scalar(select(meta_table.c.value).where(meta_table.c.key == "schema_version"))
        if stored is None:
            conn.execute(
                insert(meta_table).values(key="schema_version", value=str(LEDGER_SCHEMA_VERSION))
            )
            return
        try:
            version = int(stored)
        except ValueError:
            raise DataError(
                f"{self.display_url}: ledger_meta.schema_version is not a number (got {stored!r})"
            ) from None
        if version > LEDGER_SCHEMA_VERSION:
            raise DataError(
                f"{self.display_url}: the ledger was written by a newer accord (ledger schema "
                f"{version}; this accord reads up to {LEDGER_SCHEMA_VERSION}): upgrade accord"
            )

    # ------------------------------------------------------------------ appending

    def add_record(self, record: ForecastRecord) -> ForecastRecord:
        """Append ``record``; returns it with its new id."""
        if record.seed is not None and not _SEED_RANGE[0] <= record.seed <= _SEED_RANGE[1]:
            raise DataError(f"seed: the ledger stores 64-bit seeds (got {record.seed})")
        values = {
            "scenario_id": record.scenario_id,
            "scenario_hash": record.scenario_hash,
            "as_of": record.as_of,
            "evidence_cutoff": record.evidence_cutoff,
            "engine": record.engine,
            "variant": record.variant,
            "params": record.params,
            "seed": record.seed,
            "runs": record.runs,
            "accord_version": record.accord_version,
            "recorded_at": record.recorded_at,
            "output": record.output,
        }
        with self.engine.begin() as conn:
            new_id = conn.execute(
                insert(records_table).values(**values).returning(records_table.c.id)
            ).scalar_one()
        return replace(record, id=int(new_id))

    def add_resolution(self, resolution: Resolution) -> Resolution:
        """Append ``resolution``; returns it with its new id. A ``supersedes`` id must name a
        resolution of the same scenario and issue."""
        with self.engine.begin() as conn:
            if resolution.supersedes is not None:
                old = conn.execute(
                    select(resolutions_table).where(resolutions_table.c.id == resolution.supersedes)
                ).first()
                if old is None:
                    raise DataError(
                        f"--supersedes: no resolution {resolution.supersedes} in the ledger"
                    )
                if (old.scenario_id, old.issue_id) != (
                    resolution.scenario_id,
                    resolution.issue_id,
                ):
                    raise DataError(
                        f"--supersedes: resolution {resolution.supersedes} is about "
                        f"{old.scenario_id}/{old.issue_id}, not "
                        f"{resolution.scenario_id}/{resolution.issue_id}"
                    )
            new_id = conn.execute(
                insert(resolutions_table)
                .values(
                    scenario_id=resolution.scenario_id,
                    issue_id=resolution.issue_id,
                    outcome=resolution.outcome,
                    agreed=resolution.agreed,
                    resolved_on=resolution.resolved_on,
                    source=resolution.source,
                    note=resolution.note,
                    supersedes=resolution.supersedes,
                    recorded_at=resolution.recorded_at,
                )
                .returning(resolutions_table.c.id)
            ).scalar_one()
        return replace(resolution, id=int(new_id))

    # ------------------------------------------------------------------ reading

    def records(self, scenario_id: str | None = None) -> list[ForecastRecord]:
        """Stored records, oldest first (optionally of one scenario)."""
        query = select(records_table).order_by(records_table.c.id)
        if scenario_id is not None:
            query = query.where(records_table.c.scenario_id == scenario_id)
        with self.engine.connect() as conn:
            return [_record(row._mapping) for row in conn.execute(query)]

    def record(self, record_id: int) -> ForecastRecord:
        query = select(records_table).where(records_table.c.id == record_id)
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise DataError(f"no forecast record {record_id} in the ledger ({self.display_url})")
        return _record(row._mapping)

    def resolutions(self, scenario_id: str | None = None) -> list[Resolution]:
        """Stored resolutions, oldest first (superseded ones included)."""
        query = select(resolutions_table).order_by(resolutions_table.c.id)
        if scenario_id is not None:
            query = query.where(resolutions_table.c.scenario_id == scenario_id)
        with self.engine.connect() as conn:
            return [_resolution(row._mapping) for row in conn.execute(query)]

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.scalar(select(meta_table.c.value).where(meta_table.c.key == "schema_version"))
                or 0
            )


def _record(row: Any) -> ForecastRecord:
    return ForecastRecord(
        id=int(row["id"]),
        scenario_id=row["scenario_id"],
        scenario_hash=row["scenario_hash"],
        as_of=row["as_of"],
        evidence_cutoff=row["evidence_cutoff"],
        engine=row["engine"],
        variant=row["variant"],
        params=dict(row["params"] or {}),
        seed=None if row["seed"] is None else int(row["seed"]),
        runs=None if row["runs"] is None else int(row["runs"]),
        accord_version=row["accord_version"],
        recorded_at=_utc(row["recorded_at"]),
        output=dict(row["output"]),
    )


def _resolution(row: Any) -> Resolution:
    return Resolution(
        id=int(row["id"]),
        scenario_id=row["scenario_id"],
        issue_id=row["issue_id"],
        outcome=float(row["outcome"]),
        agreed=bool(row["agreed"]),
        resolved_on=row["resolved_on"],
        source=row["source"],
        note=row["note"],
        supersedes=row["supersedes"],
        recorded_at=_utc(row["recorded_at"]),
    )


def current(resolutions: Sequence[Resolution]) -> list[Resolution]:
    """The resolutions in force: those no later resolution supersedes."""
    superseded = {r.supersedes for r in resolutions if r.supersedes is not None}
    return [r for r in resolutions if r.origin != "ledger" or r.id not in superseded]
