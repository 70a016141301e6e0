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
from accord.news.meetings import Place, hosted_roles, meeting_place, meeting_roles, welcome_visit
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


# s34-welcomed: a host welcoming a visitor is a visit received, CONSULT visitor -> host, one
# sentence of our own per construction (type, mode, sources, targets); a welcomed thing stays
# SUPPORT host -> its owner
WELCOMES = [
    # a named official as object
    (
        "French President Emmanuel Macron warmly welcomed Kenyan President William Ruto to Paris.",
        ("CONSULT", "visit", ["KEN"], ["FRA"]),
    ),
    # a state's possessive before a title
    (
        "Japanese Prime Minister Shigeru Ishiba welcomed Vietnam's Prime Minister Pham Minh Chinh"
        " and his delegation.",
        ("CONSULT", "visit", ["VNM"], ["JPN"]),
    ),
    # a delegation
    (
        "Chancellor Friedrich Merz welcomed the Polish delegation at the chancellery on Tuesday.",
        ("CONSULT", "visit", ["POL"], ["DEU"]),
    ),
    # things welcomed: a decision, a person's statement
    (
        "Chancellor Friedrich Merz welcomed the Polish decision on Tuesday.",
        ("SUPPORT", None, ["DEU"], ["POL"]),
    ),
    (
        "French President Emmanuel Macron welcomed President William Ruto's statement on Monday.",
        ("SUPPORT", None, ["FRA"], ["KEN"]),
    ),
]


# s35-welcomed: one more sentence of our own per construction, both coders (type, mode, sources,
# targets), written in session 35 for the returning candidate
WELCOMES += [
    # a named official with a role, "-ly" adverb before the object
    (
        "Spanish Prime Minister Pedro Sanchez warmly welcomed Brazilian President Luiz Inacio"
        " Lula da Silva to Madrid.",
        ("CONSULT", "visit", ["BRA"], ["ESP"]),
    ),
    # a state's possessive before a title
    (
        "Kenyan President William Ruto welcomed Ghana's Foreign Minister and her delegation in"
        " Nairobi.",
        ("CONSULT", "visit", ["GHA"], ["KEN"]),
    ),
    # a mention that ends in a delegation, and one that ends in a title
    (
        "Polish President Andrzej Duda welcomed the Ukrainian delegation in Warsaw on Monday.",
        ("CONSULT", "visit", ["UKR"], ["POL"]),
    ),
    (
        "Indonesian President Prabowo Subianto personally welcomed the Turkish President at the"
        " palace.",
        ("CONSULT", "visit", ["TUR"], ["IDN"]),
    ),
    # things welcomed: a state's possessive before a decision, an adjective before a proposal,
    # an object that is no actor (talks)
    (
        "Spanish Prime Minister Pedro Sanchez welcomed Brazil's decision on Monday.",
        ("SUPPORT", None, ["ESP"], ["BRA"]),
    ),
    (
        "Polish President Andrzej Duda welcomed the Ukrainian proposal on Monday.",
        ("SUPPORT", None, ["POL"], ["UKR"]),
    ),
    (
        "Kenyan President William Ruto welcomed talks between Ghana and Nigeria on Monday.",
        ("SUPPORT", None, ["KEN"], ["GHA", "NGA"]),
    ),
]


def _first(events: list[Event]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    codes = sorted({a.code for a in e.sources}), sorted({a.code for a in e.targets})
    return e.event_type, e.mode, *codes


@pytest.mark.parametrize(("text", "expected"), WELCOMES)
def test_rules_coder_reads_a_welcomed_visitor_as_a_visit(
    text: str, expected: tuple[str, str | None, list[str], list[str]]
) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
@pytest.mark.parametrize(("text", "expected"), WELCOMES)
def test_nlp_coder_reads_a_welcomed_visitor_as_a_visit(
    text: str, expected: tuple[str, str | None, list[str], list[str]]
) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE)) == expected


def test_a_welcome_keeps_other_events_to_the_meeting_convention() -> None:
    text = "Rubio welcomed the decision."
    tokens = tokenize(text)
    mentions = find_mentions(tokens, text, DATE, bare=True)
    welcome = (tokens, mentions, 1)
    assert not welcome_visit("SUPPORT", (USA,), (RUS,), *welcome)
    assert hosted_roles("CONSULT", None, "met", (USA,), (RUS,), Place(), welcome) == (
        "CONSULT",
        None,
        (USA, RUS),
        (),
    )
