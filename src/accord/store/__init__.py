"""One SQLAlchemy layer for accord's databases: the news store now, the forecast ledger next.

* :func:`connect` makes an engine from a URL (a plain path is a SQLite file) with the settings
  that make concurrent writers safe: SQLite in WAL mode, every transaction ``BEGIN IMMEDIATE``
  (writers queue for the write lock instead of failing an upgrade from read to write) with a
  generous busy timeout; PostgreSQL as it is (read committed), with
  :func:`advisory_lock` to serialise the few read-then-write steps by key.
* :func:`migrate` brings a component's tables to its newest Alembic revision, programmatically
  (no ``alembic.ini``): each component has its own migrations folder and its own version table,
  so the news store and the ledger can share one database and migrate independently. An older
  store is upgraded; a store written by a newer accord is refused with a clear message.
"""

from accord.store.engine import (
    OUTAGES,
    READ_ONLY,
    Database,
    NewSqliteFile,
    NotADatabase,
    advisory_lock,
    connect,
    database_error,
    default_url,
    display_url,
    driver_message,
    given_db,
    in_memory,
    is_sqlite,
    lost_write,
    normalise_url,
    nothing_there,
    retrying_write,
    stored_tables,
)
from accord.store.migrate import (
    Component,
    current_revision,
    head_revision,
    holds_component,
    migrate,
)

__all__ = [
    "OUTAGES",
    "READ_ONLY",
    "Component",
    "Database",
    "NewSqliteFile",
    "NotADatabase",
    "advisory_lock",
    "connect",
    "current_revision",
    "database_error",
    "default_url",
    "display_url",
    "driver_message",
    "given_db",
    "head_revision",
    "holds_component",
    "in_memory",
    "is_sqlite",
    "lost_write",
    "migrate",
    "normalise_url",
    "nothing_there",
    "retrying_write",
    "stored_tables",
]
