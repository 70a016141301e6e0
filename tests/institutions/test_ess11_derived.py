"""Completing a vote class of the eleventh emergency special session by subtraction (session 6,
issue 9 item 3), and the member roster that subtraction needs.

A class may be completed by subtraction only when the other two classes and the members that
cast no vote are all complete and the remainder numbers the recorded count;
:func:`accord.institutions.unvotes.ess.derive_by_subtraction` refuses everything else. The
checks below run it on a small made-up assembly, on ES-11/1 (the one roll call read in full:
its yes list is re-derived from its other lists and compared with the 141 names read), and on
the shipped data (a class is marked ``derived`` exactly where the conditions hold).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from accord.errors import DataError
from accord.institutions.unvotes import ess
from accord.institutions.unvotes.data import VOTES

# A made-up assembly of seven: A, B, C yes; D no; E abstain; F, G cast no vote.
SEVEN = frozenset("ABCDEFG")
TALLY = {"yes": 3, "no": 1, "abstain": 1}
READ = {"A": "yes", "D": "no", "E": "abstain"}


def test_derives_the_remainder_when_everything_else_is_complete() -> None:
    got = ess.derive_by_subtraction("yes", SEVEN, READ, ("no", "abstain"), ("F", "G"), TALLY)
    assert got == {"A", "B", "C"}


@pytest.mark.parametrize(
    ("complete", "not_voting", "tally", "message"),
    [
        (("no",), ("F", "G"), TALLY, "'abstain' class is not complete"),
        (("no", "abstain"), ("F",), TALLY, "not_voting names 1 of the 2"),
        # "complete" claimed, but the record counts two abstentions and one is listed
        (("no", "abstain"), ("F",), {"yes": 3, "no": 1, "abstain": 2}, "1 listed of 2"),
        # the counts agree, but a name without a vote is no member: four remain, not three
        (("no", "abstain"), ("F", "Z"), TALLY, "leaves 4 members, the record counts 3"),
    ],
)
def test_refuses_when_anything_could_be_missing(
    complete: tuple[str, ...], not_voting: tuple[str, ...], tally: dict[str, int], message: str
) -> None:
    with pytest.raises(DataError, match=message):
        ess.derive_by_subtraction("yes", SEVEN, READ, complete, not_voting, tally, where="here")


def test_refuses_an_unknown_class() -> None:
    with pytest.raises(DataError, match="cannot derive 'maybe'"):
        ess.derive_by_subtraction("maybe", SEVEN, READ, VOTES, ("F", "G"), TALLY)


def test_the_roster_is_the_193_members_of_the_es11_1_record() -> None:
    # ES-11/1 is read in full (141 + 5 + 35 named, and the 12 the encyclopaedia's table lists
    # absent): its members are exactly the roster the subtraction uses.
    one = ess.find("A/RES/ES-11/1")
    assert len(ess.roster()) == ess.MEMBERS == 193
    assert set(one.votes) | set(one.not_voting) == ess.roster()


@pytest.fixture()
def document(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """A copy of the shipped file that a test may edit; ``recorded()`` reads it."""
    doc = copy.deepcopy(ess._document())
    monkeypatch.setattr(ess, "_document", lambda: doc)
    ess.recorded.cache_clear()
    yield doc
    ess.recorded.cache_clear()


def test_es11_1_yes_list_re_derived_equals_the_list_read(document: dict[str, Any]) -> None:
    one = next(r for r in document["resolutions"] if r["symbol"] == "A/RES/ES-11/1")
    read = set(one["votes"]["yes"])
    one["votes"]["yes"] = ["USA"]  # only one member read; the rest left to subtraction
    one["complete"] = ["no", "abstain"]
    one["derived"] = ["yes"]
    got = ess.find("A/RES/ES-11/1")
    assert {m for m, v in got.votes.items() if v == "yes"} == read and len(read) == 141
    assert got.derived == ("yes",) and "yes" not in got.complete


def test_a_derived_class_the_data_cannot_support_is_refused(document: dict[str, Any]) -> None:
    # ES-11/6: no and abstain complete, but 12 of the 13 members without a vote named.
    six = next(r for r in document["resolutions"] if r["symbol"] == "A/RES/ES-11/6")
    six["derived"] = ["yes"]
    with pytest.raises(DataError, match="ES-11/6: cannot derive 'yes': not_voting names 12"):
        ess.recorded()


def test_a_member_outside_the_roster_is_refused(document: dict[str, Any]) -> None:
    document["resolutions"][1]["votes"]["yes"].append("XKX")
    with pytest.raises(DataError, match="not members of the session: \\['XKX'\\]"):
        ess.recorded()


def test_derived_exactly_where_the_shipped_data_allow_it() -> None:
    # A class is marked derived in the file if and only if subtraction is allowed for it; so a
    # completed not_voting list cannot sit beside an unfinished class unnoticed.
    for r in ess.recorded():
        read = {m: v for m, v in r.votes.items() if v not in r.derived}
        for vote in VOTES:
            if vote in r.complete:
                continue
            try:
                ess.derive_by_subtraction(
                    vote, ess.roster(), read, r.complete, r.not_voting, r.tally
                )
                allowed = True
            except DataError:
                allowed = False
            assert allowed == (vote in r.derived), (r.symbol, vote)
