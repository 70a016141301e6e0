"""Text helpers shared by the library and the command line (no dependency on either).

:func:`shortened` moved here from :mod:`accord.cli.output` in session 27 so that the news
readers (:mod:`accord.news.readers`) cut a long title the way the tables do, with one copy;
:func:`date_rewritten` in session 30, so that a scenario file, an article's metadata and a date
option say alike how to write a date given day or month first (the readers imported it, private,
from :mod:`accord.scenario.io`); :func:`first_three` in session 36, so that the library's
ingest warnings list their files as the command line's do; :func:`probability_text` in session
44, so that every human-readable line that prints a draft's P(adopted) (the command line, the
reports, the workbench) rounds it alike; :func:`score_text` in session 45, so that a ledger score
(a position error to one decimal, a Brier score or log loss to three) is rounded alike by
``accord ledger score``, the workbench's ledger page and the HTML report.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

__all__ = [
    "SCORE_DIGITS",
    "SLIP",
    "date_rewritten",
    "first_three",
    "nearest",
    "probability_text",
    "score_text",
    "shortened",
]

SLIP = 0.75
"""How alike (:class:`difflib.SequenceMatcher`'s ratio) a misspelt word and the word meant must
be for a hint: one letter left out, added, changed or swapped in a word of four letters or more
(``veto``/``vito`` is 0.75 exactly)."""


SCORE_DIGITS = {"brier": 3, "error": 1, "log_loss": 3}
"""The decimals a ledger score is printed to, its standard error and a paired difference alike:
a position error (points of a 0-100 scale) to one, a Brier score and a log loss to three."""


def score_text(value: float | None, measure: str) -> str:
    """A ledger score (or its standard error, or a difference of two) of ``measure`` (a key of
    :data:`SCORE_DIGITS`) to its decimals; an empty string for a missing one. The JSON keeps
    the full figure.

    >>> score_text(27.76, "error"), score_text(0.2791, "brier"), score_text(None, "log_loss")
    ('27.8', '0.279', '')
    """
    return "" if value is None else f"{value:.{SCORE_DIGITS[measure]}f}"


def nearest(word: str, choices: Iterable[str]) -> str | None:
    """The one of ``choices`` nearest in spelling to ``word`` where it is a slip away, else None.

    >>> nearest("acess", ["access", "trade"])
    'access'
    >>> nearest("budget", ["access", "trade"]) is None
    True
    """
    from difflib import get_close_matches

    found = get_close_matches(word, list(dict.fromkeys(choices)), n=1, cutoff=SLIP)
    return found[0] if found else None


def probability_text(
    p: float,
    digits: int = 3,
    *,
    name: str | None = None,
    percent: bool = False,
    exact_one: bool = False,
) -> str:
    """A probability with ``digits`` decimals (``percent``: as a whole percentage), or
    ``> 0.999`` where that would print 1 and ``< 0.001`` where it would print 0 for a figure
    above 0 (``> 99%`` / ``< 1%``); with ``name``, ``name = 0.450`` or ``name > 0.999``.

    A draft's P(adopted) under independent votes can be off 1 by far less than a double
    resolves (1 - 1e-15 held, 1.0 from the normal approximation's ``ndtr``; an ensemble's share
    of runs is 1 where every run passed it), so a rounded "1.00" read as a certainty the model
    does not claim (session 44; docs/unvotes.md). An exact 0 stays ``0.000``; a figure that is
    not finite is printed as Python prints it. The JSON keeps the figure itself. ``exact_one``:
    an exact 1 is printed as 1 (``1.00``), for a share of runs that every run met (a
    p(agreement); session 44, tidy3).

    >>> probability_text(0.45)
    '0.450'
    >>> probability_text(0.9999999999999983, 2)
    '> 0.99'
    >>> probability_text(0.0004, name="P(adopted)")
    'P(adopted) < 0.001'
    >>> probability_text(1.0, percent=True)
    '> 99%'
    """
    scale, unit = (100.0, "%") if percent else (1.0, "")
    digits = 0 if percent else digits
    shown = f"{p * scale:.{digits}f}"
    if exact_one and p == 1.0:
        shown = f"= {shown}{unit}"
    elif math.isfinite(p) and float(shown) >= scale:
        shown = f"> {scale - 10.0**-digits:.{digits}f}{unit}"
    elif math.isfinite(p) and p > 0 and float(shown) == 0:
        shown = f"< {10.0**-digits:.{digits}f}{unit}"
    elif math.isfinite(p):
        shown = f"= {shown}{unit}"
    else:
        shown = f"= {p}"
    return f"{name} {shown}" if name else shown.removeprefix("= ")


def first_three(items: Sequence[str]) -> str:
    """The first three of a warning's items, then how many more ("a, b, c and 4 more").

    >>> first_three(["a", "b", "c", "d", "e"])
    'a, b, c and 2 more'
    """
    more = f" and {len(items) - 3} more" if len(items) > 3 else ""
    return ", ".join(items[:3]) + more


def shortened(text: str, limit: int) -> str:
    """``text`` whole where it fits in ``limit`` characters, else cut at the last word boundary
    that leaves room for an ellipsis, punctuation before the cut dropped (a first word longer
    than the limit is cut inside it). Session 26: `accord documents` cut titles mid-word;
    session 27: so did the titles `accord ingest` makes from a text's first line.

    >>> shortened("France opposes the EU-Mercosur agreement", 30)
    'France opposes the…'
    >>> shortened("France opposes it", 30), shortened("Antidisestablishment", 8)
    ('France opposes it', 'Antidis…')
    """
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    if not text[limit - 1].isspace() and any(c.isspace() for c in room):
        room = room[: max(i for i, c in enumerate(room) if c.isspace())]
    return room.rstrip(" \t\n,;:-\u2013\u2014") + "\u2026"


_DAY_MONTH_YEAR = re.compile(r"\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*")


_MONTH_NAMED = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")
"""A date written with its month's English name (``31 May 2025``, ``May 31, 2025``)."""


_YEAR_DAY_MONTH = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def date_rewritten(value: object) -> str:
    """For a date written day and month first (``22.11.2024``, ``11/22/2024``), how to write it
    YYYY-MM-DD, both readings where either could be meant; for one written with the month's
    name (``31 May 2025``, session 30, s30-trial), the one reading; else empty.

    >>> date_rewritten("22.11.2024")
    'write it 2024-11-22'
    >>> date_rewritten("06/05/2025")
    'write 2025-05-06 if the day comes first, 2025-06-05 if the month does'
    >>> date_rewritten("31 May 2025"), date_rewritten("May 31, 2025")
    ('write it 2025-05-31', 'write it 2025-05-31')
    >>> date_rewritten("yesterday"), date_rewritten(20250102)
    ('', '')

    A date written year, day, month (``2025-31-12``; session 46's trial got Python's "month
    value is outside expected range of 1-12") gets the month and day swapped:

    >>> date_rewritten("2025-31-12")
    'write it 2025-12-31: the year, then the month, then the day'
    """
    swapped = _YEAR_DAY_MONTH.fullmatch(value) if isinstance(value, str) else None
    if swapped is not None and int(swapped[2]) > 12 and 1 <= int(swapped[3]) <= 12:
        import datetime as dt

        try:
            day = dt.date(int(swapped[1]), int(swapped[3]), int(swapped[2]))
        except ValueError:
            return ""
        return f"write it {day.isoformat()}: the year, then the month, then the day"
    match = _DAY_MONTH_YEAR.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return _month_named(value) if isinstance(value, str) else ""
    first, second, year = int(match[1]), int(match[2]), match[3]
    day_first = f"{year}-{second:02d}-{first:02d}" if first <= 31 and second <= 12 else ""
    month_first = f"{year}-{first:02d}-{second:02d}" if first <= 12 and second <= 31 else ""
    if day_first and month_first and day_first != month_first:
        return f"write {day_first} if the day comes first, {month_first} if the month does"
    if day_first or month_first:
        return f"write it {day_first or month_first}"
    return ""


def _month_named(value: str) -> str:
    """``write it 2025-05-31`` for ``31 May 2025`` (or ``May 31, 2025``...); else empty."""
    import datetime as dt

    for form in _MONTH_NAMED:
        try:
            day = dt.datetime.strptime(" ".join(value.split()), form).date()
        except ValueError:
            continue
        return f"write it {day.isoformat()}"
    return _french_month_named(value)


_FRENCH_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_FRENCH_DATE = re.compile(r"(\d{1,2})(?:er)?\s+(\w+)\s+(\d{4})")


def _french_month_named(value: str) -> str:
    """``write it 2026-12-06`` for ``6 décembre 2026`` or ``1er mars 2026`` (the month's French
    name, with or without its accent; session 35's trial: ``(invalid character in year)``)."""
    import datetime as dt
    import unicodedata

    def bare(word: str) -> str:
        decomposed = unicodedata.normalize("NFD", word.casefold())
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    match = _FRENCH_DATE.fullmatch(value.strip())
    months = [bare(m) for m in _FRENCH_MONTHS]
    if match is None or bare(match[2]) not in months:
        return ""
    try:
        day = dt.date(int(match[3]), months.index(bare(match[2])) + 1, int(match[1]))
    except ValueError:
        return ""
    return f"write it {day.isoformat()}"
