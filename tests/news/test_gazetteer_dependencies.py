"""Dependencies written after their sovereign's code (session 22, s22-gaz).

The Phoenix country dictionary writes a dependency as its sovereign's code followed by its own
(``GREENLAND_ [DNKGRL]``) and the dependency's officials with their sector after both
(``USAPRIGOV``). Read as a sector, the place code made each dependency a person entry whose
role was a place, and its aliases shadowed the country list's demonyms ("Samoan" was American
Samoa, "Niuean" New Zealand). :func:`accord.news.gazetteer.build_dependencies` learns the
codes; :func:`accord.news.gazetteer._split_code` reads them as their sovereign.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.news.gazetteer import (
    _block_state,
    _split_code,
    build_countries,
    build_dependencies,
    load,
    load_raw,
    phrase_key,
    state_code,
    tokenize,
)
from accord.news.resolve import find_mentions

WHEN = dt.date(2025, 6, 1)
# dependency codes the Phoenix country dictionary writes (its blocks' one undated code)
KNOWN = ("GRL", "FRO", "PRI", "GIB", "NIU", "ASM", "VGB", "NCL")
_SECTORS = st.sampled_from(["GOV", "MIL", "ELI", "LEG", "OPP", ""])
_STATES = st.sampled_from(["DNK", "USA", "GBR", "FRA", "NZL", "FRN", "ABW"])


def test_the_dependencies_are_learned_from_the_country_dictionary(shared: Path) -> None:
    found = build_dependencies(shared / "reference")
    assert set(KNOWN) <= found
    # a sector is never read as a place, nor a state of the country list
    assert not found & {"GOV", "MIL", "ELI", "SPY", "OPP", "COP", "REB", "LEG", "EDU"}
    countries = {c["code"] for c in build_countries(shared / "reference")}
    assert not found & countries


@given(_STATES, st.sampled_from(KNOWN), _SECTORS)
def test_a_dependency_reads_as_its_sovereign_with_the_sector_after_it(
    sovereign: str, dependency: str, sector: str
) -> None:
    code = sovereign + dependency + sector
    assert _split_code(code, frozenset(KNOWN)) == (
        state_code(sovereign),
        sector or None,
        None,
        None,
    )
    # without the dependencies, the place stays in the sector field (the read before)
    assert _split_code(code)[1] == dependency


@given(_STATES, st.sampled_from(KNOWN))
def test_a_dependency_block_names_its_sovereign(sovereign: str, dependency: str) -> None:
    assert _block_state([sovereign + dependency], frozenset(KNOWN)) == state_code(sovereign)
    assert _block_state([sovereign + dependency]) is None
    # its officials are people, not the state
    assert _block_state([sovereign + dependency + "GOV >050102"], frozenset(KNOWN)) is None


_RAW = load_raw()["generated"]["countries"]
_GAZ = load()  # once, outside the examples' deadline


@given(st.sampled_from([(c["code"], d) for c in _RAW for d in c["demonyms"]]))
def test_a_country_lists_demonym_is_no_person(pair: tuple[str, str]) -> None:
    # every demonym of the country list resolves as a demonym or a country, never as a
    # person whose role is a place ("Samoan" was American Samoa's block, USA/ASM)
    _code, demonym = pair
    key = phrase_key(demonym)
    entries = _GAZ.names.get(key, [])
    assert key in _GAZ.demonyms or any(e.kind == "country" for e in entries)
    assert not any(e.kind == "person" for e in entries)


def test_no_role_is_a_dependency(shared: Path) -> None:
    dependencies = build_dependencies(shared / "reference")
    gaz = load()
    roles = {
        role
        for entries in gaz.names.values()
        for entry in entries
        for role in {entry.role, *(term.role for term in entry.terms)}
    }
    assert not roles & dependencies


@pytest.mark.parametrize(
    ("sentence", "code", "role"),
    [
        ("Greenland's government rejected the offer.", "DNK", "GOV"),
        ("Samoan officials signed a deal with Fiji.", "WSM", "GOV"),
        ("Niuean leaders met New Zealand ministers.", "NIU", "GOV"),
        ("Gibraltar's chief minister criticised Spain.", "GBR", "GOV"),
        ("Puerto Rico said on Monday that talks would go on.", "USA", None),
    ],
)
def test_a_dependencys_actor_takes_the_sovereigns_code(
    sentence: str, code: str, role: str | None
) -> None:
    first = find_mentions(tokenize(sentence), sentence, WHEN)[0].actor
    assert (first.code, first.role) == (code, role)
