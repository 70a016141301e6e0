"""``RoleRules.statement_not_accuse`` (session 26, s26-accuse): a verb of saying that the head
types ACCUSE and whose reported clause judges no wrong-doing is a statement, which codes
nothing (docs/event-coding.md: "CAMEO 01 (statements) codes nothing"; a verb of saying is
ACCUSE when "its reported clause judges an act harmful or wrong"). Sentences of our own; the
head is held constant so that the rule is tested whatever the trained head makes of them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from tests.news.test_nlp_role_rules import _constant_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
# (name in the sentence, code): states the gazetteer names by their plain English name
STATES = [("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Georgia", "GEO"), ("Peru", "PER")]
STATES += [("Chile", "CHL"), ("Serbia", "SRB"), ("Sudan", "SDN"), ("Chad", "TCD")]


def _coded(text: str, on: bool, probs: dict[str, float]) -> dict[str, str]:
    """The type of each event of ``text``, by its trigger."""
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    rules = replace(DEFAULT_RULES, learned_first=False, statement_not_accuse=on)
    coder = NlpCoder(head=_constant_head(probs), rules=rules)
    return {str(e.trigger): e.event_type for e in coder.code_sentence(text, DATE)}


@needs_nlp
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(STATES),
    st.sampled_from(["said", "stated", "noted", "told reporters"]),
    st.sampled_from(
        [
            "the exercise had been planned for months",
            "the talks had been postponed until May",
            "the new terminal would open in the spring",
        ]
    ),
)
def test_a_statement_that_judges_nothing_is_no_accusation(
    speaker: tuple[str, str], verb: str, clause: str
) -> None:
    # the reported clause names no actor, so that the verb of saying is the one candidate
    text = f"{speaker[0]} {verb} that {clause}."
    trigger = verb.split()[0]
    assert _coded(text, False, {"ACCUSE": 0.9}).get(trigger) == "ACCUSE", text
    assert trigger not in _coded(text, True, {"ACCUSE": 0.9}), text


@needs_nlp
def test_a_statement_that_judges_wrong_doing_stays_an_accusation() -> None:
    for text in (
        "Armenia said Azerbaijan's drills were a grave provocation.",
        "Chile claimed that Peru broke the ceasefire on Sunday.",
        "Serbia said the raids posed a direct threat to its villages.",
        # the rules coder reads an accusation inside what is said ("accused", CAMEO 112)
        "Chad said that a few of the soldiers had been wounded and accused Sudan of aggression.",
    ):
        on = _coded(text, True, {"ACCUSE": 0.9})
        assert "ACCUSE" in on.values(), (text, on)
        assert on == _coded(text, False, {"ACCUSE": 0.9}), text


@needs_nlp
def test_a_verb_the_dictionary_codes_as_disapproval_stays_an_accusation() -> None:
    # CAMEO codes "claim" 110 (disapprove, PLOVER ACCUSE), not 010: the rules coder's ACCUSE
    text = "Chad claimed that the exercise had been planned for months."
    assert _coded(text, True, {"ACCUSE": 0.9}).get("claimed") == "ACCUSE"


@needs_nlp
def test_other_types_and_other_verbs_are_left_alone() -> None:
    # another type of a verb of saying, and an ACCUSE on a verb that is no verb of saying
    for text, probs in (
        ("Georgia said that the new terminal would open in the spring.", {"AGREE": 0.9}),
        ("Chad denounced the exercise that Sudan had planned for months.", {"ACCUSE": 0.9}),
        ("Armenia said nothing.", {"ACCUSE": 0.9}),
    ):
        assert _coded(text, True, probs) == _coded(text, False, probs), text
