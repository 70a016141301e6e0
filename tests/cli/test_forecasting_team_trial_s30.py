"""Session 30's trial (docs/trial-2026-12-06-s30.md): a forecasting team writes questions,
records and scores forecasts and sends tables to a ministry; each test is one finding."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

import accord
from accord.cli import app

runner = CliRunner()

EC = "ec-emissions-1994"
LHS = ("sweep", EC, "--engine", "mean", "--vary", "Germany.capability=0.1:0.3")
LHS_DESIGN = ("--design", "lhs", "--samples", "3")


# Finding 1: a Latin-hypercube sweep written to CSV without --seed drew its seed and wrote it
# nowhere (the file, standard error): two runs gave other points, and neither could be redone.
def test_a_sweep_written_to_csv_says_its_seed_and_can_be_drawn_again(tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    done = runner.invoke(app, [*LHS, *LHS_DESIGN, "--format", "csv", "--out", str(first)])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(first)
    assert list(frame.columns[-3:]) == ["engine", "seed", "scenario"]
    (seed,) = set(frame["seed"])
    assert f"(seed {seed})" in done.stderr
    again = tmp_path / "again.csv"
    args = [*LHS, *LHS_DESIGN, "--seed", str(seed), "--format", "csv", "--out", str(again)]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    assert pd.read_csv(again).equals(frame)  # the same hypercube, point for point
    parquet = tmp_path / "s.parquet"
    done = runner.invoke(app, [*args[:-4], "--format", "parquet", "--out", str(parquet)])
    assert done.exit_code == 0, done.output
    assert f"(seed {seed})" in done.stderr
    assert set(pd.read_parquet(parquet)["seed"]) == {seed}


def test_a_sweeps_json_rows_are_unchanged() -> None:
    """The JSON document says its seed once, at the top; its rows keep their keys."""
    done = runner.invoke(app, [*LHS, *LHS_DESIGN, "--seed", "4", "--json"])
    assert done.exit_code == 0, done.output
    assert '"seed": 4' in done.stdout and '"engine": "mean", "seed": 4, "scenario"' not in (
        done.stdout
    )


# Finding 2: `accord compare --runs N --format csv` without --seed drew a seed for every
# engine's ensemble, which the JSON records and the CSV did not: its p(agreement) could not be
# computed again.
def test_a_comparisons_csv_carries_the_seed_of_its_ensembles() -> None:
    done = runner.invoke(app, ["compare", EC, "--runs", "20", "--format", "csv"])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(io.StringIO(done.stdout))
    assert list(frame.columns[-2:]) == ["seed", "scenario"]
    (seed,) = set(frame["seed"])
    args = ["compare", EC, "--runs", "20", "--seed", str(seed), "--format", "csv"]
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert pd.read_csv(io.StringIO(again.stdout)).equals(frame)
    single = accord.compare(EC, ["mean"]).to_frame()
    assert single["seed"].isna().all()  # nothing random ran: no seed, as in the JSON
