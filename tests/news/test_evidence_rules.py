"""The evidence matcher's precision rules (issue 14, item 6), one sentence each.

The sentences are written for these tests (none is from the evidence gold); each shows what a
rule changes against the matcher without it (:data:`LEGACY_RULES`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from accord.news.evidence import (
    DEFAULT_RULES,
    LEGACY_RULES,
    EvidenceRules,
    extract_evidence,
)
from accord.news.types import Document
from accord.scenario.catalogue import resolve
from tests.news.evidence_helpers import stances
from tests.news.scenario_keywords_s7 import without_added

UKRAINE = resolve("ukraine-2025-02")
MINSK = resolve("minsk-2015-02")


def test_the_holder_is_the_subject_of_a_complement_clause() -> None:
    text = "Macron confirmed that Putin had agreed to a ceasefire."
    assert stances(text, LEGACY_RULES) == {("FRA", "ceasefire", "high")}
    assert stances(text, EvidenceRules(clause_subject=True)) == {("RUS", "ceasefire", "high")}


def test_a_modal_in_a_complement_clause_stays_with_the_reporter() -> None:
    # what "must" happen is Trump's stance, not Europe's
    text = "Trump insisted that Europe must pay for the peacekeepers."
    assert stances(text, EvidenceRules(clause_subject=True)) == {("USA", "peacekeeping", "high")}


def test_a_clause_without_a_named_subject_abstains() -> None:
    text = "Starmer spoke with Zelensky for an hour, but any truce must hold first."
    assert stances(text, LEGACY_RULES) == {("GBR", "ceasefire", "high")}
    assert stances(text, EvidenceRules(clause_subject=True)) == set()


def test_a_participial_clause_shares_the_main_subject() -> None:
    text = "Zelensky met the press in Kyiv, while calling for a ceasefire."
    assert stances(text, EvidenceRules(clause_subject=True)) == {("UKR", "ceasefire", "high")}


def test_later_members_of_a_coordinated_prepositional_list_are_not_speakers() -> None:
    text = "In the presence of Russia, France and Britain, Zelensky urged a ceasefire."
    assert ("FRA", "ceasefire", "high") in stances(text, LEGACY_RULES)
    assert stances(text, EvidenceRules(skip_lists=True)) == {("UKR", "ceasefire", "high")}
    # since session 7 (s7-actors) a list after a preposition other than "of" inside a
    # phrase is one compound actor, so the legacy matcher skips it whole as well
    text = "After talks with Russia, France and Britain, Zelensky urged a ceasefire."
    assert stances(text, LEGACY_RULES) == {("UKR", "ceasefire", "high")}
    assert stances(text, EvidenceRules(skip_lists=True)) == {("UKR", "ceasefire", "high")}


def test_a_comma_alone_does_not_make_a_list() -> None:
    text = "In an interview with Britain, Zelensky urged a ceasefire."
    assert stances(text, EvidenceRules(skip_lists=True)) == {("UKR", "ceasefire", "high")}


def test_a_postposed_speaker_holds_the_quoted_stance() -> None:
    text = '"There must be a ceasefire this spring," Zelensky said.'
    assert stances(text, LEGACY_RULES) == set()
    assert stances(text, EvidenceRules(postposed_speaker=True)) == {("UKR", "ceasefire", "high")}


@pytest.mark.parametrize(
    "text",
    [
        "Putin demanded that Ukraine withdraw from the occupied territory.",
        "Macron urged Britain to send peacekeepers.",
    ],
)
def test_a_demand_made_of_another_actor_is_not_read(text: str) -> None:
    assert stances(text, LEGACY_RULES)
    assert stances(text, EvidenceRules(demand_of_other=True)) == set()


def test_a_demand_of_no_other_actor_is_still_read() -> None:
    text = "Putin demanded a ceasefire on his terms."
    assert stances(text, EvidenceRules(demand_of_other=True)) == stances(text, LEGACY_RULES)
    assert stances(text, LEGACY_RULES)


def test_rejecting_a_proposal_says_nothing_of_its_content() -> None:
    text = "Zelensky rejected a proposal to give up the occupied territory."
    assert stances(text, LEGACY_RULES)
    assert stances(text, EvidenceRules(rejected_proposal=True)) == set()


def test_a_negation_after_a_modal_flips_it() -> None:
    text = "Russia says peacekeepers should not enter Ukraine."
    assert stances(text, LEGACY_RULES) == {("RUS", "peacekeeping", "high")}
    assert stances(text, EvidenceRules(modal_negation=True)) == {("RUS", "peacekeeping", "low")}


def test_a_cue_far_from_the_issue_keyword_abstains_under_a_distance_limit() -> None:
    text = "Zelensky urged his allies, old and new, near and far, to think hard about a ceasefire."
    assert stances(text, LEGACY_RULES) == {("UKR", "ceasefire", "high")}
    assert stances(text, EvidenceRules(max_distance=6)) == set()
    assert stances(text, EvidenceRules(max_distance=20)) == {("UKR", "ceasefire", "high")}


def test_items_weaker_than_the_threshold_are_not_proposed() -> None:
    text = "Zelensky hopes for a ceasefire."
    assert stances(text, LEGACY_RULES) == {("UKR", "ceasefire", "high")}
    assert stances(text, EvidenceRules(min_strength=0.5)) == set()


def test_the_default_is_used_unless_told_otherwise_and_switches_stay_reachable() -> None:
    text = "Putin demanded that Ukraine withdraw from the occupied territory."
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    assert extract_evidence(doc, UKRAINE) == extract_evidence(doc, UKRAINE, rules=DEFAULT_RULES)
    assert extract_evidence(doc, UKRAINE) == []  # the default abstains on a demand of another
    assert extract_evidence(doc, UKRAINE, rules=LEGACY_RULES)  # the plain matcher reads it
    assert EvidenceRules().label() == "none@0"
    assert EvidenceRules(skip_lists=True, min_strength=0.6).label() == "skip_lists@0.6"
    assert EvidenceRules(max_distance=6).label() == "within6@0"


def test_a_coordinated_subject_holds_the_stance_with_every_member() -> None:
    # the resolver groups "France and Britain" into one compound: both are speakers
    text = "France and Britain called for a ceasefire."
    expected = {("FRA", "ceasefire", "high"), ("GBR", "ceasefire", "high")}
    assert stances(text, DEFAULT_RULES) == expected


def test_a_compound_name_inside_a_prepositional_list_does_not_break_it() -> None:
    text = (
        "In the presence of Russia, Ukraine's President Zelensky and Britain, Macron urged a truce."
    )
    assert ("FRA", "ceasefire", "high") not in stances(text, LEGACY_RULES)
    assert stances(text, EvidenceRules(skip_lists=True)) == {("FRA", "ceasefire", "high")}


def test_an_actor_that_names_the_issue_is_not_its_holder() -> None:
    # "Ukrainian land" is what the stance is about (issue_modifier, session 5)
    text = (
        "A spokesman for Putin said that handing back the annexed Ukrainian land was "
        "non-negotiable."
    )
    assert stances(text, LEGACY_RULES) == {("UKR", "territory", "high")}
    assert stances(text, EvidenceRules(issue_modifier=True)) == set()


@pytest.mark.parametrize(
    ("text", "legacy"),
    [
        # the keyword is in the subject's relative clause, not what is rejected
        (
            "Zelensky, who was not invited to the ceasefire talks in Riyadh, rejected the "
            "invitation.",
            {("UKR", "ceasefire", "low")},
        ),
        # the keyword is in another clause before the cue
        (
            "Officials said that any talks about European peacekeepers are reasonable, Lavrov "
            "insisted.",
            {("RUS", "peacekeeping", "high")},
        ),
    ],
)
def test_a_keyword_only_before_an_active_cue_is_not_its_object(
    text: str, legacy: set[tuple[str, str, str]]
) -> None:
    assert stances(text, LEGACY_RULES) == legacy
    assert stances(text, EvidenceRules(object_keyword=True)) == set()


def test_a_predicative_or_modal_cue_takes_the_keyword_before_it() -> None:
    for text, expected in (
        ("Zelensky said a ceasefire is achievable.", ("UKR", "ceasefire", "high")),
        ("Starmer said peacekeepers must be deployed.", ("GBR", "peacekeeping", "high")),
    ):
        assert stances(text, EvidenceRules(object_keyword=True)) == {expected}


@pytest.mark.parametrize(
    ("text", "legacy", "negated"),
    [
        (
            "Britain proposed a resolution with no mention of Russian aggression.",
            ("GBR", "aggressor_naming", "high"),
            ("GBR", "aggressor_naming", "low"),
        ),
        (
            "Britain insisted on no ceasefire until Russia withdraws.",
            ("GBR", "ceasefire", "high"),
            ("GBR", "ceasefire", "low"),
        ),
    ],
)
def test_a_keyword_said_to_be_missing_flips_the_direction(
    text: str, legacy: tuple[str, str, str], negated: tuple[str, str, str]
) -> None:
    assert legacy in stances(text, LEGACY_RULES)
    assert negated in stances(text, EvidenceRules(negated_keyword=True))


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        # a negative cue on giving the thing up is a stance for keeping it
        (
            "Kyiv ruled out surrendering any occupied territory.",
            ("UKR", "territory", "low"),
            ("UKR", "territory", "high"),
        ),
        # a demand that someone give it up is a stance for the low end
        (
            "Putin demanded the handover, insisting on Kyiv giving up Crimea.",
            ("RUS", "territory", "high"),
            ("RUS", "territory", "low"),
        ),
    ],
)
def test_a_keyword_given_up_flips_the_direction(
    text: str, before: tuple[str, str, str], after: tuple[str, str, str]
) -> None:
    assert stances(text, LEGACY_RULES) == {before}
    assert stances(text, EvidenceRules(conceded_keyword=True)) == {after}


def test_a_keyword_kept_is_not_flipped() -> None:
    text = "Kyiv ruled out any talks on occupied territory."
    rules = EvidenceRules(conceded_keyword=True)
    assert stances(text, rules) == stances(text, LEGACY_RULES) == {("UKR", "territory", "low")}


@pytest.mark.parametrize(
    "text",
    [
        "Starmer pledged British jets once a truce is signed.",
        "Starmer pledged jets in case of a truce.",
        "Starmer insisted on more drones until the armistice.",
    ],
)
def test_a_keyword_only_in_a_condition_or_time_to_come_abstains(text: str) -> None:
    assert ("GBR", "ceasefire", "high") in stances(text, LEGACY_RULES)
    assert stances(text, EvidenceRules(keyword_hedged=True)) == set()


def test_a_keyword_also_asserted_outside_the_condition_is_read() -> None:
    text = "Starmer urged a truce now, once the talks resume, and a lasting truce later."
    assert stances(text, EvidenceRules(keyword_hedged=True)) == {("GBR", "ceasefire", "high")}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Zelensky called for foreign troops on Ukrainian territory.", "territory"),  # a place
        ("Starmer pledged to defend Ukraine by land, sea and air.", "territory"),  # a medium
        ("Beijing called for a resolution through dialogue.", "aggressor_naming"),  # a means
    ],
)
def test_a_keyword_in_another_sense_does_not_count(text: str, issue: str) -> None:
    assert issue in {i for _, i, _ in stances(text, LEGACY_RULES)}
    assert issue not in {i for _, i, _ in stances(text, EvidenceRules(keyword_sense=True))}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky insisted on Ukrainian neutrality.",  # the cue's own preposition
        "Starmer pledged security guarantees, including air defence.",  # not a list of media
        "Beijing called for a resolution condemning the invasion.",  # a UN resolution
    ],
)
def test_a_keyword_in_the_issue_s_sense_still_counts(text: str) -> None:
    rules = EvidenceRules(keyword_sense=True)
    assert stances(text, rules) == stances(text, LEGACY_RULES) != set()


def test_a_keyword_in_a_relative_clause_about_the_subject_does_not_count() -> None:
    text = "Sybiha, who attended the peace talks, rejected the plan."
    assert stances(text, LEGACY_RULES) == {("UKR", "ceasefire", "low")}
    assert stances(text, EvidenceRules(relative_clause=True)) == set()


def test_a_relative_clause_after_the_cue_gives_its_object() -> None:
    text = "France proposed amendments, which name Russia the aggressor."
    expected = {("FRA", "aggressor_naming", "high")}
    assert stances(text, EvidenceRules(relative_clause=True)) == stances(text, LEGACY_RULES)
    assert stances(text, LEGACY_RULES) == expected


def test_a_cue_in_a_relative_clause_is_held_by_the_actor_named_there() -> None:
    text = "Trump signed a deal with Kyiv, in which Ukraine agreed to a ceasefire."
    assert stances(text, LEGACY_RULES) == {("USA", "ceasefire", "high")}
    assert stances(text, EvidenceRules(relative_clause=True)) == {("UKR", "ceasefire", "high")}


def test_a_newspaper_as_subject_holds_no_actor_s_stance() -> None:
    text = "Britain's Guardian newspaper said the plan calls for a ceasefire."
    assert stances(text, LEGACY_RULES) == {("GBR", "ceasefire", "high")}
    assert stances(text, EvidenceRules(press_report=True)) == set()


def test_a_newspaper_after_a_preposition_is_not_the_subject() -> None:
    text = "Writing in The Daily Telegraph, Starmer called for a ceasefire."
    expected = {("GBR", "ceasefire", "high")}
    assert stances(text, EvidenceRules(press_report=True)) == stances(text, LEGACY_RULES)
    assert stances(text, LEGACY_RULES) == expected


POLICY = EvidenceRules(policy_cues=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov said Russia won't accept peacekeepers.", ("RUS", "peacekeeping", "low")),
        ("Starmer is ready to send peacekeepers.", ("GBR", "peacekeeping", "high")),
        ("China voted against the resolution.", ("CHN", "aggressor_naming", "low")),
        ("Zelensky is against any truce on those terms.", ("UKR", "ceasefire", "low")),
        ("Washington sought to avoid any condemnation.", ("USA", "aggressor_naming", "low")),
    ],
)
def test_policy_cues_find_stances_the_cue_list_misses(
    text: str, expected: tuple[str, str, str]
) -> None:
    # session 7: readiness, acceptance, seeking, voting and opposition
    assert stances(text, LEGACY_RULES) == set()
    assert stances(text, POLICY) == {expected}


def test_not_only_is_no_negation() -> None:
    text = "Lavrov called the peacekeepers not only unacceptable but absurd."
    assert stances(text, POLICY) == {("RUS", "peacekeeping", "low")}
    # a plain "not" still negates the cue
    text = "Lavrov called the peacekeepers not unacceptable."
    assert stances(text, POLICY) == {("RUS", "peacekeeping", "high")}


def test_a_cue_joined_by_and_is_not_governed_by_the_earlier_one() -> None:
    # two stances: against arms, for a truce (the earlier cue does not flip the later one)
    text = "Macron rejected the arms plan and spoke in favour of a truce."
    assert stances(text, POLICY) == {("FRA", "ceasefire", "high")}
    # without "and", the earlier cue of the clause still governs ("avoids ... demanding X")
    text = "Macron rejected the arms plan, speaking in favour of a truce."
    assert stances(text, POLICY) == {("FRA", "ceasefire", "low")}


def test_at_the_expense_of_is_a_word_of_lack() -> None:
    text = "Macron said peace should not come at the expense of Ukraine's territorial integrity."
    rules = replace(DEFAULT_RULES, expense_lack=False)
    assert ("FRA", "territory", "low") in stances(text, rules)
    assert ("FRA", "territory", "high") in stances(text, DEFAULT_RULES)


def test_in_the_event_of_opens_a_condition() -> None:
    text = "Starmer pledged jets in the event of a truce."
    assert ("GBR", "ceasefire", "high") in stances(text, LEGACY_RULES)
    assert stances(text, EvidenceRules(keyword_hedged=True)) == set()


def test_media_each_with_a_preposition_are_a_list() -> None:
    text = "Starmer pledged to patrol on land, on sea and in the air."
    assert "territory" in {i for _, i, _ in stances(text, LEGACY_RULES)}
    assert "territory" not in {i for _, i, _ in stances(text, EvidenceRules(keyword_sense=True))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov rejected any NATO troops.", ("RUS", "peacekeeping", "low")),
        ("Trump opposed Ukraine's NATO ambitions.", ("USA", "security_guarantees", "low")),
        ("Poroshenko rejected federalization.", ("UKR", "special_status", "low")),
    ],
)
def test_the_session_7_keywords_name_their_issue(text: str, expected: tuple[str, str, str]) -> None:
    scenarios = {s.id: s for s in (UKRAINE, MINSK)}
    scenario = scenarios[MINSK.id if "federal" in text else UKRAINE.id]
    doc = Document(id="t", title="", text=text, date=dt.date(2025, 2, 20))
    found = {
        (e.actor, e.issue, "high" if e.direction > 0 else "low")
        for e in extract_evidence(doc, scenario)
    }
    before = without_added(scenarios)[scenario.id]
    old = {
        (e.actor, e.issue, "high" if e.direction > 0 else "low")
        for e in extract_evidence(doc, before)
    }
    assert expected in found
    assert expected not in old
