"""Progress of long commands (issue 13, item 7): ensembles report their runs, and the CLI
shows a Rich bar on a terminal, throttled lines when piped and nothing for machine output."""

from __future__ import annotations

import io

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
