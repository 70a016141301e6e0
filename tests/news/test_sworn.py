"""A form of "swear" followed by the particle "in" or by "into office", and the noun
"swearing-in", report taking an office, an inauguration and no act of one actor toward
another: no event from that word in either coder (session 41, s41-sworn;
docs/validation-events/session-41-sworn.md; ``accord.news.coding.sworn_in``). A vow ("have
sworn to fight", "swore that ...") keeps the dictionary's reading. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

SWORN_IN = "Chile's new president Gabriel Boric was sworn in on Friday."
INTO_OFFICE = "Peru's president was sworn into office in Lima on Monday."
IN_AS = "Bolivia's president was sworn in as head of state in La Paz."
CEREMONY = "Chile's president attended the swearing-in ceremony of Peru's president."
TAKING_OFFICE = [SWORN_IN, INTO_OFFICE, IN_AS, CEREMONY]
BACKGROUND = (
    "Peruvian police fired tear gas at protesters near where Chile's president was being sworn in."
)
VOW = "Bolivian rebels have sworn to fight Peru until the border is open."
SWORE_THAT = "Peru swore that it would never give up the islands claimed by Chile."

Coded = tuple[str, str | None, list[str], list[str]]


def _codings(events: list) -> list[Coded]:  # type: ignore[type-arg]
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in events
    ]


@pytest.mark.parametrize("text", TAKING_OFFICE)
def test_rules_sworn_in_is_no_event(text: str) -> None:
    assert code_sentence(text, DATE) == []


def test_rules_sworn_in_beside_another_event_keeps_only_that_event() -> None:
    assert _codings(code_sentence(BACKGROUND, DATE)) == [
        ("ASSAULT", "pro_autocracy", ["PER"], ["CHL"])
    ]


def test_rules_a_vow_keeps_the_dictionary_reading() -> None:
    assert _codings(code_sentence(VOW, DATE)) == [
        ("ACCUSE", "disapprove", ["BOL"], ["PER"]),
        ("ASSAULT", None, ["BOL"], ["PER"]),
    ]
    assert _codings(code_sentence(SWORE_THAT, DATE))[0] == (
        "ACCUSE",
        "disapprove",
        ["PER"],
        ["CHL"],
    )


@needs_nlp
@pytest.mark.parametrize("text", TAKING_OFFICE)
def test_nlp_sworn_in_is_no_event(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(text, DATE, None) == []


@needs_nlp
def test_nlp_sworn_in_beside_another_event_keeps_only_that_event() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(BACKGROUND, DATE, None)
    assert _codings(events) == [("ASSAULT", None, ["PER"], ["CHL"])]


@needs_nlp
def test_nlp_a_vow_keeps_the_dictionary_reading() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    assert _codings(coder.code_sentence(VOW, DATE, None)) == [
        ("ACCUSE", "disapprove", ["BOL"], ["PER"])
    ]
    assert _codings(coder.code_sentence(SWORE_THAT, DATE, None)) == [
        ("ACCUSE", "disapprove", ["PER"], ["CHL"])
    ]
