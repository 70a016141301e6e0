"""Engines from URLs, with the connection settings concurrent writers need."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import warnings
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self, TypeVar

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DBAPIError,
    DisconnectionError,
    IntegrityError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from accord.errors import AccordWarning, DataError, StoreBusy, StoreUnavailable
from accord.outputs import make_folder

__all__ = [
    "OPENING_FAILURES",
    "OUTAGES",
    "READ_ONLY",
    "NewSqliteFile",
    "NotADatabase",
    "advisory_lock",
    "connect",
    "database_error",
    "default_url",
    "display_url",
    "driver_message",
    "given_db",
    "in_memory",
    "lost_write",
    "make_private_file",
    "normalise_url",
    "nothing_there",
    "read_only_note",
    "stored_tables",
    "typed_value",
]

SQLITE_BUSY_TIMEOUT_S = 120.0  # a writer waits this long for another's write transaction
PG_CONNECT_TIMEOUT_S = 10
"""How long a PostgreSQL connection may take to open (libpq's ``connect_timeout``) unless the
URL sets its own (``?connect_timeout=N``). Without it a server that accepts the connection and
then says nothing (an overloaded server, a port that is not PostgreSQL's, a stuck pooler) held
every command, a nightly job under ``flock`` included, for ever (session 40)."""
SQLITE_BUSY_NOTE_S = 3.0
"""After this long waiting for another process's lock, a SQLite engine says once (an
:class:`~accord.errors.AccordWarning`) that it is waiting and for which file: a command that sat
silent for up to :data:`SQLITE_BUSY_TIMEOUT_S` looked hung."""
WRITE_TRIES = 8
"""How many times :func:`retrying_write` tries a write before calling the database busy."""
READ_ONLY = "accord_read_only"
"""Execution option (``engine.execution_options(**{READ_ONLY: True})``) of connections whose
transactions only read: on SQLite they begin ``DEFERRED`` instead of ``IMMEDIATE``, so a read
takes no write lock (in WAL mode it reads the last committed state while a writer writes, and
holds no writer up); elsewhere it changes nothing."""


def default_url() -> str:
    """``$ACCORD_DB`` if set, else a SQLite file in ``~/.accord``."""
    env = os.environ.get("ACCORD_DB")
    if env:
        return normalise_url(env)  # SQLite's in-memory names too (until session 45 a file)
    return f"sqlite:///{Path.home() / '.accord' / 'accord.db'}"


def normalise_url(url: str | None) -> str:
    """A database URL from ``url``; a plain file path means a SQLite file there, but for
    SQLite's own names of an in-memory database (session 44, tidy3): ``:memory:`` is
    ``sqlite:///:memory:`` and a ``file:NAME?mode=memory`` URI filename is SQLAlchemy's
    ``sqlite:///file:NAME?mode=memory&uri=true``, both refused as ``sqlite://`` is
    (:func:`in_memory`). Until then each was taken as a file path, so a writing command made
    a file ``./:memory:`` (``./file:NAME``) and kept what it wrote there. Since session 45
    the same for ``file::memory:`` (SQLite's URI filename of a private in-memory database,
    with or without a query such as ``?cache=shared``), which made ``./file::memory:``."""
    if not url:
        return default_url()
    if url.strip() == ":memory:":
        return "sqlite:///:memory:"
    path, _, query = url.partition("?")
    params = query.split("&") if query else []
    if url.startswith("file:") and ("mode=memory" in params or path == "file::memory:"):
        uri = "&".join([*params, "uri=true"]) if "uri=true" not in params else query
        return f"sqlite:///{path}?{uri}"
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


_UNPARSED_PASSWORD = re.compile(r"^(.*?://[^:@/?#\s]*:).*@", re.DOTALL)
"""``scheme://user:`` and the password after it, up to the last ``@`` (a password may hold
``@`` and ``/``)."""


def display_url(url: str) -> str:
    """``url`` with any password hidden, for messages. A SQLite file's path is shown as it is
    written: SQLAlchemy percent-escapes other letters than ASCII, and until session 35 the
    ingest summary said ``sqlite:////tmp/%C3%89tudes 2026/base.db`` for ``Études 2026``.
    A URL that does not parse (a mistyped port) has whatever stands between ``user:`` and the
    last ``@`` hidden: until session 39 its error printed the password."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return _UNPARSED_PASSWORD.sub(r"\1***@", url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not parsed.query:
        return f"{parsed.drivername}:///{parsed.database}"
    return parsed.render_as_string(hide_password=True)


