"""Verbal defence of an act (session 35, s35-defended, a preference: docs/validation-events/
session-35-defended.md). "Defend" with an act, a decision, a policy or a record as its object
is a defence in words (CAMEO 052 "Defend verbally", SUPPORT in CAMEO2PLOVER-2021), not the
DEFEND block's protection (074, AID): another actor's act defended is SUPPORT of that actor,
the subject's own act defended a statement with no event. A place, a people, sovereignty or a
person defended keeps its reading. ``accord.news.coding.defended_act`` reads it for both
coders (the rules coder's ``_verbal_defences``, the nlp coder's ``_defended_kind``). Sentences
of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder
from accord.news.coding import code_sentence
from tests.news.test_armsale import Coded, _first, needs_nlp  # one reading helper, not a copy

DATE = dt.date(2025, 11, 14)

# another actor's act defended: SUPPORT, the act's owner the recipient
OTHERS: list[tuple[str, Coded]] = [
    (
        "Beijing defended Cambodia's decision to expel the observers, calling it lawful.",
        ("SUPPORT", None, ["CHN"], ["KHM"]),
    ),
]

# the subject's own act defended: no event
OWN = [
    "Chilean President Gabriel Boric defended his government's pension reform on Tuesday.",
    "Peru's foreign minister defended the decision as necessary for the country.",
]


@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_another_actors_act_defended_is_support_in_the_rules_coder(
    text: str, expected: Coded
) -> None:
    assert _first(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), OTHERS)
def test_another_actors_act_defended_is_support_in_the_nlp_coder(
    text: str, expected: Coded
) -> None:
    kind, _, sources, targets = _first(text, "nlp")
    assert (kind, sources, targets) == (expected[0], *expected[2:])


@pytest.mark.parametrize("text", OWN)
def test_ones_own_act_defended_is_no_event_in_the_rules_coder(text: str) -> None:
    assert code_sentence(text, DATE) == []


@needs_nlp
@pytest.mark.parametrize("text", OWN)
def test_ones_own_act_defended_is_no_event_in_the_nlp_coder(text: str) -> None:
    assert get_coder("nlp", strict=True).coder.code_sentence(text, DATE, None) == []


def test_a_place_or_sovereignty_defended_keeps_its_reading() -> None:
    # the military sense: the DEFEND block's reading stands (no SUPPORT, not dropped)
    text = "Ukrainian troops defended the city of Pokrovsk against Russian forces."
    assert _first(text)[0] != "SUPPORT"
    assert code_sentence(text, DATE)
    text = "Chile's army defended the border with Peru."
    assert [e.event_type for e in code_sentence(text, DATE)][:1] != ["SUPPORT"]
