"""Session 28 (s28-people): the curated people of the class of
docs/validation-events/session-28-people.md (heads of UN bodies, heads of sub-national
entities and de facto states, runners-up of Africa's 2025 presidential elections) resolve to
their state or organisation with the role of the article's date."""

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
        # (B) a sub-national head is coded by the sovereign state, out of office an elite
        ("Dodik rejected the verdict.", dt.date(2025, 3, 1), "BIH", "GOV"),
        ("Dodik rejected the verdict.", dt.date(2025, 9, 1), "BIH", "ELI"),
        ("Said Abdullahi Deni met the envoy.", dt.date(2025, 1, 10), "SOM", "GOV"),
        ("Muse Bihi Abdi met the envoy.", dt.date(2025, 1, 10), "SOM", "ELI"),
        ("Irro met the envoy.", dt.date(2025, 1, 10), "SOM", "GOV"),
        ("Badra Gunba met Putin.", dt.date(2025, 5, 1), "GEO", "GOV"),
        ("Tufan Erhurman met the envoy.", dt.date(2025, 11, 1), "CYP", "GOV"),
        ("Jens-Frederik Nielsen spoke.", dt.date(2025, 4, 1), "DNK", "GOV"),
        # (C) a runner-up is the opposition of his state; a president who lost becomes it
        ("Tchiroma rejected the results.", dt.date(2025, 10, 30), "CMR", "OPP"),
        ("Chakwera conceded.", dt.date(2025, 9, 24), "MWI", "GOV"),
        ("Chakwera spoke.", dt.date(2025, 11, 1), "MWI", "OPP"),
        # (A) UN heads: the organisation, folded to IGO by the evaluation
        ("Lazzarini dismissed the allegations.", dt.date(2025, 6, 1), "UNRWA", None),
        ("Filippo Grandi spoke.", dt.date(2025, 6, 1), "UN", None),
    ],
)
def test_class_member_resolves_with_the_date(
    text: str, when: dt.date, code: str, role: str | None
) -> None:
    actor = first(text, when)
    assert (actor.code, actor.role) == (code, role)


def test_a_person_keeps_the_state_of_an_earlier_office() -> None:
    # De Croo was Belgium's prime minister before he headed UNDP (2025-11-17)
    assert first("Alexander De Croo spoke.", dt.date(2024, 6, 1)).code == "BEL"
    assert first("Alexander De Croo spoke.", dt.date(2025, 12, 1)).code == "UN"


def test_a_shared_surname_is_no_alias() -> None:
    # "Barzani" names the region's president, its prime minister and the KDP's leader
    assert find_mentions(tokenize("Barzani spoke."), "Barzani spoke.", dt.date(2025, 1, 1)) == []
    assert first("Masrour Barzani spoke.", dt.date(2025, 1, 1)).code == "IRQ"
