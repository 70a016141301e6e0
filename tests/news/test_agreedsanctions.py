"""One party agreeing to ease, lift or exempt from sanctions, tariffs or an embargo is CONCEDE,
the party that gains the target (session 34, s34-agreedsanctions; docs/event-coding.md: "lifting
or easing promised or agreed is CONCEDE"; docs/validation-events/session-34-agreedsanctions.md):
``accord.news.coding._agreed_sanctions_relief``, which the nlp coder follows through the rules
coder's type on the same trigger. Two parties agreeing together, and other things agreed (a
release, talks), stay AGREE. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, str | None, list[str], list[str]]

CASES: list[tuple[str, Coded]] = [
    # the dictionary's pattern at the infinitive ("EASE * SANCTION", 085)
    (
        "Australia agreed to ease sanctions on Fiji after the election.",
        ("CONCEDE", None, ["AUS"], ["FJI"]),
    ),
    # the intent pattern at the infinitive ("to lift * SANCTION", 0354), after "agreed on"
    (
        "Brazil has agreed on a timetable to lift sanctions on Venezuela.",
        ("CONCEDE", None, ["BRA"], ["VEN"]),
    ),
    # exempting from tariffs: easing a measure on the party that gains
    (
        "South Korea has agreed to exempt Vietnam from its rice tariffs for a year.",
        ("CONCEDE", None, ["KOR"], ["VNM"]),
    ),
    # two parties agreeing together: a joint undertaking stays AGREE
    (
        "Chile and Peru agreed to ease sanctions on Bolivia.",
        ("AGREE", None, ["CHL", "PER"], ["BOL"]),
    ),
    # no sanction eased: AGREE as before (the other readings of s33-agreedto are left out)
    (
        "Kenya agreed to release the detained Ugandan opposition leader.",
        ("AGREE", None, ["KEN"], ["UGA"]),
    ),
    ("Chile agreed to hold talks with Peru next month.", ("AGREE", None, ["CHL"], ["PER"])),
]


def _first(events: list) -> Coded:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_agreed_sanctions_relief(text: str, expected: Coded) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nlp_agreed_sanctions_relief(text: str, expected: Coded) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE, None)) == expected
