"""An office holder named by surname alone fills an actor missing from an event a coder codes.

Session 29, s29-surname (docs/validation-events/session-29-surname.md), the limited form of
session 28's s28-surname: the gazetteer's surname-alone reading ("Fico said": the one person
of that surname who holds an office on the sentence's date,
:meth:`accord.news.gazetteer.Gazetteer.by_surname`) is never part of a coder's first reading.
Where an event the coder codes without it has no resolved actor in its source or its target
(no actor there with a code), the coder reads the sentence again with that reading
(:func:`accord.news.gazetteer.surname_reading`), and the event takes the slot of its twin in
the second reading (the same id: the same trigger and type) when that slot holds a person the
second reading found by surname alone. Nothing else moves: no event is made, none changes
type, no resolved actor is replaced, and the twin must agree with the event on every slot the
event had resolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from accord.news.gazetteer import Gazetteer, Token, surname_reading, tokenize
from accord.news.resolve import Mention, find_mentions
from accord.news.types import ActorRef, Event, event_key

Person = tuple[str, str | None]
"""An actor's code and name: how a person found by surname alone is told in an event."""


def _resolved(actors: Sequence[ActorRef]) -> bool:
    return any(a.code for a in actors)


def lacks_actor(event: Event) -> bool:
    """Whether ``event`` has no resolved actor (none with a code) as its source or target."""
    return not _resolved(event.sources) or not _resolved(event.targets)


def surname_people(
    tokens: list[Token],
    text: str,
    when: dt.date | None,
    gaz: Gazetteer,
    home: str | None,
    mentions: Sequence[Mention] | None = None,
) -> tuple[list[Mention], frozenset[Person]]:
    """The mentions of the second reading of a sentence (the surname alone read,
    :func:`accord.news.gazetteer.surname_reading`), and the coded actors among them that the
    first reading (``mentions``, else worked out with ``gaz``) does not have: the people it
    names by surname alone. Empty for no date or where ``gaz`` already reads surnames."""
    if when is None or gaz.surname_alone:
        return [], frozenset()
    if mentions is None:
        mentions = find_mentions(tokens, text, when, gaz, bare=True, home=home)
    first = {(m.actor.code, m.actor.name) for m in mentions}
    again = find_mentions(tokens, text, when, surname_reading(gaz), bare=True, home=home)
    found = {(m.actor.code, m.actor.name) for m in again if m.actor.code} - first
    return again, frozenset(found)


def sentence_people(
    text: str, when: dt.date | None, gaz: Gazetteer, home: str | None
) -> frozenset[Person]:
    """:func:`surname_people`'s people of one sentence's text."""
    return surname_people(tokenize(text), text, when, gaz, home)[1]


def filled(
    events: list[Event], people: frozenset[Person], again: Callable[[], Sequence[Event]]
) -> list[Event]:
    """``events`` with each missing actor filled from the coder's second reading ``again()``
    (read only when an event lacks an actor and ``people`` is not empty): an event with no
    resolved source or target takes that slot of the event of ``again()`` with its id and
    type, when the slot holds one of ``people`` and the twin's slots agree with every slot the
    event resolved (their codes, in order). A filled event that then says what an event kept
    before it in its sentence says (:func:`accord.news.types.event_key`) is dropped, as both
    coders keep one event of a kind per sentence."""
    if not people or not any(lacks_actor(e) for e in events):
        return events
    twins: dict[str, Event] = {}
    for e in again():
        if e.id is not None:
            twins.setdefault(e.id, e)
    out: list[Event] = []
    kept: set[tuple[str | None, tuple[str, tuple[str, ...], tuple[str, ...]]]] = set()
    for event in events:
        twin = twins.get(event.id) if event.id is not None and lacks_actor(event) else None
        new = event if twin is None else _fill(event, twin, people)
        key = (new.sentence, event_key(new))
        if new is not event and key in kept:
            continue
        kept.add(key)
        out.append(new)
    return out


def _fill(event: Event, twin: Event, people: frozenset[Person]) -> Event:
    """``event`` with its unresolved slots taken from ``twin`` where they hold one of
    ``people``; ``event`` unchanged if ``twin`` has another type or differs in a slot that
    ``event`` resolved."""
    if twin.event_type != event.event_type:
        return event
    slots: dict[str, tuple[ActorRef, ...]] = {}
    for name in ("sources", "targets"):
        mine: tuple[ActorRef, ...] = getattr(event, name)
        theirs: tuple[ActorRef, ...] = getattr(twin, name)
        if _resolved(mine):
            if [a.code for a in mine] != [a.code for a in theirs]:
                return event
        elif any((a.code, a.name) in people for a in theirs):
            slots[name] = theirs
    if not slots:
        return event
    return replace(
        event,
        sources=slots.get("sources", event.sources),
        targets=slots.get("targets", event.targets),
    )