@dataclass(frozen=True)
class NewSqliteFile:
    """The SQLite file of a database URL that does not exist yet, which opening the database
    will create: :meth:`discard` removes it again, with its journal files and the folders made
    for it, where the command stored nothing (session 29's trial, finding 11: an ingest that
    read nothing left a new store file). ``made_below``: the nearest folder that existed."""

    path: Path
    made_below: Path

    @classmethod
    def of(cls, url: str | None) -> NewSqliteFile | None:
        """The new file ``url`` (or the default database, for None or "") names; None for an
        existing file, an in-memory database, another kind of database or a bad URL (which
        opening it reports)."""
        try:
            parsed = make_url(normalise_url(url))
        except (ArgumentError, ValueError):
            return None
        name = parsed.database
        if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:":
            return None
        path = Path(name).expanduser()
        if path.exists():
            return None
        base = path.parent
        while not base.exists() and base != base.parent:
            base = base.parent
        return cls(path, base)

    def discard(self) -> bool:
        """Remove the file, its ``-wal``, ``-shm`` and ``-journal`` files, and the folders
        made for it that are left empty, if the file holds no data (True when removed).

        Whether it holds data is read under SQLite's write lock (``BEGIN IMMEDIATE``), and the
        file is removed while that lock is held: a second writer that stored anything into the
        same new file in the meantime keeps it, nothing of it lost. Left open: a second writer
        that opened the file and has not written its first row yet when this one removes it.
        "No data": no row in any table but the schema's bookkeeping (:data:`_BOOKKEEPING`).
        A file of 0 bytes with no journal beside it is removed without opening it: on a full
        disk SQLite cannot even begin the transaction, and the empty file used to stay
        (session 40's trial, finding 7)."""
        if _empty_and_unjournalled(self.path):
            for suffix in ("", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._remove_folders()
            return True
        try:
            with closing(sqlite3.connect(self.path, timeout=_IN_USE_WAIT_S)) as conn:
                conn.execute("BEGIN IMMEDIATE")
                if _holds_data(conn):
                    return False
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{self.path}{suffix}").unlink(missing_ok=True)
                conn.rollback()
        except sqlite3.Error:
            return False  # another writer holds it (in use), or not a database: left as it is
        self._remove_folders()
        return True

    def _remove_folders(self) -> None:
        """Remove the folders made for the file, as far as they are empty."""
        folder = self.path.parent
        while folder != self.made_below and folder.is_relative_to(self.made_below):
            try:
                folder.rmdir()
            except OSError:
                break  # not empty: kept
            folder = folder.parent


def read_only_note(engine: Engine) -> str:
    """``"; ..."`` saying why a SQLite file on a read-only file system cannot be opened, or ""
    (another database, or a writable folder). SQLite's own message is only "unable to open
    database file": in write-ahead-log mode every open writes the ``-shm`` file beside the
    database, even to read (session 40's trial, finding 6)."""
    name = engine.url.database if engine.dialect.name == "sqlite" else None
    return _read_only_folder_note(name)


def _read_only_folder_note(name: str | None) -> str:
    """:func:`read_only_note` for the SQLite file ``name`` (None: not a SQLite file)."""
    if not name or name == ":memory:":
        return ""
    folder = Path(name).expanduser().parent
    try:
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return ""
    if not read_only:
        return ""
    return (
        f"; {folder} is on a read-only file system, where SQLite cannot open a store even to "
        "read it (its write-ahead log writes beside the file): copy the file to a writable "
        "folder first"
    )


def _empty_and_unjournalled(path: Path) -> bool:
    """A file of 0 bytes with no ``-wal`` or ``-journal`` beside it: no writer has begun."""
    try:
        if path.stat().st_size != 0:
            return False
    except OSError:
        return False
    return not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))


_IN_USE_WAIT_S = 5.0
"""How long :meth:`NewSqliteFile.discard` waits for another writer's lock before it takes the
file as in use and keeps it."""
_BOOKKEEPING = ("accord_meta",)
"""Tables every new store fills when it is made (besides each component's ``*_version``
table): the schema's version and settings, not data."""


