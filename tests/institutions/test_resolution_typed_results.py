"""``ResolutionForecast.expected()`` and ``.actual()`` return typed results (issue 13, item 5:
typed results inside, dicts only at the JSON edge); their ``to_dict`` is what the JSON shows."""

from __future__ import annotations

import dataclasses

import pytest

import accord
from accord.institutions.resolutions import (
    CHOICES,
    ExpectedTally,
    Resolutions,
    ResultCheck,
)


@pytest.fixture(scope="module")
def resolutions() -> Resolutions:
    drafts = accord.forecast("ukraine-2025-02").resolutions
    assert drafts is not None
    return drafts


def test_expected_is_a_tally_summing_to_the_body(resolutions: Resolutions) -> None:
    for r in resolutions:
        tally = r.expected()
        assert isinstance(tally, ExpectedTally)
        assert tally.yes + tally.no + tally.abstain + tally.absent == pytest.approx(
            len(r.votes), abs=0.05
        )
        assert tally.yes == pytest.approx(sum(v.yes for v in r.votes.values()), abs=0.005)
        assert list(tally.to_dict()) == list(CHOICES)
        assert r.to_dict()["expected"] == tally.to_dict()


def test_actual_is_a_typed_check(resolutions: Resolutions) -> None:
    checks = [r.actual() for r in resolutions]
    assert all(isinstance(c, ResultCheck) for c in checks)
    # Recorded tallies (UN press releases SC/16006 and GA/12675, as in the scenario).
    assert [(c.yes, c.no, c.abstain) for c in checks if c] == [(10, 0, 5), (93, 18, 65),
                                                               (93, 8, 73)]  # fmt: skip
    for r, c in zip(resolutions, checks, strict=True):
        assert c is not None
        assert c.outcome_correct == ((r.adoption_probability >= 0.5) == c.adopted)
        hits, known = map(int, (c.members_correct or "0/0").split("/"))
        assert 0 <= hits <= known == len([m for m in (c.votes or {}) if m in r.votes])
        assert r.to_dict()["actual"] == c.to_dict()


def test_no_recorded_result_is_none(resolutions: Resolutions) -> None:
    r = next(iter(resolutions))
    bare = dataclasses.replace(r, draft=r.draft.model_copy(update={"actual": None}))
    assert bare.actual() is None and "actual" not in bare.to_dict()


def test_to_dict_leaves_out_missing_optional_fields() -> None:
    check = ResultCheck(adopted=False, yes=3, no=9, abstain=3, outcome_correct=True)
    assert check.to_dict() == {
        "adopted": False, "yes": 3, "no": 9, "abstain": 3, "outcome_correct": True,
    }  # fmt: skip
