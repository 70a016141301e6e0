"""Option-value parsing shared by several command modules."""

from __future__ import annotations

import datetime as dt
import math

import typer

from accord.errors import DataError


def date_option(value: str | None, option: str) -> dt.date | None:
    """The date an option such as ``--since`` gives (YYYY-MM-DD), or None when not given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{option}: expected a date YYYY-MM-DD (got {value!r})") from None


def finite(value: float | None) -> float | None:
    """Option callback refusing NaN and infinity: both pass click's ``min``/``max`` checks
    (every comparison with NaN is false) and would fail later with no option named."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"must be a finite number (got {value})")
    return value
