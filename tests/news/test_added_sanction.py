"""Adding firms to a barring list or adding a levy (session 33, s33-addedlist: session 32's
s32-added list and levy readings alone, without its remark reading): "added five Peruvian firms
to its export control list" and "is adding a 20% tariff to" are SANCTION, not the CAMEO GRANT
block's COOPERATE. Rules: ``accord.news.coding._added_sanction``; the nlp coder takes the type
from the rules coder's reading of the same trigger. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

LIST = "Chile's economy ministry added five Peruvian firms to its export control list."
LEVY = "Chile is adding a 20% tariff to all copper exports sent to Peru."
# "add" with no barring list and no levy as its object keeps the GRANT block's reading
TROOPS = "Chile added 200 troops to its peacekeeping mission in Haiti."
# a levy inside a remark's content clause is not the object of "add" (the remark reading of
# s32-added is not part of this change: "added" keeps its event, and it is no sanction)
REMARK = "Chile's trade minister added that tariffs on Peruvian copper would stay in place."


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, sorted({a.code for a in e.sources}), [a.code for a in e.targets]


def _on_add(events: list[Any]) -> list[Any]:
    return [e for e in events if (e.trigger or "").lower().startswith("add")]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


def test_rules_added_to_a_barring_list_is_a_sanction() -> None:
    assert _first(code_sentence(LIST, DATE)) == ("SANCTION", "discontinue", ["CHL"], ["PER"])


def test_rules_added_levy_is_a_sanction() -> None:
    assert _first(code_sentence(LEVY, DATE)) == ("SANCTION", "discontinue", ["CHL"], ["PER"])


def test_rules_added_troops_stays_cooperation() -> None:
    assert _first(code_sentence(TROOPS, DATE)) == ("COOPERATE", None, ["CHL"], ["HTI"])


def test_rules_levy_in_a_remark_is_not_the_object() -> None:
    assert [e.event_type for e in _on_add(code_sentence(REMARK, DATE))] == ["COOPERATE"]


# the nlp coder reads a list or levy SANCTION's mode from the verb's own text: none for "add"
@needs_nlp
@pytest.mark.parametrize("text", [LIST, LEVY])
def test_nlp_added_to_a_barring_list_or_a_levy_is_a_sanction(text: str) -> None:
    assert _first(_nlp(text)) == ("SANCTION", None, ["CHL"], ["PER"])


@needs_nlp
def test_nlp_added_troops_stays_cooperation() -> None:
    assert _first(_nlp(TROOPS)) == ("COOPERATE", None, ["CHL"], ["HTI"])


@needs_nlp
def test_nlp_levy_in_a_remark_is_not_the_object() -> None:
    assert [e.event_type for e in _on_add(_nlp(REMARK))] == ["COOPERATE"]
