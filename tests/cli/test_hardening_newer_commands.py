"""Regression tests (issue 12) for commands added after the issue was filed: --out of the
tidy-table formats, backtest-fit and sweep refuse unwritable paths with a clear error, and a
sweep refuses a design beyond the documented limit instead of hanging."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli


def test_forecast_csv_out_unwritable(blocker: Path) -> None:
    code, output = run_cli("forecast", "ec-emissions-1994", "--format", "csv", "--out",
                        f"{blocker}/x.csv")  # fmt: skip
    assert code == 2 and "--out" in output and "cannot write there" in output


def test_backtest_fit_checks_out_before_fitting(blocker: Path) -> None:
    code, output = run_cli("backtest-fit", "/nonexistent.tsv", "--out", f"{blocker}/m.json")
    assert code == 2 and "--out" in output and "cannot write there" in output


def test_sweep_output_unwritable(blocker: Path) -> None:
    code, output = run_cli("sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3",
                        "--output", f"{blocker}/s.json")  # fmt: skip
    assert code == 2 and "--output" in output and "cannot write there" in output


@pytest.mark.parametrize(
    "extra", [("--points", "1000000000"), ("--design", "lhs", "--samples", "100000000")]
)
def test_sweep_beyond_the_limit_is_refused(extra: tuple[str, ...]) -> None:
    code, output = run_cli(
        "sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3", *extra
    )
    assert code == 2 and "ACCORD_MAX_RUNS" in output
