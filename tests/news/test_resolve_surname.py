"""An office holder named by surname alone (session 28, s28-surname): "Fico said" names
Slovakia's prime minister on a date when he holds an office, when no other office holder of
that date has the surname, and not inside a longer name or where the word is English. Since
session 29 (s29-surname) only the gazetteer's twin of ``surname_reading`` reads it."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.gazetteer import load, surname_reading, surname_words, tokenize
from accord.news.resolve import find_mentions

JUNE_2025 = dt.date(2025, 6, 10)


def _actors(text: str, when: dt.date | None = JUNE_2025) -> list[tuple[str, str | None]]:
    gaz = surname_reading(load())  # the coders' second reading (session 29, s29-surname)
    return [(m.actor.code, m.actor.name) for m in find_mentions(tokenize(text), text, when, gaz)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Fico said on Monday that the government would veto the package.", "Robert Fico"),
        ("Prime Minister Fico met the envoy in the capital on Monday.", "Robert Fico"),
        ("Sikorski said the decision was a mistake.", "Radoslaw Sikorski"),
        # the Phoenix layer spells him Mirziyayev; his other spelling's surname counts too
        ("Mirziyoyev hosted the regional summit in the capital.", "Shavkat Mirziyayev"),
    ],
)
def test_a_surname_alone_names_the_office_holder(text: str, actor: str) -> None:
    assert actor in [name for _code, name in _actors(text)]


def test_the_surname_gives_the_office_holders_state_and_role() -> None:
    text = "Albanese told reporters that the talks had gone well."
    (mention,) = find_mentions(tokenize(text), text, JUNE_2025, surname_reading(load()))
    assert (mention.actor.code, mention.actor.role) == ("AUS", "GOV")


def test_out_of_office_or_undated_no_person() -> None:
    text = "Fico said the plan was bad for the country."
    assert _actors(text, dt.date(2003, 1, 1)) == []  # between his two spells in office
    assert _actors(text, None) == []


def test_two_office_holders_of_one_surname_no_person() -> None:
    gaz = load()
    # two Phoenix office holders named Rahimi (Afghanistan, Iran) on the date
    assert len(gaz.surnames["RAHIMI"]) >= 2
    assert gaz.by_surname("RAHIMI", JUNE_2025) is None
    assert _actors("Rahimi said the talks would resume in the spring.") == []


@pytest.mark.parametrize(
    "text",
    [
        "John Fico said the plan was bad for the country.",  # a longer, unknown name
        "Fico Rodrigues said the plan was bad for the country.",
        "Fico Warns Brussels Over Sanctions",  # a headline in title case
    ],
)
def test_inside_a_longer_name_or_a_headline_no_person(text: str) -> None:
    assert "Robert Fico" not in [name for _code, name in _actors(text)]


def test_english_words_are_no_surnames() -> None:
    words = surname_words()
    assert {"BROWN", "RICE"} <= words
    assert not {"BROWN", "RICE"} & set(load().surnames)
