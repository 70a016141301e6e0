"""Voting rules as data: the bundled bodies and decide() on real and constructed roll calls."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from accord.errors import AccordError, ScenarioError
from accord.institutions.rules import body_from_data, decide, load_body, parse_share

# S/RES/2774 (2025), 24 February 2025, 9866th meeting: 10-0-5 (UN press release SC/16006).
RES_2774_ABSTAIN = ["DNK", "FRA", "GRC", "SVN", "GBR"]


def unsc_votes(**overrides: str) -> dict[str, str]:
    body = load_body("unsc")
    votes = {m.code: "yes" for m in body.members_on(dt.date(2025, 2, 24))}
    votes.update(overrides)
    return votes


def test_resolution_2774_as_recorded() -> None:
    votes = unsc_votes(**dict.fromkeys(RES_2774_ABSTAIN, "abstain"))
    outcome = decide(load_body("unsc"), votes)
    assert outcome.adopted
    assert outcome.reason == "adopted: 10 in favour, 0 against, 5 abstentions"
    assert (outcome.yes, outcome.no, outcome.abstain) == (10, 0, 5)


def test_permanent_abstention_or_absence_is_no_veto() -> None:
    body = load_body("unsc")
    votes = unsc_votes(FRA="abstain", GBR="absent")
    assert decide(body, votes).adopted


def test_veto_and_shortfall_reasons() -> None:
    body = load_body("unsc")
    vetoed = decide(body, unsc_votes(RUS="no"))
    assert not vetoed.adopted and vetoed.reason == "not adopted: vetoed by RUS"
    six = unsc_votes(
        **dict.fromkeys(["DZA", "GUY", "KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN"], "abstain")
    )
    six["SOM"] = "no"
    short = decide(body, six)
    assert not short.adopted and short.reason.startswith("not adopted: 5 in favour, 9 required")
    # Procedural votes have no veto.
    assert decide(body, unsc_votes(RUS="no", CHN="no"), kind="procedural").adopted


def test_unsc_compositions_2022_to_2025() -> None:
    body = load_body("unsc")
    elected = {
        2022: {"ALB", "BRA", "GAB", "GHA", "ARE", "IND", "IRL", "KEN", "MEX", "NOR"},
        2023: {"ALB", "BRA", "GAB", "GHA", "ARE", "ECU", "JPN", "MLT", "MOZ", "CHE"},
        2024: {"ECU", "JPN", "MLT", "MOZ", "CHE", "DZA", "GUY", "KOR", "SLE", "SVN"},
        2025: {"DZA", "GUY", "KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN", "SOM"},
    }
    for year, codes in elected.items():
        members = {m.code for m in body.members_on(dt.date(year, 6, 1))}
        assert members == codes | {"CHN", "FRA", "RUS", "GBR", "USA"}
    with pytest.raises(AccordError, match="recorded"):
        body.members_on(dt.date(2010, 1, 1))
    with pytest.raises(AccordError, match="not a member"):
        decide(body, {"DEU": "yes"})


def test_unga_majority_of_present_and_voting() -> None:
    body = load_body("unga")
    codes = [m.code for m in body.members_on()]
    assert len(codes) == 193 == len(set(codes))
    # ES-11/7 (24 Feb 2025): 93 in favour, 18 against, 65 abstentions, 17 absent.
    votes = {c: "yes" for c in codes[:93]} | {c: "no" for c in codes[93:111]}
    votes |= {c: "abstain" for c in codes[111:176]}
    outcome = decide(body, votes)
    assert outcome.adopted
    assert outcome.reason == "adopted: 93 in favour, 18 against, 65 abstentions, 17 absent"
    assert decide(body, votes, kind="important").adopted  # 93 >= 2/3 of 111
    tie = {c: "yes" for c in codes[:50]} | {c: "no" for c in codes[50:100]}
    assert not decide(body, tie).adopted
    # Two thirds exactly is enough for important questions; one short is not.
    assert decide(
        body, {c: "yes" for c in codes[:20]} | {c: "no" for c in codes[20:30]}, kind="important"
    ).adopted
    assert not decide(
        body, {c: "yes" for c in codes[:19]} | {c: "no" for c in codes[19:29]}, kind="important"
    ).adopted


def test_eu_qmv_population_and_blocking_minority() -> None:
    body = load_body("eu-council")
    codes = [m.code for m in body.members_on()]
    assert len(codes) == 27
    everyone = dict.fromkeys(codes, "yes")
    assert decide(body, everyone).adopted
    # Germany, France, Italy and Spain (47.67% of the population) block...
    big4 = everyone | dict.fromkeys(["DEU", "FRA", "ITA", "ESP"], "no")
    outcome = decide(body, big4)
    assert not outcome.adopted and "population" in outcome.reason
    # ...but three members cannot, however populous: the blocking minority needs four.
    big3 = everyone | dict.fromkeys(["DEU", "FRA", "ITA"], "no")
    assert decide(body, big3).adopted
    # Abstention counts against a qualified majority (it is not support).
    abstain4 = everyone | dict.fromkeys(["DEU", "FRA", "ITA", "ESP"], "abstain")
    assert not decide(body, abstain4).adopted
    # Thirteen small members say no: 14 members in favour < 55% (15).
    small = everyone | dict.fromkeys(codes[-13:], "no")
    assert "14 in favour, 15 required" in decide(body, small).reason
    # Unanimity: an abstention does not prevent it, one vote against does.
    assert decide(body, everyone | {"HUN": "abstain"}, kind="unanimity").adopted
    assert not decide(body, everyone | {"HUN": "no"}, kind="unanimity").adopted


def test_shares_and_bad_bodies() -> None:
    assert parse_share("2/3") == Fraction(2, 3)
    assert parse_share("55%") == Fraction(11, 20)
    assert parse_share(0.65) == Fraction(13, 20)
    with pytest.raises(ValueError):
        parse_share("1.5")
    bad = {
        "id": "x",
        "name": "X",
        "rules": {"substantive": {"criteria": [{"share": "3/2"}]}},
        "members": [{"code": "A"}],
    }
    with pytest.raises(ScenarioError, match=r"rules\.substantive\.criteria\[0\]\.share"):
        body_from_data(bad, "x.yaml")
    missing = {
        "id": "x",
        "name": "X",
        "members": [{"code": "A"}],
        "rules": {"substantive": {"criteria": [{"measure": "population", "share": "1/2"}]}},
    }
    with pytest.raises(ScenarioError, match="lacks weight"):
        body_from_data(missing)
    with pytest.raises(AccordError, match="yes, no, abstain or absent"):
        decide(load_body("unga"), {"FRA": "maybe"})
    with pytest.raises(AccordError, match="unknown body"):
        load_body("senate")


def test_share_of_nobody_voting_is_not_a_majority() -> None:
    # Charter Art. 18(2): a two-thirds majority of the members present and voting. With nobody
    # voting yes or no there is no majority at all; the draft must not pass on 0 in favour.
    body = load_body("unga")
    for kind in ("important", "substantive"):
        outcome = decide(body, {"FRA": "abstain"}, kind=kind)
        assert not outcome.adopted, (kind, outcome.reason)
        assert not decide(body, {}, kind=kind).adopted
    # One yes and nothing against is still two-thirds of those present and voting.
    assert decide(body, {"FRA": "yes", "DEU": "abstain"}, kind="important").adopted
