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
from xml.parsers import expat
from xml.sax.saxutils import escape as xml_escape

from accord.errors import FormatError, Problem
from accord.scenario.io import Format, empty_file, register_format, scenario_from_data
from accord.scenario.model import Scenario

# --- shared helpers (also used by the BDM CSV format) -------------------------------------------

_ID_PATTERN = re.compile(r"^[^\s,;]([^,;\n]*[^\s,;])?$")


def slugify(text: str, fallback: str) -> str:
    """A lower-case identifier made of letters, digits and hyphens."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:120] or fallback


def check_actor_id(actor_id: str, where: str, line: int, seen: dict[str, int]) -> None:
    """Refuse an actor name that is not a valid id or that ``seen`` (name -> line) already
    holds, with a :class:`FormatError` naming ``where``; then record it in ``seen``."""
    if len(actor_id) > 120 or _ID_PATTERN.match(actor_id) is None:
        raise FormatError(
            [
                Problem(
                    where,
                    "actor names must be non-empty, without commas, semicolons or line "
                    "breaks, at most 120 characters",
                    actor_id,
                )
            ]
        )
    if actor_id in seen:
        raise FormatError(
            [Problem(where, f"duplicate actor (first on line {seen[actor_id]})", actor_id)]
        )
    seen[actor_id] = line


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


def head_rows(text: str) -> list[Row]:
    """The records of the first 8 KiB, for telling formats apart: none where they are not CSV."""
    try:
        return csv_rows(text[:8192])
    except FormatError:
        return []


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


def cell_number(
    row: Row,
    index: int,
    header: Sequence[str],
    *,
    low: float | None = None,
    high: float | None = None,
    what: str = "a number",
) -> float:
    """:func:`parse_number` on cell ``index`` of a CSV row, the error naming line and column."""
    return parse_number(
        row.cells[index], cell_where(row, index, header), low=low, high=high, what=what
    )


def check_width(row: Row, header: Sequence[str], width: int) -> None:
    """Refuse a data row that does not have ``width`` cells."""
    if len(row.cells) != width:
        raise FormatError(
            [
                Problem(
                    f"line {row.line}",
                    f"expected {width} cells ({', '.join(header)}), found {len(row.cells)}"
                    + (
                        " (a decimal comma splits a number in two: write 0.8, not 0,8)"
                        if len(row.cells) > width
                        else ""
                    ),
                    ",".join(row.cells),
                )
            ]
        )


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
    rows = head_rows(text)
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
        raise empty_file()
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
        check_width(row, header, width)
        cells = row.cells
        trailing += row.trailing_empty
        actor_id = cells[0]
        check_actor_id(actor_id, cell_where(row, 0, header), row.line, seen)
        capability = cell_number(row, 2, header, low=0, what="a non-negative capability")
        actors.append({"id": actor_id, "name": cells[1] or actor_id, "capability": capability})
        for k in range(n_dims):
            p_col, s_col = 3 + 2 * k, 4 + 2 * k
            position = cell_number(row, p_col, header, low=0, high=100, what="a position on 0..100")
            cell_number(row, s_col, header, low=0, high=100, what="a salience on 0..100")
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


# --- KTAB XML ------------------------------------------------------------------------------------

SMP_PARAMETERS: dict[str, tuple[str, ...]] = {
    "VictoryProbModel": ("Linear", "Square", "Quartic", "Octic", "Binary"),
    "PCEModel": ("Conditional", "MarkovIncentive", "MarkovUniform"),
    "StateTransitions": ("Deterministic", "Stochastic"),
    "VotingRule": ("Binary", "PropBin", "Proportional", "PropCbc", "Cubic", "ASymProsp"),
    "BigRAdjust": ("Full", "TwoThirds", "Half", "OneThird", "No"),
    "BigRRange": ("Min", "Mid", "Max"),
    "ThirdPartyCommit": ("NoCommit", "SemiCommit", "FullCommit"),
    "InterVecBrgn": ("S1P1", "S2P2", "S2PMax"),
    "BargnModel": ("InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"),
}
"""KTAB's model options in schema order, with the values ``smpSchema.xsd`` allows."""

