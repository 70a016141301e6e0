"""Session 24 (s24-census3): sanctions or tariffs eased, said with a noun of easing ("the
removal of many of its tariffs", "issued sanctions relief"), are CAMEO 085 (PLOVER RETREAT
``ease``), as docs/event-coding.md says of sanctions lifted now and of tariffs removed
(``accord.news.coding._eased_by_noun``). Sentences of our own, not from any gold file."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _events(sentence: str) -> list[tuple[str, list[str], list[str]]]:
    """Type, sources and targets of every event the rules coder finds in ``sentence``."""
    return [
        (e.event_type, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in code_sentence(sentence, DATE)
    ]


@settings(max_examples=30, deadline=None)
@given(
    noun=st.sampled_from(["removal", "lifting", "easing", "elimination"]),
    between=st.sampled_from(["", "many of its ", "all of its retaliatory ", "the new "]),
    frame=st.sampled_from(
        [
            "Canada announced the {} of {}tariffs on Mexican goods on Friday.",
            "Canada confirmed the {} of {}sanctions on Mexico on Friday.",
        ]
    ),
)
def test_a_noun_of_easing_before_the_duty_eases_it(noun: str, between: str, frame: str) -> None:
    sentence = frame.format(noun, between)
    events = _events(sentence)
    assert ("RETREAT", ["CAN"], ["MEX"]) in events, (sentence, events)
    assert all(kind != "SANCTION" for kind, _, _ in events), (sentence, events)


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["issued", "granted", "announced", "provided", "gave"]))
def test_sanctions_relief_granted_eases_the_sanctions(verb: str) -> None:
    sentence = f"Peru {verb} an immediate sanctions relief for Chile on Monday."
    events = _events(sentence)
    assert ("RETREAT", ["PER"], ["CHL"]) in events, (sentence, events)
    assert all(kind != "SANCTION" for kind, _, _ in events), (sentence, events)


def test_relief_asked_for_or_promised_and_other_nouns_ease_nothing() -> None:
    for sentence in (
        "Chile demanded sanctions relief from Peru.",
        "Peru will issue sanctions relief for Chile.",
        "Peru announced the expulsion of the ambassador, and new tariffs on Chile.",
        "Peru announced the removal of the ambassador and new tariffs on Chile.",
    ):
        assert all(e.event_type != "RETREAT" for e in code_sentence(sentence, DATE)), sentence


@needs_nlp
def test_the_nlp_coder_reads_the_eased_duty_as_the_rules_coder_does() -> None:
    from accord.news.nlp.coder import NlpCoder

    text = "Canada announced the removal of many of its tariffs on Mexican goods on Friday."
    events = NlpCoder().code_sentence(text, DATE)
    assert [e.event_type for e in events if e.trigger == "tariffs"] == ["RETREAT"], events
    assert all(e.event_type != "SANCTION" for e in events), events
