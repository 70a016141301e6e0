"""Exports are written beside the target and renamed into place: a failed export of
``accord events --format ... --out FILE`` leaves an earlier FILE whole and no temporary file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from accord.errors import DataError
from accord.news.export import write_export


def test_a_json_export_replaces_the_file_and_leaves_nothing_beside_it(tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    out.write_text("old", encoding="utf-8")
    assert write_export([], "plover-json", out) is None
    assert json.loads(out.read_text(encoding="utf-8")) == []
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]


def test_a_failed_csv_export_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "events.csv"
    out.write_text("earlier export\n", encoding="utf-8")

    def half_written(self: Any, path: str, **_: Any) -> None:
        Path(path).write_text("event_id,da", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", half_written)
    with pytest.raises(DataError, match=r"events\.csv: cannot write \(No space left"):
        write_export([], "csv", out)
    assert out.read_text(encoding="utf-8") == "earlier export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_a_json_export_into_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    with pytest.raises(DataError, match=r"events\.json: cannot write there"):
        write_export([], "plover-json", blocked / "events.json")


def test_the_cli_checks_out_before_reading_the_store(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from accord.cli import app

    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'none.db'}"
    args = ["events", "--db", db, "--format", "parquet", "--out", str(blocked / "x.parquet")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "--out" in result.output and "is not a directory" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
