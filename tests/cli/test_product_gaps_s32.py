"""Session 32 (s32-api): product gaps that session 31 left (docs/trial-2026-12-06-s31.md).

Each test fails on the code before (077fa576) and passes after: a report of a scenario updated
from the news says the date it was updated to; the forecast table's interval columns are made
by the library, not the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.forecast import forecast
from accord.news.update import source_id
from accord.report import render_report
from accord.scenario import load_bundled
from accord.scenario.model import Scenario, Source

UKRAINE = "ukraine-2025-02"


def _updated(scenario: Scenario, as_of: dt.date) -> Scenario:
    """``scenario`` as `accord update` leaves it: a news article among its sources (the id
    the update gives it), a later ``as_of``, the next version, the analyst's title."""
    news = Source(id=source_id("ab" * 32), title="Talks resume", date=as_of)
    return scenario.model_copy(
        update={"sources": [*scenario.sources, news], "as_of": as_of, "version": 2}
    )


def test_the_report_of_an_updated_scenario_says_the_date_it_was_updated_to() -> None:
    # session 31's trial, finding 10: after two updates the report was titled with the
    # analyst's "(24-25 February 2025)" over evidence of 28 March
    original = load_bundled(UKRAINE)
    assert original.as_of is not None
    later = original.as_of + dt.timedelta(days=1)
    page = render_report(forecast(_updated(original, later), "mean", seed=1))
    title = page.split("<title>")[1].split("</title>")[0]
    assert title == (
        f"{original.title}, updated from the news to {later.isoformat()}: forecast by mean"
    ).replace("&", "&amp;")
    heading = page.split("<h1>")[1].split("</h1>")[0]
    assert heading == title
    # the original, which cites no article of the news store, keeps its title as written
    plain = render_report(forecast(original, "mean", seed=1))
    assert plain.split("<title>")[1].split("</title>")[0] == f"{original.title}: forecast by mean"


def test_the_forecast_table_of_an_updated_scenario_says_it_too(tmp_path: Path) -> None:
    from accord.scenario.io import save

    original = load_bundled(UKRAINE)
    assert original.as_of is not None
    later = original.as_of + dt.timedelta(days=1)
    path = tmp_path / "updated.yaml"
    save(_updated(original, later), path)
    done = CliRunner().invoke(
        app, ["forecast", str(path), "--engine", "mean"], env={"COLUMNS": "200"}
    )
    assert done.exit_code == 0, done.output
    assert f"updated from the news to {later.isoformat()}: forecast by mean" in done.stdout


def test_interval_columns_are_the_librarys() -> None:
    # session 32, item 5: `with_intervals` was library logic living in the CLI module
    import accord.cli.scenario_commands as commands
    from accord.forecast.intervals import forecast_intervals, with_intervals

    assert not hasattr(commands, "with_intervals")
    made = forecast(load_bundled(UKRAINE), "mean", votes=False)
    spans = forecast_intervals(made, "mean", 0.8)
    frame = with_intervals(made.to_frame(), spans)
    at = list(frame.columns).index("interval_level")
    assert list(frame.columns)[at : at + 4] == [
        "interval_level",
        "interval_low",
        "interval_high",
        "engine",
    ]
    inside = frame.dropna(subset=["interval_low"])
    assert len(inside) == len(spans["issues"]) > 0
    assert (inside["interval_low"] <= inside["forecast"]).all()
    assert (inside["forecast"] <= inside["interval_high"]).all()
    assert with_intervals(made.to_frame(), None).equals(made.to_frame())


def test_a_repeated_article_in_one_ingest_names_both_places(tmp_path: Path) -> None:
    # session 31's trial, finding 8: `copy-of-london.txt` was counted "already stored" and
    # nothing said which file it repeated
    folder = tmp_path / "week1"
    folder.mkdir()
    text = (
        "Title: Talks in Berlin\nDate: 2025-03-01\n\nThe foreign minister of France met the "
        "German chancellor in Berlin on Monday to discuss aid.\n"
    )
    (folder / "berlin.txt").write_text(text)
    (folder / "copy-of-berlin.txt").write_text(text)
    row = {"text": "Russia and Ukraine agreed to a ceasefire on Tuesday.", "date": "2025-03-02"}
    other = {"text": "Talks on grain exports resumed in Istanbul.", "date": "2025-03-03"}
    lines = [json.dumps(r) for r in (row, other, row)]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    db = tmp_path / "news.db"
    done = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert done.exit_code == 0, done.output
    said = " ".join(done.stderr.split())
    assert f"{folder / 'copy-of-berlin.txt'}: the same text as {folder / 'berlin.txt'}" in said
    assert (
        f"{folder / 'wire.jsonl'} line 3: the same text as {folder / 'wire.jsonl'} line 1" in said
    )
    # the next week's run of the same folder: everything is stored already, which is no news
    again = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert "the same text as" not in again.stderr
