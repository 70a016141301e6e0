"""The records that flow through the news pipeline: documents, events, evidence.

Ingest (``accord.news.ingest`` and ``accord.news.store``) produces :class:`Document` records;
the coder (``accord.news.coding``) turns a document's sentences into :class:`Event` records
(PLOVER 2.0) and :class:`StanceEvidence` records; both are stored and queried by the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from accord.errors import DataError

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
"""The 16 PLOVER 2.0 event types, from verbal cooperation to material conflict (PLOVER
manual, Open Event Data Alliance)."""


def plover_type(name: str) -> str:
    """``name`` as a PLOVER event type (any case; returned in capitals). A name that is none
    is refused rather than read as a filter that matches nothing: a typo, not an empty
    result."""
    if name.upper() not in PLOVER_TYPES:
        raise DataError(
            f"not a PLOVER event type (got {name!r}); expected one of {', '.join(PLOVER_TYPES)}"
        )
    return name.upper()


@dataclass(frozen=True)
class Document:
    """One normalised article."""

    id: str  # content hash (sha256 hex of the normalised text)
    title: str
    text: str
    date: dt.date | None = None
    source: str | None = None  # publisher or feed name
    url: str | None = None
    path: str | None = None  # file it came from
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ActorRef:
    """An actor as resolved in text: a code (ISO3 country or organisation code) and more."""

    code: str  # e.g. "FRA", "USA", "UN", "EU", "NATO"
    role: str | None = None  # PLOVER actor role/agent, e.g. "GOV", "MIL"
    name: str | None = None  # canonical name, e.g. "Emmanuel Macron"
    text: str | None = None  # the words that named it


@dataclass(frozen=True)
class Location:
    """Where an event happened: an ISO3 country code and, when the text names one, a place."""

    country: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Event:
    """A PLOVER 2.0 event coded from one sentence."""

    event_type: str  # one of the 16 PLOVER 2.0 types, e.g. "CONSULT", "AGREE"
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    mode: str | None = None
    trigger: str | None = None  # the text span that triggered the event
    sentence: str | None = None
    confidence: float = 1.0
    document_id: str | None = None
    date: dt.date | None = None
    id: str | None = None
    location: Location | None = None


def event_key(event: Event) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The identity under which a coder keeps one event of a kind per sentence.

    Two events of one sentence with the same PLOVER type, the same source codes and the same
    target codes (in order) say the same thing for event data, whatever their trigger, mode,
    confidence or location; both coders (``accord.news.coding`` and ``accord.news.nlp.coder``)
    keep the first of them only, so the key is written once, here.

    Parameters
    ----------
    event : Event
        A coded event.

    Returns
    -------
    tuple of (str, tuple of str, tuple of str)
        The event type, the source codes and the target codes.
    """
    return (
        event.event_type,
        tuple(a.code for a in event.sources),
        tuple(a.code for a in event.targets),
    )


@dataclass(frozen=True)
class StanceEvidence:
    """A statement that bears on a scenario issue: who, which issue, which way, how strongly."""

    actor: str  # scenario actor id or actor code
    issue: str  # scenario issue id
    direction: float  # -1 .. 1: toward the low (-) or high (+) end of the issue's scale
    strength: float  # 0 .. 1
    quote: str  # the span of text
    document_id: str | None = None
    source: str | None = None
    date: dt.date | None = None
    # the id of the scenario's source the document is (accord.news.sources.source_of): the
    # scenario was written from it, so accord update does not count the finding again
    already_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form shared by ``accord evidence --json`` and the workbench API."""
        return {
            "actor": self.actor,
            "issue": self.issue,
            "direction": self.direction,
            "strength": self.strength,
            "quote": self.quote,
            "document": self.document_id,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "already_source": self.already_source,
        }
