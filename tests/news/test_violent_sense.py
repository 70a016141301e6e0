"""A violent word in a sense that names no violent act codes no violent type (session 29,
s29-violent; issue 14 item 5: "a violent type needs a violent act in the sentence, not a verb of
contact"): :func:`accord.news.coding.violent_sense`, read by both coders. The first two sentences
are session 28's trial articles' (docs/trial-2026-12-05-s28.md, finding 8); the others are our
own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, violent_sense
from accord.news.types import Event

DATE = dt.date(2024, 11, 12)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

TRIAL_FUND = (
    "The United States met with the small island states to discuss the loss and damage fund."
)
TRIAL_GOAL = "India rejected the proposed finance goal of the developed countries."
NOT_VIOLENT = [
    TRIAL_FUND,
    # a modifier of an institutional head, or of an exercise
    "The aircraft carrier strike group of the United States entered the Caribbean on Monday.",
    "The Pentagon said the strike group will hold combat training with Japan.",
    # a social ill as the object
    "Mongolia has long battled corruption.",
]
VIOLENT = [
    ("Chinese vessels damaged a Philippine boat near the shoal.", ["CHN"], ["PHL"]),
    ("Russian forces fought Ukrainian troops near Bakhmut.", ["RUS"], ["UKR"]),
]


def _nlp_events(text: str) -> list[Event]:
    from accord.news.nlp.coder import NlpCoder

    return NlpCoder().code_sentence(text, DATE, None)


def _types(events: Sequence[Event]) -> list[str]:
    return [e.event_type for e in events]


def _self_dyads(events: Sequence[Event]) -> list[Event]:
    return [e for e in events if {a.code for a in e.sources} & {a.code for a in e.targets}]


@pytest.mark.parametrize(
    ("words", "at", "expected"),
    [
        ("THE LOSS AND DAMAGE FUND", 3, False),  # a modifier of an economic head
        ("THE CARRIER STRIKE GROUP SAILED", 2, False),  # a modifier of an institution
        ("COMMITMENT TO FIGHTING GRAFT AT HOME", 2, False),  # a social ill as the object
        ("A DELIBERATE ATTACK ON ITS SOVEREIGNTY", 2, False),  # a value as the object
        ("THE STRIKE ON THE PORT KILLED TEN", 1, True),
        ("THE ARMY FOUGHT REBELS IN THE NORTH", 2, True),
        ("THE STRIKES COULD DAMAGE THE PLANT", 3, True),  # "damage" as a verb
        ("FIGHTING IN KHARTOUM AND CORRUPTION", 0, True),  # "in" ends the object
    ],
)
def test_violent_sense(words: str, at: int, expected: bool) -> None:
    assert violent_sense(words.split(), at) is expected


@pytest.mark.parametrize("text", NOT_VIOLENT)
def test_rules_no_violent_type_without_violent_sense(text: str) -> None:
    events = code_sentence(text, DATE)
    assert "ASSAULT" not in _types(events)


def test_rules_trial_fund_has_no_self_dyad() -> None:
    # finding 8: ASSAULT USA -> USA on "damage" came from the domestic fallback of that event
    events = code_sentence(TRIAL_FUND, DATE)
    assert _types(events)[0] == "CONSULT"
    assert not [e for e in _self_dyads(events) if e.event_type == "ASSAULT"]


def test_rules_trial_goal_rejects_first() -> None:
    # left as it was (not a violent type): the refusal is the sentence's first event
    events = code_sentence(TRIAL_GOAL, DATE)
    assert (events[0].event_type, [a.code for a in events[0].sources]) == ("REJECT", ["IND"])


@pytest.mark.parametrize(("text", "sources", "targets"), VIOLENT)
def test_rules_violent_act_kept(text: str, sources: list[str], targets: list[str]) -> None:
    event = code_sentence(text, DATE)[0]
    assert event.event_type == "ASSAULT"
    assert ([a.code for a in event.sources], [a.code for a in event.targets]) == (
        sources,
        targets,
    )


@needs_nlp
@pytest.mark.parametrize("text", NOT_VIOLENT)
def test_nlp_no_violent_type_without_violent_sense(text: str) -> None:
    assert "ASSAULT" not in _types(_nlp_events(text))


@needs_nlp
@pytest.mark.parametrize(("text", "sources", "targets"), VIOLENT)
def test_nlp_violent_act_kept(text: str, sources: list[str], targets: list[str]) -> None:
    event = _nlp_events(text)[0]
    assert event.event_type == "ASSAULT"
    assert ([a.code for a in event.sources], [a.code for a in event.targets]) == (
        sources,
        targets,
    )
