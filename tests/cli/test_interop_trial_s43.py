"""Session 43's trial (docs/trial-2026-12-07-s43-interop.md): a political scientist takes
accord's tables into R and Stata. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ds = pytest.importorskip("pyarrow.dataset")

runner = CliRunner()


def _invoke(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


def test_parquet_files_of_one_command_open_as_one_dataset(tmp_path: Path) -> None:
    # finding 1: an all-empty text column (no horizon, no consent actors) was Arrow's `null`
    # type, and R's arrow::open_dataset / pyarrow.dataset refused the two files together
    first, second = tmp_path / "ec.parquet", tmp_path / "ukr.parquet"
    _invoke("forecast", "ec-emissions-1994", "--format", "parquet", "--out", str(first))
    _invoke("forecast", "ukraine-2025-02", "--format", "parquet", "--out", str(second))
    schema = pq.read_schema(first)
    assert not [f.name for f in schema if pa.types.is_null(f.type)]
    assert schema.field("horizon").type == pa.large_string()
    stacked = ds.dataset([str(first), str(second)]).to_table()
    assert stacked.num_rows == 1 + 7
    assert stacked.column("horizon").null_count == 1


def test_an_empty_column_keeps_its_kind_in_parquet() -> None:
    from accord.frames import frame_bytes

    frame = pd.DataFrame(
        {"id": ["d1", "d2"], "url": [None, None], "similarity": [None, None]}, dtype=object
    )
    table = pq.read_table(pa.BufferReader(frame_bytes(frame, "parquet")))
    assert table.schema.field("url").type == pa.large_string()
    assert table.schema.field("similarity").type == pa.float64()
    assert table.column("similarity").null_count == 2


def test_parquet_keeps_the_json_document_with_options_and_seed(tmp_path: Path) -> None:
    # finding 2: only the sweep's Parquet file said how it was made; a forecast's lost its
    # engine options, perturbation and agreement rule
    target = tmp_path / "f.parquet"
    args = ("forecast", "ec-emissions-1994", "--engine", "bdm", "--runs", "20", "--seed", "5")
    _invoke(*args, "--format", "parquet", "--out", str(target))
    kept = json.loads(pq.read_schema(target).metadata[b"accord.json"])
    document = json.loads(_invoke(*args, "--json"))
    for key in ("scenario", "engine", "seed", "params", "agreement_rule", "accord"):
        assert kept[key] == document[key]
    assert kept["ensemble"]["perturbation"] == document["ensemble"]["perturbation"]
    assert kept["ensemble"]["runs"] == 20
    # a CSV file has no metadata: its columns are unchanged
    csv = tmp_path / "f.csv"
    _invoke(*args, "--format", "csv", "--out", str(csv))
    assert list(pd.read_csv(csv).columns[-3:]) == ["engine", "seed", "scenario"]


def test_power_parquet_keeps_the_body_and_index(tmp_path: Path) -> None:
    target = tmp_path / "p.parquet"
    _invoke("power", "--body", "eu-council", "--index", "banzhaf", "--format", "parquet",
            "--out", str(target))  # fmt: skip
    table = pq.read_table(target)
    assert table.schema.field("date").type == pa.large_string()  # was `null` without --year
    kept = json.loads(table.schema.metadata[b"accord.json"])
    assert kept["index"] == "banzhaf" and "accord" in kept


def test_explain_table_says_which_engine_and_scenario() -> None:
    # finding 3: the tornado table had neither, so two scenarios' tables stacked were anonymous
    import io

    args = ("explain", "ec-emissions-1994", "--engine", "bdm", "--top", "2", "--seed", "3")
    frame = pd.read_csv(io.StringIO(_invoke(*args, "--format", "csv")))
    assert list(frame.columns[-4:]) == ["accord_version", "engine", "seed", "scenario"]
    assert set(frame["engine"]) == {"bdm"} and set(frame["scenario"]) == {"ec-emissions-1994"}
    assert set(frame["seed"]) == {3}


def test_timeline_with_nobody_on_the_other_side_is_missing(tmp_path: Path) -> None:
    # finding 4: `with` held "" there: missing in the CSV, text in the Parquet file
    article = tmp_path / "t.txt"
    article.write_text("Moscow, 3 March 2025\n\nRussia rejected the proposal on Monday.\n")
    db = f"sqlite:///{tmp_path / 't.db'}"
    _invoke("ingest", str(article), "--db", db)
    target = tmp_path / "t.parquet"
    _invoke("timeline", "RUS", "--db", db, "--format", "parquet", "--out", str(target))
    frame = pd.read_parquet(target)
    assert len(frame) == 1 and frame["with"].isna().all()
    assert json.loads(_invoke("timeline", "RUS", "--db", db, "--json"))[0]["with"] is None
