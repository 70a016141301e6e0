"""Exploration variant (s11-dyads): the sector test of "different actors", before it was put
in ``accord.news.nlp.coder``. A mention with no role (a state's name, capital or demonym)
stands for the state: it is another actor than a mention of the same country whose role is
outside the state's own sectors (``STATE_ROLES``: government, military, police, intelligence,
courts, legislature). Extra arguments (the branch's ``_same`` takes the gazetteer and the
sentence's bare mentions) are ignored."""

from __future__ import annotations

from accord.news.nlp.coder import STATE_ROLES
from accord.news.types import ActorRef


def different(a: ActorRef, b: ActorRef) -> bool:
    """Two mentions of one country that name different actors by their sector."""
    if a.role and b.role:
        return a.role != b.role
    role = a.role or b.role
    return bool(role) and role not in STATE_ROLES


def same(a: ActorRef, b: ActorRef, *_: object) -> bool:
    """``_same`` with the sector test: names that differ still tell actors apart."""
    if a.code != b.code:
        return False
    if a.name and b.name and a.name != b.name:
        return False
    return not different(a, b)


def strict_same(a: ActorRef, b: ActorRef, *_: object) -> bool:
    """``_self`` with the sector test."""
    return a.code == b.code and not different(a, b)


# Second exploration (after reading the first's changes): a mention with no role is the people
# when its words are a demonym ("Albanians", "Palestinian"), else the state; the state's own
# sectors are one side, every other sector its own side; UNK tells nothing.


def side(a: ActorRef) -> str | None:
    """The side a mention stands for in a domestic dyad, or None when it tells nothing."""
    from accord.news.gazetteer import load, tokenize

    if a.role == "UNK":
        return None
    if a.role:
        return "STATE" if a.role in STATE_ROLES else a.role
    words = tuple(t.key for t in tokenize(a.text or ""))
    return "CVL" if words in load().demonyms else "STATE"


def different2(a: ActorRef, b: ActorRef) -> bool:
    """Different actors of one country: roles both given and different (as before), or
    sides both known and different."""
    if a.role and b.role and a.role != b.role:
        return True
    sa, sb = side(a), side(b)
    return sa is not None and sb is not None and sa != sb


def same2(a: ActorRef, b: ActorRef, *_: object) -> bool:
    if a.code != b.code:
        return False
    if a.name and b.name and a.name != b.name:
        return False
    return not different2(a, b)


def strict_same2(a: ActorRef, b: ActorRef, *_: object) -> bool:
    return a.code == b.code and not different2(a, b)
