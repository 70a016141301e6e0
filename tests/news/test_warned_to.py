"""s34-warnedto: a warning that tells its addressee to do or not to do an act is a demand,
REQUEST of the addressee (PLOVER 2.0 manual 3.8, "all requests, demands, and orders"), not
THREATEN; a warning of a consequence, a warning told to people no actor names and a demand
backed by a condition stay THREATEN. Rules: ``accord.news.coding.warned_to``; nlp:
``accord.news.nlp.coder._warned_to``. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

DEMANDS = [
    # "warned X to VERB"
    "Chile's foreign minister warned Peru to withdraw its patrol boats from the bay.",
    # "warned X not to VERB"
    "Chile's foreign minister warned Peru not to extend its naval patrols.",
]
STAYS_A_THREAT = [
    # a warning of the speaker's own measure
    "Chile's foreign minister warned Peru that Santiago would impose sanctions.",
    # a demand backed by a condition: an ultimatum
    "Chile's foreign minister warned Peru to withdraw its boats or face sanctions.",
]


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


@pytest.mark.parametrize("text", DEMANDS)
def test_rules_warning_with_an_infinitive_is_a_request(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("REQUEST", None, ["CHL"], ["PER"])


@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_rules_consequence_or_ultimatum_stays_a_threat(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("THREATEN", None, ["CHL"], ["PER"])


def test_rules_warning_to_people_no_actor_names_is_not_read() -> None:
    text = "Police in Chile warned fishermen to stay out of the bay."
    assert all(e.event_type != "REQUEST" for e in code_sentence(text, DATE))


@needs_nlp
@pytest.mark.parametrize("text", DEMANDS)
def test_nlp_warning_with_an_infinitive_is_a_request(text: str) -> None:
    assert _first(_nlp(text)) == ("REQUEST", None, ["CHL"], ["PER"])


@needs_nlp
@pytest.mark.parametrize("text", STAYS_A_THREAT)
def test_nlp_consequence_or_ultimatum_stays_a_threat(text: str) -> None:
    assert _first(_nlp(text)) == ("THREATEN", None, ["CHL"], ["PER"])


@needs_nlp
def test_nlp_warning_to_people_no_actor_names_is_not_read() -> None:
    text = "Police in Chile warned fishermen to stay out of the bay."
    assert all(e.event_type != "REQUEST" for e in _nlp(text))
