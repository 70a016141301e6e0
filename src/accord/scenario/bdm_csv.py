"""The actor table of the Python ports of the Bueno de Mesquita expected-utility model.

The BDM/Scholz port (Scholz, Calbert & Smith 2011, "Unravelling Bueno De Mesquita's group
decision model", Journal of Theoretical Politics 23(4); code by J. McKibben, Python 3 update
by D. Masad) reads a CSV with a header row naming the columns ``Actor`` (or ``name``),
``Capability``, ``Position`` and ``Salience``, in any letter case, and one row per actor. There
is one issue; positions are in the file's own units and saliences lie in 0..1.

Mapping onto the accord model: actor id = actor name = the first column; one issue ``issue``
titled after the file's stem, whose scale runs from the lowest to the highest position (widened
by 1 each side when every actor stands at the same point); capability and salience as written.
The header as written and the decimals shown per column are kept under
``Scenario.parameters["bdm-csv"]`` so that the file can be written back as it was.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from accord.errors import FormatError, Problem
from accord.scenario.io import Format, empty_file, register_format, scenario_from_data
from accord.scenario.ktab import (
    cell_number,
    cell_where,
    check_actor_id,
    check_width,
    csv_rows,
    fixed_decimals,
    format_number,
    head_rows,
    slugify,
)
from accord.scenario.model import Scenario

BDM_KEY = "bdm-csv"
ISSUE_ID = "issue"
_COLUMNS = ("actor", "capability", "position", "salience")
_ALIASES = {"name": "actor"}


def _sniff_bdm_csv(text: str) -> bool:
    """The first row is a header whose first cell is ``Actor`` or ``name``."""
    rows = head_rows(text)
    return bool(rows) and rows[0].cells[0].lower() in ("actor", "name")


def read_bdm_csv(text: str, stem: str = "bdm") -> Scenario:
    """Read a BDM actor table; ``stem`` (the file name without extension) titles the issue."""
    rows = csv_rows(text)
    if not rows:
        raise empty_file()
    head = rows[0]
    header = head.cells
    index: dict[str, int] = {}
    for col, name in enumerate(header):
        key = _ALIASES.get(name.lower(), name.lower())
        if key in _COLUMNS:
            if key in index:
                raise FormatError(
                    [Problem(f"line {head.line}, column {col + 1}", "duplicate column", name)]
                )
            index[key] = col
    missing = [c.capitalize() for c in _COLUMNS if c not in index]
    if missing:
        raise FormatError(
            [
                Problem(
                    f"line {head.line}",
                    f"the header lacks column(s) {', '.join(missing)}; a BDM actor table needs "
                    "Actor (or name), Capability, Position, Salience",
                    ",".join(header),
                )
            ]
        )
    if len(rows) < 2:
        raise FormatError([Problem(f"line {head.line + 1}", "no actor rows", has_value=False)])
    actors: list[dict[str, Any]] = []
    stances: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for row in rows[1:]:
        check_width(row, header, len(header))
        actor_col = index["actor"]
        actor_id = row.cells[actor_col]
        check_actor_id(actor_id, cell_where(row, actor_col, header), row.line, seen)
        capability = cell_number(
            row, index["capability"], header, low=0, what="a non-negative capability"
        )
        position = cell_number(row, index["position"], header, what="a position")
        salience = cell_number(
            row, index["salience"], header, low=0, high=1, what="a salience on 0..1"
        )
        actors.append({"id": actor_id, "name": actor_id, "capability": capability})
        stances.append(
            {"actor": actor_id, "issue": ISSUE_ID, "position": position, "salience": salience}
        )
    positions = [s["position"] for s in stances]
    low, high = min(positions), max(positions)
    if low == high:
        low, high = low - 1, high + 1
    title = stem or "BDM scenario"
    document = {
        "id": slugify(title, "bdm-scenario"),
        "title": title,
        "actors": actors,
        "issues": [{"id": ISSUE_ID, "title": title, "scale": {"low": low, "high": high}}],
        "stances": stances,
        "parameters": {
            BDM_KEY: {
                "columns": [header[index[c]] for c in _COLUMNS],
                "issues": [ISSUE_ID],
                "decimals": [
                    fixed_decimals([r.cells[index[c]] for r in rows[1:]]) for c in _COLUMNS[1:]
                ],
            }
        },
    }
    return scenario_from_data(document)


def _read_unnamed(text: str) -> Scenario:
    return read_bdm_csv(text)


def more_than_one_issue(scenario: Scenario) -> Problem | None:
    """The issues of a scenario that a BDM actor table cannot hold: it has one issue column."""
    if len(scenario.issues) == 1:
        return None
    return Problem(
        "issues",
        f"a BDM actor table holds one issue but this scenario has {len(scenario.issues)}; "
        "convert one issue at a time or use ktab-csv",
        ", ".join(i.id for i in scenario.issues),
    )


def write_bdm_csv(scenario: Scenario) -> str:
    """Write a BDM actor table. Only one-issue scenarios fit; positions stay in scale units.

    Lossy: the issue's scale, title and labels, actor names (the id is written), kind, country
    and tags, evidence and sources are dropped. An actor with no stance is written with
    salience 0 at the status quo (or mid-scale).
    """
    problem = more_than_one_issue(scenario)
    if problem is not None:
        raise FormatError([problem])
    issue = scenario.issues[0]
    layout = scenario.parameters.get(BDM_KEY, {})
    if layout.get("issues") not in (None, [issue.id]):
        layout = {}
    columns = layout.get("columns")
    if not isinstance(columns, list) or len(columns) != 4:
        columns = ["Actor", "Capability", "Position", "Salience"]
    decimals = layout.get("decimals")
    if not isinstance(decimals, list) or len(decimals) != 3:
        decimals = [0, 0, 0]
    default = (
        issue.status_quo
        if issue.status_quo is not None
        else (issue.scale.low + issue.scale.high) / 2
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for actor in scenario.actors:
        stance = scenario.stance(actor.id, issue.id)
        position, salience = (
            (default, 0.0) if stance is None else (stance.position, stance.salience)
        )
        writer.writerow(
            [
                actor.id,
                format_number(actor.capability, decimals[0]),
                format_number(position, decimals[1]),
                format_number(salience, decimals[2]),
            ]
        )
    return buffer.getvalue()


register_format(
    Format(
        "bdm-csv",
        (".csv",),
        _read_unnamed,
        write_bdm_csv,
        _sniff_bdm_csv,
        hint="row 1 is a header 'Actor, Capability, Position, Salience'",
        read_named=read_bdm_csv,
        unfit=more_than_one_issue,
    )
)
