"""Session 26 (s26-demonym): a demonym that modifies the noun of what or whom a violent or
coercive act is done to names the recipient's state: the subject of a passive
(``accord.news.coding._demonym_patient``) and a border post
(``accord.news.resolve._border_post``). Sentences of our own, not from any gold file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import _demonym_patient, code_sentence, find_triggers
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
# (demonym, its state, a country name, its state)
PAIRS = [
    ("Armenian", "ARM", "Azerbaijan", "AZE"),
    ("Peruvian", "PER", "Chile", "CHL"),
    ("Sudanese", "SDN", "Chad", "TCD"),
    ("Thai", "THA", "Cambodia", "KHM"),
]


def _first(sentence: str) -> tuple[str, list[str], list[str]]:
    """The type, sources and targets of the sentence's first event."""
    event = code_sentence(sentence, DATE)[0]
    return (
        event.event_type,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
    )


@settings(max_examples=30, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    verb=st.sampled_from(["was hit", "was struck", "was shelled", "was attacked"]),
    thing=st.sampled_from(["fuel depot", "river port of Tuman", "customs office"]),
)
def test_a_demonym_in_a_violent_passive_subject_names_the_recipient(
    pair: tuple[str, str, str, str], verb: str, thing: str
) -> None:
    demonym, victim, _name, _code = pair
    agent = "Tajik" if victim != "TJK" else "Kazakh"
    sentence = f"The {demonym} {thing} {verb} in an overnight {agent} drone attack."
    assert _first(sentence) == ("ASSAULT", ["TJK"], [victim]), sentence


@settings(max_examples=20, deadline=None)
@given(pair=st.sampled_from(PAIRS))
def test_a_demonym_in_a_passive_subject_with_a_by_agent(pair: tuple[str, str, str, str]) -> None:
    demonym, victim, name, code = pair
    sentence = f"The {demonym} river port of Tuman was shelled by {name} on Monday."
    assert _first(sentence) == ("ASSAULT", [code], [victim]), sentence


@settings(max_examples=20, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    verb=st.sampled_from(["was arrested", "was detained", "was apprehended"]),
)
def test_a_demonym_in_an_apposition_of_a_passive_subject_names_the_recipient(
    pair: tuple[str, str, str, str], verb: str
) -> None:
    demonym, victim, name, code = pair
    sentence = f"Meanwhile, Jon Qarz, a 31-year-old {demonym} national, {verb} in {name}."
    assert _first(sentence) == ("COERCE", [code], [victim]), sentence


def _patient(sentence: str, verb: str) -> str | None:
    """The state :func:`_demonym_patient` reads as the passive subject of ``verb``."""
    tokens = tokenize(sentence)
    mentions = find_mentions(tokens, sentence, DATE, load(), bare=True)
    trig = next(t for t in find_triggers(tokens) if tokens[t.start].key == verb)
    found = _demonym_patient(tokens, mentions, trig)
    return None if found is None else found.actor.code


def test_a_demonym_outside_the_passive_subject_is_not_read_as_it() -> None:
    assert _patient("The Armenian fuel depot was hit on Monday.", "HIT") == "ARM"
    for sentence in (
        "The man who attacked an Armenian fuel depot was arrested in Chile.",
        "Armenian officials and the fuel depot were attacked in Chile.",
        "Chile said the Armenian fuel depot, which burned, was hit on Monday.",
    ):
        verb = "ARRESTED" if "arrested" in sentence else "HIT"
        verb = "ATTACKED" if "attacked in" in sentence else verb
        assert _patient(sentence, verb) is None, sentence


@settings(max_examples=20, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    act=st.sampled_from(["launched an attack on", "attacked", "shelled"]),
    post=st.sampled_from(["border post", "border posts", "border checkpoint"]),
)
def test_a_demonym_before_a_border_post_names_the_recipient(
    pair: tuple[str, str, str, str], act: str, post: str
) -> None:
    demonym, victim, name, code = pair
    sentence = f"{name}'s troops {act} a {demonym} {post} on Sunday."
    assert _first(sentence) == ("ASSAULT", [code], [victim]), sentence


def test_a_border_and_a_post_near_it_stay_places() -> None:
    for sentence in (
        "Tajik troops attacked rebels near the Armenian border on Sunday.",
        "Tajik troops attacked rebels near an Armenian border post on Sunday.",
    ):
        assert "ARM" not in _first(sentence)[2], sentence


def _nlp_first(text: str, probs: dict[str, float]) -> tuple[str, list[str], list[str]]:
    """The nlp coder's first event of ``text``, with a type head held constant."""
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from tests.news.test_nlp_role_rules import _constant_head

    rules = replace(DEFAULT_RULES, learned_first=False)
    coder = NlpCoder(head=_constant_head(probs), rules=rules)
    event = coder.code_sentence(text, DATE)[0]
    return event.event_type, [a.code for a in event.sources], [a.code for a in event.targets]


@needs_nlp
def test_the_nlp_coder_takes_the_same_recipients() -> None:
    cases = [
        ("The Armenian fuel depot was hit in an overnight Tajik drone attack.", "ASSAULT"),
        ("Jon Qarz, a 31-year-old Peruvian national, was detained in Chile.", "COERCE"),
        ("Chad's troops attacked a Sudanese border post on Sunday.", "ASSAULT"),
    ]
    expected = [["TJK"], ["ARM"]], [["CHL"], ["PER"]], [["TCD"], ["SDN"]]
    for (text, kind), (sources, targets) in zip(cases, expected, strict=True):
        assert _nlp_first(text, {kind: 0.9}) == (kind, sources, targets), text
