"""``accord db status`` and ``accord db upgrade``: a database's schema revisions, read without
changing them, and the one-way upgrade when the operator chooses (:mod:`accord.store.status`;
session 40's operations trial, finding 4)."""

from __future__ import annotations

import warnings
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from accord.cli.app import app, out
from accord.errors import DataError

db_app = typer.Typer(
    help="A database's schema revisions (status) and their upgrade to this accord's (upgrade).",
    no_args_is_help=True,
)
app.add_typer(db_app, name="db")

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (sqlite:///file.db, postgresql+psycopg://...) or a SQLite file "
        "path; default $ACCORD_DB or ~/.accord/accord.db (the ledger's with --ledger).",
    ),
]
Ledger = Annotated[
    bool,
    typer.Option(
        "--ledger",
        help="The forecast ledger's default database ($ACCORD_LEDGER_DB, $ACCORD_DB, or "
        "ledger.db in the user data dir) instead of the news store's.",
    ),
]

SAID = {
    "current": "current",
    "older": "older: the next command that opens it upgrades it (one-way; back it up first)",
    "newer": "newer: written by a newer accord, which this one refuses",
    "absent": "absent (no tables of it)",
}


def _url(db: str | None, ledger: bool) -> str:
    from accord.store.engine import normalise_url

    if ledger and db is not None:
        raise DataError("--ledger names the ledger's default database: give --db or --ledger")
    if ledger:
        from accord.ledger.db import default_url

        return default_url()
    return normalise_url(db)


@db_app.command("status")
def status_command(db: Db = None, ledger: Ledger = False) -> None:
    """Each part's schema revision in the database beside this accord's, changing nothing.
    Exit 0 when every part there is current, 1 when one is older (an upgrade is due), 2 when
    one was written by a newer accord or the database cannot be opened."""
    from accord.store.engine import connect, display_url
    from accord.store.status import NEWER, OLDER, schema_status

    url = _url(db, ledger)
    engine = connect(url, create=False, what="database", missing_hint="nothing to read")
    try:
        parts = schema_status(engine)
    finally:
        engine.dispose()
    table = Table(title=f"Schema of {escape(display_url(url))}")
    for column in ("part", "in the database", "this accord", "state"):
        table.add_column(column)
    for part in parts:
        found = "-" if part.found is None else part.found
        if part.adopted:
            found += " (before migrations)"
        table.add_row(part.name, found, part.head, SAID[part.state])
    out.print(table)
    if any(part.state == NEWER for part in parts):
        raise typer.Exit(2)
    if any(part.state == OLDER for part in parts):
        raise typer.Exit(1)


@db_app.command("upgrade")
def upgrade_command(db: Db = None, ledger: Ledger = False) -> None:
    """Upgrade every part of the database that is older than this accord's (one-way: back it
    up first); parts not there are not made. Exit 0 when done or nothing was due, 2 when a
    part was written by a newer accord (nothing changed) or the database cannot be opened."""
    from accord.errors import AccordWarning
    from accord.store.engine import connect, display_url
    from accord.store.status import upgrade_all

    url = _url(db, ledger)
    engine = connect(url, create=False, what="database", missing_hint="nothing to upgrade")
    try:
        with warnings.catch_warnings():  # each upgrade is said below, once
            warnings.simplefilter("ignore", AccordWarning)
            done = upgrade_all(engine)
    finally:
        engine.dispose()
    shown = escape(display_url(url))
    if not done:
        out.print(f"{shown}: nothing to upgrade (every part there is current)")
    for part, now in done:
        out.print(
            f"{shown}: upgraded the {part.name} tables from schema revision {part.found!r} "
            f"to {now!r}; an accord that knows only {part.found!r} can no longer open it"
        )
