"""The document's home country: the state a report is about, for actors a sentence does not place.

A sentence such as "The prosecutor accused the opposition leader of inciting violence" names
domestic agents (the prosecutor, the police, protesters, the government) without a country. A
reader knows the country from the rest of the report: its title, its dateline, its earlier
sentences, the words of its address ("…/chadian-opposition-leader-arrested-…"). The coders see
one sentence at a time; :func:`home_country` gives them that context as one ISO3 code, or
``None`` when the context names no single state.

How it is read (no parameter is chosen on data):

1. The states named in the title and in the words of the URL's path (:func:`countries_in`,
   :func:`slug_text`): country names, capitals and demonyms of the gazetteer
   (:mod:`accord.news.gazetteer`), not people, organisations or groups. Exactly one distinct
   state: it is the home. Two or more (a report on relations between states): no home.
2. Neither names a state: the state the text names most often (the dateline's among them),
   if it is named strictly more often than any other; else no home.

The coders use it only for agents the gazetteer knows without a country (the ``bare``
mentions of :func:`accord.news.resolve.find_mentions`), and only in a sentence that names no
coded actor at all: a country the sentence gives always wins (docs/event-coding.md,
"The document's home country").
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from accord.news.gazetteer import Gazetteer, Token, load, tokenize

__all__ = ["countries_in", "home_country", "slug_text"]

_SEGMENT_SPLIT = re.compile(r"[-_+.,;:=%~\s]+")
_EDITION_WORDS = frozenset({"english"})


def slug_text(url: str | None) -> str:
    """The words of a URL's path as text: one line of capitalised words per path segment
    ("https://x.org/world/2025/chadian-opposition-leader-arrested.html" -> "World",
    "Chadian Opposition Leader Arrested Html" on two lines). The host and the query are left
    out (a publisher's name says where it is, not what it reports: on the READING records of
    session 20 a country-code host's state was the gold's on 2 of the 8 bare-agent events it
    would have placed, docs/validation-events/session-20-home.md), and so is the word
    "english", which in a path names the site's language edition ("/afrika-english/"), not
    England. Words of the path are capitalised so that the gazetteer reads them as names; a
    word of three letters or fewer alone still names nothing ("us" may be "US": the gazetteer
    reads short words alone only as acronyms in capitals), but it can open a longer name
    ("Sri Lanka")."""
    if not url:
        return ""
    try:
        path = urlsplit(url).path
    except ValueError:
        return ""
    lines = []
    for segment in path.split("/"):
        words = [
            w.capitalize()
            for w in _SEGMENT_SPLIT.split(segment)
            if w.isalpha() and w.lower() not in _EDITION_WORDS
        ]
        if words:
            lines.append(" ".join(words))
    return "\n".join(lines)


def _state(gaz: Gazetteer, tokens: list[Token], i: int) -> tuple[int, str | None]:
    """The phrase of the gazetteer at token ``i`` and the state it names, if it names one
    as a country or demonym (not a person, organisation or group)."""
    hit = gaz.lookup(tokens, i) if (tokens[i].key,) in gaz.prefixes else None
    if hit is None:
        return 1, None
    n, table, value = hit
    if table == "demonym" and isinstance(value, str):
        return n, value
    if table == "name" and isinstance(value, list):
        codes = {e.code for e in value if e.kind == "country" and len(e.code) == 3}
        if len(codes) == 1:
            return n, codes.pop()
    return n, None


def countries_in(text: str | None, gaz: Gazetteer | None = None) -> list[str]:
    """The states ``text`` names by country name, capital or demonym, in order, with
    repeats (each mention once). Lines are read apart: a phrase does not run across a line
    break (:func:`slug_text` puts each path segment on its own line)."""
    if not text:
        return []
    gaz = gaz or load()
    out: list[str] = []
    for line in text.splitlines():
        tokens = tokenize(line)
        i = 0
        while i < len(tokens):
            n, code = _state(gaz, tokens, i)
            if code is not None:
                out.append(code)
            i += n
    return out


def home_country(
    title: str | None = None,
    url: str | None = None,
    text: str | None = None,
    gaz: Gazetteer | None = None,
) -> str | None:
    """The home country of a document (module docstring): the one state its title and URL
    name, else the state its ``text`` names strictly most often, else ``None``. A gold record
    without its article passes only its title and URL."""
    gaz = gaz or load()
    named = set(countries_in(title, gaz)) | set(countries_in(slug_text(url), gaz))
    if named:
        return named.pop() if len(named) == 1 else None
    counts = Counter(countries_in(text, gaz)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]