def _holds_data(conn: sqlite3.Connection) -> bool:
    """Whether any table of the SQLite database but the bookkeeping holds a row."""
    names = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith("sqlite_")
        and not name.endswith("_version")
        and name not in _BOOKKEEPING
    ]
    quoted = ['"' + name.replace('"', '""') + '"' for name in names]  # names from the file
    return any(conn.execute(f"SELECT 1 FROM {name} LIMIT 1").fetchone() for name in quoted)


class Database:
    """What accord's database objects (the news store, the ledger) share: a URL, an engine
    made from it, closing (also as a context manager), and the URL to show (password hidden)."""

    url: str
    engine: Engine

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def display_url(self) -> str:
        return display_url(self.url)


def driver_message(exc: SQLAlchemyError) -> str:
    """The database's own message for a failed statement, in one line: SQLAlchemy's text of
    the error also carries the statement and its parameters (a whole article on an ingest),
    which has no place in a one-line error."""
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    message = str(inner).strip()
    return message.splitlines()[0] if message else type(exc).__name__


OUTAGES: tuple[type[SQLAlchemyError], ...] = (
    OperationalError,
    InterfaceError,
    DisconnectionError,
    PoolTimeout,
)
"""The database's failures that say it does not answer (the server down or out of reach, the
connection lost, a SQLite file that cannot be opened or read, the pool waited out), as opposed
to a fault of accord's own (a wrong statement: ``ProgrammingError``) or of the file (not a
database: ``DatabaseError``). SQLite's "database is locked" is one of them by its class, and
:func:`database_error` tells it apart (busy, not down)."""


OPENING_FAILURES: tuple[type[SQLAlchemyError], ...] = (DatabaseError, *OUTAGES)
"""What opening a database may fail with (:func:`database_error` says which it was)."""


