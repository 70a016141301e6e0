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
   if it is named strictly more often than any other.
3. Still none: the state of the publisher's country-code host (:func:`host_country`:
   "nation.co.ke" -> Kenya), a home of last resort: a national outlet mostly reports its own
   state's agents bare ("the police", "the Prisons Service"), but it reports other states'
   too, so title, path and text come first.

The coders use it only for agents the gazetteer knows without a country (the ``bare``
mentions of :func:`accord.news.resolve.find_mentions`), and only in a sentence that names no
coded actor at all: a country the sentence gives always wins (docs/event-coding.md,
"The document's home country").
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from accord.institutions.unvotes.data import member_table
from accord.news.gazetteer import Gazetteer, Token, load, tokenize

__all__ = ["countries_in", "home_country", "host_country", "slug_text"]

_SEGMENT_SPLIT = re.compile(r"[-_+.,;:=%~\s]+")
_EDITION_WORDS = frozenset({"english"})


def slug_text(url: str | None) -> str:
    """The words of a URL's path as text: one line of capitalised words per path segment
    ("https://x.org/world/2025/chadian-opposition-leader-arrested.html" -> "World",
    "Chadian Opposition Leader Arrested Html" on two lines). The host and the query are left
    out (a publisher's name says where it is, not what it reports), and so is the word
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


REPURPOSED_DOMAINS = frozenset(
    {"ac", "ag", "ai", "am", "cc", "co", "fm", "gd", "gg", "io", "la", "ly", "me", "ms", "nu"}
    | {"pw", "sh", "st", "tk", "to", "tv", "vc", "ws"}
)
"""Country-code top-level domains sold to all comers for what their letters spell ("io",
"tv", "fm", "ai") or by short-link and start-up hosts ("bit.ly", "t.co", "buff.ly"): a host
under them says nothing of where its publisher is."""

_ISO2 = {iso2.lower(): iso3 for (iso2, _name), iso3 in member_table().items() if iso2}
"""ISO 3166 alpha-2 (as a country-code domain) -> ISO3, for the UN's members."""

_DOMAIN_STATES = {"uk": "GBR", "ps": "PSE", "tw": "TWN", "hk": "HKG"}
"""Country-code domains of states that are not in the UN members' table or whose domain is
not their ISO 3166 alpha-2 code ("uk" for GB), by the gazetteer's codes."""


def host_country(url: str | None) -> str | None:
    """The state of a URL's country-code host ("www.monitor.co.ug" -> "UGA", "bta.bg" ->
    "BGR"): the ISO 3166 alpha-2 code its top-level domain spells, read through the UN
    members' table shipped with :mod:`accord.institutions.unvotes`; ``None`` for a generic
    domain (".com", ".news", ".global"), a re-purposed one (:data:`REPURPOSED_DOMAINS`) or one
    of no state (".eu")."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    domain = host.rsplit(".", 1)[-1].lower()
    if len(domain) != 2 or domain in REPURPOSED_DOMAINS:
        return None
    return _DOMAIN_STATES.get(domain) or _ISO2.get(domain)


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
    """The home country of a document (module docstring): the one state its title and URL's
    path name, else the state its ``text`` names strictly most often, else the state of its
    country-code host, else ``None``. A gold record without its article passes only its
    title and URL."""
    gaz = gaz or load()
    named = set(countries_in(title, gaz)) | set(countries_in(slug_text(url), gaz))
    if named:
        return named.pop() if len(named) == 1 else None
    counts = Counter(countries_in(text, gaz)).most_common(2)
    if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
        return counts[0][0]
    return host_country(url)