_MAX_SEED = 2**64 - 1


@dataclass
class _Node:
    """An XML element with the line it starts on: just what the reader needs."""

    tag: str
    line: int
    path: str
    text: str = ""
    children: list[_Node] = field(default_factory=list)

    def all(self, tag: str) -> list[_Node]:
        return [c for c in self.children if c.tag == tag]

    def one(self, tag: str, required: bool = True) -> _Node | None:
        found = self.all(tag)
        if len(found) > 1:
            raise FormatError(
                [Problem(f"line {found[1].line}, {found[1].path}", f"more than one <{tag}>", tag)]
            )
        if not found and required:
            raise FormatError(
                [Problem(f"line {self.line}, {self.path}", f"missing element <{tag}>", tag)]
            )
        return found[0] if found else None

    def where(self) -> str:
        return f"line {self.line}, {self.path}"


MAX_XML_DEPTH = 64
"""Deepest element nesting accepted in a KTAB XML file (``smpSchema.xsd`` needs five levels);
deeper input would only exhaust the stack of the recursive path indexer."""


def _parse_xml(text: str) -> _Node:
    """Parse with expat, refusing any DOCTYPE so no entity can be declared or expanded
    (which closes the entity-expansion and external-entity attacks)."""
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[_Node] = []
    roots: list[_Node] = []

    def refuse_doctype(*_args: Any) -> None:
        raise FormatError(
            [
                Problem(
                    f"line {parser.CurrentLineNumber}",
                    "DOCTYPE and entity declarations are not accepted",
                    has_value=False,
                )
            ]
        )

    def start(tag: str, _attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_XML_DEPTH:
            raise FormatError(
                [
                    Problem(
                        f"line {parser.CurrentLineNumber}",
                        f"elements nested too deeply (more than {MAX_XML_DEPTH} levels; a KTAB"
                        " scenario needs 5)",
                        has_value=False,
                    )
                ]
            )
        node = _Node(tag, parser.CurrentLineNumber, "" if not stack else tag)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)

    def end(_tag: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        if stack:
            stack[-1].text += data

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        raise FormatError(
            [
                Problem(
                    f"line {exc.lineno}, column {exc.offset + 1}",
                    f"not well-formed XML: {expat.ErrorString(exc.code)}",
                    has_value=False,
                )
            ]
        ) from None
    return roots[0]


def _index_paths(node: _Node) -> None:
    """Give repeated elements an index (``Actor[0]``) and actors their name, for messages."""
    totals: dict[str, int] = {}
    for child in node.children:
        totals[child.tag] = totals.get(child.tag, 0) + 1
    seen: dict[str, int] = {}
    for child in node.children:
        k = seen.get(child.tag, 0)
        seen[child.tag] = k + 1
        prefix = f"{node.path}/" if node.path else ""
        name = f"{child.tag}[{k}]" if totals[child.tag] > 1 or child.tag in _LISTED else child.tag
        if child.tag == "Actor":
            names = child.all("name")
            if names and names[0].text.strip():
                name += f"({names[0].text.strip()})"
        child.path = prefix + name
        _index_paths(child)


_LISTED = {"Actor", "dCoord", "dSal", "dName", "iaPair"}


def _text(node: _Node, tag: str, required: bool = True) -> str:
    found = node.one(tag, required)
    return "" if found is None else found.text.strip()


def _xml_number(node: _Node, what: str, low: float | None, high: float | None) -> float:
    text = node.text.strip()
    if text == "":
        raise FormatError([Problem(node.where(), f"empty value; expected {what}", text)])
    return parse_number(text, node.where(), low=low, high=high, what=what)


def _sniff_ktab_xml(text: str) -> bool:
    head = text[:4096].lstrip()
    return head.startswith("<") and "<Scenario" in head


def read_ktab_xml(text: str) -> Scenario:
    """Read a KTAB SMP XML scenario (``smpSchema.xsd``)."""
    if not text.strip():
        raise empty_file()
    root = _parse_xml(text)
    _index_paths(root)
    if root.tag != "Scenario":
        raise FormatError([Problem(f"line {root.line}", "the root must be <Scenario>", root.tag)])
    name = _text(root, "name")
    description = _text(root, "desc", required=False)
    smp: dict[str, Any] = {}
    layout: dict[str, Any] = {}
    seed_node = root.one("prngSeed", required=False)
    if seed_node is not None and seed_node.text.strip():
        seed_text = seed_node.text.strip()
        if not seed_text.isdigit() or int(seed_text) > _MAX_SEED:
            raise FormatError(
                [
                    Problem(
                        seed_node.where(),
                        "the seed must be a whole number from 0 to 2**64 - 1",
                        seed_text,
                    )
                ]
            )
        smp["seed"] = int(seed_text)
        layout["seed_digits"] = len(seed_text)
    model = root.one("ModelParameters", required=False)
    if model is not None:
        for key, choices in SMP_PARAMETERS.items():
            node = model.one(key)
            assert node is not None
            value = node.text.strip()
            if value not in choices:
                raise FormatError(
                    [Problem(node.where(), f"must be one of {', '.join(choices)}", value)]
                )
            smp[key] = value
    actors_node = root.one("Actors")
    assert actors_node is not None
    actor_nodes = actors_node.all("Actor")
    if not actor_nodes:
        raise FormatError([Problem(actors_node.where(), "no <Actor> elements", has_value=False)])
    dims = root.one("Dimensions", required=False)
    if dims is not None:
        names = [d.text.strip() for d in dims.all("dName")]
        if not names:
            raise FormatError([Problem(dims.where(), "no <dName> elements", has_value=False)])
    else:
        first_position = actor_nodes[0].one("Position")
        assert first_position is not None
        names = [f"Dim {k}" for k in range(len(first_position.all("dCoord")))]
    taken: set[str] = set()
    issue_ids = [_issue_slug(n, k, taken) for k, n in enumerate(names)]
    m = len(names)
    actors: list[dict[str, Any]] = []
    stances: list[dict[str, Any]] = []
    numbers: list[list[str]] = [[] for _ in range(1 + 2 * m)]
    seen: dict[str, int] = {}
    for node in actor_nodes:
        id_node = node.one("name")
        assert id_node is not None
        actor_id = id_node.text.strip()
        check_actor_id(actor_id, id_node.where(), id_node.line, seen)
        cap_node = node.one("capability")
        assert cap_node is not None
        capability = _xml_number(cap_node, "a non-negative capability", 0, None)
        numbers[0].append(cap_node.text.strip())
        actors.append(
            {
                "id": actor_id,
                "name": _text(node, "description", required=False) or actor_id,
                "capability": capability,
            }
        )
        groups = []
        for group, item in (("Position", "dCoord"), ("Salience", "dSal")):
            holder = node.one(group)
            assert holder is not None
            values = holder.all(item)
            if len(values) != m:
                raise FormatError(
                    [
                        Problem(
                            holder.where(),
                            f"expected {m} <{item}> (one per dimension), found {len(values)}",
                            len(values),
                        )
                    ]
                )
            groups.append(values)
        for k in range(m):
            p_node, s_node = groups[0][k], groups[1][k]
            position = _xml_number(p_node, "a position on 0..100", 0, 100)
            _xml_number(s_node, "a salience on 0..100", 0, 100)
            numbers[1 + 2 * k].append(p_node.text.strip())
            numbers[2 + 2 * k].append(s_node.text.strip())
            stances.append(
                {
                    "actor": actor_id,
                    "issue": issue_ids[k],
                    "position": position,
                    "salience": percent_to_unit(s_node.text.strip()),
                }
            )
    adjust = root.one("IdealAdjustment", required=False)
    if adjust is not None:
        pairs = []
        for pair in adjust.all("iaPair"):
            entry: dict[str, Any] = {}
            for tag in ("adjustingIdeal", "referencePos"):
                ref = pair.one(tag)
                assert ref is not None
                if ref.text.strip() not in seen:
                    raise FormatError(
                        [Problem(ref.where(), "names no actor of this file", ref.text.strip())]
                    )
                entry[tag] = ref.text.strip()
            amount = pair.one("adjust")
            assert amount is not None
            entry["adjust"] = _xml_number(amount, "an adjustment", None, None)
            pairs.append(entry)
        layout["IdealAdjustment"] = pairs
    layout["issues"] = issue_ids
    layout["decimals"] = [fixed_decimals(column) for column in numbers]
    parameters: dict[str, Any] = {XML_KEY: layout}
    if smp:
        parameters[SMP_KEY] = smp
    document: dict[str, Any] = {
        "id": slugify(name, "ktab-scenario"),
        "title": name or "KTAB scenario",
        "actors": actors,
        "issues": [
            {
                "id": issue_ids[k],
                "title": names[k] or issue_ids[k],
                "scale": {"low": 0.0, "high": 100.0},
            }
            for k in range(m)
        ],
        "stances": stances,
        "parameters": parameters,
    }
    if description:
        document["description"] = description
    return scenario_from_data(document)


def write_ktab_xml(scenario: Scenario) -> str:
    """Write a KTAB SMP XML scenario.

    Lossy in the same ways as :func:`write_ktab_csv`. The model parameters are written only
    when ``parameters["smp"]`` holds all nine; the seed is ``parameters["smp"]["seed"]``, or 0
    when there is none.
    """
    layout = _stored(scenario, XML_KEY)
    smp = scenario.parameters.get(SMP_KEY, {})
    m = len(scenario.issues)
    decimals = layout.get("decimals")
    if not isinstance(decimals, list) or len(decimals) != 1 + 2 * m:
        decimals = [0] * (1 + 2 * m)
    seed = smp.get("seed", 0)
    digits = int(layout.get("seed_digits", 0))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Scenario xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="smpSchema.xsd">',
        f"  <name>{xml_escape(scenario.title)}</name>",
        f"  <desc>{xml_escape(scenario.description or '')}</desc>",
        f"  <prngSeed>{int(seed):0{digits}d}</prngSeed>",
    ]
    if all(key in smp for key in SMP_PARAMETERS):
        lines.append("  <ModelParameters>")
        lines += [f"    <{k}>{xml_escape(str(smp[k]))}</{k}>" for k in SMP_PARAMETERS]
        lines.append("  </ModelParameters>")
    lines.append("  <Dimensions>")
    lines += [f"    <dName>{xml_escape(issue.title)}</dName>" for issue in scenario.issues]
    lines += ["  </Dimensions>", "  <Actors>"]
    grid = _ktab_grid(scenario)
    for a, actor in enumerate(scenario.actors):
        lines += [
            "    <Actor>",
            f"      <name>{xml_escape(actor.id)}</name>",
            f"      <description>{xml_escape(actor.name)}</description>",
            f"      <capability>{format_number(grid.capability[a], decimals[0])}</capability>",
            "      <Position>",
        ]
        lines += [
            f"        <dCoord>{format_number(p, decimals[1 + 2 * k])}</dCoord>"
            for k, (p, _) in enumerate(grid.cells[a])
        ]
        lines += ["      </Position>", "      <Salience>"]
        lines += [
            f"        <dSal>{format_number(s, decimals[2 + 2 * k])}</dSal>"
            for k, (_, s) in enumerate(grid.cells[a])
        ]
        lines += ["      </Salience>", "    </Actor>"]
    lines.append("  </Actors>")
    pairs = layout.get("IdealAdjustment")
    if pairs:
        lines.append("  <IdealAdjustment>")
        for pair in pairs:
            lines += [
                "    <iaPair>",
                f"      <adjustingIdeal>{xml_escape(str(pair['adjustingIdeal']))}</adjustingIdeal>",
                f"      <referencePos>{xml_escape(str(pair['referencePos']))}</referencePos>",
                f"      <adjust>{format_number(float(pair['adjust']))}</adjust>",
                "    </iaPair>",
            ]
        lines.append("  </IdealAdjustment>")
    lines.append("</Scenario>")
    return "\n".join(lines) + "\n"


register_format(
    Format(
        "ktab-xml",
        (".xml",),
        read_ktab_xml,
        write_ktab_xml,
        _sniff_ktab_xml,
        hint="a <Scenario> document as described by KTAB's smpSchema.xsd",
    )
)
