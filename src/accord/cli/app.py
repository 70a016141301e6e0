"""The Typer application object and the error handling shared by every command.

Commands live in sibling modules grouped by domain; each imports :data:`app` and registers
itself. A library error (:class:`~accord.errors.AccordError`) becomes a one-line message on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from accord.errors import AccordError

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class _AccordGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except AccordError as exc:
            err.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=_AccordGroup,
    help="accord: model, forecast and track multilateral negotiations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)
