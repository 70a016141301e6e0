"""A decision, a text or a negotiation blocked is REJECT (session 34, s34-blocked):
``accord.news.coding._blocked_decision`` reads BLOCK with a decision word among its first
object words as CAMEO 129 (veto), not the BLOCK block's default 170 (COERCE); a crowd blocking
a road stays PROTEST `obstruct` and a service blocked stays COERCE. The nlp coder takes the
rules coder's type on the verb. Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 11, 14)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, list[str], list[str]]


def _first(text: str, coder: str = "rules") -> Coded:
    if coder == "rules":
        event = code_sentence(text, DATE)[0]
    else:
        event = get_coder("nlp", strict=True).coder.code_sentence(text, DATE, None)[0]
    return (
        event.event_type,
        sorted(a.code for a in event.sources),
        sorted(a.code for a in event.targets),
    )


BLOCKED: list[tuple[str, Coded]] = [
    # a decision blocked: REJECT, the blocker the source
    (
        "Austria blocked a draft resolution of the European Union on migration, officials said.",
        ("REJECT", ["AUT"], ["EU"]),
    ),
    # a negotiation blocked
    (
        "Greece blocked the start of accession talks with North Macedonia.",
        ("REJECT", ["GRC"], ["MKD"]),
    ),
    # a service blocked by a state stays COERCE
    ("Kazakhstan blocked access to the messaging service on Monday.", ("COERCE", ["KAZ"], ["KAZ"])),
    # a road blocked by a crowd stays PROTEST (CAMEO 144)
    ("Farmers blocked roads near Madrid with their tractors.", ("PROTEST", ["ESP"], ["ESP"])),
]


@pytest.mark.parametrize(("text", "expected"), BLOCKED)
def test_blocked_rules(text: str, expected: Coded) -> None:
    assert _first(text) == expected


@needs_nlp
@pytest.mark.parametrize(("text", "expected"), BLOCKED)
def test_blocked_nlp(text: str, expected: Coded) -> None:
    assert _first(text, "nlp") == expected
