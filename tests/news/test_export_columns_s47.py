"""Session 47 (leftovers), item 1: every export format carries every column.

Session 46 added ``date_from`` to the CSV and Parquet exports and the frames, not to
``accord events --format plover-json``. :data:`accord.news.export.PLOVER_KEYS` now says where
each of :data:`~accord.news.export.COLUMNS` is in a PLOVER record, and these tests read every
column back from each format."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from accord.news.export import COLUMNS, PLOVER_KEYS, ExportRow, write_export
from accord.news.store import StoredEvent
from accord.news.types import ActorRef, Location

EVENT = StoredEvent(
    id="ev1",
    date=dt.date(2025, 2, 26),
    event_type="REJECT",
    mode="reject",
    sources=(ActorRef("RUS", "GOV", "Russia", "Russia"),),
    targets=(ActorRef("FRA", "GOV", "France", "France"),),
    trigger="rejected",
    sentence="Russia rejected the French plan in Paris.",
    confidence=0.8,
    mentions=2,
    document_ids=("doc1", "doc2"),
)
ROW = ExportRow(EVENT, Location("FRA", "Paris"), "https://x.invalid/a", "rules", "0.1.0", "text")


def _plover_value(record: dict[str, Any], column: str) -> Any:
    """``column`` read from a PLOVER record by :data:`PLOVER_KEYS`, as the flat row has it."""
    key, *inner = PLOVER_KEYS[column]
    value = record[key]
    if column == "document_id":
        return value[0]
    if column == "accord_version":
        return value["version"]
    for name in inner:
        if isinstance(value, list):  # the actors of a side, joined as the tables join them
            return ";".join(str(actor[name]) for actor in value)
        value = value[name]
    return value


def test_the_plover_keys_name_every_column_in_order() -> None:
    assert tuple(PLOVER_KEYS) == COLUMNS
    assert "date_from" in COLUMNS


def test_plover_json_carries_every_column_date_from_included() -> None:
    """Failed before session 47: the records had no ``dateFrom``."""
    text = write_export([ROW], "plover-json", None)
    assert text is not None
    record = json.loads(text)[0]
    flat = ROW.to_dict()
    for column in COLUMNS:
        assert PLOVER_KEYS[column][0] in record, column
        if column != "accord_version":
            assert _plover_value(record, column) == flat[column], column
    assert record["dateFrom"] == "text"
    assert record["accord"]["version"] in flat["accord_version"]


def test_csv_and_parquet_have_the_same_columns(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    text = write_export([ROW], "csv", None)
    assert text is not None
    assert tuple(pd.read_csv(io.StringIO(text)).columns) == COLUMNS
    write_export([ROW], "parquet", tmp_path / "events.parquet")
    assert tuple(pd.read_parquet(tmp_path / "events.parquet").columns) == COLUMNS
    assert tuple(ROW.to_dict()) == COLUMNS
