"""The places a sentence names as the home of its bare agents (session 20, s20-home, candidate
P, not adopted: docs/validation-events/session-20-home.md).

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.gazetteer import load, tokenize
from accord.news.home import countries_in
from accord.news.locations import locate
from accord.news.resolve import find_mentions, names_place, sentence_home

ARREST = "The police arrested forty students outside the university on Monday."


def _mentions(sentence: str, home: str | None = None):  # type: ignore[no-untyped-def]
    tokens = tokenize(sentence)
    return tokens, find_mentions(tokens, sentence, None, load(), bare=True, home=home)


CAPITALS = ["Nairobi", "Kampala", "Bamako", "Lima", "Dhaka", "Tbilisi", "Harare", "Male"]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CAPITALS), st.sampled_from(["In", "Near", "In the capital", "Outside"]))
def test_the_place_is_the_sentences_home(capital: str, before: str) -> None:
    [state] = countries_in(capital)
    # the place opens the sentence: no agent has it as its own location phrase
    sentence = f"{before} {capital}, police arrested forty students on Monday."
    tokens, mentions = _mentions(sentence)
    assert sentence_home(tokens, mentions) == state
    agents = [m for m in mentions if not names_place(tokens, m)]
    assert [m.actor.role for m in agents] == ["COP", "EDU"]
    assert all(m.actor.code == state and m.bare for m in agents)  # no country of their own
    assert locate(tokens, mentions) is not None  # the place is still the event's location
    # the place wins over the document's home, as any country the sentence gives does
    assert _mentions(sentence, home="TCD")[1] == mentions


@pytest.mark.parametrize(
    "sentence",
    [
        # two states: no single home
        "In Nairobi and in Kampala, police arrested forty students on Monday.",
        # a coded actor that is no place: its state decides elsewhere (the coders' own rules)
        "In Kampala, Kenyan police arrested forty students on Monday.",
        "In Kampala, police arrested forty students from Kenya on Monday.",
        # no place at all
        ARREST,
    ],
)
def test_no_home_from_places(sentence: str) -> None:
    tokens, mentions = _mentions(sentence)
    assert sentence_home(tokens, mentions) is None


def test_no_bare_agent_no_sentence_home() -> None:
    tokens, mentions = _mentions("Talks were held in Nairobi on Monday.")
    assert [m.actor.code for m in mentions] == ["KEN"]
    assert names_place(tokens, mentions[0])
    assert sentence_home(tokens, mentions) is None
