"""``RoleRules.reported_judgement`` (session 23, s23-nlpclaim): a reported clause that judges
wrong-doing is the speaker's accusation of the clause's agent (docs/event-coding.md, gold
conventions: "a reported judgement of wrong-doing ('violated the ceasefire', 'an aggression',
'a threat') is ACCUSE X -> Y"). Sentences of our own; the head is held constant so that the
role rule is tested whatever the trained head makes of a sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import judges_wrong
from accord.news.gazetteer import tokenize
from tests.news.test_nlp_role_rules import _constant_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
# (name in the sentence, code): states the gazetteer names by their plain English name
STATES = [("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Georgia", "GEO"), ("Peru", "PER")]
STATES += [("Chile", "CHL"), ("Serbia", "SRB"), ("Sudan", "SDN"), ("Chad", "TCD")]


def _coded(text: str, on: bool, probs: dict[str, float]) -> dict[str, tuple[str, ...]]:
    """Each event of ``text`` by its trigger: its type, sources, "->" and targets."""
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    rules = replace(DEFAULT_RULES, learned_first=False, reported_judgement=on)
    coder = NlpCoder(head=_constant_head(probs), rules=rules)
    return {
        str(e.trigger): (
            e.event_type,
            *sorted(a.code for a in e.sources),
            "->",
            *sorted(a.code for a in e.targets),
        )
        for e in coder.code_sentence(text, DATE)
    }


def test_judgements_of_wrong_doing_are_told_from_acts() -> None:
    for text, word in (
        ("Chad violated the truce", "violated"),
        ("Chad breached the accord", "breached"),
        ("Chad broke the ceasefire again", "broke"),
        ("Chad's drills posed a direct threat", "posed"),
        ("Chad's raid was an aggression", "was"),
    ):
        tokens = tokenize(text)
        at = next(i for i, t in enumerate(tokens) if text[t.start : t.end] == word)
        assert judges_wrong(tokens, at), text
    for text, word in (
        ("Chad broke the gates of the camp", "broke"),
        ("Chad shelled the camp", "shelled"),
        ("Chad was ready", "was"),
    ):
        tokens = tokenize(text)
        at = next(i for i, t in enumerate(tokens) if text[t.start : t.end] == word)
        assert not judges_wrong(tokens, at), text


@needs_nlp
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(STATES),
    st.sampled_from(STATES),
    st.sampled_from(["violated the ceasefire", "breached the truce"]),
)
def test_a_reported_violation_is_the_speakers_accusation(
    speaker: tuple[str, str], violator: tuple[str, str], act: str
) -> None:
    if speaker == violator:
        return
    verb = act.split()[0]
    text = f"{speaker[0]} said {violator[0]} {act} overnight near the border."
    # whatever type the head gives the reported clause, it is an accusation by the speaker
    for probs in ({"ACCUSE": 0.9}, {"REJECT": 0.9}):
        on = _coded(text, True, probs)
        assert on.get(verb) == ("ACCUSE", speaker[1], "->", violator[1]), (text, on)
        off = _coded(text, False, probs)
        assert off.get(verb) != on[verb]


@needs_nlp
def test_a_reported_threat_posed_accuses_its_owner() -> None:
    text = "Ecuador said Peru's troop movements posed a direct threat to Colombia's border towns."
    on = _coded(text, True, {"THREATEN": 0.9})
    assert on.get("posed") == ("ACCUSE", "ECU", "->", "PER")
    assert _coded(text, False, {"THREATEN": 0.9}).get("posed") != on["posed"]


@needs_nlp
def test_reported_acts_of_force_and_the_narrators_violations_are_left_alone() -> None:
    # a reported act of force is the act (ASSAULT of its own actors), a violation that no one
    # reports keeps its agent, and a denied violation is no accusation
    for text, verb in (
        ("Armenia said Azerbaijan shelled Tegh on Sunday.", "shelled"),
        ("Azerbaijan violated the ceasefire near Tegh on Monday.", "violated"),
        ("Armenia said Azerbaijan had not violated the ceasefire.", "violated"),
    ):
        for probs in ({"ACCUSE": 0.9}, {"ASSAULT": 0.9}):
            assert _coded(text, True, probs).get(verb) == _coded(text, False, probs).get(verb)
