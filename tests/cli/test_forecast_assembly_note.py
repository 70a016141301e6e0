"""`accord forecast`'s General Assembly note (session 26, s26-notes): the draft lines and tables
showed the Assembly tallies with nothing saying where they come from or how far such tallies
were off on the record; the HTML report said it (s26-polish). One function writes the note for
the report, the CLI and the workbench's institutions page
(tests/web/test_institutions_assembly_note.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.forecast import forecast
from accord.institutions.resolutions import ASSEMBLY_RECORD, assembly_note
from accord.scenario import load_bundled
from tests.forecast.test_rule_contrasts import write_mission

runner = CliRunner()
UKRAINE = "ukraine-2025-02"


def _flat(text: str) -> str:
    """The text with its line breaks and runs of spaces as single spaces (the console wraps)."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def note() -> str:
    result = forecast(load_bundled(UKRAINE), "mean")
    text = assembly_note(result.resolutions.to_list())
    assert text.startswith("General Assembly tallies.") and ASSEMBLY_RECORD in text
    return text


@pytest.mark.parametrize("votes", [[], ["--votes"]], ids=["draft lines", "tables"])
def test_forecast_says_where_assembly_tallies_come_from(note: str, votes: list[str]) -> None:
    done = runner.invoke(app, ["forecast", UKRAINE, *votes])
    assert done.exit_code == 0, done.output
    shown = _flat(done.stdout)
    if votes:  # the tables count no members voted from records: the note does
        assert shown.count(f"note: {_flat(note)}") == 1
        assert "A/ES-11/L.10: 161 of 193; A/ES-11/L.11: 161 of 193 members" in shown
    else:  # each draft line counts them, and the note points there (session 27: said twice)
        result = forecast(load_bundled(UKRAINE), "mean")
        brief = assembly_note(result.resolutions.to_list(), counted=False)
        assert shown.count(f"note: {_flat(brief)}") == 1
        assert "(counted on each draft's line)" in brief and "161 of 193;" not in brief
        assert shown.count("161 of 193") == 2  # once on each Assembly draft's line
        for draft in ("A/ES-11/L.10 (unga)", "A/ES-11/L.11 (unga)"):
            line = shown[shown.index(draft) :]
            assert line.index("161 of 193 members voted from") < line.index("actual:")
    # after the drafts it is about, not before them
    assert shown.index("A/ES-11/L.11") < shown.index("note: General Assembly tallies")


def test_forecast_json_is_unchanged_by_the_note() -> None:
    done = runner.invoke(app, ["forecast", UKRAINE, "--json"])
    assert done.exit_code == 0, done.output
    document = json.loads(done.stdout)
    assert {d["body"] for d in document["resolutions"]} == {"unsc", "unga"}
    assert "General Assembly tallies" not in done.stdout


def test_no_note_without_an_assembly_draft(tmp_path: Path) -> None:
    done = runner.invoke(app, ["forecast", str(write_mission(tmp_path))])
    assert done.exit_code == 0, done.output
    assert "D1 (unsc)" in done.stdout and "General Assembly tallies" not in done.stdout
    assert assembly_note([]) == ""
