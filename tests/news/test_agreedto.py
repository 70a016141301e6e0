"""One party agreeing to yield is CONCEDE, not AGREE (session 33, s33-agreedto;
docs/validation-events/session-33-agreedto.md): "agreed to" + an infinitive the CAMEO verb
dictionary reads as a yield (08, or an intent-to-yield 0351-0354: "ease * SANCTION", "lift *
SANCTION", "release"), exempting from sanctions or tariffs, accepting a demand or deportees, the
same after "agreed on a plan to", and "agreed not to" + a verb; two parties agreeing together
stay AGREE (``accord.news.coding._agreed_yield``, which the nlp coder follows through the rules
coder's type on the same trigger). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, str | None, list[str], list[str]]

CASES: list[tuple[str, Coded]] = [
    # the dictionary's pattern at the infinitive ("EASE * SANCTION", 085)
    (
        "Japan agreed to ease sanctions on Iran after the talks in Geneva.",
        ("CONCEDE", None, ["JPN"], ["IRN"]),
    ),
    # an intent-to-yield pattern at the infinitive ("to lift * SANCTION", 0354), after "on"
    (
        "The European Union has agreed on a plan to lift sanctions on Belarus.",
        ("CONCEDE", None, ["EU"], ["BLR"]),
    ),
    # exempting from tariffs: easing a measure on the party that gains
    (
        "Canada has agreed to exempt Mexico from its steel tariffs for six months.",
        ("CONCEDE", None, ["CAN"], ["MEX"]),
    ),
    # accepting deportees: acceding to the deporting state's demand
    (
        "Venezuela agreed to accept the deportees flown from the United States.",
        ("CONCEDE", None, ["VEN"], ["USA"]),
    ),
    # releasing (CAMEO 084)
    (
        "Kenya agreed to release the detained Ugandan opposition leader.",
        ("CONCEDE", None, ["KEN"], ["UGA"]),
    ),
    # agreeing not to act
    ("Norway agreed not to veto the Swedish proposal.", ("CONCEDE", None, ["NOR"], ["SWE"])),
    # two parties agreeing together: a joint undertaking stays AGREE
    (
        "Chile and Peru agreed to withdraw troops from the border.",
        ("AGREE", None, ["CHL", "PER"], []),
    ),
    # no yield named: AGREE as before
    ("Chile agreed to hold talks with Peru next month.", ("AGREE", None, ["CHL"], ["PER"])),
    ("Chile agreed to cooperate with Peru on fisheries.", ("AGREE", None, ["CHL"], ["PER"])),
]


def _first(events: list) -> Coded:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rules_agreed_yield(text: str, expected: Coded) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_nlp_agreed_yield(text: str, expected: Coded) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE, None)) == expected
