"""A crowd named as the subject of a violent or forcing act is PROTEST ``riot`` (CAMEO 145) in
both coders (session 37, s37-riot2; docs/validation-events/session-37-riot2.md): the crowd read
past an aside set off by commas and as civilians in numbers (``accord.news.coding._riot_crowd``,
``_riot_subject``), a verb of forcing a passage (``_forced_passage``), an attempt whose
infinitive is the act (``_attempted_riot``; the nlp coder's ``_attempted_acts`` and
``_attempt_infinitive``); a crowd before a passive verb is acted on, no riot. Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ASIDE = (
    "Several rioters, wearing masks, hurled petrol bombs at the police headquarters in Lima, Peru."
)
APPOSITION = (
    "Some demonstrators, most of them university students, smashed the gates of the state"
    " broadcaster in Lima, Peru."
)
FORCED = "Hundreds of farmers forced their way into the agriculture ministry in Madrid, Spain."
ATTEMPT = "Angry students made an attempt to storm the election commission in Dhaka, Bangladesh."
NUMBERS = (
    "Thousands of villagers clashed with riot police over a land dispute in Dhaka, Bangladesh."
)
PASSIVE = "Dozens of protesters were beaten by police in Dhaka, Bangladesh."
REBELS = "Hundreds of rebels attacked an army base in northern Mali."
POLICE = "Kenyan police pushed through the crowd outside parliament in Nairobi."

CASES = [
    (ASIDE, ("PROTEST", "riot", ["PER"], ["PER"])),
    (APPOSITION, ("PROTEST", "riot", ["PER"], ["PER"])),
    (FORCED, ("PROTEST", "riot", ["ESP"], ["ESP"])),
    (ATTEMPT, ("PROTEST", "riot", ["BGD"], ["BGD"])),
    (NUMBERS, ("PROTEST", "riot", ["BGD"], ["BGD"])),
    (PASSIVE, ("ASSAULT", "beat", ["BGD"], ["BGD"])),
    (REBELS, ("ASSAULT", None, ["MLI"], ["MLI"])),
    (POLICE, ("REQUEST", None, ["KEN"], ["KEN"])),
]


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_crowd_violent_or_forcing_act(text: str, expected: tuple[object, ...]) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nlp_crowd_violent_or_forcing_act(text: str, expected: tuple[object, ...]) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE, None)) == expected
