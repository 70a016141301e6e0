"""The ledger's tables (SQLAlchemy Core) and the append-only store over them.

One schema for SQLite (the default: ``ledger.db`` in the user's data directory, found with
platformdirs) and PostgreSQL (any ``postgresql+psycopg://`` URL). URLs, plain paths and engines
come from :mod:`accord.store`, as for the news store, so ``--db`` means the same thing
everywhere; the tables are created and upgraded by the ledger's own Alembic migrations
(``accord/ledger/migrations``, version table ``accord_ledger_version``) through
:func:`accord.store.migrate`, which refuses a ledger written by a newer accord.

Append-only is enforced twice: this module offers no way to change or delete a row, and the
database itself refuses ``UPDATE`` and ``DELETE`` on every ledger table (and ``TRUNCATE`` on
PostgreSQL) with triggers that the migration creating each table creates with it (0001 for the
records and resolutions, 0002 for the draft results; 0003, which copies the resolutions into a
table whose outcome may be NULL for an annulled question, makes them again on SQLite, as 0004
does for the draft results, whose ``adopted`` may be NULL for an annulled draft). 0005 adds the
records' nullable ``accord_commit`` in place (which code made the forecast).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

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
    inspect,
    select,
)
from sqlalchemy.engine import Connection, Engine

from accord.errors import ArgumentError, DataError, UnknownRecord, UnknownScenarioError
from accord.ledger.records import DraftResult, ForecastRecord, Resolution
from accord.store import (
    READ_ONLY,
    Component,
    Database,
    NewSqliteFile,
    advisory_lock,
    connect,
    current_revision,
    given_db,
    holds_component,
    migrate,
    normalise_url,
    nothing_there,
    retrying_write,
)

__all__ = [
    "LEDGER",
    "Ledger",
    "NoLedger",
    "default_url",
    "metadata",
    "named_url",
    "reading_ledger",
]

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
    # the commit that made the forecast, `.dirty` where src/ differed (revision 0005); NULL
    # before that revision and for an installed copy that is not a git checkout: unknown
    Column("accord_commit", String(64)),
)

resolutions_table = Table(
    "ledger_resolutions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scenario_id", String(120), nullable=False, index=True),
    Column("issue_id", String(120), nullable=False),
    # NULL exactly for an annulled question (revision 0003), whose reason is `annulled`
    Column("outcome", Float),
    Column("agreed", Boolean),
    Column("resolved_on", Date, nullable=False),
    Column("source", Text, nullable=False),
    Column("note", Text),
    Column("supersedes", Integer, ForeignKey("ledger_resolutions.id")),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("annulled", Text),
)

draft_results_table = Table(
    "ledger_draft_results",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("scenario_id", String(120), nullable=False, index=True),
    Column("draft_id", String(200), nullable=False),
    # NULL exactly for an annulled draft (revision 0004), whose reason is `annulled`
    Column("adopted", Boolean),
    Column("in_favour", Integer),
    Column("against", Integer),
    Column("abstentions", Integer),
    Column("resolved_on", Date, nullable=False),
    Column("source", Text, nullable=False),
    Column("note", Text),
    Column("supersedes", Integer, ForeignKey("ledger_draft_results.id")),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("annulled", Text),
)

LEDGER = Component(
    name="ledger",
    script_location=Path(__file__).with_name("migrations"),
    version_table="accord_ledger_version",
    adopt=lambda connection: "0001" if inspect(connection).has_table("ledger_records") else None,
    head="0005",  # the newest file of migrations/versions (tests/store/test_store_reads.py)
    marks=("ledger_records",),
)
"""The ledger as an :mod:`accord.store` component: its migrations and version table."""

MISSING_HINT = (
    "record a forecast into it first: accord forecast ... --record --db, "
    "or accord ledger record-bundled --db"
)
"""What a refusal to read a database without a ledger tells the user to do first."""

_SEED_RANGE = (-(2**63), 2**63 - 1)


def named_url() -> str | None:
    """The ledger the environment names: ``$ACCORD_LEDGER_DB``, else ``$ACCORD_DB`` (the news
    store's variable: one database may hold both); None when neither is set."""
    for variable in ("ACCORD_LEDGER_DB", "ACCORD_DB"):
        value = os.environ.get(variable)
        if value:
            return normalise_url(value)
    return None


def default_url() -> str:
    """The ledger the environment names (:func:`named_url`), else ``ledger.db`` in the user's
    data directory (platformdirs)."""
    named = named_url()
    if named is not None:
        return named
    import platformdirs

    return f"sqlite:///{platformdirs.user_data_path('accord') / 'ledger.db'}"


def _utc(value: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class Ledger(Database):
    """An append-only ledger of forecasts and resolutions in one database.

    ``Ledger(url)`` connects (``url``: a SQLAlchemy URL or a file path; None: see
    :func:`default_url`) and creates the tables and triggers if they are missing, in one
    transaction; a ledger already at the newest revision is opened with one read and no
    write lock (:data:`LEDGER`'s ``head``), so opening waits for no writer. With
    ``create=False`` a database that holds no ledger is an error instead (``PATH: no ledger
    there yet``), and nothing is made: a SQLite file that does not exist (a mistyped ``--db``
    given to a reading command would otherwise be a new, empty ledger with nothing to list),
    and since session 43 an empty file or a database that holds only a news store, where
    opening made the ledger's tables. :func:`reading_ledger` reads a ledger that may not be
    there yet.
    """

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = normalise_url(url) if url else default_url()
        if not create and not holds_component(self.url, LEDGER):
            option, given = given_db(url, ("ACCORD_LEDGER_DB", "ACCORD_DB"))
            raise nothing_there(self.url, "ledger", MISSING_HINT, option, given)
        new_file = NewSqliteFile.of(self.url) if create else None
        self.engine: Engine = connect(self.url, create, what="ledger", missing_hint=MISSING_HINT)
        # reads take no write lock (SQLite): listing waits for no writer, and a ledger locked
        # long by another process refuses a record (StoreBusy), not the page that lists it
        self._reads = self.engine.execution_options(**{READ_ONLY: True})
        try:
            migrate(self.engine, LEDGER)
        except DataError:
            self.engine.dispose()
            if new_file is not None:  # a full disk left an empty file (session 40, finding 7)
                new_file.discard()
            raise

    # ------------------------------------------------------------------ appending

    def _write(self, append: Callable[[Connection], int], what: str) -> int:
        """``append(connection)`` in one write transaction, through the one retrying write of
        accord's databases (:func:`accord.store.retrying_write`): a database locked beyond its
        busy timeout is :class:`~accord.errors.StoreBusy` (the workbench's 503 to retry); any
        other failure under it (a full disk, the server gone) is a :class:`DataError` naming
        ``what`` and the ledger. The transaction is rolled back by then, so nothing of the
        write is kept, as "cannot record" says."""

        def once() -> int:
            with self.engine.begin() as conn:
                return append(conn)

        return retrying_write(once, f"{what} in {self.display_url}")

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
            "accord_commit": record.accord_commit,
        }

        def append(conn: Connection) -> int:
            query = insert(records_table).values(**values).returning(records_table.c.id)
            return int(conn.execute(query).scalar_one())

        return replace(record, id=self._write(append, "record the forecast"))

    def add_resolution(self, resolution: Resolution) -> Resolution:
        """Append ``resolution``; returns it with its new id.

        An issue is resolved once: a second resolution must name, in ``supersedes``, the one
        in force for the same scenario and issue. The check and the insert run in one
        transaction under a lock on the issue (PostgreSQL advisory lock; SQLite's write lock),
        so two concurrent writers cannot both resolve the same issue afresh.
        """
        values = {
            "issue_id": resolution.issue_id,
            "outcome": resolution.outcome,
            "agreed": resolution.agreed,
            "annulled": resolution.annulled,
        }
        new_id = self._append_once(
            resolutions_table, resolutions_table.c.issue_id, resolution, values, _resolution
        )
        return replace(resolution, id=new_id)

    def add_draft_result(self, result: DraftResult) -> DraftResult:
        """Append the recorded result of a draft's vote; returns it with its new id. A draft is
        resolved once, as an issue is (:meth:`add_resolution`: the same checks, in one
        transaction under a lock on the draft)."""
        values = {
            "draft_id": result.draft_id,
            "adopted": result.adopted,
            "in_favour": result.in_favour,
            "against": result.against,
            "abstentions": result.abstentions,
            "annulled": result.annulled,
        }
        new_id = self._append_once(
            draft_results_table, draft_results_table.c.draft_id, result, values, _draft_result
        )
        return replace(result, id=new_id)

    def _append_once(
        self,
        table: Table,
        key: Column[Any],
        item: Resolution | DraftResult,
        values: dict[str, Any],
        read: Callable[[Any], Resolution | DraftResult],
    ) -> int:
        """Append ``item`` (a resolution of an issue or a draft: ``key`` is the column naming
        which) with its own ``values`` and the fields every resolution has; a second one of
        the same scenario and key must supersede the one in force. The check and the insert
        run in one transaction under a lock on the scenario and key."""
        name = str(values[key.name])
        where = f"{item.scenario_id}/{name}"

        def append(conn: Connection) -> int:
            # the lock's name for issues is the one it had before draft results existed
            kind = "resolution" if table is resolutions_table else "draft-result"
            advisory_lock(conn, f"accord-ledger-{kind}:{where}")
            earlier = [
                read(row._mapping)
                for row in conn.execute(
                    select(table)
                    .where(table.c.scenario_id == item.scenario_id, key == name)
                    .order_by(table.c.id)
                )
            ]
            in_force = current(earlier)
            if item.supersedes is None and in_force:
                raise ArgumentError(
                    None,
                    "{where} is already resolved (resolution {id}); resolutions are never "
                    "changed: record a correction with {supersedes}{id}",
                    where=where,
                    id=in_force[-1].id,
                )
            if item.supersedes is not None:
                old = conn.execute(select(table).where(table.c.id == item.supersedes)).first()
                if old is None:
                    raise ArgumentError(
                        "supersedes", "no resolution {id} in the ledger", id=item.supersedes
                    )
                if (old.scenario_id, old._mapping[key.name]) != (item.scenario_id, name):
                    raise ArgumentError(
                        "supersedes",
                        "resolution {id} is about {old}, not {where}",
                        id=item.supersedes,
                        old=f"{old.scenario_id}/{old._mapping[key.name]}",
                        where=where,
                    )
                if item.supersedes not in {r.id for r in in_force}:
                    raise ArgumentError(
                        "supersedes",
                        "resolution {id} was already superseded; the one in force for {where} "
                        "is {current}",
                        id=item.supersedes,
                        where=where,
                        current=in_force[-1].id if in_force else "none",
                    )
            query = (
                insert(table)
                .values(
                    scenario_id=item.scenario_id,
                    resolved_on=item.resolved_on,
                    source=item.source,
                    note=item.note,
                    supersedes=item.supersedes,
                    recorded_at=item.recorded_at,
                    **values,
                )
                .returning(table.c.id)
            )
            return int(conn.execute(query).scalar_one())

        return self._write(append, f"record the resolution of {where}")

    # ------------------------------------------------------------------ reading

    def _rows(self, table: Table, scenario_id: str | None) -> list[Any]:
        """The rows of ``table``, oldest first (optionally of one scenario)."""
        query = select(table).order_by(table.c.id)
        if scenario_id is not None:
            query = query.where(table.c.scenario_id == scenario_id)
        with self._reads.connect() as conn:
            return [row._mapping for row in conn.execute(query)]

    def records(self, scenario_id: str | None = None) -> list[ForecastRecord]:
        """Stored records, oldest first (optionally of one scenario)."""
        return [_record(row) for row in self._rows(records_table, scenario_id)]

    def entries(
        self, scenario_id: str | None = None
    ) -> tuple[list[ForecastRecord], list[Resolution]]:
        """The recorded forecasts and the resolutions in force (this ledger's and the bundled
        ones it does not override), of one scenario or all: what ``accord ledger list`` and
        ``score`` and the workbench show. A scenario that none of them names and that is not
        bundled is refused, as :meth:`record` refuses an unknown id: a misspelt scenario id
        would otherwise read as an empty ledger, "nothing to score yet"."""
        from accord.ledger.bundled import resolutions_in_force
        from accord.scenario.catalogue import bundled_ids

        records = self.records(scenario_id)
        resolutions = resolutions_in_force(self.resolutions(scenario_id), scenario_id)
        if scenario_id and not records and not resolutions and scenario_id not in bundled_ids():
            held = sorted(
                {r.scenario_id for r in self.records()}
                | {r.scenario_id for r in self.resolutions()}
            )
            raise UnknownScenarioError(
                f"no forecast record or resolution of scenario {scenario_id!r} in the ledger "
                f"({self.display_url}), and no bundled scenario has that id; the ledger "
                f"holds: {', '.join(held) or 'nothing yet'}"
            )
        return records, resolutions

    def history(self, scenario_id: str) -> tuple[list[ForecastRecord], list[Resolution]]:
        """The records of one scenario and the resolutions of its questions in force (this
        ledger's and the bundled ones it does not override): what a forecast's report shows
        under "Forecasts over time". Unlike :meth:`entries`, a scenario the ledger does not
        name is no error (a report of a new scenario has no history)."""
        from accord.ledger.bundled import resolutions_in_force

        return self.records(scenario_id), resolutions_in_force(
            self.resolutions(scenario_id), scenario_id
        )

    def draft_entries(self, scenario_id: str | None = None) -> list[DraftResult]:
        """The results of drafts' votes in force (those no later one supersedes), of one
        scenario or all: what ``accord ledger list`` and ``score`` show beside
        :meth:`entries`."""
        return current(self.draft_results(scenario_id))

    def record(self, record_id: int) -> ForecastRecord:
        query = select(records_table).where(records_table.c.id == record_id)
        with self._reads.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise UnknownRecord(
                f"no forecast record {record_id} in the ledger ({self.display_url})"
            )
        return _record(row._mapping)

    def resolutions(self, scenario_id: str | None = None) -> list[Resolution]:
        """Stored resolutions, oldest first (superseded ones included)."""
        return [_resolution(row) for row in self._rows(resolutions_table, scenario_id)]

    def draft_results(self, scenario_id: str | None = None) -> list[DraftResult]:
        """Stored results of drafts' votes, oldest first (superseded ones included; those in
        force: :func:`current`)."""
        return [_draft_result(row) for row in self._rows(draft_results_table, scenario_id)]

    def schema_version(self) -> str | None:
        """The ledger's migration revision in this database."""
        return current_revision(self.engine, LEDGER)


class NoLedger(Ledger):
    """An empty ledger that exists nowhere: what a read finds where there is no ledger yet
    (:func:`reading_ledger`), so that it answers as an empty ledger would, the bundled
    resolutions included, and makes no database (the workbench's since session 43, from
    s43-webstore2; the command line's since s43-readonly). It is never written to: recording
    opens the real one (:class:`Ledger`)."""

    def __init__(self, url: str) -> None:
        self.url = url  # no engine: nothing is opened

    def _rows(self, table: Table, scenario_id: str | None) -> list[Any]:
        return []

    def record(self, record_id: int) -> ForecastRecord:
        raise UnknownRecord(
            f"no forecast record {record_id}: there is no ledger yet ({self.display_url}); "
            "recording a forecast makes it"
        )

    def schema_version(self) -> str | None:
        return None

    def close(self) -> None:
        return None

    def _write(self, append: Callable[[Connection], int], what: str) -> int:
        raise AssertionError("NoLedger is read only")  # a record opens the real one


def reading_ledger(url: str | None = None, *, must_exist: bool = False) -> Ledger:
    """The ledger at ``url`` (None: :func:`default_url`) to read: opened where its database
    holds one (:func:`accord.store.holds_component`, a read that makes nothing), else a
    :class:`NoLedger`, or with ``must_exist`` (a ``--db`` the user named: a mistyped one, an
    empty file, the news store's database) the refusal ``PATH: no ledger there yet (...)``.
    Until session 43 every reading command made the ledger it read where it was missing: the
    default ledger's file, or the ledger's tables in whatever database ``--db`` named."""
    resolved = normalise_url(url) if url else default_url()
    if holds_component(resolved, LEDGER):
        return Ledger(resolved, create=False)
    if must_exist:
        option, given = given_db(url, ("ACCORD_LEDGER_DB", "ACCORD_DB"))
        raise nothing_there(resolved, "ledger", MISSING_HINT, option, given)
    return NoLedger(resolved)


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
        accord_commit=row["accord_commit"],
    )


