"""The rules events the nlp coder's choice puts in a sentence (session 19, s19-cover): a
sentence left uncoded by default, not on purpose, and the coder's own rule on recipients for
a rules event put first.

The sentences and events are written for these tests (none is from a gold file)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coders import nlp_available
from accord.news.event_choice import FEATURES, Candidates, learned, score
from accord.news.types import ActorRef, Event

needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# a pronoun subject with no antecedent: the rules coder takes the nearest name as the source,
# the nlp coder refuses the event for its actor (uncoded by default)
PRONOUN = "He called for a stronger deterrent against Russia in Ukraine."
# an expectation states no act: the nlp coder's conventions refuse the rules coder's events
ON_PURPOSE = (
    "The French envoy is expected in Riyadh to meet Saudi officials.",
    "Japan is expected to sign the trade pact with Korea next week.",
)


def by_default_coder(on: bool = True) -> object:
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    return NlpCoder(rules=replace(DEFAULT_RULES, learned_gate_by_default=on))


@needs_nlp
def test_a_pronoun_subject_leaves_the_sentence_uncoded_by_default() -> None:
    from accord.news.coding import code_sentence

    refused: set[str] = set()
    off = by_default_coder(False).raw_sentence(PRONOUN, refused=refused)  # type: ignore[attr-defined]
    assert off == []
    assert refused == {PRONOUN}
    assert code_sentence(PRONOUN)  # the rules coder codes it


@needs_nlp
@pytest.mark.parametrize("gate", [0.0, 1.01])
def test_the_by_default_gate_decides(monkeypatch: pytest.MonkeyPatch, gate: float) -> None:
    from accord.news import event_choice

    monkeypatch.setattr(event_choice, "BY_DEFAULT_GATE", gate)
    on = by_default_coder().raw_sentence(PRONOUN)  # type: ignore[attr-defined]
    rules = event_choice.load_model() is not None
    assert len(on) == int(rules and gate == 0.0)


@needs_nlp
@pytest.mark.parametrize("text", ON_PURPOSE)
def test_a_convention_keeps_its_refusal(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    from accord.news import event_choice
    from accord.news.coding import code_sentence

    monkeypatch.setattr(event_choice, "BY_DEFAULT_GATE", 0.0)  # any rules event would pass
    refused: set[str] = set()
    on = by_default_coder().raw_sentence(text, refused=refused)  # type: ignore[attr-defined]
    off = by_default_coder(False).raw_sentence(text)  # type: ignore[attr-defined]
    assert code_sentence(text)  # the rules coder codes it, the nlp coder does not
    assert not refused
    assert on == off == []


THA = ActorRef("THA", None, text="Thailand")


@needs_nlp
@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # no threat of Thailand against itself
        ("Thailand said military operations will continue.", "THREATEN", ()),
        # a domestic act with no recipient left: the other side of the state
        ("Thailand said its forces fired on the crowd.", "ASSAULT", (ActorRef("THA", "CVL"),)),
        # a reflexive names the actor as its own target
        ("Thailand said it would defend itself.", "THREATEN", (THA,)),
    ],
)
def test_a_rules_event_put_first_keeps_the_coders_recipient_rule(
    text: str, kind: str, expected: tuple[ActorRef, ...]
) -> None:
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.models import spacy_pipeline

    sent = next(iter(spacy_pipeline()(text).sents))
    event = Event(kind, (THA,), (THA,), trigger="said", sentence=text)
    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_own_targets=True))
    assert coder._own_targets(event, sent, None, None).targets == expected
    off = NlpCoder(rules=replace(DEFAULT_RULES, learned_own_targets=False))
    assert off._own_targets(event, sent, None, None) is event


def rules_only(flags: list[bool]) -> Candidates:
    """One record per flag, each with one right rules event and no nlp event."""
    n = len(flags)
    right = np.ones(n, bool)
    return Candidates(
        x=np.zeros((n, len(FEATURES))),
        right=right,
        full=right.copy(),
        keys=[("AGREE", ("FRA",), ("DEU",))] * n,
        record=np.arange(n),
        nlp=np.zeros(n, bool),
        files=["a"] * n,
        gold=["AGREE"] * n,
        actors=[(1, 1)] * n,
        hits=[(True, True)] * n,
        by_default=flags,
    )


@settings(max_examples=50, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=8), st.floats(0, 1))
def test_the_picker_fills_only_the_records_uncoded_by_default(
    flags: list[bool], gate: float
) -> None:
    c = rules_only(flags)
    p = np.full(len(flags), 0.5)
    figures = score(c, learned(c, p, gate, by_default=True), list(range(len(flags))))
    assert figures["predicted"] == (sum(flags) if gate <= 0.5 else 0)
    everywhere = score(c, learned(c, p, gate), list(range(len(flags))))
    assert everywhere["predicted"] == (len(flags) if gate <= 0.5 else 0)
