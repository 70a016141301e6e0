"""Stance tables: a scenario drafted in a spreadsheet, as an XLSX workbook or a folder of CSVs.

One table per part of the scenario, one row per item, so that analysts can fill it in Excel or
LibreOffice and sort, filter and comment it there:

* ``scenario``: two columns ``key, value`` with rows ``id``, ``title``, ``as_of``,
  ``description``;
* ``actors``: ``id, name, kind, country, capability, tags, note`` (tags separated by ``;``);
* ``issues``: ``id, title, question, low, high, low_label, high_label, status_quo, keywords,
  note`` (keywords separated by ``;``);
* ``stances``: ``actor, issue, position, salience, uncertainty, evidence`` (evidence: a JSON
  list of ``{"source", "date", "text"}`` objects, or empty);
* ``sources`` (optional): the fields of :class:`accord.scenario.model.Source` (``id, title,
  publisher, date, url, file, text_sha256``).

An XLSX workbook holds them as sheets of those names (format ``stance-xlsx``, read and written
with openpyxl, the optional ``xlsx`` extra); a folder holds them as ``scenario.csv``,
``actors.csv``... (format ``stance-csv``). Empty cells are absent values. The rows become the
same plain data a YAML file gives, so every check of the model applies, and a problem is
reported at its sheet, row and column (``stances row 4, salience``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from accord.errors import FormatError, Problem, ScenarioError
from accord.scenario.io import Format, register_format, replace_atomically, scenario_from_data
from accord.scenario.model import Scenario

_SCALE = ("low", "high", "low_label", "high_label", "points")
_PARTS = ("actors", "issues", "stances", "sources")


def _columns() -> dict[str, tuple[str, ...]]:
    """Each table's columns, from the model's fields (new fields become new columns)."""
    from accord.scenario.model import Actor, Issue, Source, Stance

    issue = [f for f in Issue.model_fields if f != "scale"]
    at = issue.index("question") + 1 if "question" in issue else len(issue)
    return {
        "scenario": ("key", "value"),
        "actors": tuple(Actor.model_fields),
        "issues": (*issue[:at], *_SCALE, *issue[at:]),
        "stances": tuple(Stance.model_fields),
        "sources": tuple(Source.model_fields),
    }


TABLES: dict[str, tuple[str, ...]] = _columns()
"""Table name -> its columns, in order."""

REQUIRED = ("scenario", "actors", "issues", "stances")
SCENARIO_KEYS = tuple(k for k in Scenario.model_fields if k not in _PARTS)
"""The rows of the ``scenario`` table: id, title, as_of, description, institutions..."""

Rows = list[dict[str, Any]]


def _is_text_list(model: Any, column: str) -> bool:
    field = model.model_fields.get(column)
    return (
        field is not None
        and str(field.annotation).startswith("list[")
        and ("str" in str(field.annotation) or "Identifier" in str(field.annotation))
        and "Evidence" not in str(field.annotation)
    )


# --- tables -> scenario ------------------------------------------------------------------------


def _is_text(model: Any, column: str) -> bool:
    """Whether ``column`` of ``model`` holds text (a title, a label, a note): such a cell is
    never read as JSON, whatever it starts with. Session 46's trial: a source titled
    ``[report of ...]`` was written to its cell as it stands and read back as a broken JSON
    list, so that `accord convert` wrote tables accord itself refused."""
    from accord.scenario.model import Scale

    field = model.model_fields.get(column) or (
        Scale.model_fields.get(column) if column in _SCALE else None
    )
    return field is not None and str(field.annotation) in ("<class 'str'>", "str | None")


def _cell(value: Any, text_list: bool, where: str, text_only: bool = False) -> Any:
    """A cell as plain data: ``a; b`` lists, JSON for structured cells (not for a ``text_only``
    one: a title that starts with ``[`` stays a title), ISO dates."""
    if hasattr(value, "isoformat"):  # a spreadsheet date
        return value.isoformat()[:10]
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text_list:
        return [part.strip() for part in text.split(";") if part.strip()]
    if text[:1] in ("[", "{") and not text_only:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormatError([Problem(where, f"not valid JSON ({exc.msg})", value)]) from None
    return value


def _records(name: str, rows: Rows) -> list[dict[str, Any]]:
    from accord.scenario import model

    kinds = {
        "actors": model.Actor,
        "issues": model.Issue,
        "stances": model.Stance,
        "sources": model.Source,
    }
    out = []
    for k, row in enumerate(rows):
        record = {}
        for column, value in row.items():
            if value in (None, ""):
                continue
            where = f"{name} row {k + 2}, {column}"
            record[column] = _cell(
                value,
                _is_text_list(kinds[name], column),
                where,
                _is_text(kinds[name], column),
            )
        out.append(record)
    return out


def _issue(record: dict[str, Any]) -> dict[str, Any]:
    scale = {k: record.pop(k) for k in _SCALE if k in record}
    if scale:
        record["scale"] = scale
    return record


def scenario_from_tables(tables: dict[str, Rows]) -> Scenario:
    """Build and validate a scenario from its tables (rows as column -> cell mappings)."""
    missing = [name for name in REQUIRED if name not in tables]
    if missing:
        raise FormatError([Problem("", f"missing table(s): {', '.join(missing)}", has_value=False)])
    data: dict[str, Any] = {}
    for k, row in enumerate(tables["scenario"]):
        key, value = row.get("key"), row.get("value")
        if key in (None, ""):
            continue
        if key not in SCENARIO_KEYS:
            raise FormatError(
                [
                    Problem(
                        f"scenario row {k + 2}", f"unknown key; use {', '.join(SCENARIO_KEYS)}", key
                    )
                ]
            )
        if value not in (None, ""):
            data[str(key)] = _cell(
                value, False, f"scenario row {k + 2}, value", _is_text(Scenario, str(key))
            )
    data["actors"] = _records("actors", tables["actors"])
    data["issues"] = [_issue(r) for r in _records("issues", tables["issues"])]
    data["stances"] = _records("stances", tables["stances"])
    if tables.get("sources"):
        data["sources"] = _records("sources", tables["sources"])
    try:
        return scenario_from_data(data)
    except ScenarioError as exc:
        raise type(exc)([_at_cell(p) for p in exc.problems]) from None


_PATH = re.compile(r"^(actors|issues|stances|sources)\[(\d+)\](?:\.scale)?(?:\.(\w+))?")


def _at_cell(problem: Problem) -> Problem:
    """``stances[2].salience`` -> ``stances row 4, salience`` (row 1 is the header)."""
    match = _PATH.match(problem.path)
    if not match:
        return problem
    table, index, column = match.group(1), int(match.group(2)), match.group(3)
    where = f"{table} row {index + 2}" + (f", {column}" if column else "")
    return Problem(where, problem.message, problem.value, problem.has_value, problem.file)


# --- scenario -> tables ------------------------------------------------------------------------


def _out(value: Any) -> Any:
    """A value as a cell: text lists joined by ``; ``, structures as JSON, None as empty."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value) if value else None
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False) if value else None
    return value


