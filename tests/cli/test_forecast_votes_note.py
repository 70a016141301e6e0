"""``accord forecast --votes`` on a scenario with nothing to vote on: the forecast is printed as
without the option and a one-line note on stderr says why no votes follow (it printed nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.scenario import load_bundled, save

KTAB_CSV = Path(__file__).parents[2] / "examples/data/dummyData_3Dim.csv"


def _forecast(*args: str) -> tuple[str, str]:
    done = CliRunner().invoke(app, ["forecast", *args])
    assert done.exit_code == 0, done.output
    return done.stdout, done.stderr


def test_a_ktab_file_with_votes_gets_the_forecast_and_a_note() -> None:
    plain, quiet = _forecast(str(KTAB_CSV))
    shown, noted = _forecast(str(KTAB_CSV), "--votes")
    assert shown == plain and "note:" not in quiet
    # only the note is compared: a slow run under load may add a progress line on stderr
    assert [line for line in noted.splitlines() if line.startswith("note:")] == [
        "note: --votes: dummydata-3dim has no draft resolutions and no voting bodies, "
        "so there are no votes to show"
    ]


def test_bodies_without_drafts_are_named_as_such(tmp_path: Path) -> None:
    bundled = load_bundled("ukraine-2025-02")
    assert bundled.institutions.bodies and bundled.institutions.drafts
    institutions = bundled.institutions.model_copy(update={"drafts": []})
    path = tmp_path / "no-drafts.yaml"
    save(bundled.model_copy(update={"institutions": institutions}), path)
    _, noted = _forecast(str(path), "--votes")
    assert "has no draft resolutions, so there are no votes to show" in noted


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_drafts_to_vote_on_get_no_note(extra: list[str]) -> None:
    shown, noted = _forecast("ukraine-2025-02", "--votes", *extra)
    # other notes may follow (an issue and a draft pointing opposite ways: tests/forecast/
    # test_rule_contrasts.py); not this one
    assert "note: --votes" not in noted and "S/2025/112" in shown
