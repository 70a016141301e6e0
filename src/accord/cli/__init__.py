"""The ``accord`` command line: a thin layer over the library API.

:data:`app` knows its commands from the table in :mod:`accord.cli.commands` and imports a
command's module only when that command runs (or its help is asked for), so the CLI starts at
once; Typer's ``CliRunner`` can invoke :data:`app` directly.
"""

from __future__ import annotations

from accord.cli.app import app


def main() -> None:
    """Run the ``accord`` command line."""
    app()


__all__ = ["app", "main"]
