"""Session 44 (s44-typed): every date column of every Parquet table accord writes is a
``date32`` and every time a ``timestamp[us, tz=UTC]``, typed in one place
(:func:`accord.frames.parquet_typed`); the CSV keeps ISO text. Each table with a date or a
time is written from a real command and read back with pyarrow, and through pandas."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.frames import DATE_COLUMNS, TIME_COLUMNS, frame_bytes, parquet_typed

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ds = pytest.importorskip("pyarrow.dataset")

runner = CliRunner()
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _invoke(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


def _both(tmp_path: Path, name: str, *args: str) -> tuple[Any, pd.DataFrame]:
    """The command's Parquet table (pyarrow) and its CSV (text cells), written to files."""
    target, csv = tmp_path / f"{name}.parquet", tmp_path / f"{name}.csv"
    _invoke(*args, "--format", "parquet", "--out", str(target))
    _invoke(*args, "--format", "csv", "--out", str(csv))
    return pq.read_table(target), pd.read_csv(csv, dtype=str, keep_default_na=False)


def _utc(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _check(
    table: Any, csv: pd.DataFrame, dates: set[str], times: frozenset[str] = frozenset()
) -> None:
    """``dates`` are ``date32`` and ``times`` UTC timestamps in ``table``, holding what the
    CSV's ISO text says (an empty CSV cell: null); no text column is left holding ISO dates;
    the pandas round trip (read, write, read) keeps both."""
    schema = table.schema
    assert {f.name for f in schema if pa.types.is_date32(f.type)} == dates
    assert {f.name for f in schema if pa.types.is_timestamp(f.type)} == times
    for name in times:
        assert schema.field(name).type == pa.timestamp("us", tz="UTC")
    for f in schema:  # a date column the one place does not know would be left as text
        if pa.types.is_large_string(f.type) or pa.types.is_string(f.type):
            cells = [v for v in table.column(f.name).to_pylist() if v]
            assert not (cells and all(ISO_DATE.match(v) for v in cells)), f.name
    for name in dates:
        expected = [dt.date.fromisoformat(v) if v else None for v in csv[name]]
        assert table.column(name).to_pylist() == expected, name
    for name in times:
        expected_times = [_utc(v) if v else None for v in csv[name]]
        assert table.column(name).to_pylist() == expected_times, name
    frame = table.to_pandas()
    for name in dates:
        assert all(v is None or type(v) is dt.date for v in frame[name]), name
    for name in times:
        assert str(frame[name].dtype) == "datetime64[us, UTC]", name
    # back through accord's writer, and pandas' own (which types a column of nulls `null`)
    again = pq.read_table(pa.BufferReader(frame_bytes(frame, "parquet")))
    plain = pq.read_table(pa.BufferReader(_pandas_parquet(frame)))
    for name in dates | times:
        assert again.schema.field(name).type == schema.field(name).type, name
        assert again.column(name).to_pylist() == table.column(name).to_pylist(), name
        if table.column(name).null_count < table.num_rows:
            assert plain.schema.field(name).type == schema.field(name).type, name
            assert plain.column(name).to_pylist() == table.column(name).to_pylist(), name


def _pandas_parquet(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def test_forecast_as_of_and_horizon_are_dates(tmp_path: Path) -> None:
    table, csv = _both(tmp_path, "ukr", "forecast", "ukraine-2025-02")
    _check(table, csv, {"as_of", "horizon"})
    assert table.column("horizon").to_pylist()[0] == dt.date(2025, 6, 30)
    # no horizon at all: a null date, never 1970-01-01 or "NaT"
    ec, ec_csv = _both(tmp_path, "ec", "forecast", "ec-emissions-1994")
    _check(ec, ec_csv, {"as_of", "horizon"})
    assert ec.column("horizon").null_count == ec.num_rows
    stacked = ds.dataset([str(tmp_path / "ec.parquet"), str(tmp_path / "ukr.parquet")])
    assert stacked.to_table().schema.field("horizon").type == pa.date32()


def test_forecast_drafts_and_compare_dates(tmp_path: Path) -> None:
    table, csv = _both(tmp_path, "d", "forecast", "ukraine-2025-02", "--rows", "drafts")
    _check(table, csv, {"date"})
    table, csv = _both(tmp_path, "c", "compare", "ukraine-2025-02", "--runs", "3", "--seed", "1")
    _check(table, csv, {"as_of"})


def test_power_and_votes_dates(tmp_path: Path) -> None:
    table, csv = _both(tmp_path, "p", "power", "--body", "unsc", "--year", "2020")
    _check(table, csv, {"date"})
    table, csv = _both(tmp_path, "eu", "power", "--body", "eu-council")
    _check(table, csv, {"date"})
    assert table.column("date").null_count == table.num_rows
    args = ("votes", "predict", "--title", "Peace in Ukraine")
    table, csv = _both(tmp_path, "v", *args, "--date", "2025-02-24")
    _check(table, csv, {"date"})
    assert set(table.column("date").to_pylist()) == {dt.date(2025, 2, 24)}
    table, csv = _both(tmp_path, "v0", *args)
    _check(table, csv, {"date"})


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.db'}"
    _invoke("ledger", "record-bundled", "--db", db)
    return db


def test_ledger_dates_and_recorded_at(tmp_path: Path, ledger: str) -> None:
    table, csv = _both(tmp_path, "l", "ledger", "list", "--db", ledger)
    _check(table, csv, {"as_of", "evidence_cutoff", "on", "horizon"}, {"recorded_at"})
    kinds = table.column("kind").to_pylist()
    on = table.column("on").to_pylist()
    assert all(day is None for kind, day in zip(kinds, on, strict=True) if kind == "record")
    assert any(day is not None for kind, day in zip(kinds, on, strict=True) if kind != "record")
    recorded = dict(zip(kinds, table.column("recorded_at").to_pylist(), strict=True))
    assert recorded["record"] is not None and recorded["resolution"] is not None
    assert recorded["draft_forecast"] is None  # a draft forecast's row leaves it empty: null
    table, csv = _both(tmp_path, "s", "ledger", "score", "--db", ledger, "--per-forecast")
    _check(table, csv, {"as_of"})


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory, shared: Path) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("news")
    (folder / "t.txt").write_text(
        "Moscow, 3 March 2025\n\nRussia rejected the proposal on Monday.\n"
    )
    for path in (shared / "seed").glob("*.txt"):  # dated as published, as test_evidence does
        copy = folder / path.name
        copy.write_bytes(path.read_bytes())
        published = dt.datetime(2025, 2, 25, 12, tzinfo=dt.UTC).timestamp()
        os.utime(copy, (published, published))
    db = f"sqlite:///{folder / 'news.db'}"
    _invoke("ingest", str(folder), "--db", db)
    yield db


def test_documents_date_and_ingested_at_from_sqlite(tmp_path: Path, news: str) -> None:
    table, csv = _both(tmp_path, "docs", "documents", "--db", news)
    # SQLite keeps no offset: ingested_at is written in UTC and read as UTC
    assert all("+" not in v for v in csv["ingested_at"])
    _check(table, csv, {"date"}, {"ingested_at"})
    assert table.schema.field("date_from").type == pa.large_string()  # how it was dated: text


def test_events_timeline_and_evidence_dates(tmp_path: Path, news: str) -> None:
    table, csv = _both(tmp_path, "e", "events", "--db", news)
    _check(table, csv, {"date"})
    table, csv = _both(tmp_path, "t", "timeline", "RUS", "--db", news)
    _check(table, csv, {"date"})
    assert table.num_rows >= 1
    table, csv = _both(tmp_path, "ev", "evidence", "ukraine-2025-02", "--db", news)
    assert table.num_rows >= 1
    _check(table, csv, {"date"})


def test_backtest_and_sweep_hold_no_date_as_text(tmp_path: Path) -> None:
    from tests.cli.test_backtest_formats import HEADER

    rows = [HEADER, [""] * 5 + ["1", "1"] + [""] * 5]
    for proposal in range(1, 5):
        rows.append([str(proposal), "1", f"p{proposal}", "COD", "10", "90", "50", "60", "40",
                     "80", "0", "50"])  # fmt: skip
    deu = tmp_path / "deu.tsv"
    deu.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    table, csv = _both(tmp_path, "b", "backtest", str(deu), "--engines", "mean")
    _check(table, csv, set())
    target = tmp_path / "sweep.parquet"
    sweep = ("sweep", "ec-emissions-1994", "--vary", "Germany.capability=0.1:0.3",
             "--points", "2", "--engine", "mean", "--format")  # fmt: skip
    _invoke(*sweep, "parquet", "--out", str(target))
    text = io.StringIO(_invoke(*sweep, "csv"))
    csv = pd.read_csv(text, dtype=str, keep_default_na=False)
    _check(pq.read_table(target), csv, set())


def test_one_place_types_empty_cells_as_null_and_times_as_utc() -> None:
    frame = pd.DataFrame(
        {
            "as_of": ["2025-02-24", "", None],
            "date": [dt.date(2025, 1, 2), float("nan"), pd.NaT],
            "recorded_at": ["2025-02-24T12:00:00+02:00", "2025-02-24T12:00:00", None],
            "title": ["a", "b", "c"],
        }
    )
    table = pq.read_table(pa.BufferReader(frame_bytes(frame, "parquet")))
    assert table.column("as_of").to_pylist() == [dt.date(2025, 2, 24), None, None]
    assert table.column("date").to_pylist() == [dt.date(2025, 1, 2), None, None]
    assert table.column("recorded_at").to_pylist() == [
        dt.datetime(2025, 2, 24, 10, tzinfo=dt.UTC),
        dt.datetime(2025, 2, 24, 12, tzinfo=dt.UTC),
        None,
    ]
    # the CSV keeps ISO text as it is
    assert frame_bytes(frame, "csv").decode().splitlines()[1].startswith("2025-02-24,2025-01-02,")
    with pytest.raises(AccordError, match="as_of 'soon' is not a date"):
        frame_bytes(pd.DataFrame({"as_of": ["soon"]}), "parquet")
    with pytest.raises(AccordError, match="ingested_at 'x' is not a time"):
        parquet_typed(pa.table({"ingested_at": ["x"]}))
    assert {"as_of", "horizon", "on", "date", "evidence_cutoff"} <= DATE_COLUMNS
    assert {"recorded_at", "ingested_at"} <= TIME_COLUMNS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        empty = pq.read_table(pa.BufferReader(frame_bytes(pd.DataFrame({"on": []}), "parquet")))
    assert empty.schema.field("on").type == pa.date32()
