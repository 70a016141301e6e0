"""Regression tests (issue 12): a recorded vote larger than the body and an unknown sponsor
were accepted; now each is a ScenarioError with its path in the scenario."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import ScenarioError
from accord.institutions.resolutions import institutions_of
from accord.scenario import load
from tests.helpers import ROOT

UKRAINE = (ROOT / "src/accord/scenario/bundled/ukraine-2025-02.yaml").read_text(encoding="utf-8")
TALLY = "        in_favour: 10\n        against: 0\n        abstentions: 5\n"


def _problems(tmp_path: Path, old: str, new: str) -> str:
    assert old in UKRAINE
    path = tmp_path / "s.yaml"
    path.write_text(UKRAINE.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        institutions_of(load(path))
    return str(caught.value)


def test_bundled_records_pass() -> None:
    institutions_of(load(Path("src/accord/scenario/bundled/ukraine-2025-02.yaml")))


def test_a_tally_larger_than_the_council_is_refused(tmp_path: Path) -> None:
    message = _problems(tmp_path, TALLY, TALLY.replace("10", "100"))
    assert "institutions.drafts[0].actual" in message
    assert "105 votes, more than the 15 members of unsc" in message and "'100-0-5'" in message


def test_a_tally_below_the_named_votes_is_refused(tmp_path: Path) -> None:
    message = _problems(tmp_path, TALLY, TALLY.replace("abstentions: 5", "abstentions: 2"))
    assert "institutions.drafts[0].actual.abstentions" in message
    assert "5 members recorded as 'abstain'" in message


def test_an_unknown_sponsor_is_refused(tmp_path: Path) -> None:
    old = "sponsors: [UKR, EU]"
    message = _problems(tmp_path, old, "sponsors: [UKR, EUU]")
    assert "institutions.drafts[1].sponsors[1]" in message and "'EUU'" in message
