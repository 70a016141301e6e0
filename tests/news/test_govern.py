"""The forms of "govern", "rule" and "administer" read by their dictionary sense alone (CAMEO
OVERSEE_MANAGE, 060) name holding a territory, an office or an institution, a state and no act:
no event in either coder (session 40, s40-govern; docs/validation-events/session-40-govern.md;
``accord.news.coding.holding_control``). A court's ruling keeps the dictionary's default
(``accord.news.coding.court_ruling``), and a pattern of the word's own ("ruled out", "ruled in
favour of") keeps its code. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

GOVERNS = "Chile governs the islands off the coast of Peru."
GOVERNED = "The Chilean army has governed the disputed province since 1990."
GOVERNING = "Peru is governing the region through a military council."
RULED = "The party that has ruled Peru since 2001 lost the vote."
RULES = "Chile rules the islands as an overseas territory."
ADMINISTERS = "Chile administers the Easter Island territory claimed by Peru."
ADMINISTERING = "Chile was administering the port on behalf of Bolivia."
HOLDING = [GOVERNS, GOVERNED, GOVERNING, RULED, RULES, ADMINISTERS, ADMINISTERING]
RULE_NOUN = "Peru protested decades of Chilean rule over Arica."
ADMINISTERED = "The islands, administered by Chile since 1888, are claimed by Peru."
COURT = "Peru's Supreme Court ruled that the Chilean company must leave the country."
RULED_OUT = "Peru ruled out talks with Chile."
IN_FAVOUR = "The ICJ ruled in favour of Peru in its dispute with Chile."

Coded = tuple[str, str | None, list[str], list[str]]


def _codings(events: list) -> list[Coded]:  # type: ignore[type-arg]
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in events
    ]


@pytest.mark.parametrize("text", HOLDING)
def test_rules_holding_is_no_event(text: str) -> None:
    assert code_sentence(text, DATE) == []


def test_rules_holding_leaves_the_other_verb() -> None:
    assert _codings(code_sentence(RULE_NOUN, DATE)) == [("PROTEST", None, ["PER"], ["CHL"])]
    assert _codings(code_sentence(ADMINISTERED, DATE)) == [
        ("ACCUSE", "disapprove", ["PER"], ["CHL"])
    ]


def test_rules_court_ruling_and_patterns_keep_their_code() -> None:
    assert _codings(code_sentence(COURT, DATE))[0] == ("COOPERATE", None, ["PER"], ["CHL"])
    assert [e.trigger for e in code_sentence(COURT, DATE)] == ["ruled", "leave"]
    assert _codings(code_sentence(RULED_OUT, DATE)) == [("REJECT", "meet", ["PER"], ["CHL"])]
    assert _codings(code_sentence(IN_FAVOUR, DATE)) == [("SUPPORT", None, ["ICJ"], ["PER"])]


@needs_nlp
@pytest.mark.parametrize("text", HOLDING)
def test_nlp_holding_is_no_event(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(text, DATE, None) == []


@needs_nlp
def test_nlp_holding_leaves_the_other_verb() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    assert _codings(coder.code_sentence(RULE_NOUN, DATE, None)) == [
        ("PROTEST", None, ["PER"], ["CHL"])
    ]
    assert _codings(coder.code_sentence(ADMINISTERED, DATE, None)) == [
        ("ACCUSE", "disapprove", ["PER"], ["CHL"])
    ]


@needs_nlp
def test_nlp_court_ruling_and_patterns_keep_their_code() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    court = coder.code_sentence(COURT, DATE, None)
    assert [e.trigger for e in court] == ["leave", "ruled"]
    assert _codings(court)[1] == ("COOPERATE", None, ["PER"], ["CHL"])
    assert _codings(coder.code_sentence(RULED_OUT, DATE, None)) == [
        ("REJECT", None, ["PER"], ["CHL"])
    ]
    assert _codings(coder.code_sentence(IN_FAVOUR, DATE, None)) == [
        ("SUPPORT", None, ["ICJ"], ["PER"])
    ]
