"""Small things a user met, each fixed in session 26 (s26-polish) with its test here:

- ``accord ledger score --format csv`` left out the drafts' P(adopted) scores that the table
  and ``--json`` show (session 25 added drafts to the ledger);
- ``accord compare``: where every engine forecasts no agreement on an issue, the spread*
  cell was empty with no word why;
- ``accord documents`` cut a long title mid-word (at 70 characters);
- the HTML report gave General Assembly tallies that were about 90 votes off the record of
  24 February 2025 without a word of where they come from (docs/trial-2026-12-05-s25.md, 6).
"""

from __future__ import annotations

import io
import json
import re
from html import unescape
from pathlib import Path
from xml.etree import ElementTree

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.errors import ArgumentError
from accord.forecast import forecast
from accord.institutions.resolutions import ASSEMBLY_RECORD
from accord.ledger import score
from accord.report.html import render_report
from accord.scenario import load_bundled
from accord.scenario.io import loads
from tests.cli.test_new_user_trial_s24 import MERCOSUR
from tests.cli.test_polish_s25 import LONG_TITLE
from tests.forecast.test_rule_contrasts import write_mission

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def mercosur(tmp_path: Path) -> Path:
    """Session 24's trial scenario (as tests/cli/test_polish_s25.py has it): Nash forecasts no
    agreement on ``signature``, the other engines an agreement."""
    path = tmp_path / "mercosur.yaml"
    path.write_text(MERCOSUR.replace("country: GER", "country: DEU"), encoding="utf-8")
    return path


