"""Session 43, s43-evfalse (issue 14, item 6): ``giving_verbs``, the verbs of handing something
over ("transfer", "yield", "hand over", "give away") read as verbs of giving up, as
``conceded_keyword`` reads "cede" or "give up".

The sentences are written for these tests (none is from the evidence gold); each shows what the
rule changes against :data:`SHARED_GATES`, the default before it, for both coders (the rules
coder's word order and the nlp coder's parse of the speaker). The protocol and decision:
docs/validation-events/session-43-evfalse.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from accord.news.coders import nlp_available
from accord.news.evidence import (
    DEFAULT_RULES,
    GIVING_GATES,
    SHARED_GATES,
    EvidenceRules,
    extract_evidence,
)
from accord.news.types import Document
from tests.news.evidence_helpers import SCENARIOS, stances

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, the start's finding, the candidate's): territory's low end is "Ukraine cedes the
# four annexed regions", its high end "full Russian withdrawal"
CASES = [
    # the noun "transfer of", under a negated cue: refusing a transfer keeps the land
    (
        "Zelensky said Ukraine will not agree to the transfer of the Donbas to Russia.",
        ("UKR", "territory", "low"),
        ("UKR", "territory", "high"),
    ),
    # "yield": asking for the land to be yielded is the low end
    (
        "Russian negotiators stressed that yielding the Donbas is the price of peace.",
        ("RUS", "territory", "high"),
        ("RUS", "territory", "low"),
    ),
    # "hand over"
    (
        "Lavrov stressed that handing over the occupied regions is the only path to peace.",
        ("RUS", "territory", "high"),
        ("RUS", "territory", "low"),
    ),
    # "give ... away", the particle after the keyword
    (
        "The Ukrainian president refuses to give the occupied land away.",
        ("UKR", "territory", "low"),
        ("UKR", "territory", "high"),
    ),
]


def nlp_stances(text: str, rules: EvidenceRules) -> set[tuple[str, str, str]]:
    """:func:`stances` with the nlp coder's parse naming the speaker."""
    from accord.news.coders import get_coder

    finder = get_coder("nlp", strict=True).coder.clause_agents
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    found = extract_evidence(doc, SCENARIOS("ukraine-2025-02"), finder, rules)
    return {(e.actor, e.issue, "high" if e.direction > 0 else "low") for e in found}


def test_the_default_is_the_shared_set_with_giving_verbs() -> None:
    assert DEFAULT_RULES == GIVING_GATES
    assert replace(GIVING_GATES, giving_verbs=False) == SHARED_GATES
    assert not SHARED_GATES.giving_verbs


@pytest.mark.parametrize(("text", "before", "after"), CASES)
def test_a_verb_of_handing_over_is_giving_up_rules(
    text: str, before: tuple[str, str, str], after: tuple[str, str, str]
) -> None:
    assert stances(text, SHARED_GATES) == {before}
    assert stances(text, DEFAULT_RULES) == {after}


@needs_nlp
@pytest.mark.parametrize(("text", "before", "after"), CASES)
def test_a_verb_of_handing_over_is_giving_up_nlp(
    text: str, before: tuple[str, str, str], after: tuple[str, str, str]
) -> None:
    assert nlp_stances(text, SHARED_GATES) == {before}
    assert nlp_stances(text, DEFAULT_RULES) == {after}


@pytest.mark.parametrize("verb", ["hand over", "give away", "transfer", "yield"])
def test_a_negated_verb_of_handing_over_flips_nothing(verb: str) -> None:
    # concession_terms: "will never hand over" is a refusal to give up, as "will never cede"
    text = f"Zelensky stressed that Kyiv will never {verb} the occupied land."
    assert stances(text, DEFAULT_RULES) == stances(text, SHARED_GATES)
    assert stances(text, DEFAULT_RULES) == {("UKR", "territory", "high")}


def test_away_or_over_in_another_sense_is_no_giving_up() -> None:
    # "give" with neither particle, "over" after another verb: nothing changes
    for text in (
        "Zelensky stressed that the allies give the occupied regions priority.",
        "Lavrov stressed that talks over the occupied regions must go on.",
    ):
        assert stances(text, DEFAULT_RULES) == stances(text, SHARED_GATES)
