"""Is a stored document one of the sources a scenario was written from?

A scenario lists its sources (:class:`accord.scenario.model.Source`: id, title, publisher,
date, url, file). An article the scenario was written from, once ingested, gives findings that
restate what the scenario already holds; ``accord update`` must not count them again (session
27's trial, finding 8: the bundled ``ukraine-2025-02`` proposed 12 changes from its own seed
article). A document is matched to a source by what both hold, with no fuzzy guessing; any one
of these is a match:

* the same address: the document's ``url`` equals the source's ``url`` (surrounding white space
  left out; nothing else normalised: two spellings of an address may be two pages);
* the same file name: the last part of the document's ``path`` equals the last part of the
  source's ``file`` (either slash separates folders; case kept: file names are the collector's
  own, such as ``000_3ead7e23d2ba6687.txt``);
* the same title on the same date: :func:`title_key` of both titles equal (case, white space and
  punctuation left out) and both dated, on the same day;
* the same text: the source's ``text_sha256`` equals :func:`text_fingerprint` of the document's
  text (case, white space and punctuation left out), whatever its file name, title or date
  (session 28: the trial's copy of the seed article saved as ``seed.txt`` was not known).

The fingerprint is written into the scenario (the bundled ``ukraine-2025-02``'s ``seed``, and
every source ``accord update`` adds); accord never reads a source's ``file`` to compute one (an
installed user does not have it). A source with none of these fields matches nothing.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence

from accord.news.types import Document
from accord.scenario.model import Scenario, Source

_NOT_WORD = re.compile(r"[\W_]+")


def title_key(title: str | None) -> str:
    """A title as compared: Unicode compatibility forms folded (NFKC), case folded, every run
    of punctuation, symbols and white space one space, trimmed. ``""`` for no title."""
    text = unicodedata.normalize("NFKC", title or "").casefold()
    return _NOT_WORD.sub(" ", text).strip()


def text_fingerprint(text: str) -> str:
    """SHA-256 (hex) of ``text`` with case, white space and punctuation left out: Unicode
    compatibility forms folded (NFKC), case folded, and every character that is not a letter or
    a digit dropped. A source's ``text_sha256``: the same article re-wrapped, re-typed with
    other quotation marks or dashes, or saved under another name has the same fingerprint.

    >>> text_fingerprint("Talks resume.") == text_fingerprint("  TALKS\t RESUME! ")
    True
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return hashlib.sha256(_NOT_WORD.sub("", folded).encode("utf-8")).hexdigest()


def _file_name(path: str | None) -> str:
    return re.split(r"[\\/]", (path or "").strip())[-1]


def source_of(document: Document, sources: Sequence[Source]) -> str | None:
    """The id of the first of ``sources`` that ``document`` is (the rules in the module's
    docstring), or ``None``. The one function ``accord evidence``, ``accord update``, the
    workbench and :func:`accord.news.update.propose` use."""
    url = (document.url or "").strip()
    name = _file_name(document.path)
    title = title_key(document.title)
    fingerprint = None  # computed once, for the first source that records one
    for source in sources:
        if url and url == (source.url or "").strip():
            return source.id
        if name and name == _file_name(source.file):
            return source.id
        if (
            title
            and document.date is not None
            and source.date is not None
            and document.date == source.date
            and title == title_key(source.title)
        ):
            return source.id
        if source.text_sha256 and document.text:
            fingerprint = fingerprint or text_fingerprint(document.text)
            if fingerprint == source.text_sha256:
                return source.id
    return None


def scenario_sources(scenario: Scenario, documents: Iterable[Document]) -> dict[str, str]:
    """Document id -> the id of the scenario's source it is, for the ``documents`` that are
    one (:func:`source_of`)."""
    found: dict[str, str] = {}
    for doc in documents:
        sid = source_of(doc, scenario.sources)
        if sid is not None:
            found[doc.id] = sid
    return found
