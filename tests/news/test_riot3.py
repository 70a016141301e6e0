"""s38-riot3: a crowd as the subject of a relative clause's violent or forcing verb is PROTEST
``riot`` (CAMEO 145) in both coders, never in a passive
(docs/validation-events/session-38-riot3.md).

Sentences of our own, each coded by both coders (type, mode, source, target).
"""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder
from accord.news.coding import code_sentence
from accord.news.types import Event

DATE = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def nlp_coder():  # type: ignore[no-untyped-def]
    pytest.importorskip("spacy")
    return get_coder("nlp", strict=True).coder


def _codes(event: Event) -> tuple[str, str | None, list[str], list[str]]:
    return (
        event.event_type,
        event.mode,
        sorted(a.code for a in event.sources),
        sorted(a.code for a in event.targets),
    )


# a relative clause's second verb, joined by "and" to its first, with a crowd in numbers
TORCHED = (
    "The governor met 300 villagers who had occupied the mine and torched its offices in Dhaka,"
    " Bangladesh."
)
# the riot shares its type and actors with the crowd's gathering, the clause's first verb
THROWN = (
    "Those detained in Lusaka, Zambia, were among 150 people who had gathered outside the"
    " courthouse and thrown stones at police officers."
)
# a passive relative clause: the crowd is acted on
BEATEN = "Hospitals in Dhaka, Bangladesh, treated dozens of protesters who were beaten by police."
# an armed group heads the relative clause: no crowd
REBELS = (
    "The army deployed troops against rebels who had seized the town and attacked a police"
    " station in Mali."
)


def test_rules_relative_riot() -> None:
    events = code_sentence(TORCHED, DATE)
    riots = [_codes(e) for e in events if e.trigger == "torched"]
    assert riots == [("PROTEST", "riot", ["BGD"], ["BGD"])]


def test_nlp_relative_riot(nlp_coder) -> None:  # type: ignore[no-untyped-def]
    events = nlp_coder.code_sentence(TORCHED, DATE, None)
    assert _codes(events[0]) == ("PROTEST", "riot", ["BGD"], ["BGD"])


def test_rules_relative_riot_under_gathering() -> None:
    events = code_sentence(THROWN, DATE)
    assert [_codes(e) for e in events] == [("PROTEST", "demo", ["ZMB"], ["ZMB"])]


def test_nlp_relative_riot_under_gathering(nlp_coder) -> None:  # type: ignore[no-untyped-def]
    events = nlp_coder.code_sentence(THROWN, DATE, None)
    assert _codes(events[0]) == ("PROTEST", "demo", ["ZMB"], ["ZMB"])


def test_passive_relative_no_riot(nlp_coder) -> None:  # type: ignore[no-untyped-def]
    assert _codes(code_sentence(BEATEN, DATE)[0]) == ("ASSAULT", "beat", ["BGD"], ["BGD"])
    events = nlp_coder.code_sentence(BEATEN, DATE, None)
    assert _codes(events[0]) == ("ASSAULT", "beat", ["BGD"], ["BGD"])


def test_armed_relative_no_riot() -> None:
    events = code_sentence(REBELS, DATE)
    attacked = [_codes(e)[0] for e in events if e.trigger == "attacked"]
    assert attacked == ["ASSAULT"]
