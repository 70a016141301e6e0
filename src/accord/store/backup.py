"""A consistent copy of a SQLite news store or forecast ledger, made while others write
(``accord backup``; session 32's trial, finding 2: a ``cp`` of a store in use held 2 of its 17
documents, the rest still in the ``-wal`` file).

The copy is made by SQLite's online backup API (Python's :meth:`sqlite3.Connection.backup`),
in one step: the copying connection reads one snapshot, the last committed state including
what is still in the write-ahead log, while writers go on (in WAL mode a reader holds no writer
up). The copy is written under a temporary name beside the target, checked with
``PRAGMA integrity_check``, its tables' rows counted, and only then put in place: a failed or
interrupted backup leaves no half file under the target's name, and an existing file is never
replaced unless asked. PostgreSQL is refused with a pointer to ``pg_dump``: a consistent copy
of a server database is its own tools' business.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from accord.errors import DataError
from accord.store.engine import display_url, normalise_url

BUSY_TIMEOUT_S = 120.0
"""How long the copy waits for a lock held by another process (a writer in rollback-journal
mode; in WAL mode reading never waits), as accord's own connections do."""


@dataclass(frozen=True)
class Backup:
    """What :func:`backup_sqlite` made: the source, the copy, its size in bytes and the rows of
    each of its tables (by name, in name order)."""

    source: Path
    target: Path
    size: int
    rows: dict[str, int]


def sqlite_file(url: str | None) -> Path:
    """The SQLite file a database URL (or a file path; None: the news store's default) names;
    DataError for another kind of database, with the tool to use instead."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    normal = normalise_url(url)
    try:
        parsed = make_url(normal)
    except (ArgumentError, ValueError) as exc:
        raise DataError(f"{normal}: not a database URL ({exc})") from exc
    backend = parsed.get_backend_name()
    shown = display_url(normal)
    if backend == "postgresql":
        raise DataError(
            f"{shown}: a PostgreSQL database; accord backs up SQLite files only and ships no "
            "PostgreSQL backup: use pg_dump, which copies a consistent state while others write "
            "(for example pg_dump --format=custom --file=accord.dump DBNAME; pg_restore "
            "restores it; docs/deployment.md, 'Backing up and restoring')"
        )
    if backend != "sqlite":
        raise DataError(
            f"{shown}: a {backend} database; accord backs up SQLite files only (use the "
            "database's own backup tool)"
        )
    name = parsed.database
    if not name or name == ":memory:":
        raise DataError(f"{shown}: an in-memory database, not a file: nothing to back up")
    return Path(name).expanduser()


def backup_sqlite(url: str | None, target: Path, *, replace: bool = False) -> Backup:
    """Copy the SQLite database ``url`` names to the file ``target`` while others may write,
    check the copy and count its rows. Refuses (DataError, naming the path) a source that is
    not an existing SQLite file, a target folder that does not exist, a target that exists
    (unless ``replace``) or is the source, and a copy that fails the integrity check; nothing
    is left under the target's name then."""
    source = sqlite_file(url)
    if not source.exists():
        raise DataError(f"{source}: no such SQLite file (nothing backed up)")
    if not source.is_file():
        raise DataError(f"{source}: not a file (nothing backed up)")
    target = target.expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise DataError(f"{folder}: no such folder for the copy (nothing written)")
    if target.exists():
        if target.resolve() == source.resolve():
            raise DataError(f"{target}: the database itself; name another file for the copy")
        if target.is_dir():
            raise DataError(f"{target}: a folder; name the copy's file (nothing written)")
        if not replace:
            raise DataError(f"{target}: exists already (nothing written; --force replaces it)")
        for journal in _journals(target):
            if journal.exists():
                raise DataError(
                    f"{target}: has a {journal.name[len(target.name) :]} file beside it, so "
                    "SQLite may have it open (or it was not closed cleanly); not replaced"
                )
    partial = folder / f".{target.name}.partial-{os.getpid()}"
    try:
        # the copy gets the store's own permissions (a private store's copy stays private), not
        # the umask's default that sqlite3.connect would give it
        try:
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            os.chmod(partial, stat.S_IMODE(source.stat().st_mode))
        except OSError as exc:
            raise DataError(f"{folder}: cannot write the copy there ({exc.strerror})") from None
        rows = _copy(source, partial)
        _put_in_place(partial, target, replace)
    finally:
        for leftover in (partial, *_journals(partial)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return Backup(source, target.resolve(), target.stat().st_size, rows)


def _journals(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _copy(source: Path, partial: Path) -> dict[str, int]:
    """Copy in one backup step (one snapshot), then check the copy; its tables' rows."""
    # mode=rw: an existing file only (a plain connect would create a missing one)
    uri = f"file:{quote(str(source.resolve()))}?mode=rw"
    try:
        origin = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise DataError(f"{source}: cannot open it as a SQLite database ({exc})") from exc
    try:
        copy = sqlite3.connect(partial)
        try:
            origin.backup(copy)  # pages=-1: everything in one step, from one snapshot
            checked = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            if checked != ["ok"]:
                problems = "; ".join(str(item) for item in checked[:5])
                raise DataError(
                    f"{source}: the copy failed SQLite's integrity check ({problems}); nothing "
                    "written (check the database itself: sqlite3 FILE 'pragma integrity_check')"
                )
            names = [
                row[0]
                for row in copy.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
            return {
                name: int(copy.execute(f"SELECT count(*) FROM {quoted[name]}").fetchone()[0])
                for name in names
            }
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise DataError(f"{source}: not copied ({exc}); nothing written") from exc
    finally:
        origin.close()


def _put_in_place(partial: Path, target: Path, replace: bool) -> None:
    """Give the checked copy the target's name: replacing only when asked; without, a hard
    link, which fails rather than replace a file made meanwhile."""
    if replace:
        partial.replace(target)
        return
    try:
        os.link(partial, target)
    except FileExistsError as exc:
        raise DataError(f"{target}: exists already (nothing written; --force replaces it)") from exc
    except OSError:  # a file system without hard links
        if target.exists():
            raise DataError(
                f"{target}: exists already (nothing written; --force replaces it)"
            ) from None
        partial.replace(target)
