"""Every tidy table of a random process records its seed, as its JSON does (session 30: the
CSV and Parquet of `accord compare` had no seed column while its JSON had `seed`; so had
`accord explain`'s and `accord sweep`'s)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

from accord.cli import app
from tests.helpers import needs_parquet

runner = CliRunner()


def _invoke(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


def test_compare_csv_and_parquet_record_the_seed(tmp_path: Path) -> None:
    needs_parquet()
    args = ["compare", "ec-emissions-1994", "--engine", "bdm", "--engine", "mean", "--runs", "5"]
    frame = pd.read_csv(io.StringIO(_invoke(*args, "--seed", "7", "--format", "csv")))
    assert list(frame.columns[-2:]) == ["seed", "scenario"]
    assert set(frame["seed"]) == {7}
    # no --seed: the drawn seed, the one the JSON records
    drawn = pd.read_csv(io.StringIO(_invoke(*args, "--format", "csv")))
    assert drawn["seed"].nunique() == 1 and drawn["seed"].notna().all()
    target = tmp_path / "c.parquet"
    _invoke(*args, "--seed", "7", "--format", "parquet", "--out", str(target))
    assert set(pd.read_parquet(target)["seed"]) == {7}
    # nothing random: the seed is empty, as in a forecast's table and the JSON's null
    plain = pd.read_csv(io.StringIO(_invoke("compare", "ec-emissions-1994", "--format", "csv")))
    assert plain["seed"].isna().all()
    assert json.loads(_invoke("compare", "ec-emissions-1994", "--json"))["seed"] is None


def test_compare_batch_keeps_the_seed_before_scenario_and_path(tmp_path: Path) -> None:
    text = _invoke(
        *("compare", "ec-emissions-1994", "ukraine-2025-02", "--engine", "mean"),
        *("--runs", "3", "--seed", "4", "--format", "csv"),
    )
    frame = pd.read_csv(io.StringIO(text))
    # Comparison.to_frame()'s columns (engine second, since session 36's s36-notebook), then path
    assert list(frame.columns[-4:]) == ["as_of", "seed", "scenario", "path"]
    assert list(frame.columns[:2]) == ["issue", "engine"]
    assert set(frame["seed"]) == {4}


def test_explain_csv_records_the_seed() -> None:
    args = ["explain", "ec-emissions-1994", "--engine", "bdm", "--top", "2", "--seed", "3"]
    frame = pd.read_csv(io.StringIO(_invoke(*args, "--format", "csv")))
    # since session 43 the table ends as a sweep's: accord_version, engine, seed, scenario
    assert list(frame.columns)[-5:] == [
        "bargain_swing",
        "accord_version",
        "engine",
        "seed",
        "scenario",
    ]
    assert set(frame["seed"]) == {3}


def test_sweep_csv_and_parquet_record_the_seed(tmp_path: Path) -> None:
    needs_parquet()
    args = ["sweep", "ec-emissions-1994", "--vary", "Germany.capability=*:x0.5:2", "--points", "2"]
    frame = pd.read_csv(io.StringIO(_invoke(*args, "--seed", "11", "--format", "csv")))
    assert list(frame.columns[-3:]) == ["engine", "seed", "scenario"]  # s30-trial's order
    assert set(frame["seed"]) == {11}
    target = tmp_path / "s.parquet"
    _invoke(*args, "--seed", "11", "--format", "parquet", "--out", str(target))
    assert set(pd.read_parquet(target)["seed"]) == {11}
