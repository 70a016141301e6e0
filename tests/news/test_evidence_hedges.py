"""The evidence matcher's rules of session 4 (issue 14, item 6), one sentence each: a stance
that is not asserted (a condition, an open question, a reported fear, a question), a fronted
phrase that holds no subject, and the keyword that must lie in the cue's own clause.

The sentences are written for these tests (none is from the evidence gold); each shows what a
rule changes against the matcher without it (:data:`LEGACY_RULES`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.evidence import LEGACY_RULES, SWITCHES, EvidenceRules
from tests.news.evidence_helpers import stances

HEDGED = EvidenceRules(hedged=True)
FRONTED = EvidenceRules(fronted_phrase=True)
IN_CLAUSE = EvidenceRules(keyword_in_clause=True)


def test_the_new_rules_are_switches_the_cross_validation_chooses() -> None:
    assert {"hedged", "fronted_phrase", "keyword_in_clause"} <= set(SWITCHES)
    assert EvidenceRules(hedged=True, fronted_phrase=True).label() == "fronted_phrase+hedged@0"


@pytest.mark.parametrize(
    "text",
    [
        # a cue inside a condition
        "Britain would send peacekeepers if Putin insisted on a ceasefire.",
        "Britain will send peacekeepers unless Russia rejects the ceasefire.",
        # a cue inside an open question
        "Zelensky said he wonders whether Russia wants a ceasefire.",
        # a question
        "Has Russia rejected the ceasefire?",
    ],
)
def test_a_stance_that_is_not_asserted_is_not_read(text: str) -> None:
    assert stances(text, LEGACY_RULES)
    assert stances(text, HEDGED) == set()


def test_the_actor_of_a_reported_fear_holds_no_stance() -> None:
    text = (
        "The minister addressed fears that talks could embolden Putin by saying that a lasting "
        "peace for Ukraine must include security guarantees."
    )
    assert stances(text, LEGACY_RULES) == {("RUS", "security_guarantees", "high")}
    assert stances(text, HEDGED) == set()


def test_an_asserted_stance_after_a_condition_is_still_read() -> None:
    text = "If talks fail, Zelensky called for a ceasefire."
    assert stances(text, HEDGED) == stances(text, LEGACY_RULES) == {("UKR", "ceasefire", "high")}


def test_the_actors_of_a_fronted_phrase_are_not_the_holder() -> None:
    text = "Having met Macron in Minsk, Putin called for a ceasefire."
    assert stances(text, LEGACY_RULES) == {("FRA", "ceasefire", "high")}
    assert stances(text, FRONTED) == {("RUS", "ceasefire", "high")}
    # since session 7 (s7-actors) the list after "between" is one compound actor, whose first
    # member is a preposition's object: the legacy matcher no longer takes France from it
    text = (
        "After talks between Ukraine, Russia, France and Germany in Minsk, "
        "Putin called for a ceasefire."
    )
    assert stances(text, FRONTED) == stances(text, LEGACY_RULES) == {("RUS", "ceasefire", "high")}


def test_a_fronted_phrase_with_no_subject_after_it_abstains() -> None:
    text = "Defending Britain's record, a junior minister called for a ceasefire."
    assert stances(text, LEGACY_RULES) == {("GBR", "ceasefire", "high")}
    assert stances(text, FRONTED) == set()


def test_a_cue_inside_the_fronted_phrase_keeps_its_own_subject() -> None:
    text = "After Putin called for a ceasefire, talks began."
    assert stances(text, FRONTED) == stances(text, LEGACY_RULES) == {("RUS", "ceasefire", "high")}


def test_a_sentence_not_opening_with_a_phrase_is_left_alone() -> None:
    text = "Zelensky, speaking to Macron, called for a ceasefire."
    assert stances(text, FRONTED) == {("UKR", "ceasefire", "high")}


def test_a_keyword_outside_the_cues_clause_is_not_linked_to_it() -> None:
    text = "Zelensky called for talks, adding that a ceasefire would follow."
    assert stances(text, LEGACY_RULES) == {("UKR", "ceasefire", "high")}
    assert stances(text, IN_CLAUSE) == set()


def test_the_cue_of_the_keywords_own_clause_governs_it() -> None:
    text = "A ceasefire was discussed, but Putin insisted on territory."
    assert stances(text, LEGACY_RULES) == {
        ("RUS", "ceasefire", "high"),
        ("RUS", "territory", "high"),
    }
    assert stances(text, IN_CLAUSE) == {("RUS", "territory", "high")}


_WORDS = st.sampled_from(
    [
        "Zelensky",
        "Putin",
        "Macron",
        "Britain",
        "called for",
        "rejected",
        "insisted",
        "must",
        "should not",
        "a ceasefire",
        "peacekeepers",
        "security guarantees",
        "territory",
        "if",
        "whether",
        "fears that",
        "said",
        "that",
        "talks",
        "with",
        "and",
        ",",
        "the",
        "but",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_a_question_never_yields_a_stance(words: list[str]) -> None:
    text = " ".join(words) + "?"
    assert stances(text, HEDGED) == set()


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=14))
def test_the_fronted_rule_leaves_sentences_that_open_with_their_subject_alone(
    words: list[str],
) -> None:
    # "Zelensky ..." opens with a name, not a preposition or a participle
    text = "Zelensky " + " ".join(words) + "."
    assert stances(text, FRONTED) == stances(text, LEGACY_RULES)
