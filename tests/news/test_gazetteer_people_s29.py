"""Session 29 (s29-people): national heads of state and government of 2025-2026 that neither
gazetteer layer knew (docs/validation-events/session-29-people.md) resolve to their state,
with the role of the article's date where the cited page gives a date."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.gazetteer import tokenize
from accord.news.resolve import find_mentions
from accord.news.types import ActorRef


def first(text: str, when: dt.date) -> ActorRef:
    return find_mentions(tokenize(text), text, when)[0].actor


@pytest.mark.parametrize(
    ("text", "when", "code", "role"),
    [
        # Guinea-Bissau: the president toppled on 2025-11-26, the general installed the next day
        ("Embalo condemned the attack.", dt.date(2025, 6, 1), "GNB", "GOV"),
        ("Embaló condemned the attack.", dt.date(2025, 12, 1), "GNB", "ELI"),
        ("General Horta N'Tam promised elections.", dt.date(2025, 12, 1), "GNB", "GOV"),
        # the Czech Republic: Babis in opposition, then prime minister from 2025-12-09
        ("Babis criticised the budget.", dt.date(2024, 5, 1), "CZE", "OPP"),
        ("Andrej Babiš met Zelensky.", dt.date(2026, 1, 10), "CZE", "GOV"),
        ("Fiala met Zelensky.", dt.date(2026, 1, 10), "CZE", "ELI"),
        # an undated term covers every date
        ("Mishustin signed the decree.", dt.date(2025, 3, 1), "RUS", "GOV"),
        ("Madbouly received the delegation.", dt.date(2025, 3, 1), "EGY", "GOV"),
        ("Cvijanović rejected the decision.", dt.date(2025, 3, 1), "BIH", "GOV"),
        ("Rashad al-Alimi accepted the resignation.", dt.date(2026, 1, 15), "YEM", "GOV"),
        ("Kamil Idris visited Riyadh.", dt.date(2025, 7, 1), "SDN", "GOV"),
        # Mozambique: Nyusi handed over to Chapo on 2025-01-15
        ("Nyusi spoke.", dt.date(2025, 2, 1), "MOZ", "ELI"),
        ("Daniel Chapo spoke.", dt.date(2025, 2, 1), "MOZ", "GOV"),
    ],
)
def test_head_resolves_with_the_date(text: str, when: dt.date, code: str, role: str) -> None:
    actor = first(text, when)
    assert (actor.code, actor.role) == (code, role)


def test_a_common_or_shared_surname_is_no_alias() -> None:
    # "Chapo" alone also names a drug lord; "Harris" stays Kamala Harris, not Simon Harris
    text = "Chapo spoke."
    assert find_mentions(tokenize(text), text, dt.date(2025, 2, 1)) == []
    assert first("Simon Harris spoke.", dt.date(2025, 1, 1)).code == "IRL"
    assert first("Kamala Harris spoke.", dt.date(2025, 1, 1)).code == "USA"
