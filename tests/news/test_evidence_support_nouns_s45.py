"""Session 45, s45-evrecall (issue 14, item 6): ``support_nouns``, a noun of support, desire or
readiness with its preposition ("voiced support for", "expressed a desire for", "affirmed their
readiness to") is a cue of support for the issue whose keyword stands in its complement.

The sentences are written for these tests (none is from the evidence gold); each shows what the
rule changes against :data:`SHARED_GATES`, the default before it, for both coders (the rules
coder's word order and the nlp coder's parse of the speaker). The protocol and decision:
docs/validation-events/session-45-evrecall.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from accord.news.coders import nlp_available
from accord.news.evidence import (
    DEFAULT_RULES,
    NOUN_GATES,
    SHARED_GATES,
    SUPPORT_NOUNS,
    EvidenceRules,
    extract_evidence,
)
from accord.news.types import Document
from tests.news.evidence_helpers import SCENARIOS, stances

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, the candidate's findings; the start finds nothing in each), one per noun
CASES = [
    # "support for", an adjective before the noun
    ("Macron voiced strong support for a ceasefire in Ukraine.", ("FRA", "ceasefire", "high")),
    # "readiness to", a possessive before the noun
    (
        "Starmer reaffirmed Britain's readiness to send peacekeepers to Ukraine.",
        ("GBR", "peacekeeping", "high"),
    ),
    # "desire for"
    ("Trump expressed his desire for a ceasefire.", ("USA", "ceasefire", "high")),
    # "preference for"
    ("Lavrov confirmed Moscow's preference for a lasting ceasefire.", ("RUS", "ceasefire", "high")),
    # "backing for"
    (
        "The Pentagon signalled American backing for security guarantees for Ukraine.",
        ("USA", "security_guarantees", "high"),
    ),
    # "readiness for"
    ("Zelensky stated Ukraine's readiness for a ceasefire.", ("UKR", "ceasefire", "high")),
    # a negation of the noun is the cue's: opposition
    ("Lavrov showed no desire for a ceasefire.", ("RUS", "ceasefire", "low")),
]

# sentences the rule leaves as they were, with the finding of both codes (None: no finding)
UNCHANGED: list[tuple[str, tuple[str, str, str] | None]] = [
    # a cue before the noun governs it, as before: the earlier cue already governed the keyword
    ("Peskov rejected any support for a ceasefire.", ("RUS", "ceasefire", "low")),
    # the keyword lies after a comma: outside the noun's complement
    ("Macron voiced support for Ukraine, after a ceasefire.", None),
    # the keyword lies after "once": a condition, outside the complement
    ("Starmer reaffirmed his readiness to talk with Trump once a ceasefire is agreed.", None),
    # "commitment to" is not in the class
    ("Peskov said Moscow had no commitment to a ceasefire.", None),
]


def nlp_stances(text: str, rules: EvidenceRules) -> set[tuple[str, str, str]]:
    """:func:`stances` with the nlp coder's parse naming the speaker."""
    from accord.news.coders import get_coder

    finder = get_coder("nlp", strict=True).coder.clause_agents
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    found = extract_evidence(doc, SCENARIOS("ukraine-2025-02"), finder, rules)
    return {(e.actor, e.issue, "high" if e.direction > 0 else "low") for e in found}


def test_the_default_is_the_shared_set_with_support_nouns() -> None:
    assert DEFAULT_RULES == NOUN_GATES
    assert replace(NOUN_GATES, support_nouns=False) == SHARED_GATES
    assert not SHARED_GATES.support_nouns
    assert set(SUPPORT_NOUNS) == {
        *("support for", "backing for", "desire for", "preference for"),
        *("readiness to", "readiness for"),
    }


@pytest.mark.parametrize(("text", "after"), CASES)
def test_a_noun_of_support_is_a_cue_for_its_complement_rules(
    text: str, after: tuple[str, str, str]
) -> None:
    assert stances(text, SHARED_GATES) == set()
    assert stances(text, DEFAULT_RULES) == {after}


@needs_nlp
@pytest.mark.parametrize(("text", "after"), CASES)
def test_a_noun_of_support_is_a_cue_for_its_complement_nlp(
    text: str, after: tuple[str, str, str]
) -> None:
    assert nlp_stances(text, SHARED_GATES) == set()
    assert nlp_stances(text, DEFAULT_RULES) == {after}


@pytest.mark.parametrize(("text", "finding"), UNCHANGED)
def test_outside_the_complement_nothing_changes_rules(
    text: str, finding: tuple[str, str, str] | None
) -> None:
    expected = {finding} if finding else set()
    assert stances(text, DEFAULT_RULES) == stances(text, SHARED_GATES) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "finding"), UNCHANGED)
def test_outside_the_complement_nothing_changes_nlp(
    text: str, finding: tuple[str, str, str] | None
) -> None:
    expected = {finding} if finding else set()
    assert nlp_stances(text, DEFAULT_RULES) == nlp_stances(text, SHARED_GATES) == expected
