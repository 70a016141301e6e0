"""An expulsion told in the passive with no agent, no state it is expelled from, no place and no
host takes the announcer's state as its source (session 31, s31-expelsource): docs/event-coding.md,
gold conventions, "An event has a source". The rules coder reads the announcer
(``accord.news.coding._expulsion_announcer``: a closing attribution's speaker, "according to X",
the subject of a verb of saying whose clause holds the passive); the nlp coder borrows these
events. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

ANNOUNCED = [
    # a closing attribution
    ("The Czech ambassador was given five days to leave, Russia's foreign ministry said.", "CZE"),
    # "according to X"
    (
        "Two Czech diplomats were given a week to leave the country, according to Russia's"
        " foreign ministry.",
        "CZE",
    ),
    # the subject of a verb of saying whose clause holds the passive
    ("Russia's foreign ministry said that two Czech diplomats were given a week to leave.", "CZE"),
]
DEPORTED = "Hundreds of Haitian migrants were expelled, Dominican officials said."
NO_STATE = [
    # no announcer: left with no source (the READING gold shows no such expulsion as no event)
    "The Czech ambassador was given five days to leave.",
    # an announcer that is no state
    "Two Czech diplomats were given a week to leave, according to the United Nations.",
]


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "expelled"), ANNOUNCED)
def test_rules_agentless_expulsion_takes_the_announcers_state(text: str, expelled: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("SANCTION", "expel", ["RUS"], [expelled])


def test_rules_agentless_deportation_takes_the_announcers_state() -> None:
    assert _first(code_sentence(DEPORTED, DATE)) == ("COERCE", "deport", ["DOM"], ["HTI"])


@pytest.mark.parametrize("text", NO_STATE)
def test_rules_expulsion_with_no_announcing_state_keeps_no_source(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("SANCTION", "expel", [], ["CZE"])


@needs_nlp
@pytest.mark.parametrize(("text", "expelled"), ANNOUNCED)
def test_nlp_agentless_expulsion_takes_the_announcers_state(text: str, expelled: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("SANCTION", "expel", ["RUS"], [expelled])


@needs_nlp
def test_nlp_agentless_deportation_takes_the_announcers_state() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(DEPORTED, DATE, None)
    assert _first(events) == ("COERCE", "deport", ["DOM"], ["HTI"])


@needs_nlp
@pytest.mark.parametrize("text", NO_STATE)
def test_nlp_expulsion_with_no_announcing_state_keeps_no_source(text: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("SANCTION", "expel", [], ["CZE"])
