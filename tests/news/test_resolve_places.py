"""Corrections of session 15 (s15-names2): lower-case Arabic articles, a place inside a longer
place name, and entries the gazetteer lacked (China's Taiwan Affairs Office, Sudan's SAF, New
Caledonia's FLNKS). The tests of the candidate not adopted (places the Phoenix dictionaries
file as persons) are in docs/data/names-2026-12-04-s15-names2/fix1-places.patch."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.news.gazetteer import tokenize
from accord.news.resolve import find_mentions

OCT_2025 = dt.date(2025, 10, 1)


def _codes(text: str) -> list[str]:
    return [m.actor.code for m in find_mentions(tokenize(text), text, OCT_2025)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a lower-case Arabic article joined by a hyphen: the name after it is found
        ("Oman's foreign minister, al-Busaidi, hosted the talks.", ["OMN", "OMN"]),
        ("Reporters asked al-Burhan about the truce.", ["SDN"]),
        ("The militants of al-Qaeda claimed the attack.", ["IMG"]),
        # a place inside a longer place name ("X da Praia") is not Cape Verde's capital
        ("Insurgents attacked Mocimboa da Praia on Sunday.", []),
        # but the capital alone keeps its state
        ("Officials in Praia denied the report.", ["CPV"]),
        # entries the gazetteer lacked
        ("The State Council Taiwan Affairs Office condemned the remarks.", ["CHN"]),
        ("The SAF shelled positions held by the RSF.", ["SDN", "SDN"]),
        ("The FLNKS rejected the proposal from Paris.", ["NCL", "FRA"]),
    ],
)
def test_articles_particles_and_missing_entries(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes
