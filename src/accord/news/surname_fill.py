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

Session 29, s29-surname2 (docs/validation-events/session-29-surname2.md): a source that no
words of the sentence name (:func:`stood_in`: the state the rules coder gives a subject that
names no actor, the state of the verb's object, which the nlp coder takes too through its
``fallback_domestic_recipient``; the nlp coder's state of the place of an agentless act), or a
source that the twin reads as the verb's object (the object itself, taken as the source when
the subject named no actor), counts as unresolved when the twin's source holds a person found
by surname alone: the event then takes the twin's source and target (:func:`_fill`).
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


def stood_in(actors: Sequence[ActorRef]) -> bool:
    """Whether a coded actor of ``actors`` was named by no words (no ``text``): a source the
    coder did not read from the clause's subject but gave it (the rules coder's state of the
    verb's object for a subject that names no actor, ``coding.code_tokens`` with
    ``object_recipient``; the nlp coder's state of an agentless act's place)."""
    return any(a.code and a.text is None for a in actors)


def _codes(actors: Sequence[ActorRef]) -> list[str]:
    return [a.code for a in actors]


def lacks_actor(event: Event) -> bool:
    """Whether ``event`` has no resolved actor (none with a code) as its source or target, or
    a source that no words named (:func:`stood_in`), which a surname may yet fill."""
    return not _resolved(event.sources) or stood_in(event.sources) or not _resolved(event.targets)


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


def _subject_named(event: Event, twin: Event, people: frozenset[Person]) -> bool:
    """Whether the twin's source holds one of ``people`` where the event's source was not read
    from the clause's subject: it is :func:`stood_in` (the state of the verb's object), or
    its codes are all among the twin's targets' (the object itself, taken as the source when
    the subject named no actor)."""
    if not any((a.code, a.name) in people for a in twin.sources):
        return False
    mine = set(_codes(event.sources))
    return stood_in(event.sources) or (bool(mine) and mine <= set(_codes(twin.targets)))


def _fill(event: Event, twin: Event, people: frozenset[Person]) -> Event:
    """``event`` with its unresolved slots taken from ``twin`` where they hold one of
    ``people``; ``event`` unchanged if ``twin`` has another type or differs in a slot that
    ``event`` resolved. A source not read from the clause's subject (:func:`_subject_named`)
    is unresolved when the twin's source holds one of ``people``: the event takes the twin's
    source and target."""
    if twin.event_type != event.event_type:
        return event
    if _subject_named(event, twin, people):
        # s29-surname2: the coder's source was not its subject's (it named no actor); named
        # by surname, the subject is the source, and the target is the twin's (the verb's
        # object, that the event took as its source or as the source's state, or dropped as
        # the same actor), unless the event's resolved target says otherwise
        if _resolved(event.targets) and _codes(event.targets) != _codes(twin.targets):
            return event
        return replace(event, sources=twin.sources, targets=twin.targets)
    slots: dict[str, tuple[ActorRef, ...]] = {}
    for name in ("sources", "targets"):
        mine: tuple[ActorRef, ...] = getattr(event, name)
        theirs: tuple[ActorRef, ...] = getattr(twin, name)
        if _resolved(mine):
            if _codes(mine) != _codes(theirs):
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
