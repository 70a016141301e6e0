"""Sponsor counts of the ES-11 drafts (issue 9, session 11): the bundled file's structure, that
every count cites its page, the "dated before the vote" rule, and that the leave-one-out
script's fitted parameter never sees the held-out text."""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from accord.errors import DataError
from accord.institutions.unvotes import ess, sponsors
from tests.helpers import DOCS_DATA, NO_DOCS_DATA

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "docs/data/unvotes-es11-sponsors-2026-12-03-s11-sponsors/loro.py"


def made_up() -> dict[str, Any]:
    """A two-text document in the bundled layout (invented pages)."""
    return {
        "format": sponsors.FORMAT,
        "texts": [
            {
                "resolution": "A/RES/X/1",
                "draft": "A/X/L.1",
                "vote_date": "2030-05-10",
                "before_vote": {
                    "count": 12,
                    "bound": "exact",
                    "as_of": "2030-05-09",
                    "what": "names on the draft",
                    "sources": [
                        {"url": "https://example.org/a", "dated": "2030-05-09", "says": "12"}
                    ],
                },
                "at_meeting": {"count": None, "not_found": "no meeting record read"},
            },
            {
                "resolution": "A/RES/X/2",
                "draft": "A/X/L.2",
                "vote_date": "2030-06-01",
                "before_vote": {"count": None, "not_found": "no copy of the draft"},
                "at_meeting": {
                    "count": 30,
                    "bound": "about",
                    "what": "sponsors at the vote",
                    "sources": [
                        {"url": "https://example.org/b", "dated": "2030-06-02", "says": "~30"}
                    ],
                },
            },
        ],
    }


def test_bundled_file_covers_every_recorded_vote_with_its_date() -> None:
    recorded = {r.symbol: r.date for r in ess.recorded()}
    found = {d.resolution: d.vote_date for d in sponsors.drafts()}
    assert found == recorded
    assert [d.draft for d in sponsors.drafts()][:2] == ["A/ES-11/L.1", "A/ES-11/L.2"]


def test_every_bundled_count_cites_a_dated_page_and_every_gap_says_why() -> None:
    n = 0
    for d in sponsors.drafts():
        for c in (d.before_vote, d.at_meeting):
            if c.count is None:
                assert c.bound is None and not c.sources and len(c.what) > 10
                continue
            n += 1
            assert c.bound in sponsors.BOUNDS and c.sources
            for s in c.sources:
                assert s.url.startswith("https://") and s.dated and s.says
        if d.before_vote.as_of is not None:
            assert d.before_vote.as_of <= d.vote_date
    assert n == 9  # 5 counts before the vote, 4 at or after it


def test_bundled_counts_before_the_vote() -> None:
    got = {d.resolution[-7:]: d.count_before() for d in sponsors.drafts()}
    assert got == {
        "ES-11/1": 94,
        "ES-11/2": None,
        "ES-11/3": 19,
        "ES-11/4": 55,
        "ES-11/5": None,
        "ES-11/6": 57,
        "ES-11/7": 58,
        "ES-11/8": None,
    }
    # only L.10's count is admissible for a forecast of 24 February 2025; L.11 has none
    assert sponsors.before("A/RES/ES-11/7", dated_before_vote=True) == 58
    assert sponsors.before("A/RES/ES-11/8", dated_before_vote=True) is None
    # ES-11/6's count was read from a page of the morning after: training data only
    assert sponsors.before("A/RES/ES-11/6", dated_before_vote=True) is None


def test_made_up_document_parses() -> None:
    first, second = sponsors.parse(made_up())
    assert first.count_before() == 12 and first.count_before(dated_before_vote=True) == 12
    assert second.count_before() is None and second.at_meeting.count == 30
    assert first.before_vote.as_of == dt.date(2030, 5, 9)


@pytest.mark.parametrize("dated", ["2030-05-10", "2030-05-11", "2030-05", "after 2030-05-01"])
def test_a_count_from_a_page_of_the_day_or_undated_is_not_admissible(dated: str) -> None:
    doc = made_up()
    doc["texts"][0]["before_vote"]["sources"][0]["dated"] = dated
    first = sponsors.parse(doc)[0]
    assert first.count_before() == 12
    assert first.count_before(dated_before_vote=True) is None


def test_an_inexact_count_is_never_used_as_an_input() -> None:
    doc = made_up()
    doc["texts"][0]["before_vote"]["bound"] = "at least"
    assert sponsors.parse(doc)[0].count_before() is None


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("before_vote", "sources"), [], "cited source"),
        (("before_vote", "bound"), "roughly", "bound"),
        (("before_vote", "count"), 0, "whole number"),
        (("before_vote", "as_of"), "2030-05-12", "cannot be as of"),
        (("before_vote", "as_of"), None, "as_of"),
        (("before_vote", "what"), "", "what"),
        (("at_meeting", "not_found"), "", "not_found"),
    ],
)
def test_refuses_a_count_without_its_evidence(
    path: tuple[str, str], value: Any, message: str
) -> None:
    doc = made_up()
    doc["texts"][0][path[0]][path[1]] = value
    with pytest.raises(DataError, match=message):
        sponsors.parse(doc)


def test_refuses_a_source_without_url_or_words() -> None:
    for key in ("url", "says", "dated"):
        doc = copy.deepcopy(made_up())
        doc["texts"][0]["before_vote"]["sources"][0][key] = ""
        with pytest.raises(DataError):
            sponsors.parse(doc)


def script() -> Any:
    if not DOCS_DATA.is_dir():
        pytest.skip(NO_DOCS_DATA)
    spec = importlib.util.spec_from_file_location("s11_sponsors_loro", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_two_one_parameter_fits() -> None:
    loro = script()
    assert loro.fit("ratio", [(2, 4), (4, 4)]) == pytest.approx(1.5)
    assert loro.fit("line through the origin", [(2, 4), (4, 4)]) == pytest.approx(24 / 20)
    with pytest.raises(ValueError):
        loro.fit("two parameters", [(2, 4)])


def test_leave_one_out_parameter_never_sees_the_held_out_text() -> None:
    """The held-out text's own count and tally are changed: the fitted parameter of its fold
    does not move (the forecast moves only through its own count times that parameter)."""
    loro = script()

    def text(sym: str, yes: int) -> SimpleNamespace:
        return SimpleNamespace(symbol=sym, tally={"yes": yes, "no": 5, "abstain": 20})

    texts = [text("A", 120), text("B", 60), text("C", 90)]
    fake = SimpleNamespace(cf=lambda t, others: (np.full((10, 3), 1 / 3), 150.0))
    for rule in loro.RULES:
        params = []
        for own_count, own_yes in [(10, 120), (80, 20), (150, 149)]:
            held = text("A", own_yes)
            log: list[dict[str, Any]] = []
            counts = {"A": own_count, "B": 30, "C": 45}
            loro.candidate(fake, rule, counts, log)(held, texts[1:])
            assert log[0]["fitted_on"] == ["B", "C"]
            params.append(log[0]["yes_per_sponsor"])
        assert len(set(params)) == 1
