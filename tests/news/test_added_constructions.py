"""The constructions of "add" (session 32, s32-added): "add" as a verb of saying ("added that
...", ", adding that ..." after a closing quote) is no act of its own, its content clause is
coded from its own verb; adding firms to a barring list ("its export control list", "the
sanctions list") or adding a levy is SANCTION `discontinue`, not the CAMEO GRANT block's
COOPERATE. Rules: ``accord.news.coding._added_remark`` and ``_added_sanction``; nlp:
``accord.news.nlp.coder._added_remark`` and ``_without_remarks``. Sentences of our own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news.coders import nlp_available
from accord.news.coding import code_sentence

DATE = dt.date(2025, 3, 1)
needs_nlp = pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")

REMARKS = [
    "Chile's foreign minister added that Chile rejected Peru's claim to the bay.",
    "Chile's foreign minister called the vote \"unfair,\" adding that Chile rejected Peru's "
    "claim to the bay.",
]
LISTS = [
    "Chile's economy ministry added five Peruvian firms to its export control list.",
    "Chile is adding a 20% tariff to all copper exports sent to Peru.",
]
# "add" with neither a content clause nor a barring list keeps the GRANT block's reading
STAYS = "Chile added 200 troops to its peacekeeping mission in Haiti."


def _first(events: list[Any]) -> tuple[str, str | None, list[str], list[str]]:
    e = events[0]
    return e.event_type, e.mode, sorted({a.code for a in e.sources}), [a.code for a in e.targets]


def _adds(events: list[Any]) -> list[Any]:
    return [e for e in events if (e.trigger or "").lower().startswith("add")]


def _nlp(text: str) -> list[Any]:
    from accord.news.nlp.coder import NlpCoder

    return list(NlpCoder().code_sentence(text, DATE, None))


@pytest.mark.parametrize("text", REMARKS)
def test_rules_added_remark_codes_its_content(text: str) -> None:
    events = code_sentence(text, DATE)
    assert _adds(events) == []
    assert ("REJECT", None, ["CHL"], ["PER"]) in [_first([e]) for e in events]


@pytest.mark.parametrize("text", LISTS)
def test_rules_added_to_a_barring_list_or_a_levy_is_a_sanction(text: str) -> None:
    assert _first(code_sentence(text, DATE)) == ("SANCTION", "discontinue", ["CHL"], ["PER"])


def test_rules_added_troops_stays() -> None:
    assert _first(code_sentence(STAYS, DATE)) == ("COOPERATE", None, ["CHL"], ["HTI"])


@needs_nlp
@pytest.mark.parametrize("text", REMARKS)
def test_nlp_added_remark_codes_its_content(text: str) -> None:
    events = _nlp(text)
    assert _adds(events) == []
    assert ("REJECT", None, ["CHL"], ["PER"]) in [_first([e]) for e in events]


@needs_nlp
@pytest.mark.parametrize("text", LISTS)
def test_nlp_added_to_a_barring_list_or_a_levy_is_a_sanction(text: str) -> None:
    kind, _mode, sources, targets = _first(_nlp(text))
    assert (kind, sources, targets) == ("SANCTION", ["CHL"], ["PER"])
