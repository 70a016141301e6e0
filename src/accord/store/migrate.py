"""Alembic migrations run from code, one migrations folder and version table per component.

A component (the news store, the forecast ledger, ...) declares a :class:`Component`: its
``versions`` folder of Alembic revision files, the name of its own version table, and how to
recognise a database that holds its tables from before migrations existed (``adopt``). Then
:func:`migrate` (called whenever the component opens a database):

1. takes a lock so that concurrent openers migrate once (PostgreSQL advisory lock; SQLite's
   ``BEGIN IMMEDIATE`` write lock);
2. reads the component's revision from its version table; a database with the component's
   tables but no version table is *adopted* at the revision ``adopt`` names;
3. refuses a revision this accord does not know (the database was written by a newer accord)
   with a :class:`~accord.errors.DataError` naming both revisions; a database that does not
   answer is :class:`~accord.errors.StoreUnavailable`, one locked beyond the busy timeout
   :class:`~accord.errors.StoreBusy` (both ``DataError``; :func:`accord.store.database_error`);
4. upgrades to the head revision, all in one transaction (transactional DDL on both SQLite and
   PostgreSQL), so a failed upgrade leaves the old schema intact;
5. says so, once committed, as an :class:`~accord.errors.AccordWarning` naming both revisions
   when tables that were there are upgraded (session 32): the upgrade is one-way.

No ``alembic.ini`` and no ``env.py`` are involved: the script directory and an
:class:`alembic.runtime.environment.EnvironmentContext` are built here, as Alembic's
"Run migrations programmatically" cookbook recipe describes.

A component that declares its newest revision (``head``) is opened without Alembic when the
database is already at it: one query of the version table, instead of importing Alembic and
reading every revision file (about 0.1 CPU s, paid on the serial start-up of every sharded
ingest by the fork server that the workers come from; docs/benchmarks-news.md, session 14).
Alembic is imported only when something is to be migrated, stamped or refused. That read
begins ``DEFERRED`` (:data:`~accord.store.READ_ONLY`), so opening a current database takes no
write lock on SQLite: it neither waits for another writer's transaction nor holds one up
(every component declares its head since session 24).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError

from accord.errors import AccordWarning, DataError
from accord.store.engine import (
    OPENING_FAILURES,
    READ_ONLY,
    advisory_lock,
    database_error,
    display_url,
    read_only_note,
    stored_tables,
)

if TYPE_CHECKING:
    from alembic.script import ScriptDirectory

__all__ = [
    "Component",
    "current_revision",
    "head_revision",
    "holds_component",
    "migrate",
    "upgraded_note",
]


@dataclass(frozen=True)
class Component:
    """A set of tables with its own migrations.

    ``script_location``: the folder that holds ``versions/`` (Alembic revision files).
    ``version_table``: this component's own Alembic version table.
    ``noun``: the word for the database in "cannot open the ..." errors.
    ``adopt``: given a connection to a database without the version table, the revision its
    existing tables correspond to, or None when the component's tables are absent (a new
    database, upgraded from nothing).
    ``head``: the newest revision of ``script_location``, if declared (a test checks that it
    is): a database at it is opened without Alembic.
    ``lock``: the name of the lock two openers migrating at once share (PostgreSQL's advisory
    lock; default ``name``): a renamed component keeps its old one, so that an accord from
    before the rename and one after it still take turns (the workbench's tables, session 42).
    ``marks``: tables whose presence says the component is there without its version table
    (tables from before its migrations, which ``adopt`` recognises): :func:`holds_component`.
    """

    name: str
    script_location: Path
    version_table: str
    adopt: Callable[[Connection], str | None] | None = None
    noun: str = "database"  # what a database that cannot be opened is called in the error
    head: str | None = None
    lock: str | None = None
    marks: tuple[str, ...] = ()

    def script(self) -> ScriptDirectory:
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(self.script_location))
        return ScriptDirectory.from_config(config)


def head_revision(component: Component) -> str:
    head = component.script().get_current_head()
    if head is None:
        raise DataError(f"{component.name}: no migrations found in {component.script_location}")
    return head


def current_revision(engine: Engine, component: Component) -> str | None:
    """The component's revision in this database (None: not migrated yet); a read, which
    takes no write lock (:data:`~accord.store.READ_ONLY`)."""
    from alembic.runtime.migration import MigrationContext

    with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"version_table": component.version_table}
        )
        return context.get_current_revision()


def migrate(engine: Engine, component: Component, target: str = "head") -> str:
    """Upgrade ``component``'s tables in ``engine`` to ``target``; returns the revision now.

    Raises :class:`~accord.errors.DataError` when the database holds a revision this accord
    does not know (written by a newer accord) or cannot be opened: where it does not answer
    :class:`~accord.errors.StoreUnavailable`, where it stayed locked
    :class:`~accord.errors.StoreBusy` (session 43; :func:`accord.store.database_error`).
    """
    if target == "head" and component.head is not None and _at_head(engine, component):
        return component.head
    script = component.script()
    url = display_url(engine.url.render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            advisory_lock(connection, f"accord-migrate:{component.lock or component.name}")
            current = _current(connection, component)
            if current is not None:
                _check_known(script, current, component, url)
            if current is not None and current == script.get_current_head() and target == "head":
                return current
            now = _upgrade(connection, component, script, target)
    except OPENING_FAILURES as exc:
        where = f"{url}: cannot open the {component.noun}"
        raise database_error(exc, where, read_only_note(engine)) from None
    if current is not None and now != current:  # said once committed, never for a new database
        warnings.warn(upgraded_note(url, component.name, current, now), AccordWarning, stacklevel=2)
    return now


def holds_component(url: str, component: Component, *, option: str = "--db") -> bool:
    """Whether the database ``url`` holds ``component``'s tables (its version table, or one of
    its ``marks``), read without making or changing anything (:func:`accord.store.stored_tables`,
    whose failures it raises): False where there is no database. What a read asks before it
    opens a store, since session 43: opening one makes its tables where they are missing."""
    names = stored_tables(url, option=option, what=component.noun)
    if names is None:
        return False
    return component.version_table in names or any(mark in names for mark in component.marks)


def upgraded_note(url: str, name: str, before: str, now: str) -> str:
    """What :func:`migrate` says when it has upgraded existing tables: an upgrade is one-way
    (the older accord refuses the database afterwards), and until session 32 it was silent."""
    return (
        f"{url}: upgraded the {name} tables from schema revision {before!r} to {now!r} for "
        f"this accord; an accord that knows only {before!r} can no longer open this database "
        "(to go back, restore a copy made before: docs/deployment.md)"
    )


def _at_head(engine: Engine, component: Component) -> bool:
    """Whether the database's version table holds exactly the component's declared ``head``
    (one read, no lock; anything else, a missing table included, is left to Alembic). A
    revision only moves forward, so a database read at the head stays there."""
    table = engine.dialect.identifier_preparer.quote(component.version_table)
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            rows = connection.execute(text(f"SELECT version_num FROM {table}")).all()
    except DatabaseError:
        return False
    return [tuple(row) for row in rows] == [(component.head,)]


def _current(connection: Connection, component: Component) -> str | None:
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(
        connection, opts={"version_table": component.version_table}
    )
    current = context.get_current_revision()
    if (
        current is None
        and component.adopt is not None
        and not inspect(connection).has_table(component.version_table)
    ):
        adopted = component.adopt(connection)
        if adopted is not None:
            context.stamp(component.script(), adopted)
            return adopted
    return current


def _check_known(script: ScriptDirectory, revision: str, component: Component, url: str) -> None:
    known = {s.revision for s in script.walk_revisions()}
    if revision not in known:
        raise DataError(
            f"{url}: the {component.name} tables are at schema revision {revision!r}, written "
            f"by a newer accord (this one knows up to {script.get_current_head()!r}); "
            "upgrade accord to use this database"
        )


def _upgrade(
    connection: Connection, component: Component, script: ScriptDirectory, target: str
) -> str:
    from alembic.config import Config
    from alembic.runtime.environment import EnvironmentContext
    from alembic.runtime.migration import MigrationContext

    def upgrade(revision: Any, _context: Any) -> Any:
        return script._upgrade_revs(target, revision)

    config = Config()
    config.set_main_option("script_location", str(component.script_location))
    with EnvironmentContext(config, script, fn=upgrade, destination_rev=target) as env:
        env.configure(
            connection=connection,
            version_table=component.version_table,
            transaction_per_migration=False,
        )
        env.run_migrations()
    context = MigrationContext.configure(
        connection, opts={"version_table": component.version_table}
    )
    now = context.get_current_revision()
    return now or ""
