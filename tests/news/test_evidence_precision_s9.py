"""Session 9 (issue 14, item 6): the four rules adopted for evidence precision, one sentence
each, and the adoption decision rerun for the rules coder.

The sentences are written for these tests (none is from the evidence gold); each shows what a
rule changes against :data:`RECALL_GATES`, the default before session 9. The decision:
docs/validation-events/session-09.md, "session 9: evidence precision" (nested leave-one-file-out
over the nine development gold files, ``docs/data/evidence-cv-2026-12-03-s9/evidence9.py``); a fixed
rule set's figure on a file is the same in and out of fold, so the comparison of the shipped
set with the set before it below is the out-of-fold comparison of that set."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest

from accord.news.evidence import DEFAULT_RULES, PRECISION_GATES, RECALL_GATES, EvidenceRules
from accord.news.evidence_cv import Extract, Key, adoption_rule, extractor, per_file
from accord.news.evidence_gold import Score, _gold_keys, load_evidence_golds
from tests.news.evidence_helpers import development_through, stances

ADOPTED = ("one_issue", "relative_antecedent", "unattributed_modal", "quoted_speaker")


def only(switch: str) -> EvidenceRules:
    return replace(RECALL_GATES, **{switch: True})


def test_the_default_is_the_session_7_set_with_the_four_rules() -> None:
    # the default adds s9-evid2's three direction rules (tests/news/test_evidence_directions_s9.py)
    # and session 11's five (tests/news/test_evidence_fresh_s11.py) and session 18's
    # concession_terms (tests/news/test_evidence_directions_s18.py) and session 22's
    # shared_keyword (tests/news/test_evidence_shared_keyword.py)
    later = (
        *("partial_withdrawal", "withdrawal_agent", "recognised_as", "withdrawing_side"),
        *("ruled_by_agent", "collective_holder", "purpose_attachment", "perceived_as"),
        *("concession_terms", "shared_keyword"),
    )
    directions = dict.fromkeys(later, False)
    assert replace(DEFAULT_RULES, **directions) == PRECISION_GATES
    assert replace(RECALL_GATES, **dict.fromkeys(ADOPTED, True)) == PRECISION_GATES


def test_an_issue_named_only_in_an_attached_clause_is_context() -> None:
    text = (
        "Zelensky called for a ceasefire, which would require settling the question of "
        "security guarantees."
    )
    assert stances(text, RECALL_GATES) == {
        ("UKR", "ceasefire", "high"),
        ("UKR", "security_guarantees", "high"),
    }
    assert stances(text, only("one_issue")) == {("UKR", "ceasefire", "high")}


def test_two_issues_in_the_cues_own_words_are_both_kept() -> None:
    text = "Starmer said he was ready to back security guarantees by putting troops on the ground."
    both = {("GBR", "security_guarantees", "high"), ("GBR", "peacekeeping", "high")}
    assert stances(text, RECALL_GATES) == both
    assert stances(text, only("one_issue")) == both


def test_a_cue_in_a_relative_clause_is_held_by_its_antecedent() -> None:
    text = "Zelensky criticised Russia, which has rejected every call for a ceasefire."
    assert stances(text, RECALL_GATES) == {("UKR", "ceasefire", "low")}
    assert stances(text, only("relative_antecedent")) == {("RUS", "ceasefire", "low")}


def test_a_modal_that_nobody_is_said_to_state_is_no_stance() -> None:
    text = "Ukraine must get firm security guarantees before any talks."
    assert stances(text, RECALL_GATES) == {("UKR", "security_guarantees", "high")}
    assert stances(text, only("unattributed_modal")) == set()
    said = "Ukraine must get firm security guarantees before any talks, Zelensky said."
    assert stances(said, only("unattributed_modal")) == {("UKR", "security_guarantees", "high")}


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # the quotation's speaker named after it, an actor named inside it
        (
            "\u201cRussia must accept a ceasefire,\u201d Zelensky said.",
            {("RUS", "ceasefire", "high")},
            {("UKR", "ceasefire", "high")},
        ),
        # the frame before it ("X said: \u201c..."), after a fronted list of actors
        (
            "After talks between the leaders of Ukraine, France and Germany in Minsk, Putin "
            "said: \u201cWe agreed on a ceasefire.\u201d",
            {("FRA", "ceasefire", "high")},
            {("RUS", "ceasefire", "high")},
        ),
        # a speaker the sentence does not name: no stance
        (
            "\u201cWe want a free Ukraine, but we must accept that its borders will "
            "change,\u201d he said.",
            {("UKR", "territory", "high")},
            set(),
        ),
    ],
)
def test_a_cue_inside_a_quotation_is_held_by_its_speaker(
    text: str, before: set[tuple[str, str, str]], after: set[tuple[str, str, str]]
) -> None:
    assert stances(text, RECALL_GATES) == before
    assert stances(text, only("quoted_speaker")) == after


def test_the_adoption_rule() -> None:
    before = {"a": Score(10, 4, 10, 6), "b": Score(10, 2, 4, 2)}
    # 2 wrong removed, none lost: adopted
    assert adoption_rule(before, {"a": Score(10, 4, 8, 6), "b": Score(10, 2, 4, 2)})
    # 2 wrong removed for 1 right lost: at most half, adopted
    assert adoption_rule(before, {"a": Score(10, 3, 7, 5), "b": Score(10, 2, 4, 2)})
    # 1 wrong removed for 1 right lost: not
    assert not adoption_rule(before, {"a": Score(10, 3, 8, 5), "b": Score(10, 2, 4, 2)})
    # a file's precision falls: not, whatever the pooled figure
    assert not adoption_rule(before, {"a": Score(10, 4, 6, 6), "b": Score(10, 1, 3, 1)})
    # a file left with no item does not count as falling
    assert adoption_rule(before, {"a": Score(10, 4, 10, 6), "b": Score(10, 0, 1, 1)})


NINE = development_through("heldout-s8b")


@cache
def _nine_files() -> tuple[Extract, dict[str, set[Key]], dict[str, frozenset[str]]]:
    records, scenarios, files = load_evidence_golds(NINE)
    assert len(records) == 634
    gold = {r.id: _gold_keys(r) for r in records}
    groups = {n: frozenset(i for i in gold if files[i] == n) for n in sorted(set(files.values()))}
    return extractor(records, scenarios, None), gold, groups


def paired_on_the_nine_files(
    before: EvidenceRules, after: EvidenceRules
) -> tuple[dict[str, Score], dict[str, Score]]:
    """Per-file scores of two rule sets on the nine gold files (extraction done once)."""
    extract, gold, groups = _nine_files()
    return per_file(extract, gold, groups, before), per_file(extract, gold, groups, after)


def test_session_9_the_shipped_set_passes_the_adoption_rule_on_the_nine_files() -> None:
    before, after = paired_on_the_nine_files(RECALL_GATES, PRECISION_GATES)
    assert adoption_rule(before, after)
    b, a = sum(before.values(), Score()), sum(after.values(), Score())
    # docs/validation-events/session-09.md, "session 9: evidence directions and gold conventions",
    # rules coder: 126/167 -> 130/160 before the two vote records of evidence-heldout-s8b.jsonl were
    # corrected (EVH8-018, EVH8-021: USA and RUS aggressor_naming low), 128/167 -> 132/160 since,
    # 129/168 -> 133/161 since session 15 (s15-names: "the so-called Doha agreement" gives Qatar
    # no mention, and the finder's right item of EV-060 is found under both sets)
    assert (b.correct, b.predicted) == (129, 168)
    assert (a.correct, a.predicted) == (133, 161)
    for switch in ADOPTED:  # each rule on its own passes too
        assert adoption_rule(before, paired_on_the_nine_files(RECALL_GATES, only(switch))[1])
