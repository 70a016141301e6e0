"""State codes: one place, one code, the country list's (session 21, s21-codes).

The Phoenix dictionaries (CAMEO era, 2014) write some states with codes the country list
(NGEC countries.csv, ISO 3166-1 alpha-3) and the gold do not use (TMP for Timor-Leste, KSV
for Kosovo), and write states whose code changed as a history that read as a person (South
Sudan: SDNSSD, then SSD). :data:`accord.news.gazetteer.STATE_CODES` maps the codes where the
build reads them; :func:`accord.news.gazetteer._block_state` reads a history as its state.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.news.gazetteer import (
    _NON_STATE,
    STATE_CODES,
    _block_state,
    _split_code,
    build_countries,
    load,
    load_raw,
    phrase_key,
    state_code,
    tokenize,
)
from accord.news.resolve import find_mentions

WHEN = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("code", "split"),
    [
        # Phoenix code strings as the dictionary writes them
        ("TMPGOV 741118-750826", ("TLS", "GOV", "741118", "750826")),
        ("KSVGOVLEG >080217", ("XKX", "GOV", "080217", None)),
        ("YUGKSV <920428", ("YUG", "XKX", None, "920428")),
        ("FRNWLF", ("FRA", "WLF", None, None)),
        ("ABWGOV 640101-730101", ("NLD", "GOV", "640101", "730101")),
        ("BMUELI", ("GBR", "ELI", None, None)),
        ("DDRGOVLEG 19491007-19901003", ("DEU", "GOV", "19491007", "19901003")),
        ("KRJUNR 911219-951112", ("HRV", "UNR", "911219", "951112")),
        ("SRPUNR 920109-951214", ("BIH", "UNR", "920109", "951214")),
        ("BIHSRP >951214", ("BIH", "BIH", "951214", None)),
        # codes of the country list pass unchanged
        ("SDNSSD <20050709", ("SDN", "SSD", None, "20050709")),
        ("RUSGOV 991231-080507", ("RUS", "GOV", "991231", "080507")),
    ],
)
def test_dictionary_codes_are_read_as_the_country_lists(
    code: str, split: tuple[str, str | None, str | None, str | None]
) -> None:
    assert _split_code(code) == split


@pytest.mark.parametrize(
    ("codes", "state"),
    [
        (["AFG"], "AFG"),
        (["SDNSSD <20050709", "SDNSSDAUT 1920050709-20110709", "SSD >20110709"], "SSD"),
        (["TMPOCC <990830", "TMP >990830"], "TLS"),
        (
            [
                "KSV",
                "YUGKSV <920428",
                "FRYKSV 920428-990610",
                "KSVUNO 990610-080217",
                "KSV >080217",
            ],
            "XKX",
        ),
        (["ABW"], "NLD"),
        # a state of the past is no state of today; people and bodies are no states
        (["DDR", "DDR 19491007-19901003"], None),
        (["SDNREB 19830101-20110711", "SSDMIL >20110711"], None),
        (["RUSGOV 991231-080507"], None),
        (["IRQ <20030320", "IRQOCC 1920030320-20060520"], None),
    ],
)
def test_a_block_names_the_state_of_its_latest_open_spell(
    codes: list[str], state: str | None
) -> None:
    assert _block_state(codes) == state


_LETTERS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)


@given(st.one_of(st.sampled_from(sorted(STATE_CODES)), _LETTERS), _LETTERS)
def test_a_read_code_is_never_one_the_mapping_replaces(state: str, inner: str) -> None:
    # the mapping's targets are codes of the list, never codes it maps away (no chains)
    country, role, _start, _end = _split_code(state + inner)
    assert country not in STATE_CODES and role not in STATE_CODES
    assert country == state_code(state)


def test_no_code_is_both_replaced_and_a_country_of_the_list() -> None:
    raw = load_raw()["generated"]
    assert not set(STATE_CODES) & {c["code"] for c in raw["countries"]}


def test_every_state_code_of_an_entry_is_a_country_of_the_list() -> None:
    # every gazetteer entry, its dated terms included: a three-letter code is a country of the
    # list the build makes (NGEC, Phoenix and curated countries) or an actor class (IGO, NGO,
    # IMG, MNC, curated organisations). Curated armed groups are left out: they take the code
    # the gold gives them (the FLNKS is NCL in news-heldout-s8, s12 and s14)
    gaz = load()
    raw = load_raw()
    countries = {c["code"] for c in raw["generated"]["countries"]}
    countries |= {c["code"] for c in raw["curated"].get("countries", [])}
    allowed = countries | _NON_STATE | set(gaz.org_classes)
    outside = {
        (code, entry.name)
        for entries in gaz.names.values()
        for entry in entries
        if not (entry.kind == "group" and entry.priority >= 2)
        for code in {entry.code, *(term.code for term in entry.terms)}
        if len(code) == 3 and code.isalpha() and code.isupper() and code not in allowed
    }
    assert not outside
    assert set(gaz.demonyms.values()) <= allowed


def test_one_name_one_country() -> None:
    # no phrase names two countries ("Kosovo" was XKX and, as a person, KSV; "Cayman
    # Islands" GBR and CYM), and a country's name and demonym agree
    gaz = load()
    for key, entries in gaz.names.items():
        codes = {e.as_of(WHEN)[0] for e in entries if e.kind in ("country", "person")}
        if any(e.kind == "country" for e in entries):
            assert len(codes) == 1, key
    assert gaz.demonyms[phrase_key("Kosovar")] == "XKX"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("South Sudan", "SSD"),
        ("South Sudanese", "SSD"),
        ("Juba", "SSD"),
        ("Kosovo", "XKX"),
        ("Kosovar", "XKX"),
        ("Pristina", "XKX"),
        ("Kosovo Assembly", "XKX"),
        ("East Timor", "TLS"),
        ("Timorese", "TLS"),
        ("Dili", "TLS"),
        ("Wallis and Futuna", "FRA"),
        ("Bermuda", "GBR"),
        ("Aruba", "NLD"),
        ("East Germany", "DEU"),
    ],
)
def test_names_resolve_to_the_country_lists_code(text: str, code: str) -> None:
    sentence = f"{text} said on Monday that talks would go on."
    mentions = find_mentions(tokenize(sentence), sentence, WHEN)
    assert [m.actor.code for m in mentions][:1] == [code]


def test_south_sudan_is_a_country_not_a_person() -> None:
    kinds = {e.kind for e in load().names[phrase_key("South Sudan")]}
    assert kinds == {"country"}


def test_the_build_gives_south_sudan_a_country_entry(shared: Path) -> None:
    by_code = {c["code"]: c for c in build_countries(shared / "reference")}
    assert "SOUTH SUDAN" in by_code["SSD"]["aliases"]
    assert {"EAST TIMOR", "DILI"} <= set(by_code["TLS"]["aliases"])
    assert not set(STATE_CODES) & set(by_code)
