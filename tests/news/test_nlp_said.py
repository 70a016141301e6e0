"""Session 24 (s24-said): two readings of a reported clause by the nlp coder, each a switch of
``RoleRules``. ``own_side``: the speaker's own side named by a possessive pronoun ("Chad said
its jets struck ...", "said his country would retaliate") is the speaker. ``reported_threat``:
a reported consequence threatened ("Chad said Sudan would pay a heavy price") is the speaker's
threat of the clause's subject. Sentences of our own; the head is held constant so that the
role rules are tested whatever the trained head makes of a sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.coding import threatens_suffering
from accord.news.gazetteer import tokenize
from tests.news.test_nlp_role_rules import _constant_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
# (name in the sentence, code): states the gazetteer names by their plain English name
STATES = [("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Georgia", "GEO"), ("Peru", "PER")]
STATES += [("Chile", "CHL"), ("Serbia", "SRB"), ("Sudan", "SDN"), ("Chad", "TCD")]


def _coded(text: str, probs: dict[str, float], **switches: bool) -> dict[str, tuple[str, ...]]:
    """Each event of ``text`` by its trigger: its type, sources, "->" and targets."""
    from dataclasses import replace

    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    rules = replace(DEFAULT_RULES, learned_first=False, **switches)
    coder = NlpCoder(head=_constant_head(probs), rules=rules)
    return {
        str(e.trigger): (
            e.event_type,
            *sorted({a.code for a in e.sources}),
            "->",
            *sorted({a.code for a in e.targets}),
        )
        for e in coder.code_sentence(text, DATE)
    }


@needs_nlp
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(STATES), st.sampled_from(["its jets", "its forces", "their troops"]))
def test_the_speakers_own_forces_are_the_speaker(speaker: tuple[str, str], own: str) -> None:
    # "struck" after a word of armed forces reads as a noun modifier to the gazetteer ("forces
    # struck"), so the agent phrase names no actor: only the possessive says whose they are
    text = f"{speaker[0]} said {own} struck rebel camps near the border on Sunday."
    on = _coded(text, {"ASSAULT": 0.9}, own_side=True)
    assert on.get("struck") == ("ASSAULT", speaker[1], "->", speaker[1]), (text, on)
    assert "struck" not in _coded(text, {"ASSAULT": 0.9}, own_side=False)


@needs_nlp
def test_the_speakers_country_is_the_speaker() -> None:
    text = "The Chilean foreign minister said his country would retaliate against the tariffs."
    on = _coded(text, {"THREATEN": 0.9}, own_side=True)
    assert on.get("retaliate") == ("THREATEN", "CHL", "->")
    assert "retaliate" not in _coded(text, {"THREATEN": 0.9}, own_side=False)


@needs_nlp
def test_a_named_or_foreign_possessed_agent_is_left_alone() -> None:
    # the agent names an actor ("its neighbour Peru"), or is no part of the speaker's state or
    # forces ("its allies"), or the clause is not reported
    for text, verb in (
        ("Chile said its neighbour Peru struck rebel camps near the border.", "struck"),
        ("Chile said its partners would retaliate against the tariffs.", "retaliate"),
        ("Chile and its forces struck rebel camps near the border.", "struck"),
    ):
        on = _coded(text, {"ASSAULT": 0.9}, own_side=True)
        assert on.get(verb) == _coded(text, {"ASSAULT": 0.9}, own_side=False).get(verb), text


def test_consequences_threatened_are_told_from_acts() -> None:
    for text, word in (
        ("Chad will pay a heavy price", "pay"),
        ("Chad would face irreparable damage", "face"),
        ("Chad would face severe consequences", "face"),
    ):
        tokens = tokenize(text)
        at = next(i for i, t in enumerate(tokens) if text[t.start : t.end] == word)
        assert threatens_suffering(tokens, at), text
    for text, word in (
        ("Chad will pay the salaries", "pay"),
        ("Chad faced heavy shelling", "faced"),
        ("Chad paid a heavy price", "paid"),
    ):
        tokens = tokenize(text)
        at = next(i for i, t in enumerate(tokens) if text[t.start : t.end] == word)
        assert not threatens_suffering(tokens, at), text


@needs_nlp
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(STATES),
    st.sampled_from(STATES),
    st.sampled_from(["would pay a heavy price", "would face severe consequences"]),
)
def test_a_reported_consequence_is_the_speakers_threat(
    speaker: tuple[str, str], threatened: tuple[str, str], clause: str
) -> None:
    if speaker == threatened:
        return
    verb = clause.split()[1]
    text = f"{speaker[0]} said {threatened[0]} {clause} for the raids."
    # whatever type the head gives the reported clause, it is a threat by the speaker
    for probs in ({"THREATEN": 0.9}, {"AGREE": 0.9}):
        on = _coded(text, probs, reported_threat=True)
        assert on.get(verb) == ("THREATEN", speaker[1], "->", threatened[1]), (text, on)
        assert _coded(text, probs, reported_threat=False).get(verb) != on[verb]


@needs_nlp
def test_an_unreported_or_denied_consequence_is_left_alone() -> None:
    for text, verb in (
        ("Sudan will pay a heavy price for the raids, the army warned.", "pay"),
        ("Chad said Sudan would not pay a heavy price for the raids.", "pay"),
        ("Chad said Sudan would pay the salaries of the monitors.", "pay"),
    ):
        for probs in ({"THREATEN": 0.9}, {"AGREE": 0.9}):
            on = _coded(text, probs, reported_threat=True).get(verb)
            assert on == _coded(text, probs, reported_threat=False).get(verb), text
