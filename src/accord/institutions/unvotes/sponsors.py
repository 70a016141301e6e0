"""Sponsor counts of the drafts of the eleventh emergency special session (issue 9).

``data/sponsors.json`` holds, for each recorded vote of the session (ES-11/1 .. ES-11/8), the
number of sponsors of its draft as it stood before the vote (``before_vote``) and, separately,
a count given at or after the vote (``at_meeting``), each with the pages it was read from, or
``null`` with what was looked for and not found. A count given on the day of the vote or later
describes sponsors who joined up to the vote: it may train a model of the earlier texts but
is never an input for a text being forecast. :func:`before` returns only exact counts of the
draft before its vote, and only from a record dated before the vote when asked for one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from accord.errors import DataError

FILE = "data/sponsors.json"
FORMAT = "accord-es11-sponsors/1"
BOUNDS = ("exact", "at least", "about")


@dataclass(frozen=True)
class Source:
    url: str
    dated: str  # the page's own date, ISO (a year-month, or "after <date>", where that is all)
    says: str  # what the page says that gives the count


@dataclass(frozen=True)
class Count:
    """One count of a draft's sponsors, with its sources (or ``None`` and why)."""

    count: int | None
    bound: str | None  # "exact", "at least", "about"; None when no count was found
    what: str  # what the count describes, or what was looked for and not found
    sources: tuple[Source, ...]
    as_of: dt.date | None = None  # the date the count describes (``before_vote`` only)

    @property
    def exact(self) -> bool:
        return self.count is not None and self.bound == "exact"

    def first_source_date(self) -> dt.date | None:
        """The date of the first source (the page that gives the count), where it is a full
        ISO date; None otherwise (a month only, or "after ...")."""
        if not self.sources:
            return None
        try:
            return dt.date.fromisoformat(self.sources[0].dated)
        except ValueError:
            return None


@dataclass(frozen=True)
class Draft:
    resolution: str  # e.g. "A/RES/ES-11/1"
    draft: str  # e.g. "A/ES-11/L.1"
    vote_date: dt.date
    before_vote: Count
    at_meeting: Count

    def count_before(self, dated_before_vote: bool = False) -> int | None:
        """The exact sponsor count of the draft before its vote, or None.

        With ``dated_before_vote`` (for a text being forecast), only a count whose first
        source (the page that gives it) carries a full date before the day of the vote: a
        count read from a page of the day or later is hindsight even when it describes the
        draft as issued."""
        c = self.before_vote
        if not c.exact:
            return None
        if dated_before_vote:
            first = c.first_source_date()
            if first is None or first >= self.vote_date:
                return None
        return c.count


def _count(block: dict[str, Any], where: str, before: bool) -> Count:
    n = block.get("count")
    if n is None:
        reason = block.get("not_found")
        if not isinstance(reason, str) or not reason.strip():
            raise DataError(f"{where}: a missing count needs 'not_found' saying what was sought")
        return Count(count=None, bound=None, what=reason, sources=())
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 193:
        raise DataError(f"{where}: count must be a whole number of members 1-193, not {n!r}")
    bound = block.get("bound")
    if bound not in BOUNDS:
        raise DataError(f"{where}: bound must be one of {BOUNDS}, not {bound!r}")
    raw = block.get("sources") or []
    if not raw:
        raise DataError(f"{where}: a count needs at least one cited source")
    sources = []
    for s in raw:
        url, dated, says = s.get("url"), s.get("dated"), s.get("says")
        if not (isinstance(url, str) and url.startswith(("http://", "https://"))):
            raise DataError(f"{where}: every source needs its URL, not {url!r}")
        if not (isinstance(dated, str) and dated) or not (isinstance(says, str) and says):
            raise DataError(f"{where}: {url}: every source needs 'dated' and 'says'")
        sources.append(Source(url=url, dated=dated, says=says))
    as_of = None
    if before:
        try:
            as_of = dt.date.fromisoformat(str(block.get("as_of")))
        except ValueError as exc:
            raise DataError(f"{where}: a count before the vote needs its 'as_of' date") from exc
    what = block.get("what")
    if not isinstance(what, str) or not what.strip():
        raise DataError(f"{where}: a count needs 'what' it describes")
    return Count(count=n, bound=bound, what=what, sources=tuple(sources), as_of=as_of)


def parse(doc: dict[str, Any]) -> tuple[Draft, ...]:
    """The drafts of a sponsors document (the layout of ``data/sponsors.json``), checked: every
    count cites at least one page with its URL, date and words, or says what was not found."""
    if doc.get("format") != FORMAT:
        raise DataError(f"{FILE}: format {doc.get('format')!r}, expected {FORMAT!r}")
    out = []
    for t in doc["texts"]:
        where = f"{FILE}: {t.get('resolution')}"
        vote = dt.date.fromisoformat(t["vote_date"])
        before = _count(t["before_vote"], f"{where}: before_vote", before=True)
        if before.as_of is not None and before.as_of > vote:
            raise DataError(f"{where}: a count before the vote cannot be as of {before.as_of}")
        out.append(
            Draft(
                resolution=t["resolution"],
                draft=t["draft"],
                vote_date=vote,
                before_vote=before,
                at_meeting=_count(t["at_meeting"], f"{where}: at_meeting", before=False),
            )
        )
    return tuple(sorted(out, key=lambda d: d.vote_date))


@lru_cache(maxsize=1)
def drafts() -> tuple[Draft, ...]:
    """Every draft in the bundled file, in the order of their votes."""
    text = resources.files("accord.institutions.unvotes").joinpath(FILE).read_text("utf-8")
    return parse(json.loads(text))


def find(resolution: str) -> Draft:
    for d in drafts():
        if d.resolution == resolution:
            return d
    raise DataError(f"{resolution}: no sponsor record in {FILE}")


def before(resolution: str, dated_before_vote: bool = False) -> int | None:
    """The exact sponsor count of the resolution's draft before its vote, or None
    (:meth:`Draft.count_before`)."""
    return find(resolution).count_before(dated_before_vote)
