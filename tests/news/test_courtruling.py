"""A court's ruling (a form of "rule" with a word of a court or its judges among the six tokens
before it, or "that" right after it) read by the dictionary's OVERSEE_MANAGE default alone (060,
PLOVER COOPERATE) is no event in either coder (session 41, s41-courtruling;
docs/validation-events/session-41-courtruling.md; ``accord.news.coding.court_ruling_default``).
What the court decides keeps its own verb's event, and the word's own patterns ("ruled out",
"ruled in favour of") and "the ruling party" keep their code. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

COURT_THAT = "Peru's Supreme Court ruled that the Chilean company must leave the country."
COURT_NOUN = "Peru awaits a Constitutional Court ruling on the treaty with Chile."
ICJ = "The ICJ ruled in 2014 that the maritime border with Chile runs south-west."
THAT = "Chile's government ruled that Peruvian trucks may not cross the border."
REJECTED = "Chile rejected a Peruvian court's ruling on the disputed border."
PARTY = "Peru's ruling party accused Chile of spying."
RULED_OUT = "Peru ruled out talks with Chile."
IN_FAVOUR = "The ICJ ruled in favour of Peru in its dispute with Chile."
NO_EVENT = [COURT_NOUN, ICJ, THAT]

Coded = tuple[str, str | None, list[str], list[str]]


def _codings(events: list) -> list[Coded]:  # type: ignore[type-arg]
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in events
    ]


@pytest.mark.parametrize("text", NO_EVENT)
def test_rules_court_ruling_is_no_event(text: str) -> None:
    assert code_sentence(text, DATE) == []


def test_rules_court_ruling_leaves_what_it_decides() -> None:
    events = code_sentence(COURT_THAT, DATE)
    assert [e.trigger for e in events] == ["leave"]
    assert _codings(events) == [("REQUEST", None, ["PER"], ["CHL"])]


def test_rules_patterns_and_other_readings_keep_their_code() -> None:
    assert _codings(code_sentence(REJECTED, DATE)) == [("REJECT", None, ["CHL"], ["PER"])]
    assert _codings(code_sentence(PARTY, DATE)) == [("ACCUSE", "disapprove", ["PER"], ["CHL"])]
    assert _codings(code_sentence(RULED_OUT, DATE)) == [("REJECT", "meet", ["PER"], ["CHL"])]
    assert _codings(code_sentence(IN_FAVOUR, DATE)) == [("SUPPORT", None, ["ICJ"], ["PER"])]


@needs_nlp
@pytest.mark.parametrize("text", NO_EVENT)
def test_nlp_court_ruling_is_no_event(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(text, DATE, None) == []


@needs_nlp
def test_nlp_court_ruling_leaves_what_it_decides() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(COURT_THAT, DATE, None)
    assert [e.trigger for e in events] == ["leave"]
    assert _codings(events) == [("REQUEST", None, ["CHL"], [])]


@needs_nlp
def test_nlp_patterns_and_other_readings_keep_their_code() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    assert _codings(coder.code_sentence(REJECTED, DATE, None)) == [
        ("REJECT", None, ["CHL"], ["PER"])
    ]
    assert _codings(coder.code_sentence(PARTY, DATE, None)) == [
        ("ACCUSE", "disapprove", ["PER"], ["CHL"])
    ]
    assert _codings(coder.code_sentence(RULED_OUT, DATE, None)) == [
        ("REJECT", None, ["PER"], ["CHL"])
    ]
    assert _codings(coder.code_sentence(IN_FAVOUR, DATE, None)) == [
        ("SUPPORT", None, ["ICJ"], ["PER"])
    ]
