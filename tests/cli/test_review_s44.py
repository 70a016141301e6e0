"""Session 44's review of the session's merged changes: what it found and fixed.

A drafts' or members' table of no rows (``accord forecast SCENARIO --rows drafts|votes
--format parquet`` of a scenario without drafts) had its numbers as text and the drafts'
``outcome`` (text) as a number, so ``pyarrow.dataset`` could not read it beside a table with
drafts; and ``actual_adopted`` was text where no draft had a recorded vote, ``bool`` where one
had. Each test here fails on the code before the review.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import accord
from accord.frames import frame_bytes

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ds = pytest.importorskip("pyarrow.dataset")


def _write(frame: pd.DataFrame, path: Path) -> Path:
    path.write_bytes(frame_bytes(frame, "parquet"))
    return path


@pytest.mark.parametrize("table", ["to_frame", "votes_frame"])
def test_a_table_without_drafts_has_the_types_of_one_with_drafts(
    tmp_path: Path, table: str
) -> None:
    none = getattr(accord.forecast("ec-emissions-1994", "mean").resolutions, table)()
    some = getattr(accord.forecast("ukraine-2025-02", "mean", seed=1).resolutions, table)()
    assert len(none) == 0 and len(some) > 0
    empty, full = _write(none, tmp_path / "none.parquet"), _write(some, tmp_path / "some.parquet")
    assert pq.read_schema(empty).types == pq.read_schema(full).types
    for files in ([empty, full], [full, empty]):
        assert ds.dataset([str(f) for f in files]).to_table().num_rows == len(some)


def test_actual_adopted_is_a_yes_no_column_when_no_draft_has_a_result() -> None:
    frame = pd.DataFrame({"draft": ["L.1"], "actual_adopted": [None]})
    table = pq.read_table(pa.BufferReader(frame_bytes(frame, "parquet")))
    assert table.schema.field("actual_adopted").type == pa.bool_()
    assert table.column("actual_adopted").to_pylist() == [None]
