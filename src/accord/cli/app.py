"""The Typer application object and the error handling shared by every command.

Commands live in sibling modules grouped by domain; each imports :data:`app` and registers
itself. A library error (:class:`~accord.errors.AccordError`) becomes a one-line message on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import warnings
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from accord.errors import AccordError, AccordWarning

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


_default_showwarning = warnings.showwarning


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """An :class:`AccordWarning` is one line on stderr; other warnings keep Python's format."""
    if issubclass(category, AccordWarning):
        err.print(f"[bold yellow]warning:[/] {escape(str(message))}", highlight=False)
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


class _AccordGroup(TyperGroup):
    def invoke(self, ctx: Any) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.showwarning = _show_warning
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
