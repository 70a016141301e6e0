"""No cooperation of an actor with itself (session 45, s45-selfpair, a part (5)(b) removal:
docs/validation-events/session-45-selfpair.md). A COOPERATE event whose every recipient has a
source's code ("Ghana's cabinet tasked the army": GHA -> GHA) is dropped by the rules coder
(``accord.news.coding.cooperates_with_itself``, called in ``code_tokens``); the nlp coder
borrows the rules coder's events and no longer gets it. A cooperation between two states stays.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder
from accord.news.coding import code_sentence, cooperates_with_itself
from accord.news.types import ActorRef
from tests.news.test_armsale import Coded, _first, needs_nlp  # one reading helper, not a copy

DATE = dt.date(2025, 11, 14)

# a state directing or tasking its own agents: no event of either coder
OWN = [
    "Ghana's cabinet tasked the army with rebuilding the bridges destroyed by the floods.",
    "Peru's interior ministry directed the national police to reopen the highway.",
]

# cooperation between two states: kept (type, mode, sources, targets)
OTHERS: list[tuple[str, Coded]] = [
    ("Ghana's army held joint exercises with Togo.", ("COOPERATE", None, ["GHA"], ["TGO"])),
]


@pytest.mark.parametrize("text", OWN)
def test_a_cooperation_of_a_state_with_itself_is_no_event_in_the_rules_coder(text: str) -> None:
    assert code_sentence(text, DATE) == []


@needs_nlp
@pytest.mark.parametrize("text", OWN)
def test_a_cooperation_of_a_state_with_itself_is_no_event_in_the_nlp_coder(text: str) -> None:
    assert get_coder("nlp", strict=True).coder.code_sentence(text, DATE, None) == []


def test_the_rules_coder_keeps_the_other_events_of_the_sentence() -> None:
    events = code_sentence("Kenya's cabinet directed the army to help clear the roads.", DATE)
    assert [(e.event_type, [a.code for a in e.sources]) for e in events] == [("CONCEDE", ["KEN"])]


@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_a_cooperation_between_two_states_stays_in_the_rules_coder(
    text: str, expected: Coded
) -> None:
    assert _first(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_a_cooperation_between_two_states_stays_in_the_nlp_coder(
    text: str, expected: Coded
) -> None:
    assert _first(text, "nlp") == expected


def test_every_recipient_must_have_a_sources_code() -> None:
    ghana, army = ActorRef("GHA", "GOV", None, "cabinet"), ActorRef("GHA", "MIL", None, "army")
    togo = ActorRef("TGO", None, None, "Togo")
    assert cooperates_with_itself((ghana,), (army,))
    assert not cooperates_with_itself((ghana,), (army, togo))
    assert not cooperates_with_itself((ghana,), ())


def test_a_passive_cooperation_of_a_state_with_itself_is_no_event_in_the_rules_coder() -> None:
    # tests/news/test_coding.py's passive "led by" (s23-led) takes an agent of another state
    assert code_sentence("Chile's cabinet was led by Gabriel Boric.", DATE) == []
    led = code_sentence("Chile's cabinet was led by Javier Milei.", DATE)
    assert [(e.event_type, [a.code for a in e.sources]) for e in led] == [("COOPERATE", ["ARG"])]