class NotADatabase(DataError):
    """A database's file is there but is not one the driver can read: SQLite's "file is not a
    database" (a text file where the ledger should be) or "database disk image is malformed".
    A :class:`DataError` like any other on the command line (one line, exit status 2, the file
    named: the user gave it); the workbench, whose client did not choose the file, answers it
    as a store that does not answer, the path only in its log (session 44: it was a 400 that
    showed the client the server's file path). ``reason``: the driver's words."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _not_a_database(exc: BaseException) -> bool:
    """Whether the driver's ``exc`` says the file is not a readable database: the DB-API's
    ``DatabaseError`` itself (SQLite raises its subclasses for everything else: a lock, a
    missing file, a wrong statement, a constraint), bare or as SQLAlchemy wraps it."""
    if isinstance(exc, DBAPIError):
        return type(exc) is DatabaseError or (
            exc.orig is not None and type(exc.orig) is sqlite3.DatabaseError
        )
    return type(exc) is sqlite3.DatabaseError


def database_error(exc: SQLAlchemyError, where: str, after: str = "") -> DataError:
    """The error to raise for ``exc``, a failure of the database while ``where`` was done
    (``"URL: cannot open the ledger"``): ``where (the driver's words)`` then ``after``, the
    driver's words on one line (PostgreSQL's "connection refused" comes with a second line,
    "Is the server running ...", which the CLI printed as a line of its own until session 43;
    joined by "; ").

    :class:`StoreBusy` where SQLite stayed locked beyond its busy timeout;
    :class:`StoreUnavailable` where the database did not answer (:data:`OUTAGES`); a plain
    :class:`DataError` for any other failure (a file that is not a database). All three are
    :class:`DataError`, which the CLI prints as one line with exit status 2; the workbench
    answers the first two 503 with ``Retry-After`` by their type (until session 43 opening a
    database raised a plain ``DataError`` in every case, which the workbench told apart only
    by the driver's failure in its context)."""
    inner = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    message = f"{where} ({_one_line(str(inner)) or type(exc).__name__}){after}"
    if isinstance(exc, OperationalError) and "locked" in str(exc.orig):
        return StoreBusy(message)
    if isinstance(exc, OUTAGES):
        return StoreUnavailable(message)
    if _not_a_database(exc):
        return NotADatabase(message, _one_line(str(inner)))
    return DataError(message)


def _one_line(text: str) -> str:
    """``text``'s lines joined by "; ", each with its white space made single."""
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "; ".join(line for line in lines if line)


def nothing_there(
    url: str, what: str, hint: str, option: str = "--db", given: str | None = None
) -> DataError:
    """The refusal of a read where the database ``url`` holds no ``what`` (a news store, a
    ledger): ``PATH: no WHAT there yet (HINT)`` for a SQLite file, else the URL, any password
    hidden. What a reading command says of a mistyped ``--db``, an empty file, and since
    session 43 a database that holds another of accord's stores but not this one.

    An in-memory SQLite database (``sqlite://``, ``sqlite:///:memory:``) is new and empty in
    every process, so nothing recorded into one is there for a later command to read, and
    ``HINT`` (record or ingest first) cannot help: since session 44 the refusal names
    ``option`` and the URL and says so (``--db 'sqlite://': an in-memory database ...``);
    since session 45 it names ``given``, the value as the user typed it (``:memory:``), where
    it is known (:func:`typed_value`), as :func:`lost_write` does for a write."""
    if in_memory(url):
        return DataError(
            f"{option} {typed_value(url, given)!r}: an in-memory database, new and empty in each "
            f"command and gone when it ends, so it never holds a {what} to read; give "
            f"{option} a SQLite file or a database server's URL"
        )
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        parsed = None
    sqlite = parsed is not None and parsed.get_backend_name() == "sqlite"
    name = parsed.database if parsed is not None and sqlite else None
    where = name if name else display_url(url)
    return DataError(f"{where}: no {what} there yet ({hint})")


def in_memory(url: str) -> bool:
    """Whether ``url`` is an in-memory SQLite database (``sqlite://``, ``sqlite:///:memory:``,
    and since session 44's tidy3 a URI filename ``sqlite:///file:NAME?mode=memory&uri=true``):
    new and empty in each process, gone when it ends. False for a URL that does not parse."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return False
    if parsed.get_backend_name() != "sqlite":
        return False
    name = parsed.database
    query = {key: str(value).lower() for key, value in parsed.query.items()}
    uri_memory = query.get("uri") == "true" and (
        query.get("mode") == "memory" or name == "file::memory:"
    )
    return not name or name == ":memory:" or uri_memory


def typed_value(url: str, given: str | None) -> str:
    """What a message names for the database ``url``: ``given``, the value as the user typed
    it (``--db :memory:``, not the URL accord made of it, ``sqlite:///:memory:``), with any
    password hidden and nothing else changed; :func:`display_url` of ``url`` where ``given``
    is None (a library caller's URL). The guide: a user error names the value (session 45)."""
    if given is None:
        return display_url(url)
    return _UNPARSED_PASSWORD.sub(r"\1***@", given) if "://" in given else given


def given_db(
    url: str | None, variables: tuple[str, ...] = ("ACCORD_DB",)
) -> tuple[str, str | None]:
    """What named the database a command opens and the value as it was typed: ``("--db",
    url)`` for a ``url`` given, else the first of the environment's ``variables`` that is set
    (``("$ACCORD_DB", ":memory:")``), else ``("--db", None)``; for :func:`nothing_there`."""
    if url:
        return "--db", url
    for name in variables:
        value = os.environ.get(name)
        if value:
            return f"${name}", value
    return "--db", None


def lost_write(
    url: str, writes: str, option: str = "--db", given: str | None = None
) -> DataError | None:
    """The refusal of a command that would write ``writes`` (``the forecast's record``) into
    the in-memory database ``url``, where it would be gone when the command ends with nothing
    said (session 44: ``accord forecast --record --db sqlite://`` exited 0); None for any other
    database. ``option``: what named ``url`` (``--db``, ``$ACCORD_LEDGER_DB``), named in the
    message with the value, as :func:`nothing_there` names them for a read; ``given``: the
    value as the user wrote it (``:memory:``), named in place of ``url`` (:func:`typed_value`;
    until session 45 only where it was no URL)."""
    if not in_memory(url):
        return None
    return DataError(
        f"{option} {typed_value(url, given)!r}: an in-memory database, gone when the command "
        f"ends, so {writes} would be lost; give {option} a SQLite file or a database server's URL"
    )


def stored_tables(url: str, *, option: str = "--db", what: str = "database") -> set[str] | None:
    """The names of the tables of the database ``url``, read without making or changing
    anything; None where there is no database to read (a SQLite file that is not there, or is
    not a file; an in-memory database, which opening would make empty).

    A SQLite file is read through a plain connection of its own that never makes the file
    (``mode=rw``) and only reads: accord's engine (:func:`connect`) would make its folder and
    set the file's journal mode on connecting, a write that makes an empty file a database.
    (A ``mode=ro`` connection, the workbench's before, left empty ``-wal`` and ``-shm`` files
    beside a database in write-ahead-log mode, which only a connection that may write removes
    as it closes.) Another database (PostgreSQL) is asked through an engine that makes nothing.

    The failures are :func:`database_error`'s, ``where`` being ``URL: cannot open the WHAT``:
    a database that does not answer is :class:`StoreUnavailable`, a file that is not a SQLite
    database a :class:`DataError`. What :class:`accord.ledger.Ledger` and
    :class:`accord.news.store.Store` opened to read (``create=False``) ask first, and the
    workbench's reads of the ledger (session 43)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DataError(f"{option}: not a database URL (got {display_url(url)!r})") from None
    where = f"{display_url(url)}: cannot open the {what}"
    name = parsed.database
    if in_memory(url):
        return None
    if parsed.get_backend_name() != "sqlite" or str(name).startswith("file:"):
        engine = connect(url, create=False, option=option, what=what)
        try:
            return set(inspect(engine).get_table_names())
        except SQLAlchemyError as exc:
            raise database_error(exc, where) from None
        finally:
            engine.dispose()
    if not name or name == ":memory:":
        return None
    path = Path(name).expanduser().resolve()
    if not path.is_file():
        return None
    try:
        reader = sqlite3.connect(
            f"{path.as_uri()}?mode=rw", uri=True, timeout=SQLITE_BUSY_TIMEOUT_S
        )
        with closing(reader) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {str(row[0]) for row in rows}
    except sqlite3.Error as exc:
        words = _one_line(str(exc)) or type(exc).__name__
        message = f"{where} ({words}){_read_only_folder_note(str(path))}"
        if isinstance(exc, sqlite3.OperationalError):
            locked = "locked" in str(exc)
            raise (StoreBusy(message) if locked else StoreUnavailable(message)) from None
        if _not_a_database(exc):
            raise NotADatabase(message, words) from None
        raise DataError(message) from None


def is_sqlite(bind: Engine | Connection | Session) -> bool:
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    return bool(dialect.name == "sqlite")


def connect(
    url: str,
    create: bool = True,
    *,
    option: str = "--db",
    what: str = "database",
    missing_hint: str = "run `accord ingest ... --db` first",
) -> Engine:
    """An engine for ``url``; errors name ``option`` and the URL (password hidden).

    ``create=False``: a SQLite file that does not exist is an error (for read-only commands)
    instead of a new empty database.
    """
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DataError(f"{option}: not a database URL (got {display_url(url)!r})") from None
    sqlite = parsed.get_backend_name() == "sqlite"
    on_disk = bool(sqlite and not in_memory(url))  # a file: URI in memory is no file
    if on_disk and parsed.database and not create and not Path(parsed.database).is_file():
        raise DataError(f"{parsed.database}: no {what} there yet ({missing_hint})")
    if on_disk and parsed.database:
        folder = Path(parsed.database).expanduser().parent
        missing = not folder.exists()
        default = folder.resolve() in _default_folders()
        # accord's own folder (~/.accord) is the owner's alone: 0700, not the umask's 0755,
        # which let every account of a shared machine list it (session 39's review)
        make_folder(
            folder, f"{option} {display_url(url)}", PRIVATE_FOLDER_MODE if default else 0o777
        )
        if missing and not default:
            note = new_folder_note(option, display_url(url), folder, what)
            warnings.warn(note, AccordWarning, stacklevel=2)
    kwargs: dict[str, Any] = {}
    timeout_s = SQLITE_BUSY_TIMEOUT_S
    if sqlite:
        kwargs["connect_args"] = {"timeout": timeout_s}
    else:
        # a pooled connection that the server closed (a restart, a fail-over, an idle
        # timeout) is replaced before use: until session 40 the workbench answered 500 once
        # per pooled connection after its PostgreSQL server restarted
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise DataError(
            f"{option}: unknown database kind {parsed.drivername!r} (got {display_url(url)!r})"
        ) from None
    except ImportError as exc:
        raise DataError(
            f"{option}: the driver for {parsed.drivername!r} is not installed ({exc.name}); "
            "for PostgreSQL install psycopg (pip install 'accord[postgres]')"
        ) from None
    if on_disk and parsed.database and create:
        make_private_file(Path(parsed.database).expanduser())
    if sqlite:
        waits = _LockWait(parsed.database, timeout_s) if on_disk and parsed.database else None
        _sqlite_settings(engine, on_disk, waits)
    return engine


PRIVATE_FOLDER_MODE = 0o700
"""Permissions of a default folder accord makes for its stores (``~/.accord``, the ledger's
data folder): the owner's alone (session 40; a folder made before keeps its permissions)."""

NEW_FILE_MODE = 0o660
"""Permissions of a new SQLite store or ledger file, less the umask: the owner and the owner's
group (a desk's shared group) read and write it, other accounts on the machine nothing. SQLite
gives its ``-wal`` and ``-shm`` files the database file's permissions."""


def make_private_file(path: Path) -> None:
    """Create the empty file of a new SQLite database with :data:`NEW_FILE_MODE`, before SQLite
    does with the umask's default (0644 under the usual umask 022: until session 39 every store,
    ledger and the workbench's unpublished scenarios were readable by every account of a shared
    server, whatever the workbench's token guarded). An existing file is left as it is; one that
    cannot be made is left to SQLite, which reports why."""
    if str(path).startswith("file:"):  # a SQLite URI filename: SQLite's own business
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE))
    except OSError:
        return


def _default_folders() -> set[Path]:
    """The folders accord's default databases live in (``~/.accord``, the ledger's data
    folder): made without a word on first use, as docs/news.md says."""
    import platformdirs

    folders = {Path.home() / ".accord", platformdirs.user_data_path("accord")}
    return {folder.resolve() for folder in folders}


def new_folder_note(option: str, url: str, folder: Path, what: str) -> str:
    """The warning for a SQLite database whose folder was not there and has been made: a
    shared folder not mounted, or a typo in the path, would otherwise take a nightly job's
    articles into a new store nobody reads, with exit 0 (session 32's trial, finding 5)."""
    return (
        f"{option} {url}: the folder {folder} was not there and is made now, for a new {what}; "
        f"if the {what} should exist already (a shared folder not mounted, a typo in the "
        f"path), check {option}"
    )


class _LockWait:
    """Begins an engine's transactions on one SQLite file, saying once if one has to wait.

    Python's ``sqlite3`` has no busy handler to hook, so a BEGIN is first tried with a busy
    timeout of :data:`SQLITE_BUSY_NOTE_S`; if the file stays locked that long, the note is
    given and the BEGIN tried again for the rest of the engine's timeout, which then fails as
    it always did. Only BEGIN waits in practice: it takes the write lock (``IMMEDIATE``), and
    in WAL mode reads and commits do not queue.
    """

    def __init__(self, path: str, timeout_s: float) -> None:
        self.path = path
        self.timeout_ms = round(timeout_s * 1000)
        self.said = False

    def begin(self, connection: Connection, statement: str) -> None:
        note_ms = round(SQLITE_BUSY_NOTE_S * 1000)
        if self.said or note_ms >= self.timeout_ms:
            connection.exec_driver_sql(statement)
            return
        raw = connection.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)  # on-disk SQLite engines only
        raw.execute(f"PRAGMA busy_timeout = {note_ms}")
        try:
            connection.exec_driver_sql(statement)
            return
        except OperationalError as exc:
            if "locked" not in str(exc.orig):
                raise
            self.said = True
            warnings.warn(
                f"{self.path}: the database is locked by another process or connection; "
                f"waiting for it (up to {self.timeout_ms / 1000:g} s)",
                AccordWarning,
                stacklevel=2,
            )
            raw.execute(f"PRAGMA busy_timeout = {self.timeout_ms - note_ms}")
            connection.exec_driver_sql(statement)  # its error on timeout is the usual one
        finally:
            # SQLAlchemy closes a connection that a BaseException (SIGTERM or Ctrl-C raised as
            # KeyboardInterrupt) left mid-statement; the reset would then hide the interrupt
            if not connection.invalidated:
                raw.execute(f"PRAGMA busy_timeout = {self.timeout_ms}")


