"""Where an event happened: the place a sentence names, resolved to its country.

PLOVER records an event's location (country, and the place name when the text gives one;
PLOVER manual 2.0, "location" fields; POLECAT adds geocoded place names). Here the location is
the first actor mention of the sentence that follows a locative preposition ("in Kyiv", "near
Kharkiv", "at the UN in Geneva") and that the gazetteer resolves to a country; the place name
is the mention's words when they are not the country's own name.
"""

from __future__ import annotations

from accord.news.gazetteer import Token
from accord.news.resolve import Mention
from accord.news.types import Location

LOCATIVE = frozenset(
    {"IN", "NEAR", "AT", "OUTSIDE", "INSIDE", "ACROSS", "AROUND", "ON", "INTO", "THROUGHOUT"}
)
_SKIP = frozenset({"THE", "CAPITAL", "CITY", "TOWN", "VILLAGE", "REGION", "OF"})


def locate(tokens: list[Token], mentions: list[Mention]) -> Location | None:
    """The location named by a tokenised sentence, or ``None``."""
    for m in mentions:
        code = m.actor.code
        if len(code) != 3 or (m.actor.name and m.actor.role) or m.bare:
            continue  # a person, an organisation or an agent word ("the court") is no place
        i = m.start - 1
        while i >= 0 and tokens[i].key in _SKIP:
            i -= 1
        if i < 0 or tokens[i].key not in LOCATIVE:
            continue
        words = m.actor.text or ""
        country_name = (m.actor.name or "").lower()
        is_country = m.actor.role is None and (
            not words or words.lower() == country_name or m.actor.name is not None
        )
        return Location(country=code, place=None if is_country else words)
    return None
