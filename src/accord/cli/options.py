"""Option-value parsing shared by several command modules."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import typer
from typer._click.exceptions import UsageError  # Typer vendors Click (0.27 on; pinned)
from typer.core import TyperCommand

from accord.errors import DataError, EngineError
from accord.limits import check_seed


def date_option(value: str | None, option: str) -> dt.date | None:
    """The date an option such as ``--since`` gives (YYYY-MM-DD), or None when not given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{option}: expected a date YYYY-MM-DD (got {value!r})") from None


def probability_option(value: float | None, option: str) -> float | None:
    """A probability an option such as ``--min-confidence`` gives (0-1), or None when not
    given; anything else (1.5, -0.1, nan) is an error naming the option."""
    if value is None:
        return None
    if not 0.0 <= value <= 1.0:
        raise DataError(f"{option}: expected a probability between 0 and 1 (got {value:g})")
    return value


def finite(value: float | None) -> float | None:
    """Option callback refusing NaN and infinity: both pass click's ``min``/``max`` checks
    (every comparison with NaN is false) and would fail later with no option named."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"must be a finite number (got {value})")
    return value


def seed_checked(value: int | None) -> int | None:
    """Option callback for every ``--seed``: a whole number from 0 to 2**64-1, refused before
    any work (a backtest would otherwise report each engine's failure, a fit a traceback)."""
    try:
        return check_seed(value)
    except EngineError as exc:
        raise typer.BadParameter(str(exc).removeprefix("seed ")) from None


class OneEngineCommand(TyperCommand):
    """A command that forecasts with one engine (``@app.command(..., cls=OneEngineCommand)``):
    ``--engine`` given twice is refused. Click keeps the last value of a single-valued option,
    so ``--engine smp --engine bdm`` ran bdm alone without a word (session 23's trial)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not ctx.resilient_parsing:
            # A trial parse: its order lists each option once per time it was given.
            _, _, order = self.make_parser(ctx).parse_args(args=list(args))
            given = sum(1 for param in order if param.name == "engine")
            if given > 1:
                raise UsageError(
                    f"--engine given {given} times, but `accord {ctx.info_name}` takes one "
                    "engine; `accord compare SCENARIO --engine A --engine B` runs several",
                    ctx,
                )
        return super().parse_args(ctx, args)