def _resolution(row: Any) -> Resolution:
    return Resolution(
        id=int(row["id"]),
        scenario_id=row["scenario_id"],
        issue_id=row["issue_id"],
        outcome=None if row["outcome"] is None else float(row["outcome"]),
        agreed=None if row["agreed"] is None else bool(row["agreed"]),
        resolved_on=row["resolved_on"],
        source=row["source"],
        note=row["note"],
        supersedes=row["supersedes"],
        recorded_at=_utc(row["recorded_at"]),
        annulled=row["annulled"],
    )


def _draft_result(row: Any) -> DraftResult:
    def count(name: str) -> int | None:
        return None if row[name] is None else int(row[name])

    return DraftResult(
        id=int(row["id"]),
        scenario_id=row["scenario_id"],
        draft_id=row["draft_id"],
        adopted=None if row["adopted"] is None else bool(row["adopted"]),
        in_favour=count("in_favour"),
        against=count("against"),
        abstentions=count("abstentions"),
        resolved_on=row["resolved_on"],
        source=row["source"],
        note=row["note"],
        supersedes=row["supersedes"],
        recorded_at=_utc(row["recorded_at"]),
        annulled=row["annulled"],
    )


class _Superseding(Protocol):
    @property
    def id(self) -> int | None: ...
    @property
    def supersedes(self) -> int | None: ...
    @property
    def origin(self) -> str: ...


_Resolved = TypeVar("_Resolved", bound=_Superseding)


def current(resolutions: Sequence[_Resolved]) -> list[_Resolved]:
    """The resolutions (of issues, or results of drafts) in force: those no later one
    supersedes."""
    superseded = {r.supersedes for r in resolutions if r.supersedes is not None}
    return [r for r in resolutions if r.origin != "ledger" or r.id not in superseded]
