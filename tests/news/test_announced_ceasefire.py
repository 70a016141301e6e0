"""A ceasefire or a truce announced, with nothing in the sentence saying it is in force, is
CONCEDE (session 35, s35-ceasefire; docs/event-coding.md: "A ceasefire or withdrawal announced
or declared but not yet in force is CONCEDE"; docs/validation-events/session-35-ceasefire.md):
``accord.news.coding._announced_ceasefire``, which the nlp coder follows through the rules
coder's type on the same trigger. One said to be in force, a declared one, and a ceasefire noun
that names something else ("a ceasefire committee") keep their old reading. Sentences of our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, str | None, list[str], list[str]]

# (sentence, the rules coder's first event, the nlp coder's first event)
CASES: list[tuple[str, Coded, Coded]] = [
    # announced, with a span to come: CONCEDE (was RETREAT `ceasefire`, CAMEO 0871)
    (
        "Colombia's government announced a 30-day ceasefire with the rebels on Friday.",
        ("CONCEDE", None, ["COL"], ["COL"]),
        ("CONCEDE", None, ["COL"], ["COL"]),
    ),
    # a truce announced: CONCEDE
    (
        "Ethiopia announced a unilateral truce in Tigray on Monday.",
        ("CONCEDE", None, ["ETH"], []),
        ("CONCEDE", None, ["ETH"], []),
    ),
    # the sentence says it is in force: RETREAT, as before
    (
        "Ethiopia announced a unilateral truce in Tigray that took effect on Monday.",
        ("RETREAT", "ceasefire", ["ETH"], []),
        ("RETREAT", None, ["ETH"], []),
    ),
    # declared: left as the dictionary codes it (the gold codes a declared ceasefire both ways)
    (
        "Sudan's army declared a humanitarian truce in Darfur.",
        ("RETREAT", "ceasefire", ["SDN"], ["SDN"]),
        ("RETREAT", None, ["SDN"], ["SDN"]),
    ),
    # the ceasefire noun is not the object announced: as before
    (
        "Chad announced the formation of a ceasefire committee with Sudan.",
        ("AGREE", None, ["TCD"], ["SDN"]),
        ("AGREE", None, ["TCD"], ["SDN"]),
    ),
]


def _first(events: list) -> Coded:  # type: ignore[type-arg]
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


@pytest.mark.parametrize(("text", "rules", "nlp"), CASES)
def test_rules_announced_ceasefire(text: str, rules: Coded, nlp: Coded) -> None:
    assert _first(code_sentence(text, DATE)) == rules


@needs_nlp
@pytest.mark.parametrize(("text", "rules", "nlp"), CASES)
def test_nlp_announced_ceasefire(text: str, rules: Coded, nlp: Coded) -> None:
    from accord.news.nlp.coder import NlpCoder

    assert _first(NlpCoder().code_sentence(text, DATE, None)) == nlp
