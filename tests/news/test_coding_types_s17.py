"""Session 17 (s17-types): the rules coder's type decisions for a crowd that gathers and for
administrative restrictions (a visa revoked, political life or broadcasts suspended)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.coding import code_sentence

DATE = dt.date(2025, 6, 1)

CROWDS = st.sampled_from(
    [
        "Tens of thousands of Slovaks",
        "About 200 people",
        "Crowds",
        "Hundreds of students",
        "Maldivian journalists",
        "Thousands of residents",
    ]
)
GATHERED = st.sampled_from(["gathered", "assembled", "began gathering", "massed"])
PLACES = st.sampled_from(["in Bratislava", "outside the parliament in Nairobi", "in Kenya"])


def first(text: str) -> tuple[str, str | None] | None:
    events = code_sentence(text, DATE)
    return (events[0].event_type, events[0].mode) if events else None


@settings(max_examples=25, deadline=None)
@given(crowd=CROWDS, verb=GATHERED, place=PLACES)
def test_a_crowd_that_gathers_demonstrates(crowd: str, verb: str, place: str) -> None:
    assert first(f"{crowd} {verb} {place} on Sunday.") == ("PROTEST", "demo")


def test_officials_or_troops_that_gather_do_not_demonstrate() -> None:
    assert first("Foreign ministers of the EU gathered in Brussels on Monday.") == ("CONSULT", None)
    assert first("Thousands of Russian troops gathered near the border with Ukraine.") != (
        "PROTEST",
        "demo",
    )


def test_filled_the_streets() -> None:
    text = "Tens of thousands filled the streets in Bulgaria's capital on Thursday."
    assert first(text) == ("PROTEST", "demo")


REVOKING = st.sampled_from(
    ["is revoking", "revoked", "cancelled", "will cancel", "will be revoking"]
)
HOLDERS = st.sampled_from(["Colombian President Gustavo Petro's visa", "the visa of Petro"])


@settings(max_examples=25, deadline=None)
@given(verb=REVOKING, holder=HOLDERS)
def test_a_visa_revoked_is_coercion(verb: str, holder: str) -> None:
    assert first(f"The United States {verb} {holder}.") == ("COERCE", "restrict")


@given(
    what=st.sampled_from(
        ["all political activities", "political parties' activities", "broadcasts of RFI"]
    )
)
def test_political_life_suspended_is_coercion(what: str) -> None:
    assert first(f"Mali's junta suspended {what} on Wednesday.") == ("COERCE", "restrict")


def test_relations_trade_or_aid_suspended_stay_sanctions() -> None:
    assert first("Pakistan suspended all trade with Afghanistan.") == ("SANCTION", None)
    assert first("The EU suspended political dialogue with Russia.") == ("SANCTION", None)


@given(
    verb=st.sampled_from(["lifted", "announced the lifting of"]),
    what=st.sampled_from(["its curfew", "the state of emergency", "its social media ban"]),
)
def test_a_restriction_lifted_is_a_concession(verb: str, what: str) -> None:
    assert first(f"Nepal's government {verb} {what} on Friday.") == ("CONCEDE", None)


@given(verb=st.sampled_from(["has withdrawn", "withdrew", "dropped", "removed"]))
def test_a_ban_withdrawn_is_a_concession(verb: str) -> None:
    text = f"Nepal {verb} its social media ban after violent clashes."
    assert first(text) == ("CONCEDE", None)


def test_a_restriction_imposed_stays_coercion() -> None:
    assert first("Nepal's government imposed a curfew in Kathmandu.") == ("COERCE", "curfew")
