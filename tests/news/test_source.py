"""An event has a source (session 30, s30-source): docs/event-coding.md, gold conventions, "An
act whose doer the sentence does not name ... is no event". An agentless violent passive that
names neither its doer nor its act (a toll of victims) is no event in both coders
(``accord.news.coding._doer_unnamed``; the nlp coder borrows the rules coder's agentless
passives, so it follows); one that names its act ("in an ambush") keeps its recipient. Sentences
of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

TOLL = "At least 30 Chilean miners have been killed since the protests began."
NAMED_ACT = "Two Peruvian soldiers were killed in an ambush near the border."


def _roles(events: list[Event]) -> list[tuple[str, str | None, list[str], list[str]]]:
    return [
        (e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets])
        for e in events
    ]


def test_rules_a_toll_with_no_doer_is_no_event() -> None:
    assert _roles(code_sentence(TOLL, DATE)) == []


def test_rules_a_named_act_keeps_its_recipient() -> None:
    assert _roles(code_sentence(NAMED_ACT, DATE)) == [("ASSAULT", None, [], ["PER"])]


@needs_nlp
def test_nlp_a_toll_with_no_doer_is_no_event() -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _roles(NlpCoder().code_sentence(TOLL, DATE, None)) == []


@needs_nlp
def test_nlp_a_named_act_keeps_its_recipient() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(NAMED_ACT, DATE, None)
    assert _roles(events) == [("ASSAULT", None, [], ["PER"])]
