"""Session 24 (s24-census3): a warning that states what is or was the case is a criticism
(CAMEO 111, PLOVER ACCUSE), a warning of what may or will come a threat (CAMEO 130)
(``accord.news.coding._warned_of_fact``). Sentences of our own, not from any gold file."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
STATES = [("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Peru", "PER"), ("Chile", "CHL")]


def _warning(sentence: str) -> tuple[str, list[str], list[str]]:
    """The type, sources and targets of the event whose trigger is the verb of warning."""
    event = next(e for e in code_sentence(sentence, DATE) if str(e.trigger).startswith("warn"))
    return (
        event.event_type,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
    )


@settings(max_examples=30, deadline=None)
@given(
    speaker=st.sampled_from(STATES),
    other=st.sampled_from(STATES),
    verb=st.sampled_from(["warned that", "warned", "warns that", "has warned that"]),
    stated=st.sampled_from(
        [
            "is stalling the talks on the border",
            "was stalling the talks on the border",
            "has broken its word on the border talks",
            "had stalled the talks for a year",
        ]
    ),
)
def test_a_warning_that_states_a_fact_is_a_criticism(
    speaker: tuple[str, str], other: tuple[str, str], verb: str, stated: str
) -> None:
    if speaker == other:
        return
    sentence = f"The foreign minister of {speaker[0]} {verb} {other[0]} {stated}."
    assert _warning(sentence) == ("ACCUSE", [speaker[1]], [other[1]])


def test_a_warning_whose_clause_opens_with_no_be_or_have_is_read_to_its_end() -> None:
    sentence = "Chile warned that Peru's patrols continue to cross the line near Tacna."
    assert _warning(sentence)[0] == "ACCUSE"


@settings(max_examples=30, deadline=None)
@given(
    verb=st.sampled_from(["warned that", "warned", "warns that"]),
    what=st.sampled_from(
        [
            "it would close the border crossings",
            "it will close the border crossings",
            "it could close the border crossings",
            "it won't tolerate the border incursions",
            "if the incursions go on, the crossings are closed",
            "it is ready to close the border crossings",
            "it is getting ready to close the border crossings",
            "those who were behind the incursions will be punished",
        ]
    ),
)
def test_a_warning_of_what_may_or_will_come_stays_a_threat(verb: str, what: str) -> None:
    sentence = f"Chile {verb} {what}."
    assert _warning(sentence)[0] == "THREATEN", sentence


def test_a_warning_of_or_against_something_stays_a_threat() -> None:
    for sentence in (
        "Chile warned of retaliatory measures against Peru.",
        "Chile warned Peru against any incursion, which is its right.",
        "Chile warned about the patrols that were crossing the line near Tacna.",
    ):
        assert _warning(sentence)[0] == "THREATEN", sentence


def _nlp_types(text: str, probs: dict[str, float]) -> dict[str, str]:
    """The nlp coder's event types of ``text`` by trigger, with a head held constant."""
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from tests.news.test_nlp_role_rules import _constant_head

    rules = replace(DEFAULT_RULES, learned_first=False)
    coder = NlpCoder(head=_constant_head(probs), rules=rules)
    return {str(e.trigger): e.event_type for e in coder.code_sentence(text, DATE)}


@needs_nlp
def test_the_nlp_coder_reads_a_stated_warning_as_the_rules_coder_does() -> None:
    for (speaker, _), (other, _) in itertools.pairwise(STATES):
        stated = f"{speaker} warned that {other} is stalling the talks on the border."
        future = f"{speaker} warned that {other} would pay for stalling the border talks."
        # whatever type the head gives the verb of warning, the rules coder's type decides
        for probs in ({"THREATEN": 0.9}, {"ACCUSE": 0.9}):
            assert _nlp_types(stated, probs).get("warned") == "ACCUSE", (stated, probs)
            assert _nlp_types(future, probs).get("warned") == "THREATEN", (future, probs)
