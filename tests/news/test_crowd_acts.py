"""A crowd that gathers demonstrates (PROTEST ``demo``, CAMEO 141) and a crowd that blocks
obstructs passage (PROTEST ``obstruct``, CAMEO 144), in both coders (session 33, s33-gathered;
docs/validation-events/session-33-gathered.md): the rules coder reads the crowd as the verb's
subject (``accord.news.coding.crowd_act_code``), the nlp coder takes that reading where its head
types the verb otherwise (``NlpCoder._crowd_act``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, crowd_act_code
from accord.news.gazetteer import tokenize

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

GATHERED = "Thousands of Chileans gathered in central Santiago on Sunday."
BLOCKED = "Hundreds of farmers, angry at fuel prices, blocked a bridge near Warsaw on Monday."
LEADERS = "Leaders of the G7 gathered in Canada for talks on trade."
STATE = "Hungary blocked the European Union's new sanctions package."


def _first(events: list) -> tuple[str, str | None, list[str], list[str]]:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Thousands of people gathered in the square", "GATHERED", "141"),
        ("200 people who had gathered at the square", "GATHERED", "141"),
        ("Crowds began gathering outside the station", "GATHERING", "141"),
        ("a drone struck a civilian gathering", "GATHERING", None),
        ("protesters, mostly students, blocked the hub", "BLOCKED", "144"),
        ("Ministers gathered for more talks", "GATHERED", None),
        ("Hundreds of police blocked the road", "BLOCKED", None),
        ("fighters who had gathered in the area", "GATHERED", None),
    ],
)
def test_crowd_act_code(text: str, word: str, expected: str | None) -> None:
    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.key == word)
    assert crowd_act_code(tokens, at) == expected


def test_rules_crowd_that_gathers_demonstrates() -> None:
    assert _first(code_sentence(GATHERED, DATE)) == ("PROTEST", "demo", ["CHL"], ["CHL"])


def test_rules_crowd_that_blocks_obstructs() -> None:
    assert _first(code_sentence(BLOCKED, DATE)) == ("PROTEST", "obstruct", ["POL"], ["POL"])


def test_rules_leaders_and_states_are_no_crowd() -> None:
    assert _first(code_sentence(LEADERS, DATE))[0] == "CONSULT"
    assert _first(code_sentence(STATE, DATE))[0] == "COERCE"


@needs_nlp
def test_nlp_crowd_that_gathers_demonstrates() -> None:
    from accord.news.nlp.coder import NlpCoder

    got = _first(NlpCoder().code_sentence(GATHERED, DATE, None))
    assert got == ("PROTEST", "demo", ["CHL"], ["CHL"])


@needs_nlp
def test_nlp_crowd_that_blocks_obstructs() -> None:
    from accord.news.nlp.coder import NlpCoder

    got = _first(NlpCoder().code_sentence(BLOCKED, DATE, None))
    assert got == ("PROTEST", "obstruct", ["POL"], ["POL"])


@needs_nlp
def test_nlp_state_that_blocks_is_no_crowd() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(STATE, DATE, None))[0] == "COERCE"
