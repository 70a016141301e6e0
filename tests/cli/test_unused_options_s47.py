"""Session 47 (leftovers), item 5: an option an engine or a forecast cannot use gets a note.

Checked on every engine: ``--rounds`` and ``--variant`` are refused (exit 2, naming the
engine) where an engine has no rounds or variants, as before. Two were left unused without a
word: ``--trajectory`` with an engine that has no rounds (mean, median, nash) showed turn 0,
the starting positions, alone; ``--workers`` and ``--scheduler`` without ``--runs`` spread
nothing (and a scheduler out of reach failed a forecast that would not have used it)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()
CASE = "blacksea-2022-07"


@pytest.mark.parametrize("engine", ["mean", "median", "nash"])
def test_a_trajectory_of_an_engine_without_rounds_says_so(engine: str) -> None:
    """Failed before session 47: no note."""
    done = runner.invoke(app, ["forecast", CASE, "--engine", engine, "--trajectory"])
    assert done.exit_code == 0, done.output
    assert f"note: --trajectory: engine {engine} has no rounds" in done.stderr
    several = runner.invoke(
        app, ["forecast", CASE, "doha-2020-02", "--engine", engine, "--trajectory"]
    )
    assert several.exit_code == 0, several.output
    assert several.stderr.count("--trajectory: engine") == 1


def test_an_engine_with_rounds_gets_no_note() -> None:
    done = runner.invoke(app, ["forecast", CASE, "--engine", "bdm", "--trajectory"])
    assert done.exit_code == 0, done.output
    assert "--trajectory:" not in done.stderr


def test_workers_and_scheduler_without_runs_say_so_and_reach_nothing() -> None:
    """Failed before session 47: no note; the unreachable scheduler failed the forecast."""
    done = runner.invoke(app, ["forecast", CASE, "--workers", "0"])
    assert done.exit_code == 0, done.output
    assert "note: --workers: used only with --runs" in done.stderr
    assert "engine mean" in done.stderr
    far = runner.invoke(app, ["forecast", CASE, "--scheduler", "notanaddress"])
    assert far.exit_code == 0, far.output
    assert "note: --scheduler: used only with --runs" in far.stderr
    ran = runner.invoke(app, ["forecast", CASE, "--workers", "1", "--runs", "3", "--seed", "1"])
    assert ran.exit_code == 0, ran.output
    assert "used only with --runs" not in ran.stderr


@pytest.mark.parametrize("option", [["--rounds", "3"], ["--variant", "paper"]])
@pytest.mark.parametrize("engine", ["mean", "median"])
def test_rounds_and_variant_are_refused_naming_the_engine(option: list[str], engine: str) -> None:
    done = runner.invoke(app, ["forecast", CASE, "--engine", engine, *option])
    assert done.exit_code == 2
    assert f"engine {engine!r} takes no parameters" in done.stderr
