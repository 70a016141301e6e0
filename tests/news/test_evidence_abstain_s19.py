"""Session 19, s19-evdir (issue 14, item 6): the candidates ``priced_act`` (an act the holder
offers at a price stands where the scale puts a conditional act, or is no finding) and
``text_support`` (no finding for an issue named only by a forum or a text the holder supports).

The sentences are written for these tests (none is from the evidence gold); each shows what the
rule changes against :data:`CONCESSION_GATES`, the default at the session's start. The decision:
docs/validation-events/session-19-evdir.md (one CHECK run, ``check19.py``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.news.evidence import (
    CONCESSION_GATES,
    PRICE_GATES,
    PRICE_TEXT_GATES,
    TEXT_GATES,
    _conditional_side,
    _names_condition,
)
from accord.scenario.model import Issue, Scale, ScalePoint
from tests.news.evidence_helpers import SCENARIOS, stances

PRICES = ["in exchange for", "in return for", "but only in exchange for", "only if"]


def _issue(*points: tuple[float, str]) -> Issue:
    scale = Scale(points=[ScalePoint(at=at, label=label) for at, label in points])
    return Issue(id="x", title="X", scale=scale)


@settings(deadline=None)  # the first example loads the gazetteer
@given(price=st.sampled_from(PRICES))
def test_a_truce_offered_at_a_price_stands_where_the_scale_puts_a_conditional_one(
    price: str,
) -> None:
    # the Ukraine ceasefire scale names its conditional ceasefires at 25 and 50: low
    text = f"Peskov said Moscow is ready to accept a truce {price} the lifting of sanctions."
    assert stances(text, CONCESSION_GATES) == {("RUS", "ceasefire", "high")}
    assert stances(text, PRICE_GATES) == {("RUS", "ceasefire", "low")}
    plain = "Peskov said Moscow is ready to accept a truce."
    assert stances(plain, PRICE_GATES) == {("RUS", "ceasefire", "high")}


def test_only_before_the_cue_makes_a_plain_if_a_price() -> None:
    text = "Peskov said Moscow would only accept a truce if Kyiv leaves the Donbas."
    assert stances(text, CONCESSION_GATES) == {("RUS", "ceasefire", "high")}
    assert stances(text, PRICE_GATES) == {("RUS", "ceasefire", "low")}
    # a plain condition is no price (the hedging rules read conditions)
    plain = "Peskov said Moscow would accept a truce if Kyiv leaves the Donbas."
    assert stances(plain, PRICE_GATES) == stances(plain, CONCESSION_GATES)


def test_what_the_price_leaves_alone() -> None:
    # a cue against the act keeps its direction
    against = "Peskov said Moscow rejected a truce in exchange for the lifting of sanctions."
    assert stances(against, PRICE_GATES) == {("RUS", "ceasefire", "low")}
    # another side's act, which the holder asks for, is no offer of the holder's
    asked = "Peskov proposed that Kyiv give up the Donbas in exchange for a truce."
    assert stances(asked, PRICE_GATES) == stances(asked, CONCESSION_GATES)
    assert ("RUS", "territory", "low") in stances(asked, PRICE_GATES)


def test_a_priced_withdrawal_of_the_doha_scale_stays_high() -> None:
    # the Doha withdrawal scale puts the conditional withdrawal at 75: high
    text = (
        "Pompeo said the United States is ready to withdraw its troops in exchange for guarantees."
    )
    assert ("USA", "us_withdrawal", "high") in stances(text, PRICE_GATES, "doha-2020-02")


def test_a_priced_act_on_a_scale_without_a_conditional_point_is_no_finding() -> None:
    text = "Zelensky said Kyiv is ready to accept foreign troops in exchange for a loan."
    assert stances(text, CONCESSION_GATES) == {("UKR", "peacekeeping", "high")}
    assert stances(text, PRICE_GATES) == set()


def test_a_price_that_refers_back_is_what_the_holder_is_paid() -> None:
    text = (
        "The deal sets a timetable for foreign forces to leave; in exchange, the Taliban "
        "pledged to break with al-Qaeda."
    )
    before = stances(text, CONCESSION_GATES, "doha-2020-02")
    assert ("TAL", "us_withdrawal", "high") in before
    assert stances(text, PRICE_GATES, "doha-2020-02") == before - {("TAL", "us_withdrawal", "high")}


def test_the_conditional_side_of_the_bundled_scales() -> None:
    sides = {
        (name, issue.id): _conditional_side(issue)
        for name in ("ukraine-2025-02", "doha-2020-02")
        for issue in SCENARIOS(name).issues
    }
    assert sides["ukraine-2025-02", "ceasefire"] == -1
    assert sides["doha-2020-02", "us_withdrawal"] == 1
    # "non-binding assurances only": only after what it limits names no condition
    assert sides["ukraine-2025-02", "security_guarantees"] == 0


@given(
    low=st.integers(0, 49),
    high=st.integers(51, 100),
    word=st.sampled_from(["conditional on", "once", "if", "only as part of"]),
)
def test_the_side_is_where_the_conditional_points_lie(low: int, high: int, word: str) -> None:
    assert _names_condition(f"a deal {word} a treaty")
    assert _conditional_side(_issue((low, f"a deal {word} a treaty"), (high, "a plain deal"))) == -1
    assert _conditional_side(_issue((low, "a plain deal"), (high, f"a deal {word} a treaty"))) == 1
    assert _conditional_side(_issue((low, "a plain deal"), (high, "a deal, monitors only"))) == 0


@settings(deadline=None)
@given(verb=st.sampled_from(["voted for", "voted in favour of", "backed", "supported"]))
def test_support_for_a_text_whose_content_is_not_given_is_no_finding(verb: str) -> None:
    text = f"China {verb} the resolution in the Security Council."
    assert stances(text, CONCESSION_GATES) == {("CHN", "aggressor_naming", "high")}
    assert stances(text, TEXT_GATES) == set()
    assert stances(text, PRICE_TEXT_GATES) == set()


def test_a_text_whose_content_is_named_or_a_vote_against_it_stays() -> None:
    named = "China voted for the resolution condemning Russian aggression."
    assert stances(named, TEXT_GATES) == {("CHN", "aggressor_naming", "high")}
    against = "China voted against the resolution."
    assert stances(against, TEXT_GATES) == {("CHN", "aggressor_naming", "low")}
