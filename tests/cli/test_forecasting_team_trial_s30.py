"""Session 30's trial (docs/trial-2026-12-06-s30.md): a forecasting team writes questions,
records and scores forecasts and sends tables to a ministry; each test is one finding."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from typer.testing import CliRunner

import accord
from accord.cli import app
from accord.ledger import Ledger
from tests.helpers import needs_parquet

runner = CliRunner()

EC = "ec-emissions-1994"
LHS = ("sweep", EC, "--engine", "mean", "--vary", "Germany.capability=0.1:0.3")
LHS_DESIGN = ("--design", "lhs", "--samples", "3")


# Finding 1: a Latin-hypercube sweep written to CSV without --seed drew its seed and wrote it
# nowhere (the file, standard error): two runs gave other points, and neither could be redone.
def test_a_sweep_written_to_csv_says_its_seed_and_can_be_drawn_again(tmp_path: Path) -> None:
    needs_parquet()
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


# Finding 3: a forecast's CSV (what the team sends on) had the horizon of each question but not
# the date the forecast is as of, and two versions of one scenario share its id.
def test_a_forecasts_table_carries_the_date_it_is_as_of(tmp_path: Path) -> None:
    bundled = tmp_path / "minsk.yaml"
    done = runner.invoke(app, ["convert", "minsk-2015-02", str(bundled)])
    assert done.exit_code == 0, done.output
    later = tmp_path / "minsk-later.yaml"
    later.write_text(
        bundled.read_text(encoding="utf-8").replace("as_of: '2015-02-10'", "as_of: '2015-02-11'"),
        encoding="utf-8",
    )
    target = tmp_path / "both.csv"
    args = ["forecast", str(bundled), str(later), "--format", "csv", "--out", str(target)]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(target)
    assert set(frame["scenario"]) == {"minsk-2015-02"}
    assert list(dict.fromkeys(frame["as_of"])) == ["2015-02-10", "2015-02-11"]
    assert list(frame.columns[-5:]) == ["as_of", "engine", "seed", "scenario", "path"]
    single = accord.forecast("minsk-2015-02").to_frame()
    assert list(single.columns[-4:]) == ["as_of", "engine", "seed", "scenario"]
    compared = accord.compare(str(later), ["mean", "median"]).to_frame()
    assert list(compared.columns[-3:]) == ["as_of", "seed", "scenario"]
    assert set(compared["as_of"]) == {"2015-02-11"}


# Finding 8: `accord ledger resolve --on 20.08.2025` said only `expected a date YYYY-MM-DD`, where
# a scenario's date has said how to write it since session 28; a horizon written `31 May 2025`
# got the parser's `(invalid character in year)`.
def test_a_resolutions_date_written_day_first_or_with_the_months_name_says_how_to_write_it(
    tmp_path: Path,
) -> None:
    base = ["ledger", "resolve", EC, "emissions", "--outcome", "8", "--agreed", "no"]
    db = ["--source", "minutes", "--db", str(tmp_path / "ledger.db")]
    for written, said in (("20.08.2025", "2025-08-20"), ("15 August 2025", "2025-08-15")):
        done = runner.invoke(app, [*base, "--on", written, *db])
        assert done.exit_code == 2 and "Traceback" not in done.output
        expected = f"--on: expected a date YYYY-MM-DD (got '{written}'; write it {said})"
        assert expected in done.stderr  # s30-polish's form of the hint, kept by the merge
    done = runner.invoke(app, [*base, "--on", "2025-02-30", *db])
    assert done.exit_code == 2
    assert "--on: expected a date YYYY-MM-DD (got '2025-02-30')" in done.stderr  # no guess
    scenario = tmp_path / "ec.yaml"
    assert runner.invoke(app, ["convert", EC, str(scenario)]).exit_code == 0
    text = scenario.read_text(encoding="utf-8")
    as_of = text.split("as_of: ", 1)[1].splitlines()[0]
    scenario.write_text(text.replace(f"as_of: {as_of}", "as_of: 4 May 1994"), encoding="utf-8")
    done = runner.invoke(app, ["validate", str(scenario)])
    assert done.exit_code == 2
    assert "as_of: must be a date written YYYY-MM-DD (write it 1994-05-04)" in done.stderr


# Finding 9: a resolution into a mistyped ledger (a new, empty file) or of a mistyped scenario id
# said only that the scenario was unknown.
def test_a_resolution_of_an_unknown_scenario_says_what_the_ledger_holds(tmp_path: Path) -> None:
    args = ["ledger", "resolve", "plastics-inc52", "treaty_text", "--outcome", "0"]
    args += ["--agreed", "no", "--on", "2025-08-15", "--source", "UNEP"]
    done = runner.invoke(app, [*args, "--db", str(tmp_path / "nope.db")])
    assert done.exit_code == 2 and "Traceback" not in done.output
    # since session 31 no empty ledger is made: the path is named, said to hold no ledger
    assert "nope.db: no ledger there yet" in done.stderr
    assert not (tmp_path / "nope.db").exists()
    empty = str(tmp_path / "empty.db")
    Ledger(empty).close()  # a ledger with no forecast in it says so
    done = runner.invoke(app, [*args, "--db", empty])
    assert "empty.db holds no forecast at all: is --db the one you meant?" in done.stderr
    ledger = str(tmp_path / "team.db")
    done = runner.invoke(app, ["forecast", EC, "--record", "--db", ledger])
    assert done.exit_code == 0, done.output
    done = runner.invoke(app, [*args, "--db", ledger])
    assert done.exit_code == 2
    assert "no forecast of it in the ledger; the ledger holds forecasts of: " + EC in done.stderr
