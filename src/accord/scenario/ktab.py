"""KTAB SMP input files: the CSV table and the XML scenario.

KTAB (KAPSARC Toolkit for Behavioral Analysis, MIT licence) reads a spatial-model scenario
either as a CSV table or as an XML document validated by ``smpSchema.xsd``. The layouts below
follow the example files shipped with KTAB (``dummyData_3Dim.csv``, ``SOE-Policy.csv``,
``smpExample.xml``):

CSV
    Row 1: scenario name, description, number of actors, number of dimensions (KTAB's own
    files sometimes add a trailing comma or extra cells). Row 2: headers, ``Actor``,
    ``Description``, a capability column (``Power`` or ``Influence``), then a position and a
    salience column per dimension. Then one row per actor. Positions lie on 0..100 and
    saliences on 0..100 (percent); cells may be padded with spaces.

XML
    ``<Scenario>`` with ``name``, ``desc``, ``prngSeed``, optional ``ModelParameters``,
    ``Dimensions/dName``, ``Actors/Actor`` (``name``, ``description``, ``capability``,
    ``Position/dCoord``, ``Salience/dSal``) and optional ``IdealAdjustment``.

Mapping onto the accord model: actor id = the short name, actor name = the description,
capability as written; one issue per dimension on a 0..100 scale; salience = KTAB salience /
100. Everything needed to write the file back (headers, extra cells of row 1, decimals shown
per column, the XML's model parameters and seed) is kept in ``Scenario.parameters``: the file
layout under ``"ktab-csv"`` or ``"ktab-xml"``, SMP model options under ``"smp"``.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext
from typing import Any

from accord.errors import FormatError, Problem
from accord.scenario.io import Format, register_format, scenario_from_data
from accord.scenario.model import Scenario

# --- shared helpers (also used by the BDM CSV format) -------------------------------------------

_ID_PATTERN = re.compile(r"^[^\s,;]([^,;\n]*[^\s,;])?$")


def slugify(text: str, fallback: str) -> str:
    """A lower-case identifier made of letters, digits and hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:120] or fallback


def valid_identifier(text: str) -> bool:
    return len(text) <= 120 and _ID_PATTERN.match(text) is not None


def decimals_of(text: str) -> int:
    """How many digits a number was written with after the decimal point."""
    mantissa = text.strip().lower().split("e")[0]
    _, dot, fraction = mantissa.partition(".")
    return len(fraction) if dot else 0


def fixed_decimals(texts: Sequence[str]) -> int:
    """The decimals a column is written with if every cell shows the same number of them
    (``100.0, 60.2``), else 0: such a column is written back in the same fixed form."""
    counts = {decimals_of(text) for text in texts}
    return counts.pop() if len(counts) == 1 else 0


def format_number(value: Decimal | float, min_decimals: int = 0) -> str:
    """Plain decimal text for a number: the shortest that reads back as the same float, never
    in exponent form, with at least ``min_decimals`` digits after the point (so ``100.0`` or
    ``73.50`` in a source file come back as written)."""
    exact = (Decimal(repr(value)) if isinstance(value, float) else value).normalize()
    exponent = exact.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    text = format(exact, f".{max(places, min_decimals)}f")
    return text[1:] if text.startswith("-") and not exact else text


def percent_to_unit(text: str) -> float:
    """KTAB percent text to a fraction, computed in decimal so ``49.53`` becomes ``0.4953``."""
    return float(Decimal(text) / 100)


def unit_to_percent(value: float) -> Decimal:
    """A fraction to percent, exactly in decimal (``0.4953`` becomes ``49.53``)."""
    return Decimal(repr(value)) * 100


