"""Where an event happened: the place a sentence names, resolved to its country.

PLOVER records an event's location (country, and the place name when the text gives one;
PLOVER manual 2.0, "location" fields; POLECAT adds geocoded place names). Here the location is
the first actor mention of the sentence that follows a locative preposition ("in Kyiv", "near
Kharkiv", "at the UN in Geneva") and that the gazetteer resolves to a country; the place name
is the mention's words when they are not the country's own name.
"""

from __future__ import annotations

from accord.news.gazetteer import Token
from accord.news.resolve import Mention, names_place
from accord.news.types import Location


def locate(tokens: list[Token], mentions: list[Mention]) -> Location | None:
    """The location named by a tokenised sentence, or ``None``."""
    for m in mentions:
        if not names_place(tokens, m):
            continue
        words = m.actor.text or ""
        country_name = (m.actor.name or "").lower()
        is_country = m.actor.role is None and (
            not words or words.lower() == country_name or m.actor.name is not None
        )
        return Location(country=m.actor.code, place=None if is_country else words)
    return None
