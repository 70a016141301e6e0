"""Stance tables (XLSX workbook, folder of CSVs): round trips, and errors at their cells."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from accord.errors import ScenarioError
from accord.scenario import load, load_bundled, save
from accord.scenario.stance_table import TABLES
from tests.helpers import needs_xlsx


@pytest.mark.parametrize("scenario_id", ["ukraine-2025-02", "ec-emissions-1994"])
@pytest.mark.parametrize(("name", "fmt"), [("s.xlsx", None), ("folder", "stance-csv")])
def test_round_trip_keeps_everything(
    tmp_path: Path, scenario_id: str, name: str, fmt: str | None
) -> None:
    if name.endswith(".xlsx"):
        needs_xlsx()
    original = load_bundled(scenario_id)
    target = tmp_path / name
    save(original, target, fmt)
    back = load(target)  # the format is recognised from the extension or the folder
    assert back.model_dump() == original.model_dump()


def test_new_model_fields_are_columns() -> None:
    assert {"position", "salience", "uncertainty", "evidence"} <= set(TABLES["stances"])
    assert {"low", "high", "status_quo"} <= set(TABLES["issues"])


def _edit_csv(path: Path, row: int, column: str, value: str) -> None:
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
        columns = list(rows[0])
    rows[row - 2][column] = value
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def test_a_bad_cell_is_reported_at_its_row_and_column(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    save(load_bundled("ec-emissions-1994"), folder, "stance-csv")
    _edit_csv(folder / "stances.csv", 4, "salience", "1.5")
    with pytest.raises(ScenarioError, match=r"stances row 4, salience: must be at most 1"):
        load(folder)
    _edit_csv(folder / "stances.csv", 4, "salience", "0.5")
    _edit_csv(folder / "stances.csv", 3, "actor", "Nobody")
    with pytest.raises(ScenarioError, match=r"stances row 3, actor: unknown actor id"):
        load(folder)


def test_unknown_columns_and_missing_tables_are_errors(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    save(load_bundled("ec-emissions-1994"), folder, "stance-csv")
    text = (folder / "actors.csv").read_text(encoding="utf-8")
    (folder / "actors.csv").write_text(text.replace("capability", "power", 1), encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"actors\.csv: line 1: unknown column"):
        load(folder)
    (folder / "actors.csv").unlink()
    with pytest.raises(ScenarioError, match="missing table"):
        load(folder)


def test_a_workbook_edited_in_a_spreadsheet(tmp_path: Path) -> None:
    needs_xlsx()
    import openpyxl

    path = tmp_path / "s.xlsx"
    save(load_bundled("ec-emissions-1994"), path)
    book = openpyxl.load_workbook(path)
    book["stances"]["C2"] = 7.25  # position of the first stance, typed as a number
    book["stances"]["D3"] = "high"  # salience as text
    book.save(path)
    with pytest.raises(ScenarioError, match=r"s\.xlsx: stances row 3, salience"):
        load(path)
    book["stances"]["D3"] = 0.5
    book.save(path)
    assert load(path).stances[0].position == 7.25


def test_not_a_workbook(tmp_path: Path) -> None:
    needs_xlsx()
    path = tmp_path / "s.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ScenarioError, match="not a readable XLSX workbook"):
        load(path)
