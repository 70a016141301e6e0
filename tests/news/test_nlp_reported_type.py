"""``RoleRules.reported_type`` (session 23, s23-nlpclaim2): a reported clause of judgement or of
force has the type that docs/event-coding.md's convention gives it ("'X said Y attacked Z': the
type follows the reported predicate": ACCUSE X -> Y, ASSAULT Y -> Z), also where the type head
abstains on it, and the verb of saying that reports it codes no event of its own. Sentences of
our own; the head's probabilities are set per verb, so that a head that types the saying
clause and abstains on the reported one is tested whatever the trained head makes of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import acts_by_force
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
# (name in the sentence, code): states the gazetteer names by their plain English name
STATES = [("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Georgia", "GEO"), ("Peru", "PER")]
STATES += [("Chile", "CHL"), ("Serbia", "SRB"), ("Sudan", "SDN"), ("Chad", "TCD")]
SAYS_AGREE = {"said": {"AGREE": 0.9}}
"""The head types the verb of saying AGREE (as from a "ceasefire" in its clause) and abstains
on every other verb."""


def _coded(text: str, on: bool, by_verb: dict[str, dict[str, float]]) -> dict[str, tuple[str, ...]]:
    """Each event of ``text`` by its trigger (type, sources, "->", targets), with a head that
    gives each verb ``by_verb[verb]`` (the rest of the mass on ``NONE``; none: it abstains)."""
    from accord.news.nlp.classifier import NONE
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    class _ByVerb(NlpCoder):
        def _types(self, flat: list[Any]) -> tuple[np.ndarray[Any, Any], list[bool]]:
            labels = self.head.labels
            rows = np.full((len(flat), len(labels)), 1e-6)
            for row, cand in zip(rows, flat, strict=True):
                probs = by_verb.get(cand.sent.doc[cand.pred.verb].text, {})
                for label, value in probs.items():
                    row[labels.index(label)] = value
                row[labels.index(NONE)] = 1.0 - sum(probs.values())
            return rows, [False] * len(flat)

    rules = replace(DEFAULT_RULES, learned_first=False, reported_type=on)
    return {
        str(e.trigger): (
            e.event_type,
            *sorted(a.code for a in e.sources),
            "->",
            *sorted(a.code for a in e.targets),
        )
        for e in _ByVerb(rules=rules).code_sentence(text, DATE)
    }


def _at(text: str, word: str) -> tuple[list[Any], int]:
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if text[t.start : t.end] == word)


def test_acts_of_force_are_told_from_judgements_and_other_acts() -> None:
    for text, word in (("Chad shelled the camp", "shelled"), ("Chad bombed Sudan", "bombed")):
        assert acts_by_force(*_at(text, word)), text
    for text, word in (
        ("Chad violated the truce", "violated"),
        ("Chad met Sudan", "met"),
        ("Chad shelled the camp", "camp"),
    ):
        assert not acts_by_force(*_at(text, word)), text


three_states = st.lists(st.sampled_from(STATES), min_size=3, max_size=3, unique=True)


@needs_nlp
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(three_states)
def test_a_reported_violation_is_coded_where_the_head_types_only_the_saying_verb(
    states: list[tuple[str, str]],
) -> None:
    (speaker, x), (violator, y), _ = states
    text = f"{speaker} said {violator} violated the ceasefire overnight."
    on = _coded(text, True, SAYS_AGREE)
    assert on == {"violated": ("ACCUSE", x, "->", y)}, (text, on)
    assert "said" in _coded(text, False, SAYS_AGREE)


@needs_nlp
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(three_states, st.sampled_from([{}, {"COERCE": 0.9}]))
def test_a_reported_act_of_force_is_the_agents_assault(
    states: list[tuple[str, str]], reported: dict[str, float]
) -> None:
    (speaker, _), (agent, y), (victim, z) = states
    text = f"{speaker} said {agent} shelled {victim} overnight."
    # whether the head abstains on the reported clause or gives it another type
    on = _coded(text, True, {**SAYS_AGREE, "shelled": reported})
    assert on == {"shelled": ("ASSAULT", y, "->", z)}, (text, on)
    assert "said" in _coded(text, False, {**SAYS_AGREE, "shelled": reported})


@needs_nlp
def test_acts_not_done_and_denied_are_left_alone() -> None:
    # a threat ("would shell"), a denial and a violation no one reports: as without the switch
    for text in (
        "Armenia said Azerbaijan would shell Tegh.",
        "Armenia said Azerbaijan did not shell Tegh.",
        "Armenia said Azerbaijan had not violated the ceasefire.",
        "Azerbaijan shelled Tegh on Monday.",
    ):
        by_verb = {**SAYS_AGREE, "shelled": {"ASSAULT": 0.9}}
        assert _coded(text, True, by_verb) == _coded(text, False, by_verb), text