def to_hundred(value: float, low: float, high: float) -> Decimal:
    """Map a position from the scale ``[low, high]`` onto 0..100 (exact when it is 0..100)."""
    if low == 0 and high == 100:
        return Decimal(repr(value))
    with localcontext() as ctx:
        ctx.prec = 28
        mapped = (
            (Decimal(repr(value)) - Decimal(repr(low)))
            / (Decimal(repr(high)) - Decimal(repr(low)))
            * 100
        )
        # 15 significant digits: as exact as a double, without 49.530000000000001 tails.
        return Decimal(f"{mapped:.15g}")


@dataclass
class Row:
    """One record of a CSV file with the (1-based) line it starts on and its stripped cells."""

    line: int
    cells: list[str]
    trailing_empty: bool = False


def csv_rows(text: str) -> list[Row]:
    """Records of a CSV text, skipping blank lines; cells are stripped and trailing empty cells
    dropped (KTAB's files end many lines with a comma or with padding)."""
    reader = csv.reader(io.StringIO(text, newline=""), skipinitialspace=True)
    rows: list[Row] = []
    start = 1
    try:
        for record in reader:
            cells = [cell.strip() for cell in record]
            trailing = bool(cells) and cells[-1] == ""
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                rows.append(Row(start, cells, trailing))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise FormatError(
            [Problem(f"line {reader.line_num}", f"not valid CSV: {exc}", has_value=False)]
        ) from None
    return rows


def parse_number(
    text: str,
    where: str,
    *,
    low: float | None = None,
    high: float | None = None,
    what: str = "a number",
) -> float:
    """A finite number from a cell, or a :class:`FormatError` naming the cell and the value."""
    if text == "":
        raise FormatError([Problem(where, f"empty cell; expected {what}", text)])
    try:
        number = float(text)
        Decimal(text)
    except (ValueError, InvalidOperation):
        raise FormatError([Problem(where, f"not a number; expected {what}", text)]) from None
    if not math.isfinite(number):
        raise FormatError([Problem(where, "must be a finite number (not NaN or infinity)", text)])
    if low is not None and number < low:
        raise FormatError([Problem(where, f"must be at least {low:g}; expected {what}", text)])
    if high is not None and number > high:
        raise FormatError([Problem(where, f"must be at most {high:g}; expected {what}", text)])
    return number


def cell_where(row: Row, index: int, header: Sequence[str]) -> str:
    name = header[index] if index < len(header) else f"#{index + 1}"
    return f"line {row.line}, column {index + 1} ({name})"


# --- KTAB CSV ------------------------------------------------------------------------------------

CSV_KEY = "ktab-csv"
XML_KEY = "ktab-xml"
SMP_KEY = "smp"


def _issue_title(header: str) -> str:
    title = re.sub(r"(?i)[\s_-]*(position|pstn|pos)$", "", header).strip()
    return title if title and title != header else header


def _issue_slug(header: str, index: int, taken: set[str]) -> str:
    core = re.sub(r"(?i)[\s_-]*position$", "", header).strip()
    slug = slugify(core or header, f"dim{index}")
    base, n = slug, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _sniff_ktab_csv(text: str) -> bool:
    """Row 2 of a KTAB table starts with an ``Actor`` header; row 1 is the scenario line."""
    try:
        rows = csv_rows(text[:8192])
    except FormatError:
        return False
    return (
        len(rows) >= 2
        and rows[1].cells[0].lower() == "actor"
        and rows[0].cells[0].lower() not in ("actor", "name")
    )


def _count(row: Row, index: int, what: str) -> int:
    where = f"line {row.line}, column {index + 1} ({what})"
    if index >= len(row.cells):
        raise FormatError(
            [
                Problem(
                    f"line {row.line}",
                    "the first row must read: scenario name, description, number of actors, "
                    f"number of dimensions; {what} is missing",
                    ",".join(row.cells),
                )
            ]
        )
    text = row.cells[index]
    if not re.fullmatch(r"\d+", text):
        raise FormatError([Problem(where, f"expected a whole number ({what})", text)])
    return int(text)


