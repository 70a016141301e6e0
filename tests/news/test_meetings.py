"""The PLOVER meeting convention (manual 2.4.2, 3.2.2) in both coders (issue 14, item 1).

Sentences are our own, not from any gold file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.gazetteer import tokenize
from accord.news.meetings import Place, meeting_place, meeting_roles
from accord.news.resolve import find_mentions
from accord.news.types import ActorRef, Event

DATE = dt.date(2025, 3, 1)
USA, RUS, FRA = ActorRef("USA"), ActorRef("RUS"), ActorRef("FRA")

# (sentence, sources, targets): one per case of the convention
CASES = [
    # no host: all participants are the actor, no recipient
    ("Rubio spoke by phone with Lavrov on Friday.", ["RUS", "USA"], []),
    ("Macron met Putin in Beijing on Friday.", ["FRA", "RUS"], []),
    # one side hosts: the visitor is the actor, the host the recipient
    ("Starmer hosted Zelensky in London on Friday.", ["UKR"], ["GBR"]),
    ("Merz met Macron in Paris on Friday.", ["DEU"], ["FRA"]),
    ("Macron visited Warsaw on Friday.", ["FRA"], ["POL"]),
]


def _roles(events: list[Event]) -> tuple[list[str], list[str]]:
    assert events and events[0].event_type == "CONSULT"
    return sorted(a.code for a in events[0].sources), sorted(a.code for a in events[0].targets)


@pytest.mark.parametrize(("text", "sources", "targets"), CASES)
def test_rules_coder_follows_the_meeting_convention(
    text: str, sources: list[str], targets: list[str]
) -> None:
    assert _roles(code_sentence(text, DATE)) == (sources, targets)


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
@pytest.mark.parametrize(("text", "sources", "targets"), CASES)
def test_nlp_coder_follows_the_meeting_convention(
    text: str, sources: list[str], targets: list[str]
) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = [e for e in NlpCoder().code_sentence(text, DATE) if e.event_type == "CONSULT"]
    assert _roles(events) == (sources, targets)


def test_mediation_and_summons_keep_their_roles() -> None:
    for trigger in ("mediated", "summoned"):
        assert meeting_roles("CONSULT", trigger, (FRA,), (RUS,)) == ((FRA,), (RUS,))


def test_other_types_are_unchanged() -> None:
    assert meeting_roles("AGREE", "met", (USA,), (RUS,)) == ((USA,), (RUS,))


def test_the_place_itself_is_no_participant() -> None:
    istanbul = ActorRef("TUR", None, None, "Istanbul")
    place = Place("TUR", "Istanbul")
    assert meeting_roles("CONSULT", "met", (RUS,), (istanbul,), place) == ((RUS,), ())
    kyiv_host = ActorRef("UKR", "GOV", "Volodymyr Zelensky", "Zelensky")
    assert meeting_roles("CONSULT", "met", (USA,), (kyiv_host,), Place("UKR", "Kyiv")) == (
        (USA,),
        (kyiv_host,),
    )


def test_the_place_of_a_meeting_admits_seats_of_government() -> None:
    text = "Macron met Trump at the White House."
    tokens = tokenize(text)
    assert meeting_place(tokens, find_mentions(tokens, text, DATE, bare=True)).code == "USA"


actors = st.lists(st.sampled_from(["USA", "RUS", "FRA", "UKR"]), max_size=3).map(
    lambda codes: tuple(ActorRef(c) for c in codes)
)


@given(
    sources=actors.filter(bool),
    targets=actors,
    trigger=st.sampled_from(["met", "hosted", "visited", "talks", "spoke"]),
    place=st.sampled_from([Place(), Place("USA"), Place("RUS"), Place("DEU")]),
)
def test_the_convention_neither_adds_nor_drops_a_participant(
    sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...], trigger: str, place: Place
) -> None:
    new_sources, new_targets = meeting_roles("CONSULT", trigger, sources, targets, place)
    assert {a.code for a in (*new_sources, *new_targets)} == {a.code for a in (*sources, *targets)}
    assert new_sources  # a meeting always has an actor
