"""What is suspended decides SANCTION or COERCE (session 33, s33-suspended;
docs/validation-events/session-33-suspended.md). A suspension of political parties or political
activity, of an official from office, of elections, the media or visas restricts freedoms at
home, COERCE (CAMEO 1722 / 1721; PLOVER 2.0 sec. 3.15); a suspension of trade, aid, talks or
cooperation reduces relations, SANCTION (CAMEO 16). The rules coder retypes the suspension
(``accord.news.coding._suspension_not_sanction``, the object's class
``accord.news.coding.suspended_freedom``); the nlp coder takes the rules coder's type for the
same trigger (``RoleRules.rules_type_same_trigger``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence, suspended_freedom
from accord.news.gazetteer import tokenize
from accord.news.types import Event

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

PARTIES = "Zambia's government suspended the activities of three opposition parties on Monday."
MEDIA = "The junta in Niger suspended the broadcasts of two local radio stations for a month."
VISAS = "Kenya announced the suspension of visa issuance for nationals of ten countries."
OFFICE = "Nigeria's President suspended the Rivers State governor from office on Tuesday."
TRADE = "Kenya suspended all trade with Uganda on Monday."
OWN = "Ghana suspended its political activities in Togo."


Coded = tuple[str, str | None, list[str], list[str]]
"""A first event's type, mode, source codes and target codes."""


def _first(events: list[Event]) -> Coded:
    e = events[0]
    return e.event_type, e.mode, [a.code for a in e.sources], [a.code for a in e.targets]


def _after(text: str, word: str) -> tuple[list[str], int]:
    keys = [t.key for t in tokenize(text)]
    return keys, keys.index(word) + 1


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The army suspended all political activities nationwide", "SUSPENDED", "1722"),
        ("The army suspended the activities of political parties", "SUSPENDED", "1722"),
        ("The president suspended the mayor from his post", "SUSPENDED", "1722"),
        ("The officers suspended the electoral process", "SUSPENDED", "1721"),
        ("The regulator suspended two television channels", "SUSPENDED", "1721"),
        ("the suspension of visa issuance for nationals", "OF", "1721"),
        ("The bloc suspended its election observation mission", "SUSPENDED", None),
        ("The party suspended its political activities", "SUSPENDED", None),
        ("The state suspended military aid to the army", "SUSPENDED", None),
        ("The state suspended peace negotiations with the rebels", "SUSPENDED", None),
    ],
)
def test_suspended_freedom(text: str, word: str, expected: str | None) -> None:
    keys, end = _after(text, word)
    assert suspended_freedom(keys, end) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PARTIES, ("COERCE", "ban", ["ZMB"], ["ZMB"])),
        (MEDIA, ("COERCE", "restrict", ["NER"], ["NER"])),
        (VISAS, ("COERCE", "restrict", ["KEN"], ["KEN"])),
        (OFFICE, ("COERCE", "ban", ["NGA"], ["NGA"])),
        (TRADE, ("SANCTION", None, ["KEN"], ["UGA"])),
        (OWN, ("SANCTION", None, ["GHA"], ["TGO"])),
    ],
)
def test_rules_what_is_suspended(text: str, expected: Coded) -> None:
    assert _first(code_sentence(text, DATE)) == expected


@needs_nlp
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PARTIES, ("COERCE", ["ZMB"], ["ZMB"])),
        (MEDIA, ("COERCE", ["NER"], ["NER"])),
        (VISAS, ("COERCE", ["KEN"], ["KEN"])),
        (OFFICE, ("COERCE", ["NGA"], ["NGA"])),
        (TRADE, ("SANCTION", ["KEN"], ["UGA"])),
        (OWN, ("SANCTION", ["GHA"], ["TGO"])),
    ],
)
def test_nlp_what_is_suspended(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    from accord.news.nlp.coder import NlpCoder

    kind, _, sources, targets = _first(NlpCoder().code_sentence(text, DATE, None))
    assert (kind, sources, targets) == expected
