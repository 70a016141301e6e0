"""The gazetteer's leaders layer (leaders.yaml, session 12): well-formed, cited, guarded."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from accord.news import gazetteer as g
from accord.news.gazetteer import load, load_raw, phrase_key, tokenize
from accord.news.resolve import find_mentions
from accord.news.types import ActorRef

OFFICES = {"president", "prime_minister", "head_of_state", "foreign_minister"}


def actors(text: str, when: dt.date) -> list[ActorRef]:
    return [m.actor for m in find_mentions(tokenize(text), text, when)]


def leaders() -> dict[str, Any]:
    data = load_raw()["leaders"]
    assert isinstance(data, dict)
    return data


def test_every_source_is_cited_with_url_and_date() -> None:
    sources = leaders()["sources"]
    assert sources
    for source in sources.values():
        assert source["url"].startswith("https://")
        assert isinstance(source["retrieved"], dt.date)


def test_every_entry_is_well_formed_and_cited() -> None:
    raw = load_raw()
    codes = {c["code"] for c in raw["generated"]["countries"]}
    codes |= {c["code"] for c in raw["curated"].get("countries", [])}
    people = leaders()["people"]
    assert len(people) > 250
    names = [phrase_key(p["name"]) for p in people]
    assert len(names) == len(set(names)), "a leader listed twice"
    for person in people:
        assert person["source"] in leaders()["sources"], person["name"]
        assert person["terms"], person["name"]
        for term in person["terms"]:
            assert term["code"] in codes, person["name"]
            assert term["role"] == "GOV" and term["office"] in OFFICES, person["name"]
            start, end = term.get("start"), term.get("end")
            for day in (start, end):
                assert day is None or isinstance(day, dt.date), person["name"]
            if start is not None and end is not None:
                assert start < end, person["name"]
            # in office at some time in 2025-2026
            assert end is None or end >= dt.date(2025, 1, 1), person["name"]


def test_refused_aliases() -> None:
    gaz = load()
    common = frozenset({"STORE", "TALON"})
    person = phrase_key("Some Leader")
    # an English common word, a country, a demonym, a shared alias, another person's name
    assert g.leader_alias_refusal("Store", person, gaz.names, gaz.demonyms, common, set())
    assert g.leader_alias_refusal("Montenegro", person, gaz.names, gaz.demonyms, common, set())
    assert g.leader_alias_refusal("Chilean", person, gaz.names, gaz.demonyms, common, set())
    shared = {phrase_key("Okonkwo")}
    assert g.leader_alias_refusal("Okonkwo", person, gaz.names, gaz.demonyms, common, shared)
    assert g.leader_alias_refusal("Rubio", person, gaz.names, gaz.demonyms, common, set())
    # a free surname, and the same person's own alias, are added
    assert g.leader_alias_refusal("Okonkwo", person, gaz.names, gaz.demonyms, common, set()) is None
    rubio = phrase_key("Marco Rubio")
    assert g.leader_alias_refusal("Rubio", rubio, gaz.names, gaz.demonyms, common, set()) is None


def test_no_added_alias_is_a_common_word_place_or_another_persons_name() -> None:
    raw = load_raw()
    common = g.leader_common_words(raw["curated"], raw["generated"])
    gaz = load()
    for person in leaders()["people"]:
        for alias in person.get("aliases", []):
            key = phrase_key(alias)
            entries = gaz.names.get(key, [])
            if not any(e.name in (person["name"],) or e.priority == 1 for e in entries):
                continue  # refused at load
            assert not (len(key) == 1 and key[0] in common), alias
            assert all(e.kind == "person" for e in entries), alias
            assert key not in gaz.demonyms, alias


@pytest.mark.parametrize(
    ("text", "when", "code", "role"),
    [
        # our own sentences, about leaders the curated layer does not list
        ("Nigeria's Tinubu flew to Abuja on Monday.", dt.date(2025, 6, 2), "NGA", "GOV"),
        ("Prime Minister Mia Mottley opened the summit.", dt.date(2025, 3, 1), "BRB", "GOV"),
        ("Mottley's cabinet met again.", dt.date(2025, 3, 1), "BRB", "GOV"),
        ("Kagame criticised the report.", dt.date(2025, 2, 10), "RWA", "GOV"),
        # out of office on the date: kept as an elite of the country
        ("Boluarte visited Lima.", dt.date(2025, 11, 20), "PER", "ELI"),
    ],
)
def test_a_listed_leader_resolves(text: str, when: dt.date, code: str, role: str) -> None:
    first = actors(text, when)[0]
    assert (first.code, first.role) == (code, role)


def test_a_surname_inside_another_persons_name_is_not_the_leader() -> None:
    # "Mottley" alone is Barbados's prime minister; in "Tom Mottley" it is someone else
    assert actors("Mottley met reporters.", dt.date(2025, 8, 1))[0].code == "BRB"
    assert all(a.code != "BRB" for a in actors("Analyst Tom Mottley spoke.", dt.date(2025, 8, 1)))


def test_short_surnames_are_refused() -> None:
    gaz = load()
    person = phrase_key("Some Leader")
    why = g.leader_alias_refusal("Kim", person, gaz.names, gaz.demonyms, frozenset(), set())
    assert why == "short word"


def test_curated_entries_win_on_a_clash() -> None:
    entries = load().names[phrase_key("Mark Carney")]
    assert [e.priority for e in entries] == [2]
