"""The transcribed roll calls of the eleventh emergency special session (Ukraine)."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.institutions.unvotes import data, ess, load_model

# Tallies as published (yes, no, abstain), each with the page it was read on.
PUBLISHED = {
    # UNRIC (UN Regional Information Centre), 2 March 2022
    "A/RES/ES-11/1": (141, 5, 35),
    # partitoradicale.it, 25 March 2022
    "A/RES/ES-11/2": (140, 5, 38),
    # The Independent and Anadolu (anews), 7 April 2022
    "A/RES/ES-11/3": (93, 24, 58),
    # AP (christianindex.org) and Euromaidan Press, 12-13 October 2022
    "A/RES/ES-11/4": (143, 5, 35),
    # UN press release GA/12470, 14 November 2022
    "A/RES/ES-11/5": (94, 14, 73),
    # Al Jazeera, 24 February 2023
    "A/RES/ES-11/6": (141, 7, 32),
    # Reuters via CNA, 25 February 2025
    "A/RES/ES-11/7": (93, 18, 65),
    "A/RES/ES-11/8": (93, 8, 73),
}


def test_every_resolution_is_transcribed_with_its_published_tally() -> None:
    got = {r.symbol: (r.tally["yes"], r.tally["no"], r.tally["abstain"]) for r in ess.recorded()}
    assert got == PUBLISHED


@pytest.mark.parametrize("symbol", sorted(PUBLISHED))
def test_transcribed_votes_agree_with_the_tally(symbol: str) -> None:
    r = ess.find(symbol)
    for vote in ("yes", "no", "abstain"):
        named = sum(1 for v in r.votes.values() if v == vote)
        if vote in r.complete:
            assert named == r.tally[vote], (symbol, vote)
        else:
            assert named <= r.tally[vote], (symbol, vote)
    assert len(r.votes) <= r.present <= 193
    assert r.sources  # every resolution cites where it was read


def test_members_are_known_iso3_codes() -> None:
    known = set(data.member_table().values())
    for r in ess.recorded():
        unknown = set(r.votes) - known
        assert not unknown, (r.symbol, unknown)


def test_specific_votes_as_recorded() -> None:
    # Al Jazeera / encyclopaedia list for ES-11/7: the United States and Hungary voted no.
    seven = ess.find("A/RES/ES-11/7")
    assert seven.votes["USA"] == "no" and seven.votes["HUN"] == "no"
    assert seven.votes["UKR"] == "yes" and seven.votes["CHN"] == "abstain"
    assert seven.votes["IND"] == "abstain"  # India TV, 25 February 2025
    assert "LBN" not in seven.votes  # two pages disagree: unknown


def test_forecast_uses_only_earlier_records() -> None:
    model = load_model()
    day = dt.date(2025, 2, 24)
    results = ess.forecast_day(model, day)
    assert {f.symbol for f in results} == {"A/RES/ES-11/7", "A/RES/ES-11/8"}
    for f in results:
        assert f.neighbour is not None
        assert ess.find(f.neighbour).date < day
        assert f.recorded == ess.find(f.symbol).tally
        for counts in (f.model_only, f.combined):
            assert sum(counts.values()) == pytest.approx(ess.find(f.neighbour).present)
