"""A response verb with an instrument ("responded with ...") or a means ("responded by
...ing") is coded as the act the instrument or means names, its subject the source and the
instrument's target the recipient (session 32, s32-responded). Rules:
``accord.news.coding.response_means``; nlp: ``accord.news.nlp.coder._response_act``.
Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

INSTRUMENT = "Chile responded with airstrikes on Peruvian military posts."
MEANS = "Chile's army responded by deploying troops along the border."
# an instrument that names no act: the response verb is coded as before
NO_ACT = "Chile responded with caution to Peru's statement."


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


def test_rules_instrument_is_the_act() -> None:
    assert _first(code_sentence(INSTRUMENT, DATE)) == ("ASSAULT", "heavy-weapons", ["CHL"], ["PER"])


def test_rules_means_is_the_act() -> None:
    assert _first(code_sentence(MEANS, DATE))[:3] == ("MOBILIZE", "troops", ["CHL"])


def test_rules_instrument_naming_no_act_keeps_the_verb() -> None:
    assert _first(code_sentence(NO_ACT, DATE))[0] != "ASSAULT"


@needs_nlp
def test_nlp_instrument_is_the_act() -> None:
    kind, _mode, sources, targets = _first(_nlp(INSTRUMENT))
    assert (kind, sources, targets) == ("ASSAULT", ["CHL"], ["PER"])


@needs_nlp
def test_nlp_means_is_the_act() -> None:
    kind, _mode, sources, _targets = _first(_nlp(MEANS))
    assert (kind, sources) == ("MOBILIZE", ["CHL"])


# s33-responded2: only the head of the "with" phrase is the instrument; a violent word in its
# complement ("with anger at the airstrikes") names no act of the response
HEAD = "Chile responded with F-16 fighter jet airstrikes on Peruvian military posts."
FORCE = "Chilean police responded with teargas and water cannon against the marchers."
COMPLEMENT = (
    "Chile responded with anger at the airstrikes.",
    "Chile responded with condemnation of the airstrikes on Peru.",
)


def test_rules_instrument_is_the_head_of_the_phrase() -> None:
    assert _first(code_sentence(HEAD, DATE)) == ("ASSAULT", "heavy-weapons", ["CHL"], ["PER"])
    assert _first(code_sentence(FORCE, DATE)) == ("ASSAULT", "pro_autocracy", ["CHL"], ["CHL"])


@pytest.mark.parametrize("text", COMPLEMENT)
def test_rules_violent_complement_is_no_instrument(text: str) -> None:
    events = code_sentence(text, DATE)
    assert _first(events)[:3] == ("ACCUSE", "disapprove", ["CHL"])
    assert all(e.trigger != "responded" for e in events if e.event_type == "ASSAULT")


@needs_nlp
def test_nlp_instrument_is_the_head_of_the_phrase() -> None:
    assert _first(_nlp(HEAD)) == ("ASSAULT", None, ["CHL"], ["PER"])
    assert _first(_nlp(FORCE)) == ("ASSAULT", None, ["CHL"], ["CHL"])
    assert _first(_nlp(MEANS)) == ("MOBILIZE", "troops", ["CHL"], [])


@needs_nlp
@pytest.mark.parametrize("text", COMPLEMENT)
def test_nlp_violent_complement_is_no_instrument(text: str) -> None:
    events = _nlp(text)
    assert _first(events)[:3] == ("ACCUSE", None, ["CHL"])
    assert all(e.event_type != "ASSAULT" for e in events)