def _sqlite_settings(engine: Engine, on_disk: bool, waits: _LockWait | None) -> None:
    """Foreign keys on; WAL; and ``BEGIN IMMEDIATE`` for every transaction but reads.

    pysqlite's own transaction handling is switched off (``isolation_level = None``) and the
    engine emits the BEGIN itself (the recipe of SQLAlchemy's SQLite dialect documentation,
    "Serializable isolation / Savepoints / Transactional DDL"). IMMEDIATE takes the write lock
    at the start, so two writers that both read before writing queue on the busy timeout
    rather than one failing with "database is locked" when it upgrades its read lock. A
    connection marked :data:`READ_ONLY` begins ``DEFERRED``: it never writes, so it has no
    lock to upgrade, and taking the write lock would only make it wait for a writer's whole
    transaction (a sharded ingest's workers ask whether a shard or a document is stored while
    the parent writes batches; docs/benchmarks-news.md, session 14). ``waits``, for a file,
    begins them and says when one waits long for another process's lock.
    """

    @event.listens_for(engine, "connect")
    def _pragmas(connection: Any, _record: Any) -> None:
        connection.isolation_level = None
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if on_disk:
            # WAL with synchronous=NORMAL: a committed transaction survives a crash of the
            # process (the tested case); only a power cut may lose the last commits, and never
            # leaves a half one.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        reads = connection.get_execution_options().get(READ_ONLY, False)
        statement = "BEGIN DEFERRED" if reads else "BEGIN IMMEDIATE"
        if waits is None:
            connection.exec_driver_sql(statement)
        else:
            waits.begin(connection, statement)


