"""A release of people promised or announced as to come is CONCEDE (session 36, s36-promised):
docs/event-coding.md's "Property handed back" bullet says "a return only approved or promised is
CONCEDE (PLOVER manual 3.4.2), as a promised release is", where the intent rule made every
intended cooperative act AGREE. The rules coder reads it in ``accord.news.coding.
_promised_release`` (called in ``code_tokens`` before the intent rule); the nlp coder takes the
type through ``rules_type_same_trigger``. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

# (sentence, source, target), all CONCEDE with no mode: one per construction
PROMISED = [
    # "will release" with a word of people held as its object
    ("Chile said it will release 40 Peruvian prisoners on Friday.", "CHL", "PER"),
    # the bare "free" after "will", a demonym in the plural as its object
    ("Chile will free 20 Peruvians next week.", "CHL", "PER"),
    # "would set free" in a reported clause, a word of people as its object
    ("Chile said it would set free 30 Peruvian fishermen.", "CHL", "PER"),
    # "will pardon": a pardon is of people whatever its object names
    ("Chile's president said he will pardon former Peruvian minister Luis Vargas.", "CHL", "PER"),
]

# sentences that keep the start code's reading: (sentence, first event's type)
KEPT = [
    # a thing released, not people: still an intent
    ("Chile will release the frozen Peruvian assets next week.", "AGREE"),
    # a release on a condition is an offer: still an intent
    ("Chile would release 20 Peruvian prisoners if Peru lifts its tariffs.", "AGREE"),
    # two parties agreeing to a release: the agreement (gold AGREE, HO27J-043, HO27S-037)
    ("Chile and Peru agreed to release captured soldiers.", "AGREE"),
    # "would be free and fair": an adjective, no release
    ("Chile said the election would be free and fair.", "AGREE"),
]


def _first(events: Sequence[Event]) -> tuple[str, str | None, list[str], list[str]]:
    event = events[0]
    return (
        event.event_type,
        event.mode,
        sorted(a.code for a in event.sources),
        sorted(a.code for a in event.targets),
    )


@pytest.mark.parametrize("text, source, target", PROMISED)
def test_rules_a_promised_release_is_a_concession(text: str, source: str, target: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("CONCEDE", None, [source], [target])


@pytest.mark.parametrize("text, kind", KEPT)
def test_rules_what_is_no_promised_release_keeps_its_reading(text: str, kind: str) -> None:
    assert code_sentence(text, DATE)[0].event_type == kind


@needs_nlp
@pytest.mark.parametrize("text, source, target", PROMISED)
def test_nlp_a_promised_release_is_a_concession(text: str, source: str, target: str) -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence(text, DATE, None)
    assert _first(events)[0] == "CONCEDE"
    assert _first(events)[2:] == ([source], [target])


@needs_nlp
def test_nlp_a_release_of_a_thing_stays_an_intent() -> None:
    from accord.news.nlp.coder import NlpCoder

    events = NlpCoder().code_sentence("Chile will release funds for Peru next week.", DATE, None)
    assert _first(events) == ("AGREE", None, ["CHL"], ["PER"])
