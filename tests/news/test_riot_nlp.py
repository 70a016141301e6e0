"""A crowd as the subject of a violent act is PROTEST ``riot`` (CAMEO 145), not ASSAULT, in the
nlp coder too (session 36, s36-riot; docs/validation-events/session-36-riot.md): where its head
types the verb and the violence test removes the ASSAULT, it takes the rules coder's riot on the
same verb (``NlpCoder._riot_act``); where it has no candidate of its own, the rules coder's riot
is not refused for a crowd that names no actor or for the "set" of "set fire"
(``accord.news.nlp.coder._riot_stated``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

SMASHED = "Angry students smashed the windows of the ruling party's offices in Dhaka, Bangladesh."
SET_FIRE = (
    "Gen Z protestors set fire to the home of a former minister in Pokhara, Nepal on Wednesday."
)
UNNAMED = (
    "In the unrest that has gripped the whole of Peru, the protestors have set the town hall"
    " on fire."
)
MIGHT = "Gen Z protestors might set fire to the home of a former minister in Pokhara, Nepal."
POLICE = "Kenyan police fired tear gas at protesters in Nairobi."


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SMASHED, ("PROTEST", "riot", ["BGD"], ["BGD"])),
        (SET_FIRE, ("PROTEST", "riot", ["NPL"], ["NPL"])),
        (UNNAMED, ("PROTEST", "riot", ["PER"], ["PER"])),
    ],
)
def test_rules_crowd_violent_act_is_riot(text: str, expected: tuple[object, ...]) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
def test_nlp_head_typed_crowd_act_is_riot() -> None:
    from accord.news.nlp.coder import NlpCoder

    got = _first(NlpCoder().code_sentence(SMASHED, DATE, None))
    assert got == ("PROTEST", "riot", ["BGD"], ["BGD"])


@needs_nlp
def test_nlp_fallback_riot_set_fire_is_an_act() -> None:
    from accord.news.nlp.coder import NlpCoder

    got = _first(NlpCoder().code_sentence(SET_FIRE, DATE, None))
    assert got == ("PROTEST", "riot", ["NPL"], ["NPL"])


@needs_nlp
def test_nlp_fallback_riot_crowd_names_no_actor() -> None:
    from accord.news.nlp.coder import NlpCoder

    got = _first(NlpCoder().code_sentence(UNNAMED, DATE, None))
    assert got == ("PROTEST", "riot", ["PER"], ["PER"])


@needs_nlp
def test_nlp_riot_with_a_modal_stays_refused() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert NlpCoder().code_sentence(MIGHT, DATE, None) == []


@needs_nlp
def test_nlp_police_against_a_crowd_stays_assault() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(POLICE, DATE, None))[0] == "ASSAULT"
