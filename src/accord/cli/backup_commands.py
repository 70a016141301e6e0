"""``accord backup``: a consistent copy of a SQLite news store or forecast ledger, made while
the workbench or a job writes (:mod:`accord.store.backup`; session 32's trial, finding 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from accord.cli.app import app, out
from accord.errors import DataError


@app.command("backup")
def backup_command(
    target: Annotated[
        Path,
        typer.Argument(
            metavar="COPY",
            help="The copy's file (its folder must exist); never replaced unless --force.",
        ),
    ],
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="The SQLite database to copy: a file path or sqlite:///file.db; default the "
            "news store ($ACCORD_DB or ~/.accord/accord.db), the ledger's with --ledger. "
            "PostgreSQL: use pg_dump.",
        ),
    ] = None,
    ledger: Annotated[
        bool,
        typer.Option(
            "--ledger",
            help="Copy the forecast ledger's default database ($ACCORD_LEDGER_DB, $ACCORD_DB, "
            "or ledger.db in the user data dir) instead of the news store's.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the target if it exists.")
    ] = False,
) -> None:
    """Copy a SQLite news store or ledger safely while others write, and check the copy."""
    from accord.store.backup import backup_sqlite

    if ledger and db is not None:
        raise DataError("--ledger names the ledger's default database: give --db or --ledger")
    url = db
    if ledger:
        from accord.ledger.db import default_url

        url = default_url()
    done = backup_sqlite(url, target, replace=force)
    out.print(
        f"backed up {escape(str(done.source))} to {escape(str(done.target))} "
        f"({done.size:,} bytes): SQLite's integrity check ok; rows per table "
        f"({sum(done.rows.values()):,} in all):",
        highlight=False,
    )
    for name, rows in done.rows.items():
        out.print(f"  {escape(name)}: {rows:,}", highlight=False)
