"""People freed or released are released (session 35, s35-freed): CAMEO 0841 "return, release
person(s)", PLOVER RETREAT ``release`` (the PLOVER 2.0 manual, 3.4.2: "the actual release or
exchange of prisoners should be coded as RETREAT"; docs/event-coding.md, "Gold conventions"),
not the RELEASE block's default 080 (CONCEDE). The rules coder retypes "freed" with people as
its object or passive subject (``accord.news.coding._freed_people``) and gives people freed or
released in the passive an expulsion's roles (``_freed_passive``, read by
``_expulsion_roles``); the nlp coder takes the type through ``rules_type_same_trigger`` and
borrows the passive's roles. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, rules mode, source, target), all RETREAT: one per construction
FREED = [
    # people as the object of "freed": a demonym in the plural
    ("Chile has freed 12 Peruvians in exchange for two Chilean sailors.", "release", "CHL", "PER"),
    # a word of people held as the object
    ("Chile has freed nearly 300 Peruvian detainees, officials said.", "release", "CHL", "PER"),
    # the passive, the state they are freed from named: that state releases them
    ("Another Peruvian was freed from Chile on Tuesday.", "release", "CHL", "PER"),
    # the passive of "released" (CAMEO 084, no mode), people as its subject
    ("Officials said the Peruvians had been released from Chile.", None, "CHL", "PER"),
]


def _first(events: Sequence[Event]) -> tuple[str, list[str], list[str]]:
    event = events[0]
    return (
        event.event_type,
        sorted(a.code for a in event.sources),
        sorted(a.code for a in event.targets),
    )


@pytest.mark.parametrize("text, mode, source, target", FREED)
def test_rules_people_freed_are_released(
    text: str, mode: str | None, source: str, target: str
) -> None:
    events = code_sentence(text, DATE)
    assert _first(events) == ("RETREAT", [source], [target])
    assert events[0].mode == mode


def test_rules_what_is_not_people_freed_keeps_its_reading() -> None:
    # a thing freed, an adjective, a request to free: not retyped
    assert code_sentence("Chile freed the funds for Peru.", DATE)[0].mode == "ease"
    vote = code_sentence("Observers said the vote in Chile was neither free nor fair.", DATE)
    assert not any(e.mode == "release" for e in vote)
    asked = code_sentence("Peru is urging Chile to free a Peruvian writer.", DATE)
    assert not any(e.mode == "release" for e in asked)
    # a promise is no release yet: since session 36 (s36-promised, tests/news/test_promised.py)
    # it is CONCEDE, as docs/event-coding.md's "Property handed back" codes a promised release
    promised = code_sentence("Chile will free 20 Peruvian prisoners next week.", DATE)
    assert promised[0].event_type == "CONCEDE"


@needs_nlp
@pytest.mark.parametrize("text, mode, source, target", FREED)
def test_nlp_people_freed_are_released(
    text: str, mode: str | None, source: str, target: str
) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("RETREAT", [source], [target])
