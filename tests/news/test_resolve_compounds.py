"""Owners named inside a hyphenated compound (session 16, s16-hyphen): "a Greek-owned
tanker" is Greece's, as "a Greek tanker" is; a backer ("Iran-backed Houthis") and an agent
word before the hyphen ("state-run media") name no actor."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions

OCT_2025 = dt.date(2025, 10, 1)


def _mentions(text: str) -> list[tuple[str, str | None]]:
    found = find_mentions(tokenize(text), text, OCT_2025)
    return [(m.actor.code, m.actor.role) for m in found]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Russia detained a Greek-owned oil tanker on Sunday.", ["RUS", "GRC"]),
        ("The Houthi-run government named a new premier.", ["YEM"]),
        ("Pirates boarded a Chinese-operated cargo ship.", ["CHN"]),
        ("The Saudi-led coalition bombed the port.", ["SAU"]),
        # a backer is not read: the backed group keeps its own state
        ("Iran-backed Houthis attacked a ship.", ["YEM"]),
        ("Israel struck the Iranian-backed Hezbollah group.", ["ISR", "LBN"]),
        # an agent word before the hyphen is no owner
        ("Government-owned media reported the strike.", []),
        ("The state-run media blamed Kyiv.", ["UKR"]),
    ],
)
def test_owner_inside_a_compound(text: str, codes: list[str]) -> None:
    assert [code for code, _ in _mentions(text)] == codes


def _one_word_demonyms() -> list[str]:
    gaz = load()
    return sorted(
        key[0].title()
        for key in gaz.demonyms
        if len(key) == 1
        and key[0].isalpha()
        and key not in gaz.names
        and key not in gaz.agents
        and key not in gaz.titles
    )


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_one_word_demonyms()), st.sampled_from(["owned", "operated", "run"]))
def test_an_owned_tanker_is_the_owners_tanker(demonym: str, participle: str) -> None:
    plain = _mentions(f"Pirates seized a {demonym} tanker near the coast.")
    owned = _mentions(f"Pirates seized a {demonym}-{participle} tanker near the coast.")
    assert owned == plain and plain


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_one_word_demonyms()))
def test_a_backer_is_no_actor(demonym: str) -> None:
    assert _mentions(f"Pirates seized a {demonym}-backed tanker near the coast.") == []


def test_an_act_on_an_owned_ship_has_the_owner_as_recipient() -> None:
    events = code_sentence("Russia detained a Greek-owned oil tanker on Sunday.", OCT_2025)
    assert events
    got = events[0]
    assert (got.event_type, [a.code for a in got.sources], [a.code for a in got.targets]) == (
        "COERCE",
        ["RUS"],
        ["GRC"],
    )
