"""Text helpers shared by the library and the command line (no dependency on either).

:func:`shortened` moved here from :mod:`accord.cli.output` in session 27 so that the news
readers (:mod:`accord.news.readers`) cut a long title the way the tables do, with one copy.
"""

from __future__ import annotations

__all__ = ["shortened"]


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
