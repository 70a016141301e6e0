"""A one-word place that is a person's given name (session 14, s14-names): "Jordan Bardella"
is no mention of Jordan, while "the Jordan Valley" still names the state's place."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.gazetteer import tokenize
from accord.news.resolve import find_mentions

MAY_2025 = dt.date(2025, 5, 20)


def _codes(text: str) -> list[str]:
    return [m.actor.code for m in find_mentions(tokenize(text), text, MAY_2025)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a place's name, then a capitalised word the gazetteer does not know: a person
        ("Jordan Bardella attacked Macron over pensions.", ["FRA"]),
        ("Paris Hilton flew into Berlin on a private jet.", ["DEU"]),
        ("Lima Ostrander, a novelist, wrote about Brazil.", ["BRA"]),
        ("Chad Wexley, an analyst, said Kenya would wait.", ["KEN"]),
        # after a title the place is no more the person's state
        ("Deputy Minister Santiago Orellano thanked Japan.", ["JPN"]),
    ],
)
def test_a_place_that_is_a_given_name_is_no_mention(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a head of a place-based name (closed list) or a derived noun: the place stays
        ("Settlers moved deeper into the Jordan Valley.", ["JOR"]),
        ("The Cairo Summit ended without a text.", ["EGY"]),
        ("The Lagos Tribune said Nigeria would appeal.", ["NGA", "NGA"]),
        ("Delegates praised the Baghdad Implementation Plan.", ["IRQ"]),
        ("Drones set fire to the Saratov Refinery overnight.", ["RUS"]),
        ("Clashes spread among Kirkuk Arabs and Kurds.", ["IRQ"]),
        # a lower-case word, an acronym, a day: the place stays
        ("Officials in Minsk denied it.", ["BLR"]),
        ("Protests spread in Nairobi CBD.", ["KEN"]),
        ("Talks resumed in Ankara Thursday.", ["TUR"]),
        # a compound of places, or the place after "of": it completes the phrase before it
        ("The U.S.-Cuba Thaw stalled.", ["USA", "CUB"]),
        ("The Foreign Minister of Chad Ouyabo Tamsar met Sudan's envoy.", ["TCD", "SDN"]),
        # a headline in title case capitalises its verbs: no name is read there
        ("Cairo Rejects Ankara Offer Over Libya", ["EGY", "TUR", "LBY"]),
        # a surname the gazetteer knows: the person's entry decides, as before
        ("Israel Katz spoke in the Knesset.", ["ISR", "ISR"]),
    ],
)
def test_a_place_before_a_name_of_its_own_stays(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


def test_paraguays_president_is_no_chilean_mention() -> None:
    text = "President Santiago Peña met Lula in Asuncion."
    found = find_mentions(tokenize(text), text, MAY_2025)
    assert [(m.actor.code, m.actor.name) for m in found][:2] == [
        ("PRY", "Santiago Peña"),
        ("BRA", "Luiz Inacio Lula da Silva"),
    ]


def test_sri_lankas_president_by_surname() -> None:
    text = "Dissanayake thanked India for the loan."
    assert _codes(text) == ["LKA", "IND"]
