"""Session 18, s18-evdir (issue 14, item 6): ``concession_terms``, the default since session 18:
a negated verb of giving up is a refusal to give up, and the side whose withdrawal is an
issue's high end asking for rule over a keyword wants the low end.

The sentences are written for these tests (none is from the evidence gold); each shows what the
rule changes against :data:`FRESH_FILE_GATES`, the default before it. The decision:
docs/validation-events/session-18-evdir.md (one CHECK run, ``check18.py``)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from accord.news.evidence import (
    CONCESSION_GATES,
    DEFAULT_RULES,
    FRESH_FILE_GATES,
    _holder_rules,
    _label_agent,
)
from accord.news.gazetteer import tokenize
from tests.news.evidence_helpers import SCENARIOS, stances


def test_the_default_is_the_fresh_file_set_with_concession_terms() -> None:
    # and, since session 22 (s22-fix), with shared_keyword (test_evidence_shared_keyword.py)
    assert replace(DEFAULT_RULES, shared_keyword=False) == CONCESSION_GATES
    assert replace(FRESH_FILE_GATES, concession_terms=True) == CONCESSION_GATES
    assert not FRESH_FILE_GATES.concession_terms


def test_a_negated_withdrawal_is_a_refusal_to_give_up() -> None:
    # territory: high end "full Russian withdrawal to Ukraine's 1991 borders"
    text = "Zelensky insisted that Ukraine will not withdraw from the Donbas."
    assert stances(text, FRESH_FILE_GATES) == {("UKR", "territory", "low")}
    assert stances(text, DEFAULT_RULES) == {("UKR", "territory", "high")}
    # not negated: still another side's withdrawal, a concession
    plain = "Zelensky insisted that Ukraine will withdraw from the Donbas."
    assert stances(plain, DEFAULT_RULES) == {("UKR", "territory", "low")}


@given(
    negation=st.sampled_from(["will never", "will not", "won't", "would not", "would never"]),
    verb=st.sampled_from(["cede", "surrender", "give up", "relinquish", "abandon"]),
)
def test_a_negated_verb_of_giving_up_flips_nothing(negation: str, verb: str) -> None:
    text = f"Zelensky stressed that Kyiv {negation} {verb} the occupied land."
    assert stances(text, FRESH_FILE_GATES) == {("UKR", "territory", "low")}
    assert stances(text, DEFAULT_RULES) == {("UKR", "territory", "high")}
    given_up = f"Zelensky stressed that Kyiv will {verb} the occupied land."
    assert stances(given_up, DEFAULT_RULES) == {("UKR", "territory", "low")}


def test_the_withdrawing_side_asking_for_control_wants_the_low_end() -> None:
    text = "Peskov insisted on full control of the annexed regions."
    assert stances(text, FRESH_FILE_GATES) == {("RUS", "territory", "high")}
    assert stances(text, DEFAULT_RULES) == {("RUS", "territory", "low")}
    # another side asking for control: left as it was
    other = "Zelensky insisted on full control of the annexed regions."
    assert stances(other, DEFAULT_RULES) == {("UKR", "territory", "high")}
    # the owner named: ruled_by_agent's reading, not turned twice
    owned = "Peskov insisted on Russian control over Crimea."
    assert stances(owned, FRESH_FILE_GATES) == stances(owned, DEFAULT_RULES)
    assert stances(owned, DEFAULT_RULES) == {("RUS", "territory", "low")}


def test_control_given_up_is_no_rule_asked_for() -> None:
    scenario = SCENARIOS("ukraine-2025-02")
    issue = next(i for i in scenario.issues if i.id == "territory")
    agent = set(_label_agent(issue, scenario))
    assert agent == {"RUS"}
    keys = [t.key for t in tokenize("Moscow wants Kyiv to cede control of the Donbas")]
    hits = [keys.index("DONBAS")]
    assert not _holder_rules(keys, hits, frozenset(), agent, issue, scenario)
    asked = [t.key for t in tokenize("Moscow wants full control of the Donbas")]
    assert _holder_rules(asked, [asked.index("DONBAS")], frozenset(), agent, issue, scenario)
