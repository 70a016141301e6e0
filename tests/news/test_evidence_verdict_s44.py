"""Session 44, s44-evverdict (issue 14, item 6): ``verdict_subject``, a keyword whose phrase is
the subject of a verdict of rejection ("would be unacceptable", "is a dead-end") is opposed.

The sentences are written for these tests (none is from the evidence gold); each shows what the
rule changes against :data:`SHARED_GATES`, the default before it, for both coders (the rules
coder's word order and the nlp coder's parse of the speaker). The protocol and decision:
docs/validation-events/session-44-evverdict.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from accord.news.coders import nlp_available
from accord.news.evidence import (
    DEFAULT_RULES,
    SHARED_GATES,
    VERDICT_GATES,
    EvidenceRules,
    extract_evidence,
)
from accord.news.types import Document
from tests.news.evidence_helpers import SCENARIOS, stances

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, the start's finding, the candidate's)
CASES = [
    # "would be unacceptable" under a cue of saying before the keyword
    (
        "Peskov stressed that the deployment of NATO troops in Ukraine would be absolutely "
        "unacceptable.",
        ("RUS", "peacekeeping", "high"),
        ("RUS", "peacekeeping", "low"),
    ),
    # "is a dead end", the cue after the quotation
    (
        '"A ceasefire now is a dead end," Lavrov insisted.',
        ("RUS", "ceasefire", "high"),
        ("RUS", "ceasefire", "low"),
    ),
    # "is unrealistic"
    (
        "Hegseth stressed that Ukraine's NATO membership is unrealistic.",
        ("USA", "security_guarantees", "high"),
        ("USA", "security_guarantees", "low"),
    ),
    # "is a non-starter"
    (
        "Peskov insisted that a ceasefire is a non-starter.",
        ("RUS", "ceasefire", "high"),
        ("RUS", "ceasefire", "low"),
    ),
    # "is out of the question"
    (
        "Lavrov stressed that a ceasefire is out of the question.",
        ("RUS", "ceasefire", "high"),
        ("RUS", "ceasefire", "low"),
    ),
    # a verdict over a verb of giving up: opposing the concession keeps the land
    (
        "Zelensky stressed that ceding territory is unacceptable.",
        ("UKR", "territory", "low"),
        ("UKR", "territory", "high"),
    ),
    # a negative cue over the verdict: rejecting "impossible" is support
    (
        "Peskov rejected claims that a ceasefire is impossible.",
        ("RUS", "ceasefire", "low"),
        ("RUS", "ceasefire", "high"),
    ),
]

# sentences the rule leaves as they were, with the finding of both codes
UNCHANGED = [
    # a negated predicate is no verdict
    ("Peskov insisted that a ceasefire is not impossible.", ("RUS", "ceasefire", "high")),
    # the verdict is the cue itself ("unacceptable" is a cue of opposition already)
    (
        '"Ceding territory is unacceptable," Zelensky said.',
        ("UKR", "territory", "high"),
    ),
    # a forecast is not a verdict of rejection
    ("Lavrov stressed that NATO troops are unlikely to be sent.", ("RUS", "peacekeeping", "high")),
    # a comma ends the keyword's clause: the verdict is not predicated of it
    (
        "Peskov stressed that a ceasefire, which Kyiv calls impossible, must come first.",
        ("RUS", "ceasefire", "high"),
    ),
]


def nlp_stances(text: str, rules: EvidenceRules) -> set[tuple[str, str, str]]:
    """:func:`stances` with the nlp coder's parse naming the speaker."""
    from accord.news.coders import get_coder

    finder = get_coder("nlp", strict=True).coder.clause_agents
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    found = extract_evidence(doc, SCENARIOS("ukraine-2025-02"), finder, rules)
    return {(e.actor, e.issue, "high" if e.direction > 0 else "low") for e in found}


def test_the_default_is_the_shared_set_with_verdict_subject() -> None:
    assert DEFAULT_RULES == VERDICT_GATES
    assert replace(VERDICT_GATES, verdict_subject=False) == SHARED_GATES
    assert not SHARED_GATES.verdict_subject


@pytest.mark.parametrize(("text", "before", "after"), CASES)
def test_a_verdict_of_rejection_opposes_its_subject_rules(
    text: str, before: tuple[str, str, str], after: tuple[str, str, str]
) -> None:
    assert stances(text, SHARED_GATES) == {before}
    assert stances(text, DEFAULT_RULES) == {after}


@needs_nlp
@pytest.mark.parametrize(("text", "before", "after"), CASES)
def test_a_verdict_of_rejection_opposes_its_subject_nlp(
    text: str, before: tuple[str, str, str], after: tuple[str, str, str]
) -> None:
    assert nlp_stances(text, SHARED_GATES) == {before}
    assert nlp_stances(text, DEFAULT_RULES) == {after}


@pytest.mark.parametrize(("text", "finding"), UNCHANGED)
def test_no_verdict_of_rejection_over_the_keyword_changes_nothing_rules(
    text: str, finding: tuple[str, str, str]
) -> None:
    assert stances(text, DEFAULT_RULES) == stances(text, SHARED_GATES) == {finding}


@needs_nlp
@pytest.mark.parametrize(("text", "finding"), UNCHANGED)
def test_no_verdict_of_rejection_over_the_keyword_changes_nothing_nlp(
    text: str, finding: tuple[str, str, str]
) -> None:
    assert nlp_stances(text, DEFAULT_RULES) == nlp_stances(text, SHARED_GATES) == {finding}
