"""Progress of long commands (issue 13, item 7): ensembles report their runs, and the CLI
shows a Rich bar on a terminal, throttled lines when piped and nothing for machine output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from accord.cli.app import err
from accord.cli.output import progress
from accord.forecast import forecast
from accord.forecast.ensemble import BLOCK_RUNS
from accord.progress import ThrottledLines, _reporter, reporting, tick
from accord.scenario import load_bundled


def test_an_ensemble_reports_its_runs_block_by_block() -> None:
    seen: list[tuple[str, int, int]] = []
    runs = BLOCK_RUNS + 10  # two blocks
    with reporting(lambda what, done, total: seen.append((what, done, total))):
        forecast(load_bundled("ec-emissions-1994"), "mean", runs=runs, seed=1)
    ensemble = [s for s in seen if s[0] == "ensemble: runs"]
    assert ensemble == [("ensemble: runs", BLOCK_RUNS, runs), ("ensemble: runs", runs, runs)]


@pytest.mark.parametrize("shape", ["json", "csv", "parquet"])
def test_machine_readable_output_gets_no_progress(shape: str) -> None:
    with progress("work", shape):
        assert _reporter.get() is None


def test_piped_table_output_gets_throttled_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(err, "_force_terminal", False)
    with progress("work", "table"):
        assert isinstance(_reporter.get(), ThrottledLines)


def test_a_terminal_gets_a_rich_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(err, "_file", screen)  # not "file": its getter would pin a stream
    monkeypatch.setattr(err, "_force_terminal", True)
    with progress("forecast: smp", "table"):
        reporter = _reporter.get()
        assert reporter is not None and not isinstance(reporter, ThrottledLines)
        tick("ensemble: runs", 5, 10)  # fills the live bar
    # a live display ran on the terminal: it hid the cursor, and (transient) cleared itself
    assert screen.getvalue().startswith("\x1b[?25l")


def test_a_sweep_reports_its_points() -> None:
    from accord.forecast.sweep import parse_dimension, run_sweep

    seen: list[tuple[str, int, int]] = []
    with reporting(lambda what, done, total: seen.append((what, done, total))):
        result = run_sweep(
            load_bundled("ec-emissions-1994"),
            "mean",
            [parse_dimension("Germany.capability=0.1:0.3")],
            points=3,
        )
    swept = [s for s in seen if s[0] == "sweep: points"]
    assert swept == [("sweep: points", k, 3) for k in (1, 2, 3)]
    assert len(result.points) == 3


def test_evidence_cv_reports_each_folds_selection_rounds_and_keeps_its_figures() -> None:
    from accord.news.evidence import SWITCHES
    from accord.news.evidence_cv import cross_validate
    from tests.news.evidence_helpers import demand_and_ceasefire

    groups = ("s1", "s2", "s3")
    records = demand_and_ceasefire(groups)
    scenarios = dict.fromkeys(groups, load_bundled("ukraine-2025-02"))
    seen: list[tuple[str, int, int]] = []
    with reporting(lambda what, done, total: seen.append((what, done, total))):
        heard = cross_validate(records, scenarios, by="scenario")
    assert heard.to_dict() == cross_validate(records, scenarios, by="scenario").to_dict()
    parts = [
        *(f"evidence cv, fold {n} of 3" for n in (1, 2, 3)),
        "evidence cv, the choice on every sentence",
    ]
    for part in parts:
        rounds = [
            (done, total)
            for what, done, total in seen
            if what == f"{part}: forward selection round"
        ]
        # a round counter that starts again in each part, bounded by the switches to add
        assert rounds and rounds == [(n, len(SWITCHES)) for n in range(1, len(rounds) + 1)]
    assert {what for what, _, _ in seen} == {f"{part}: forward selection round" for part in parts}


def _evidence_cv(path: Path, *args: str) -> tuple[str, str]:
    from typer.testing import CliRunner

    from accord.cli import app

    done = CliRunner().invoke(app, ["evidence", "cv", str(path), *args])
    assert done.exit_code == 0, done.output
    return done.stdout, done.stderr


def test_evidence_cv_shows_progress_on_stderr_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import functools
    import json
    import math

    import accord.progress
    from tests.news.evidence_helpers import demand_and_ceasefire

    rows = [r.model_dump(mode="json") for r in demand_and_ceasefire(("s1", "s2", "s3", "s4"))]
    for n, row in enumerate(rows):
        row["scenario"] = ("ukraine-2025-02", "minsk-2015-02")[n // 4]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(err, "_force_terminal", False)
    # a run too short for any line, then one that prints every tick (a slow run's lines)
    never = functools.partial(ThrottledLines, after=math.inf)
    monkeypatch.setattr(accord.progress, "ThrottledLines", never)
    quiet = {shape: _evidence_cv(path, *shape) for shape in ((), ("--json",))}
    eager = functools.partial(ThrottledLines, after=0.0, every=0.0)
    monkeypatch.setattr(accord.progress, "ThrottledLines", eager)
    table, lines = _evidence_cv(path)
    document, silent = _evidence_cv(path, "--json")
    assert (table, document) == (quiet[()][0], quiet[("--json",)][0])
    assert "evidence cv, fold 1 of 2: forward selection round 1 of at most" in lines
    assert "evidence cv, the choice on every sentence: forward selection round" in lines
    assert "forward selection" not in silent + quiet[()][1] + quiet[("--json",)][1]
