"""Arms sales (session 30, s30-armsale): docs/event-coding.md, gold conventions, "An approved or
delivered arms sale is AID `military` (CAMEO 072 ...): the selling state is the source, the
buying state the recipient. A sale only offered or promised is AGREE, mode `military` (CAMEO
0332)." The rules coder reads it by word classes (``accord.news.coding._arms_sale``); the nlp
coder takes the rules coder's type where its head abstains on the verb, and the mode where the
types agree (``RoleRules.rules_arms_sale``). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.coders import get_coder, nlp_available
from accord.news.coding import code_sentence
from tests.news.test_nlp_role_rules import _with_head

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

Coded = tuple[str, str | None, list[str], list[str]]


def _first(text: str, coder: str = "rules") -> Coded:
    if coder == "rules":
        event = code_sentence(text, DATE)[0]
    else:
        event = get_coder("nlp", strict=True).coder.code_sentence(text, DATE, None)[0]
    return (
        event.event_type,
        event.mode,
        sorted(a.code for a in event.sources),
        sorted(a.code for a in event.targets),
    )


SALES: list[tuple[str, Coded]] = [
    # a sale approved: the approving (selling) state the source, the buyer the recipient
    (
        "Chile's government approved a $90 million sale of missiles to Peru on Tuesday.",
        ("AID", "military", ["CHL"], ["PER"]),
    ),
    (
        "Chile approved the possible sale of 12 F-16 jets to Peru.",
        ("AID", "military", ["CHL"], ["PER"]),
    ),
    # arms sold or delivered
    ("Chile sold six Leopard tanks to Peru last year.", ("AID", "military", ["CHL"], ["PER"])),
    (
        "Chile has delivered two more air defence systems to Peru.",
        ("AID", "military", ["CHL"], ["PER"]),
    ),
    # a sale only offered or promised
    ("Chile will sell four frigates to Peru.", ("AGREE", "military", ["CHL"], ["PER"])),
    (
        "Chile offered to sell artillery shells to Peru on Tuesday.",
        ("AGREE", "military", ["CHL"], ["PER"]),
    ),
]


@pytest.mark.parametrize("text, expected", SALES)
def test_an_arms_sale_is_military_aid_in_the_rules_coder(text: str, expected: Coded) -> None:
    assert _first(text) == expected


@needs_nlp
@pytest.mark.parametrize("text, expected", SALES)
def test_an_arms_sale_is_military_aid_in_the_nlp_coder(text: str, expected: Coded) -> None:
    assert _first(text, "nlp") == expected


def test_what_is_no_arms_sale_keeps_its_reading() -> None:
    # approval of something else than a sale of arms
    coded = code_sentence("Chile approved Peru's plan to build a submarine.", DATE)
    assert not any(e.mode == "military" for e in coded)
    # goods that are not arms
    coded = code_sentence("Chile sold copper to Peru last year.", DATE)
    assert not any(e.mode == "military" for e in coded)
    # a contract signed to buy arms is the signing, not the sale
    coded = code_sentence("Peru signed a contract to purchase 12 F-16 jets from Chile.", DATE)
    assert coded[0].event_type != "AID"


@needs_nlp
def test_the_nlp_coder_takes_the_arms_sale_where_its_head_abstains() -> None:
    text = "Chile has delivered two more air defence systems to Peru."
    # the head abstains on every clause (all its mass on NONE)
    assert _with_head(text, {}, rules_when_silent=False, rules_arms_sale=False) == []
    assert _with_head(text, {}, rules_when_silent=False) == [("AID", "CHL", "->", "PER")]
