"""Session 11, s11-evidence (issue 14, item 6): five rules written from the false positives of
the four held-out sets scored since session 8 (s8b, s9, s9b, s10), one or two sentences each,
and the adoption rerun for the rules coder.

The sentences are written for these tests (none is from the evidence gold); each shows what a
rule changes against :data:`SCALE_END_GATES`, the default before it, and each assertion on the
new default fails on it. The decision: docs/validation-events/session-11.md, "session 11
(s11-evidence)" (``docs/data/evidence-2026-12-03-s11-evidence/lofo.py``): every leave-one-file-out
fold chose all five switches, so the out-of-file figure of each file is the default's figure on
it."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from accord.news.evidence import (
    DEFAULT_RULES,
    FRESH_FILE_GATES,
    SCALE_END_GATES,
    SWITCHES,
    EvidenceRules,
)
from accord.news.evidence_cv import Extract, Key, extractor, per_file
from accord.news.evidence_gold import Score, _gold_keys, load_evidence_golds
from tests.helpers import DATA
from tests.news.test_evidence_precision_s9 import stances

FIVE = (
    "withdrawing_side",
    "ruled_by_agent",
    "collective_holder",
    "purpose_attachment",
    "perceived_as",
)


TWELVE = [
    DATA / "news" / f"evidence-{name}.jsonl"
    for name in (
        "gold",
        *("heldout-2026", "heldout-s5", "heldout-s5c", "heldout-s6", "heldout-s6b"),
        *("heldout-s7", "heldout-s8", "heldout-s8b", "heldout-s9", "heldout-s9b", "heldout-s10"),
    )
]


@cache
def _twelve_files() -> tuple[Extract, dict[str, set[Key]], dict[str, frozenset[str]]]:
    records, scenarios, files = load_evidence_golds(TWELVE)
    gold = {r.id: _gold_keys(r) for r in records}
    groups = {n: frozenset(i for i in gold if files[i] == n) for n in sorted(set(files.values()))}
    return extractor(records, scenarios, None), gold, groups


def extracted(rules: EvidenceRules) -> dict[str, Score]:
    """The rules coder's score of ``rules`` on each of the 12 development evidence files."""
    extract, gold, groups = _twelve_files()
    return per_file(extract, gold, groups, rules)


def only(switch: str) -> EvidenceRules:
    return replace(SCALE_END_GATES, **{switch: True})


def test_the_fresh_file_set_is_the_scale_end_set_with_the_five_rules() -> None:
    # the default since session 18 adds concession_terms to it (test_evidence_directions_s18),
    # since session 22 shared_keyword (test_evidence_shared_keyword)
    assert set(FIVE) <= set(SWITCHES)
    assert replace(DEFAULT_RULES, concession_terms=False, shared_keyword=False) == FRESH_FILE_GATES
    assert replace(SCALE_END_GATES, **dict.fromkeys(FIVE, True)) == FRESH_FILE_GATES
    assert not any(getattr(SCALE_END_GATES, name) for name in FIVE)


def test_another_sides_withdrawal_is_a_concession() -> None:
    # territory: high end "full Russian withdrawal to Ukraine's 1991 borders"
    text = "Lavrov demanded Ukraine pull out of the annexed regions."
    assert stances(text, SCALE_END_GATES) == {("RUS", "territory", "high")}
    assert stances(text, only("withdrawing_side")) == {("RUS", "territory", "low")}
    assert stances(text, DEFAULT_RULES) == {("RUS", "territory", "low")}
    # the side whose withdrawal is the high end: left as it was
    own = "Zelensky demanded Russia withdraw from Crimea."
    assert stances(own, DEFAULT_RULES) == {("UKR", "territory", "high")}


def test_a_keyword_held_by_the_withdrawing_side_is_given_up() -> None:
    ruled = "Peskov stressed that any deal must confirm Moscow's sovereignty over Crimea."
    assert stances(ruled, SCALE_END_GATES) == {("RUS", "territory", "high")}
    assert stances(ruled, only("ruled_by_agent")) == {("RUS", "territory", "low")}
    assert stances(ruled, DEFAULT_RULES) == {("RUS", "territory", "low")}
    returned = "Putin is ready to invest in the occupied territories, which belong to Russia now."
    assert stances(returned, SCALE_END_GATES) == {("RUS", "territory", "high")}
    assert stances(returned, DEFAULT_RULES) == {("RUS", "territory", "low")}


def test_a_blocs_leaders_are_not_the_bloc() -> None:
    listed = "European leaders, including Macron and Starmer, backed a truce along the front line."
    assert stances(listed, SCALE_END_GATES) == {("EU", "ceasefire", "high")}
    members = {("FRA", "ceasefire", "high"), ("GBR", "ceasefire", "high")}
    assert stances(listed, only("collective_holder")) == stances(listed, DEFAULT_RULES) == members
    unnamed = "Several European governments endorsed the deployment of peacekeepers."
    assert stances(unnamed, SCALE_END_GATES) == {("EU", "peacekeeping", "high")}
    assert stances(unnamed, DEFAULT_RULES) == set()


def test_an_issue_named_only_in_an_infinitive_of_purpose_is_context() -> None:
    text = "Starmer called for firm security guarantees and a plan to end the war."
    assert stances(text, SCALE_END_GATES) == {
        ("GBR", "ceasefire", "high"),
        ("GBR", "security_guarantees", "high"),
    }
    assert stances(text, only("purpose_attachment")) == {("GBR", "security_guarantees", "high")}
    assert stances(text, DEFAULT_RULES) == {("GBR", "security_guarantees", "high")}
    # the only issue of the cue: kept (one_issue drops context only beside another issue)
    alone = "Starmer called for a plan to end the war."
    assert stances(alone, DEFAULT_RULES) == {("GBR", "ceasefire", "high")}


def test_a_keyword_in_a_judgement_with_as_does_not_count() -> None:
    text = "The EU pledged new aid as it regards the invasion as a danger to the whole continent."
    assert stances(text, SCALE_END_GATES) == {("EU", "aggressor_naming", "high")}
    assert stances(text, only("perceived_as")) == stances(text, DEFAULT_RULES) == set()


def test_the_adoption_rerun_for_the_rules_coder() -> None:
    """On each of the 12 development files the default is no less precise than
    :data:`SCALE_END_GATES` and pooled it is more precise with no less recall (the rules
    coder; docs/validation-events/session-11.md gives both coders, out of file)."""
    before, after = extracted(SCALE_END_GATES), extracted(DEFAULT_RULES)
    assert before.keys() == after.keys() and len(before) == 12
    for name, score in after.items():
        assert (score.precision or 0.0) >= (before[name].precision or 0.0), name
    b, a = sum(before.values(), Score()), sum(after.values(), Score())
    # 166/211 -> 173/207 in session 11; one right item more on both sides since session 15
    # (s15-names: "the so-called Doha agreement" gives Qatar no mention: EV-060 found)
    assert (b.correct, b.predicted) == (167, 212)
    # and one wrong item fewer since session 22 (s22-fix, shared_keyword: EVH11-008's
    # aggressor_naming read from "territorial integrity" in a sentence about the territory)
    assert (a.correct, a.predicted) == (174, 207)
    assert (a.recall or 0.0) >= (b.recall or 0.0)