def tables_from_scenario(scenario: Scenario) -> dict[str, Rows]:
    """The scenario's tables, the inverse of :func:`scenario_from_tables`."""
    meta = scenario.model_dump(mode="json")
    tables: dict[str, Rows] = {
        "scenario": [{"key": k, "value": _out(meta.get(k))} for k in SCENARIO_KEYS],
    }
    for part in _PARTS:
        rows = []
        for item in meta[part]:
            if part == "issues":
                item = {**item, **item.pop("scale")}
            rows.append({c: _out(item.get(c)) for c in TABLES[part]})
        if rows or part != "sources":
            tables[part] = rows
    return tables


# --- XLSX --------------------------------------------------------------------------------------


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ModuleNotFoundError:
        raise FormatError(
            [Problem("", "XLSX needs openpyxl: pip install 'accord[xlsx]'", has_value=False)]
        ) from None
    return openpyxl


def _sheet_rows(sheet: Any, name: str, file: str) -> Rows:
    rows = list(sheet.iter_rows(values_only=True))
    if not rows:
        return []
    header = [str(c).strip() if c is not None else "" for c in rows[0]]
    unknown = [c for c in header if c and c not in TABLES[name]]
    if unknown:
        raise FormatError(
            [
                Problem(
                    f"{name} row 1",
                    f"unknown column; the columns are {', '.join(TABLES[name])}",
                    unknown[0],
                )
            ],
            file,
        )
    out = []
    for row in rows[1:]:
        if all(v in (None, "") for v in row):
            continue
        out.append({h: v for h, v in zip(header, row, strict=False) if h})
    return out