def read_ktab_csv(text: str) -> Scenario:
    """Read a KTAB SMP CSV table (see the module docstring for the layout)."""
    rows = csv_rows(text)
    if not rows:
        raise FormatError([Problem("", "the file is empty", has_value=False)])
    first = rows[0]
    n_actors = _count(first, 2, "number of actors")
    n_dims = _count(first, 3, "number of dimensions")
    if n_dims < 1:
        raise FormatError(
            [Problem(f"line {first.line}, column 4", "need at least one dimension", n_dims)]
        )
    if len(rows) < 2:
        raise FormatError(
            [Problem(f"line {first.line + 1}", "the header row is missing", has_value=False)]
        )
    header_row = rows[1]
    header = header_row.cells
    width = 3 + 2 * n_dims
    if len(header) != width:
        raise FormatError(
            [
                Problem(
                    f"line {header_row.line}",
                    f"the header has {len(header)} columns; with {n_dims} dimension(s) (row 1, "
                    f"column 4) it needs {width}: Actor, Description, capability, then a "
                    "position and a salience column per dimension",
                    ",".join(header),
                )
            ]
        )
    for index, name in enumerate(header):
        if name == "":
            raise FormatError(
                [Problem(f"line {header_row.line}, column {index + 1}", "empty header", name)]
            )
    data = rows[2:]
    if len(data) != n_actors:
        raise FormatError(
            [
                Problem(
                    f"line {first.line}, column 3 (number of actors)",
                    f"row 1 announces {n_actors} actors but the file has {len(data)} actor rows",
                    first.cells[2],
                )
            ]
        )
    taken: set[str] = set()
    issue_ids = [_issue_slug(header[3 + 2 * k], k, taken) for k in range(n_dims)]
    issues = [
        {
            "id": issue_ids[k],
            "title": _issue_title(header[3 + 2 * k]),
            "scale": {"low": 0.0, "high": 100.0},
        }
        for k in range(n_dims)
    ]
    actors: list[dict[str, Any]] = []
    stances: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    trailing = 0
    for row in data:
        cells = row.cells
        if len(cells) != width:
            raise FormatError(
                [
                    Problem(
                        f"line {row.line}",
                        f"expected {width} cells ({', '.join(header)}), found {len(cells)}",
                        ",".join(cells),
                    )
                ]
            )
        trailing += row.trailing_empty
        actor_id = cells[0]
        if not valid_identifier(actor_id):
            raise FormatError(
                [
                    Problem(
                        cell_where(row, 0, header),
                        "actor names must be non-empty, without commas, semicolons or line "
                        "breaks, at most 120 characters",
                        actor_id,
                    )
                ]
            )
        if actor_id in seen:
            raise FormatError(
                [
                    Problem(
                        cell_where(row, 0, header),
                        f"duplicate actor (first on line {seen[actor_id]})",
                        actor_id,
                    )
                ]
            )
        seen[actor_id] = row.line
        capability = parse_number(
            cells[2], cell_where(row, 2, header), low=0, what="a non-negative capability"
        )
        actors.append({"id": actor_id, "name": cells[1] or actor_id, "capability": capability})
        for k in range(n_dims):
            p_col, s_col = 3 + 2 * k, 4 + 2 * k
            position = parse_number(
                cells[p_col],
                cell_where(row, p_col, header),
                low=0,
                high=100,
                what="a position on 0..100",
            )
            parse_number(
                cells[s_col],
                cell_where(row, s_col, header),
                low=0,
                high=100,
                what="a salience on 0..100",
            )
            stances.append(
                {
                    "actor": actor_id,
                    "issue": issue_ids[k],
                    "position": position,
                    "salience": percent_to_unit(cells[s_col]),
                }
            )
    name = first.cells[0]
    description = first.cells[1] if len(first.cells) > 1 else ""
    layout: dict[str, Any] = {
        "columns": header,
        "issues": issue_ids,
        "decimals": [fixed_decimals([r.cells[c] for r in data]) for c in range(2, width)],
        "trailing_comma": bool(data) and trailing * 2 >= len(data),
    }
    if len(first.cells) > 4:
        layout["row1_extra"] = first.cells[4:]
    document = {
        "id": slugify(name, "ktab-scenario"),
        "title": name or "KTAB scenario",
        "description": description or None,
        "actors": actors,
        "issues": issues,
        "stances": stances,
        "parameters": {CSV_KEY: layout},
    }
    return scenario_from_data({k: v for k, v in document.items() if v is not None})


