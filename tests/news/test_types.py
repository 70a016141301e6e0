"""The news records' shared helpers: the event de-duplication key both coders use (session 8)."""

from __future__ import annotations

from collections import Counter

import pytest

from accord.news.coding import code_document
from accord.news.readers import make_document
from accord.news.types import ActorRef, Event, Location, event_key
from tests.helpers import SHARED

SEED = SHARED / "seed" / "000_3ead7e23d2ba6687.txt"


def _event(**changes: object) -> Event:
    base: dict[str, object] = {
        "event_type": "CONSULT",
        "sources": (ActorRef("FRA", name="Emmanuel Macron"),),
        "targets": (ActorRef("USA"),),
    }
    base.update(changes)
    return Event(**base)  # type: ignore[arg-type]


def test_event_key_is_type_source_codes_and_target_codes() -> None:
    assert event_key(_event()) == ("CONSULT", ("FRA",), ("USA",))
    # what a coder may word differently does not make a second event
    alike = _event(
        trigger="met",
        mode="visit",
        confidence=0.3,
        sentence="Macron met Trump.",
        location=Location("USA", "Washington"),
        sources=(ActorRef("FRA", role="GOV", text="Macron"),),
    )
    assert event_key(alike) == event_key(_event())
    # type, each side's codes and their order do
    assert event_key(_event(event_type="AGREE")) != event_key(_event())
    assert event_key(_event(targets=(ActorRef("USA"), ActorRef("GBR")))) != event_key(_event())
    two = (ActorRef("FRA"), ActorRef("DEU"))
    assert event_key(_event(sources=two)) != event_key(_event(sources=two[::-1]))


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed")
def test_rules_coder_keeps_one_event_per_key_and_sentence() -> None:
    events = code_document(make_document(SEED.read_text()))
    counts = Counter((e.sentence, event_key(e)) for e in events)
    assert events and max(counts.values()) == 1
