"""Two more sources of a home for bare agents (session 20, s20-home): the state of the places a
sentence names (:func:`accord.news.resolve.sentence_home`) and the publisher's country-code
host (:func:`accord.news.home.host_country`).

Sentences, titles and addresses are our own, written for these tests.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.gazetteer import load, tokenize
from accord.news.home import REPURPOSED_DOMAINS, countries_in, home_country, host_country
from accord.news.locations import locate
from accord.news.resolve import find_mentions, names_place, sentence_home

ARREST = "The police arrested forty students outside the university on Monday."
LABELS = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=12)


@pytest.mark.parametrize(
    ("url", "state"),
    [
        ("https://www.monitor.co.ug/uganda/news/article-123", "UGA"),
        ("https://www.bta.bg/en/news/987", "BGR"),
        ("https://nation.africa.example.co.ke/x", "KEN"),
        ("https://www.independent.co.uk/world/x", "GBR"),  # "uk" is not GB's ISO code
        ("https://www.dawn.com.pk/news/1", "PAK"),
        ("https://www.example.com/x", None),  # generic
        ("https://example.news/x", None),
        ("https://europa.example.eu/x", None),  # of no state
        ("https://bit.ly/abc", None),  # re-purposed
        ("https://start.example.io/x", None),
        (None, None),
        ("not a url", None),
    ],
)
def test_host_country(url: str | None, state: str | None) -> None:
    assert host_country(url) == state


@settings(deadline=None)
@given(LABELS, st.sampled_from(sorted(REPURPOSED_DOMAINS)))
def test_repurposed_domains_name_no_state(label: str, domain: str) -> None:
    assert host_country(f"https://www.{label}.{domain}/a/b") is None


@settings(max_examples=30, deadline=None)
@given(LABELS, st.sampled_from(["ke", "ng", "pk", "za", "bg", "mv", "ua", "az"]))
def test_host_is_the_last_resort(label: str, domain: str) -> None:
    host = f"https://{label}.{domain}/"
    state = host_country(host)
    assert state is not None and len(state) == 3
    # the path, the title or the text names a state: the host is not read
    assert home_country(url=host + "world/peru-protests-grow") == "PER"
    assert home_country("Unrest in Peru", host) == "PER"
    assert home_country(None, host, "Lima, Peru - Police detained students.") == "PER"
    # two states in the title: no home, and the host does not break the tie
    assert home_country("Peru and Chile sign a deal", host) is None
    # nothing else names a state: the host's
    assert home_country(None, host + "2025/05/12/article", ARREST) == state


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