@dataclass
class _Grid:
    """The numbers of a scenario laid out as KTAB wants them (0..100 scales, percent)."""

    capability: list[Decimal | float] = field(default_factory=list)
    cells: list[list[tuple[Decimal, Decimal]]] = field(default_factory=list)


def _ktab_grid(scenario: Scenario) -> _Grid:
    """Positions mapped onto 0..100 and saliences in percent; an actor without a stance on an
    issue gets salience 0 at the status quo (or mid-scale)."""
    grid = _Grid()
    for actor in scenario.actors:
        grid.capability.append(actor.capability)
        row = []
        for issue in scenario.issues:
            low, high = issue.scale.low, issue.scale.high
            stance = scenario.stance(actor.id, issue.id)
            if stance is None:
                default = issue.status_quo if issue.status_quo is not None else (low + high) / 2
                row.append((to_hundred(default, low, high), Decimal(0)))
            else:
                row.append(
                    (to_hundred(stance.position, low, high), unit_to_percent(stance.salience))
                )
        grid.cells.append(row)
    return grid


def _stored(scenario: Scenario, key: str) -> dict[str, Any]:
    layout = scenario.parameters.get(key, {})
    issues = layout.get("issues")
    if issues is not None and issues != [i.id for i in scenario.issues]:
        return {}  # the issues changed since the file was read: lay it out afresh
    return layout


def write_ktab_csv(scenario: Scenario) -> str:
    """Write a KTAB SMP CSV table.

    Lossy: issue scales become 0..100 (positions are mapped linearly), saliences become
    percent, and actor kind, country, tags, notes, status quo, evidence and sources are
    dropped. An actor with no stance on an issue is written with salience 0 at the status quo
    (or mid-scale).
    """
    layout = _stored(scenario, CSV_KEY)
    m = len(scenario.issues)
    columns = layout.get("columns")
    if not isinstance(columns, list) or len(columns) != 3 + 2 * m:
        columns = ["Actor", "Description", "Influence"]
        for issue in scenario.issues:
            columns += [f"{issue.title} Position", f"{issue.title} Salience"]
    decimals = layout.get("decimals")
    if not isinstance(decimals, list) or len(decimals) != 1 + 2 * m:
        decimals = [0] * (1 + 2 * m)
    trailing = [""] if layout.get("trailing_comma") else []
    extra = [str(x) for x in layout.get("row1_extra", [])]
    grid = _ktab_grid(scenario)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            scenario.title,
            scenario.description or "",
            str(len(scenario.actors)),
            str(m),
            *extra,
            *trailing,
        ]
    )
    writer.writerow([*columns, *trailing])
    for a, actor in enumerate(scenario.actors):
        row = [actor.id, actor.name, format_number(grid.capability[a], decimals[0])]
        for k, (position, salience) in enumerate(grid.cells[a]):
            row.append(format_number(position, decimals[1 + 2 * k]))
            row.append(format_number(salience, decimals[2 + 2 * k]))
        writer.writerow([*row, *trailing])
    return buffer.getvalue()


register_format(
    Format(
        "ktab-csv",
        (".csv",),
        read_ktab_csv,
        write_ktab_csv,
        _sniff_ktab_csv,
        hint="row 1 is 'name, description, number of actors, number of dimensions' and row 2 "
        "starts with 'Actor'",
    )
)
