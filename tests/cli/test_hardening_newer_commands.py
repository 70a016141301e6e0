"""Regression tests (issue 12) for commands added after the issue was filed: --out of the
tidy-table formats, backtest-fit and sweep refuse unwritable paths with a clear error, and a
sweep refuses a design beyond the documented limit instead of hanging."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


def _cli(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture
def blocker(tmp_path: Path) -> Path:
    path = tmp_path / "plain-file"
    path.write_text("not a directory\n", encoding="utf-8")
    return path


def test_forecast_csv_out_unwritable(blocker: Path) -> None:
    code, output = _cli("forecast", "ec-emissions-1994", "--format", "csv", "--out",
                        f"{blocker}/x.csv")  # fmt: skip
    assert code == 2 and "--out" in output and "cannot write there" in output


def test_backtest_fit_checks_out_before_fitting(blocker: Path) -> None:
    code, output = _cli("backtest-fit", "/nonexistent.tsv", "--out", f"{blocker}/m.json")
    assert code == 2 and "--out" in output and "cannot write there" in output


def test_sweep_output_unwritable(blocker: Path) -> None:
    code, output = _cli("sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3",
                        "--output", f"{blocker}/s.json")  # fmt: skip
    assert code == 2 and "--output" in output and "cannot write there" in output


@pytest.mark.parametrize(
    "extra", [("--points", "1000000000"), ("--design", "lhs", "--samples", "100000000")]
)
def test_sweep_beyond_the_limit_is_refused(extra: tuple[str, ...]) -> None:
    code, output = _cli(
        "sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3", *extra
    )
    assert code == 2 and "ACCORD_MAX_RUNS" in output
