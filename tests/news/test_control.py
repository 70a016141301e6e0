"""The word "control" read by its dictionary sense alone names holding territory, power or an
institution, a state and no act: no event in either coder (session 39, s39-control;
docs/validation-events/session-39-control.md; ``accord.news.coding.holding_control``). Acts
that change who controls keep their own verb's event. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

VERB = "Chilean forces now control about a third of the disputed border region with Peru."
PERFECT = "The Chilean army has controlled the port city of Arica for a decade."
NOUN = "Rights groups say Peru's president has had full control over the courts since 2019."
AREAS = "Bolivian rebels held a vote in areas they control."
SEIZED = "Chilean troops seized control of the Peruvian port of Ilo."
TRANSFERRED = "Chile transferred control of the airbase to Peru."

Coded = tuple[str, str | None, list[str], list[str]]


def _codings(events: list) -> list[Coded]:  # type: ignore[type-arg]
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in events
    ]


@pytest.mark.parametrize("text", [VERB, PERFECT, NOUN, AREAS])
def test_rules_holding_control_is_no_event(text: str) -> None:
    assert code_sentence(text, DATE) == []


def test_rules_acts_that_change_control_keep_their_verb() -> None:
    assert _codings(code_sentence(SEIZED, DATE)) == [("COERCE", "seize", ["CHL"], ["PER"])]
    assert _codings(code_sentence(TRANSFERRED, DATE)) == [("CONCEDE", None, ["CHL"], ["PER"])]


@needs_nlp
@pytest.mark.parametrize("text", [VERB, PERFECT, NOUN])
def test_nlp_holding_control_is_no_event(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(text, DATE, None) == []


@needs_nlp
def test_nlp_areas_they_control_keeps_only_the_act() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(AREAS, DATE, None)
    assert [e.trigger for e in events] == ["held"]
    assert [e.event_type for e in events] != ["COOPERATE"]


@needs_nlp
def test_nlp_acts_that_change_control_keep_their_verb() -> None:
    from accord.news.nlp.coder import NlpCoder

    coder = NlpCoder()
    assert _codings(coder.code_sentence(SEIZED, DATE, None)) == [
        ("COERCE", "seize", ["CHL"], ["PER"])
    ]
    assert _codings(coder.code_sentence(TRANSFERRED, DATE, None)) == [
        ("CONCEDE", None, ["CHL"], ["PER"])
    ]
