"""A disputed territory is a place, not a recipient (session 30, s30-territory):
docs/event-coding.md, "Gold conventions" (written in session 29): "An act 'in' or 'on' a
territory whose sovereignty is disputed (the Golan Heights, Crimea, Western Sahara) takes the
territory as its location; it gives a recipient only where the sentence names a state, a
government or a people." The rules coder skips such a place among the recipients
(``accord.news.coding.disputed_places``, ``disputed_codes``); the nlp coder drops its code
(``accord.news.nlp.coder._not_disputed``) and keeps the location. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, disputed_codes
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, type, mode, sources, targets): the place gives no recipient; a state named in the
# sentence stays the recipient
CASES = [
    (
        "Japan welcomed the agreement on lasting peace in Western Sahara on Friday.",
        "SUPPORT",
        None,
        ["JPN"],
        [],
    ),
    ("Japan's navy held drills in the Taiwan Strait on Monday.", "MOBILIZE", None, ["JPN"], []),
    ("Russia deployed more troops in Crimea on Monday.", "MOBILIZE", "troops", ["RUS"], []),
    (
        "Pakistan's army shelled Indian posts in Jammu and Kashmir on Monday.",
        "ASSAULT",
        "heavy-weapons",
        ["PAK"],
        ["IND"],
    ),
]


def _codes(text: str) -> frozenset[str]:
    tokens = tokenize(text)
    return disputed_codes(tokens, find_mentions(tokens, text, DATE, load(), bare=True))


def test_disputed_codes_are_those_given_only_by_the_place() -> None:
    assert _codes(CASES[0][0]) == {"MAR"}
    assert _codes(CASES[1][0]) == {"TWN"}
    # a state named elsewhere in the sentence ("Indian posts") is no disputed code
    assert _codes(CASES[3][0]) == frozenset()
    # the territory as a thing acted on, not a place: "recognise Crimea"
    assert _codes("Japan refused to recognise Crimea as Russian territory.") == frozenset()


@pytest.mark.parametrize("text, kind, mode, sources, targets", CASES)
def test_rules_a_disputed_territory_is_a_place(
    text: str, kind: str, mode: str | None, sources: list[str], targets: list[str]
) -> None:
    event = code_sentence(text, DATE)[0]
    got = (event.event_type, event.mode, [a.code for a in event.sources])
    assert (*got, [a.code for a in event.targets]) == (kind, mode, sources, targets)


@needs_nlp
@pytest.mark.parametrize("text, kind, mode, sources, targets", CASES)
def test_nlp_a_disputed_territory_is_a_place(
    text: str, kind: str, mode: str | None, sources: list[str], targets: list[str]
) -> None:
    from accord.news.nlp.coder import NlpCoder

    event = NlpCoder().code_sentence(text, DATE, None)[0]
    # the nlp coder's head gives these four no mode
    assert (event.event_type, event.mode, [a.code for a in event.sources]) == (kind, None, sources)
    assert [a.code for a in event.targets] == targets


@needs_nlp
def test_nlp_keeps_the_territory_as_the_location() -> None:
    from accord.news.nlp.coder import NlpCoder

    event = NlpCoder().code_sentence(CASES[0][0], DATE, None)[0]
    assert event.targets == ()
    assert event.location is not None and event.location.place == "Western Sahara"