def read_xlsx(path: Path) -> Scenario:
    """Read a stance-table workbook."""
    openpyxl = _openpyxl()
    file = str(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError... on bad files
        raise FormatError(
            [Problem("", f"not a readable XLSX workbook ({type(exc).__name__})", has_value=False)],
            file,
        ) from None
    try:
        tables = {
            name: _sheet_rows(book[name], name, file) for name in TABLES if name in book.sheetnames
        }
    finally:
        book.close()
    try:
        return scenario_from_tables(tables)
    except ScenarioError as exc:
        raise type(exc)(exc.problems, file) from None


def write_xlsx(scenario: Scenario, path: Path) -> None:
    """Write a stance-table workbook atomically (one sheet per table, bold header)."""
    openpyxl = _openpyxl()
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tables_from_scenario(scenario).items():
        sheet = book.create_sheet(name)
        sheet.append(list(TABLES[name]))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([row.get(c) for c in TABLES[name]])
    replace_atomically(path, book.save)


# --- a folder of CSV files ---------------------------------------------------------------------


def _csv_rows(path: Path, name: str) -> Rows:
    """The rows of one table's CSV file. A row with more cells than the header has columns is
    refused (until session 35 its extra cells were dropped: ``70.0,0,8`` under ``position,
    salience, uncertainty`` was read as salience 0 and uncertainty 8, silently), and so is a
    file separated by semicolons, as a spreadsheet writes CSV in French or German settings."""
    from accord.scenario.io import read_text

    text = read_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    raw_header = next(reader, [])
    header = [h.strip() for h in raw_header]
    if len(header) == 1 and any(mark in header[0] for mark in (";", "\t")):
        mark = "semicolons" if ";" in header[0] else "tabs"
        raise FormatError(
            [
                Problem(
                    "line 1",
                    f"the columns are separated by {mark}, as a spreadsheet saves CSV where the "
                    "decimal separator is a comma (French, German... settings); accord reads "
                    "commas and decimal points: save the tables as CSV with commas (LibreOffice: "
                    "field delimiter ',') or the workbook as .xlsx",
                    raw_header[0],
                )
            ],
            str(path),
        )
    unknown = [h for h in header if h and h not in TABLES[name]]
    if unknown:
        raise FormatError(
            [Problem("line 1", f"unknown column; use {', '.join(TABLES[name])}", unknown[0])],
            str(path),
        )
    rows: Rows = []
    problems: list[Problem] = []
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if len(cells) > len(header):  # even empty: 70.0,0,8,, shifts into the empty cells
            problems.append(
                Problem(
                    f"line {start}",
                    f"{len(cells)} cells where the header names {len(header)} columns (a "
                    "decimal comma splits a number in two: write 0.8, not 0,8; a comma inside a "
                    "text cell needs the cell in double quotes)",
                    ",".join(cells),
                )
            )
            continue
        row = {h: cells[i] if i < len(cells) else None for i, h in enumerate(header)}
        if any((v or "").strip() for v in row.values()):
            rows.append(row)
    if problems:
        raise FormatError(problems, str(path))
    return rows


def read_csv_folder(path: Path) -> Scenario:
    """Read ``scenario.csv``, ``actors.csv``, ``issues.csv``, ``stances.csv`` (and
    ``sources.csv``) from the folder ``path``."""
    tables = {
        name: _csv_rows(path / f"{name}.csv", name)
        for name in TABLES
        if (path / f"{name}.csv").is_file()
    }
    try:
        return scenario_from_tables(tables)
    except ScenarioError as exc:
        raise type(exc)(exc.problems, str(path)) from None


def write_csv_folder(scenario: Scenario, path: Path) -> None:
    """Write the tables as CSV files in the folder ``path`` (each file atomically)."""
    from accord.scenario.io import write_atomic

    if path.exists() and not path.is_dir():
        raise FormatError([Problem("", "stance-csv writes a folder, not a file", str(path))])
    from accord.outputs import require_folder

    require_folder(path)  # the folder may be new, in one that exists (session 47)
    path.mkdir(exist_ok=True)
    for name, rows in tables_from_scenario(scenario).items():
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(TABLES[name]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)
        write_atomic(path / f"{name}.csv", buffer.getvalue())


def _is_table_folder(path: Path) -> bool:
    return path.is_dir() and (path / "stances.csv").is_file()


def _text_only(name: str) -> Any:
    def refuse(_: Any) -> Scenario:
        raise FormatError(
            [
                Problem(
                    "",
                    f"{name} is read from a file or folder path, not from text",
                    None,
                    has_value=False,
                )
            ]
        )

    return refuse


register_format(
    Format(
        "stance-xlsx",
        (".xlsx",),
        _text_only("stance-xlsx"),
        hint="an XLSX workbook with sheets scenario, actors, issues, stances",
        read_path=read_xlsx,
        write_path=write_xlsx,
    )
)
register_format(
    Format(
        "stance-csv",
        (),
        _text_only("stance-csv"),
        hint="a folder with scenario.csv, actors.csv, issues.csv, stances.csv",
        read_path=read_csv_folder,
        write_path=write_csv_folder,
        path_match=_is_table_folder,
    )
)


__all__ = [
    "TABLES",
    "read_csv_folder",
    "read_xlsx",
    "scenario_from_tables",
    "tables_from_scenario",
    "write_csv_folder",
    "write_xlsx",
]