def _lock_key(key: str) -> int:
    """A signed 64-bit number for ``key`` (PostgreSQL advisory locks take a bigint)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


def advisory_lock(bind: Session | Connection, *keys: str) -> None:
    """Hold transaction-scoped locks on ``keys`` until the transaction ends.

    PostgreSQL: ``pg_advisory_xact_lock`` per key, taken in sorted order so that two writers
    never wait on each other in a cycle. SQLite: nothing to do, because every transaction
    already holds the database's write lock from its start (``BEGIN IMMEDIATE``).
    """
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name != "postgresql":
        return
    for number in sorted({_lock_key(k) for k in keys}):
        bind.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": number})


_Written = TypeVar("_Written")


def retrying_write(write: Callable[[], _Written], what: str) -> _Written:
    """``write()``, one write transaction, tried again when another writer took the unique
    key it chose first (``IntegrityError``) or SQLite stayed locked beyond its busy timeout.
    Beaten :data:`WRITE_TRIES` times, or locked beyond SQLite's busy timeout once (that timeout
    has already waited; trying again would multiply the wait): :class:`StoreBusy`, which the
    web answers as a 503 to retry; any other database failure (a full disk, the server gone):
    :class:`StoreUnavailable` (a :class:`DataError`; the web's 503 too, since session 42) with
    the driver's one-line message. Both name ``what`` ("save
    scenario 'x'"): every write of accord's database (scenario versions, ingest reports, the
    news store's documents, the ledger) fails alike, and nothing of the failed write is kept.
    ``write`` must be safe to run again: a retry reads afresh what it checks first.

    The message says which of the two it was (session 25; both were "too many concurrent
    writers", which one other process holding the lock is not): ``what`` names the database
    ("... in sqlite:///FILE"), as every caller's does."""
    for _ in range(WRITE_TRIES):
        try:
            return write()
        except IntegrityError:
            continue  # another writer took this key first: the next try chooses again
        except OperationalError as exc:  # SQLite busy beyond its timeout, for one
            if "locked" not in str(exc.orig):
                raise StoreUnavailable(f"cannot {what} ({driver_message(exc)})") from None
            raise StoreBusy(
                f"cannot {what}: another writer held the database's lock for longer than "
                "accord waits; nothing was written: try again when that writer has finished"
            ) from None
    raise StoreBusy(
        f"cannot {what}: other writers took the same key first {WRITE_TRIES} times; nothing "
        "was written: try again"
    )