@pytest.fixture
def piped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output as a pipe sees it (no width set, no ``COLUMNS``)."""
    monkeypatch.setattr(out, "_width", None)
    monkeypatch.delenv("COLUMNS", raising=False)


# ledger score: the CSV (and Parquet) had the issues' summary rows only.


def test_ledger_score_csv_has_the_drafts_rows_beside_the_issues(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    path = str(write_mission(tmp_path))
    made = runner.invoke(app, ["forecast", path, "--record", "--db", db])
    assert made.exit_code == 0, made.output
    resolved = runner.invoke(
        app,
        ["ledger", "resolve-draft", path, "D1", "--adopted", "no", "--on", "2025-02-01",
         "--source", "hand-made test value", "--db", db],
    )  # fmt: skip
    assert resolved.exit_code == 0, resolved.output
    issue = runner.invoke(
        app,
        ["ledger", "resolve", path, "mission", "--outcome", "0", "--agreed", "no",
         "--on", "2025-03-31", "--source", "hand-made test value", "--db", db],
    )  # fmt: skip
    assert issue.exit_code == 0, issue.output
    document = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    done = runner.invoke(app, ["ledger", "score", "--db", db, "--format", "csv"])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(io.StringIO(done.stdout))
    assert list(frame.columns[:3]) == ["kind", "scenario", "engine"]
    assert list(frame["kind"]) == ["issue", "issue", "draft", "draft"]  # the scenario, "all"
    drafts = frame[frame["kind"] == "draft"]
    expected = document["drafts"]["rows"]
    assert list(drafts["scenario"]) == [r["scenario"] for r in expected]
    assert list(drafts["brier"]) == pytest.approx([r["brier"] for r in expected])
    assert list(drafts["log_loss"]) == pytest.approx([r["log_loss"] for r in expected])
    issues = frame[frame["kind"] == "issue"]
    assert list(issues["brier"]) == pytest.approx([r["brier"] for r in document["rows"]])
    assert issues["log_loss"].isna().all() and drafts["n_error"].isna().all()


def test_nothing_scored_is_a_frame_with_the_columns_of_both_kinds() -> None:
    frame = score([], []).summary_frame()
    assert frame.empty and list(frame.columns[:3]) == ["kind", "scenario", "engine"]
    assert {"n_brier", "error", "log_loss", "log_loss_skill_vs_no_skill"} <= set(frame.columns)


# compare: every engine forecasting no agreement left spread* empty, with no word why.


def test_compare_says_why_spread_star_is_empty_when_no_engine_agrees(
    mercosur: Path, piped: None
) -> None:
    args = ["compare", str(mercosur), "--seed", "1", "--engine", "nash"]
    document = json.loads(runner.invoke(app, [*args, "--json"]).stdout)
    signature = document["issues"][0]
    assert signature["no_agreement"] == ["nash"] and signature["spread_agreeing"] is None
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    row = next(line for line in done.stdout.splitlines() if line.startswith("│ signature"))
    cells = [cell.strip() for cell in row.split("│")[1:-1]]
    assert cells[-1] == "-", row
    text = " ".join(done.stdout.split())
    assert "-: every engine forecasts no agreement, so no bargain to spread" in text
    frame = runner.invoke(app, [*args, "--format", "csv"])
    assert frame.exit_code == 0 and "-" not in frame.stdout.splitlines()[1].split(",")


def test_compare_without_such_an_issue_has_no_dash_note(mercosur: Path, piped: None) -> None:
    done = runner.invoke(app, ["compare", str(mercosur), "--seed", "1"])
    assert done.exit_code == 0, done.output
    assert "every engine forecasts no agreement" not in " ".join(done.stdout.split())


# documents: a title longer than 70 characters was cut mid-word ("the EU-Mercos").


def test_documents_cuts_a_long_title_at_a_word_boundary(tmp_path: Path, piped: None) -> None:
    article = tmp_path / "a.txt"
    article.write_text(LONG_TITLE + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'news.db'}"
    assert runner.invoke(app, ["ingest", str(article), "--db", db, "--no-code"]).exit_code == 0
    done = runner.invoke(app, ["documents", "--db", db])
    assert done.exit_code == 0, done.output
    (row,) = [line for line in done.stdout.splitlines() if line.startswith("│")]
    title = row.split("│")[4].strip()
    assert title == "Paris, 18 December 2025 - France said it strongly opposes the\u2026", row
    assert "Mercos" not in row
    assert "titles cut at 70 characters: --json" in " ".join(done.stdout.split())
    (stored,) = json.loads(runner.invoke(app, ["documents", "--db", db, "--json"]).stdout)
    assert len(stored["title"]) > 100 and stored["title"].startswith(title[:-1])


# The report's General Assembly tallies: about 90 yes votes off the record of 24 February 2025
# (most likely votes), with nothing there saying where they come from.


def test_the_report_says_where_assembly_tallies_come_from_and_how_far_off_they_were() -> None:
    result = forecast(load_bundled("ukraine-2025-02"), "mean")
    html = render_report(result)
    (note,) = re.findall(r'<p class="note assembly-tally">(.*?)</p>', html)
    text = unescape(note)
    assert "A/ES-11/L.10: 161 of 193; A/ES-11/L.11: 161 of 193 members" in text
    assert ASSEMBLY_RECORD in text and "docs/validation-institutions.md" in text
    # the note's figures are the default forecast's and the record's, as they stand
    drafts = [d for d in result.resolutions.to_list() if d["body"] == "unga"]
    expected = " and ".join(f"{d['expected']['yes']:.1f}" for d in drafts)
    assert f"expected {expected} yes votes" in ASSEMBLY_RECORD
    likely = [re.findall(r"(\d+) (?:in favour|against|abstention)", d["reason"]) for d in drafts]
    assert f"votes {' and '.join('-'.join(t) for t in likely)})" in ASSEMBLY_RECORD
    recorded = [
        f"{d['actual']['yes']}-{d['actual']['no']}-{d['actual']['abstain']}" for d in drafts
    ]
    assert f"({' and '.join(recorded)})" in ASSEMBLY_RECORD
    for d, t in zip(drafts, likely, strict=True):
        assert 80 <= int(t[0]) - d["actual"]["yes"] <= 95  # "about 90"
        assert 30 <= d["expected"]["yes"] - d["actual"]["yes"] <= 45  # "about 30 to 45"
    figures = (ROOT / "docs" / "validation-institutions.md").read_text(encoding="utf-8")
    for d in drafts:  # the page's default column is the forecast as it stands (session 41)
        assert f"expected {d['expected']['yes']:.1f} yes" in figures
    assert "(181-2-2 and 182-2-1)" in figures


def test_a_report_without_an_assembly_draft_has_no_such_note(tmp_path: Path) -> None:
    result = forecast(loads(write_mission(tmp_path).read_bytes(), "mission.yaml"), "mean")
    html = render_report(result)
    assert "Draft resolutions" in html and "assembly-tally" not in html


# A notebook user could not save a chart (session 25's trial, 5): a forecast's stance chart is an
# object of its own now, which a notebook shows and `save` writes to an SVG file.


def test_a_forecasts_stance_chart_saves_to_an_svg_file(tmp_path: Path) -> None:
    result = forecast(load_bundled("ukraine-2025-02"), "mean")
    chart = result.stance_chart("ceasefire")
    path = chart.save(tmp_path / "ceasefire.svg")
    text = path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert text in result._repr_html_()  # the chart the notebook shows
    assert chart._repr_svg_() == text and "ceasefire" in chart.name
    with pytest.raises(ArgumentError, match=r"name the file \.svg"):
        chart.save(tmp_path / "ceasefire.png")
    with pytest.raises(ArgumentError, match="no issue 'truce'"):
        result.stance_chart("truce")
