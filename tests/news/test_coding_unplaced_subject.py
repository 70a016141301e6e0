"""The rules coder's unplaced subject: the object stays the recipient (s13-rulesactors)."""

from __future__ import annotations

import pytest

from accord.news.coding import code_sentence


def _first(sentence: str) -> tuple[str, set[str], set[str]]:
    events = code_sentence(sentence)
    assert events
    best = events[0]
    return best.event_type, {a.code for a in best.sources}, {a.code for a in best.targets}


@pytest.mark.parametrize(
    ("sentence", "kind", "code"),
    [
        # a subject with no country: the object's state for both sides
        ("The spokeswoman condemned Japan's decision as reckless.", "ACCUSE", "JPN"),
        ("The committee urged Norway to reopen the inquiry.", "REQUEST", "NOR"),
    ],
)
def test_the_object_stays_the_recipient(sentence: str, kind: str, code: str) -> None:
    assert _first(sentence) == (kind, {code}, {code})


def test_a_place_after_the_verb_is_no_recipient() -> None:
    # "in Lima" is where the march is, not whom it is against
    kind, sources, targets = _first(
        "Thousands of people marched in Lima in defiance of Chilean officials."
    )
    assert (kind, sources, targets) == ("PROTEST", {"PER"}, {"CHL"})


def test_the_nlp_fallback_keeps_the_object_as_source_only() -> None:
    # the nlp coder's filters read a source and recipient of one state as no event
    events = code_sentence("The spokeswoman condemned Japan's decision.", object_recipient=False)
    assert events
    assert {a.code for a in events[0].sources} == {"JPN"}
    assert not events[0].targets
