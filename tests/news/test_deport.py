"""Expelling people who are not diplomats (session 28, s28-deport): docs/event-coding.md, gold
conventions, "expelling or deporting other individuals is COERCE `deport`" (CAMEO 174). The
rules coder reads it from the verb's object (``accord.news.coding._expelled_people``); the nlp
coder takes the rules coder's type on the same verb. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")


def _first(events: Sequence[Event]) -> tuple[str, str | None, list[str], list[str]]:
    event = events[0]
    return (
        event.event_type,
        event.mode,
        [a.code for a in event.sources],
        [a.code for a in event.targets],
    )


def test_rules_expelled_people_is_deport() -> None:
    text = "Chile expelled 1,250 undocumented Peruvians on Tuesday."
    assert _first(code_sentence(text, DATE)) == ("COERCE", "deport", ["CHL"], ["PER"])


@pytest.mark.parametrize(
    "text",
    [
        "Chile expelled three Peruvian diplomats on Tuesday.",
        "Chile expelled the inspectors of the Peruvian mission on Tuesday.",
    ],
)
def test_rules_expelled_diplomats_or_officials_keep_sanction(text: str) -> None:
    assert _first(code_sentence(text, DATE))[0] == "SANCTION"


@needs_nlp
def test_nlp_expelled_people_is_deport() -> None:
    from accord.news.nlp.coder import NlpCoder

    text = "Chile expelled a group of forty Peruvians on Tuesday."
    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events) == ("COERCE", "deport", ["CHL"], ["PER"])
