"""Option-value parsing shared by several command modules."""

from __future__ import annotations

import datetime as dt

from accord.errors import DataError


def date_option(value: str | None, option: str) -> dt.date | None:
    """The date an option such as ``--since`` gives (YYYY-MM-DD), or None when not given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{option}: expected a date YYYY-MM-DD (got {value!r})") from None
