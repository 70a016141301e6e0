"""Reading and writing scenarios in every supported format.

Formats are plug-ins: a reader turns text into a :class:`Scenario`, a writer turns a scenario
into text. :func:`load` recognises the format from the extension or, failing that, from the
content, and turns every fault into a :class:`ScenarioError` that names the file, the path
inside it and the bad value.
"""

from __future__ import annotations

import gc
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from accord.errors import DataError, FormatError, Problem, ScenarioError, format_path
from accord.scenario.model import Scenario
from accord.scenario.strict import load_yaml, nested_deeper_than, refuse_duplicate_keys
from accord.text import date_rewritten

__all__ = [
    "FORMATS",
    "MAX_FILE_BYTES",
    "Format",
    "detect_format",
    "dumps",
    "get_format",
    "load",
    "loads",
    "register_format",
    "save",
    "scenario_from_data",
    "scenario_to_data",
    "unfit",
    "writable_formats",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Scenario files above this size are refused: a scenario is a hand-sized document."""


@dataclass(frozen=True)
class Format:
    """A named file format with its reader, optional writer and content sniffer."""

    name: str
    extensions: tuple[str, ...]
    read: Callable[[str], Scenario]
    write: Callable[[Scenario], str] | None = None
    sniff: Callable[[str], bool] | None = None
    hint: str = ""
    """What the content looks like, for the error when no format can be told apart."""
    read_named: Callable[[str, str], Scenario] | None = None
    """A reader that also takes the file's stem (for formats with no title inside)."""
    read_path: Callable[[Path], Scenario] | None = None
    """A reader of the path itself, for binary files and folders (XLSX, a folder of CSVs)."""
    write_path: Callable[[Scenario, Path], None] | None = None
    """A writer to the path itself (atomic), for the formats ``read_path`` reads."""
    path_match: Callable[[Path], bool] | None = None
    """Recognises such a path when its extension cannot (a folder)."""
    unfit: Callable[[Scenario], Problem | None] | None = None
    """What of a scenario this format has no room for (None: it holds any scenario). The
    writer refuses exactly that, and :func:`writable_formats` leaves such a format out, so that
    a page never offers a file its download would refuse."""


def _path_format(path: Path, fmt: str | None) -> Format | None:
    """The binary-file or folder format ``path`` is in (or ``fmt`` names), if any."""
    if fmt is not None:
        chosen = get_format(fmt)
        return chosen if chosen.read_path is not None or chosen.write_path is not None else None
    for candidate in FORMATS.values():
        if candidate.read_path is None:
            continue
        if path.suffix.lower() in candidate.extensions:
            return candidate
        if candidate.path_match is not None and candidate.path_match(path):
            return candidate
    return None


FORMATS: dict[str, Format] = {}


def register_format(fmt: Format) -> None:
    FORMATS[fmt.name] = fmt


# --- validation of plain data ---------------------------------------------------------------


def empty_file() -> FormatError:
    """The error every reader raises for a file with nothing in it."""
    return FormatError([Problem("", "the file is empty", has_value=False)])


def scenario_from_data(data: Any) -> Scenario:
    """Validate plain data (as parsed from YAML or JSON) into a scenario.

    Raises :class:`ScenarioError` listing each problem with its path and offending value: the
    fields' own and, in the same list, every reference between fields that the valid fields
    allow checking (an unknown id, a horizon before the ``as_of``): until session 44 these came
    only once every field was valid, positions off their scale excepted (session 28).
    """
    if not isinstance(data, dict):
        raise ScenarioError(
            [Problem("", "a scenario must be a mapping with keys id, title, actors...", data)]
        )
    return Scenario.model_validate(data)


_MESSAGES = {
    "missing": "required field is missing",
    "finite_number": "must be a finite number (not NaN or infinity)",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be a mapping (key: value pairs)",
    "model_type": "must be a mapping (key: value pairs)",
    "model_attributes_type": "must be a mapping (key: value pairs)",
    "bool_type": "must be true or false",
    "string_pattern_mismatch": "must be a short identifier: no commas, semicolons, line "
    "breaks or other control characters, no spaces at either end",
}


def _friendly(err: Any) -> str:
    """Pydantic's message rephrased for someone editing a scenario file."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in ("float_parsing", "int_parsing") and decimal_comma(err.get("input")):
        return f"{_MESSAGES[kind]}; {decimal_comma(err.get('input'))}"
    field = str(err["loc"][-1]) if err.get("loc") else ""
    if kind == "float_parsing" and percentage(err.get("input"), field):
        return f"{_MESSAGES[kind]}; {percentage(err.get('input'), field)}"
    if kind in _MESSAGES:
        return _MESSAGES[kind]
    if kind == "invalid_key" and isinstance(err.get("input"), int | float):
        # {capability: 0,1}: YAML's flow mapping reads a field 0 and a key 1 (session 35)
        return (
            "a number where a field name should be: inside {...} a comma separates the fields, "
            "so a decimal comma splits a number in two (capability: 0,1 is read as capability 0 "
            "and a field 1); write the number with a point (0.1)"
        )
    if kind == "extra_forbidden":
        return _unknown_field(err["loc"])
    if kind == "enum":
        expected = str(ctx.get("expected", ""))
        return f"must be one of: {expected}".replace("' or '", "', '") + _enum_guess(
            err.get("input"), expected
        )
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()), "")
        words = {
            "greater_than_equal": "at least",
            "greater_than": "above",
            "less_than_equal": "at most",
            "less_than": "below",
        }
        if isinstance(bound, int | float) and not isinstance(bound, bool):
            return f"must be {words[kind]} {bound:g}" + (
                _salience_hint(err.get("input")) if field == "salience" else ""
            )
        return str(err["msg"])
    if kind == "string_too_short":
        return "must not be empty" if ctx.get("min_length") == 1 else str(err["msg"])
    if kind == "too_short" and ctx.get("min_length") == 1:
        return "must list at least one item"
    if kind.startswith(("date_", "datetime_")):
        rewritten = date_rewritten(err.get("input"))
        if rewritten:  # 22.11.2024: "invalid character in year" said nothing useful (s28)
            return f"must be a date written YYYY-MM-DD ({rewritten})"
        return "must be a date written YYYY-MM-DD" + (
            f" ({ctx['error']})" if "error" in ctx else ""
        )
    msg = str(err["msg"])
    return msg.removeprefix("Value error, ")


_DECIMAL_COMMA = re.compile(r"\s*[-+]?\d+,\d+\s*")


def decimal_comma(value: object) -> str:
    """``a decimal comma: write 0.8`` for a text such as ``'0,8'`` (a number written with a
    decimal comma, as French or German spreadsheets write it), else empty (session 35's trial):
    the number is refused, never read as another, and the message says how to write it."""
    if not isinstance(value, str) or not _DECIMAL_COMMA.fullmatch(value):
        return ""
    return f"a decimal comma: write it with a point ({value.strip().replace(',', '.')})"


_PERCENT = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*%\s*")

SALIENCE_RANGE = "salience runs from 0 (not at all) to 1 (above everything)"


def percentage(value: object, field: str = "") -> str:
    """``a percentage: write it 0.8`` for a text such as ``'80%'`` in a salience (a share, 0 to
    1), ``write it 80`` elsewhere (a position or a status quo in the scale's units), else empty.
    Session 46's trial: ``salience: 80%`` got only ``must be a number``."""
    match = _PERCENT.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        return ""
    number = float(match.group(1))
    if field == "salience":
        return f"a percentage: {SALIENCE_RANGE}, so write {number / 100:g}"
    return f"a percentage: write the number without the % sign ({number:g})"


def _salience_hint(value: object) -> str:
    """How to write a salience of 2 or more, which reads as a score out of 10 or 100 (session
    46's trial: ``salience: 90`` got only ``must be at most 1``): as a share of 1. Under 2 (a
    slip such as 1.7) the message stays as it was."""
    if not isinstance(value, int | float) or isinstance(value, bool) or value < 2:
        return ""
    if value <= 10:
        return (
            f"; {SALIENCE_RANGE}: for {value:g} out of 10 write {value / 10:g}, "
            f"out of 100 {value / 100:g}"
        )
    if value <= 100:
        return f"; {SALIENCE_RANGE}: for {value:g} out of 100 write {value / 100:g}"
    return f"; {SALIENCE_RANGE}"


def _enum_guess(value: object, expected: str) -> str:
    """``; did you mean 'government'?`` for a value one slip away from one of ``expected``
    (pydantic's ``'state', 'government' or 'other'``), else empty. Session 31's trial
    (finding 6): ``kind: goverment`` listed the nine kinds with no word of the near one."""
    from accord.text import nearest

    if not isinstance(value, str):
        return ""
    guess = nearest(value.strip().lower(), re.findall(r"'([^']*)'", expected))
    return f"; did you mean {guess!r}?" if guess else ""


def _unknown_field(loc: tuple[str | int, ...]) -> str:
    """Name the fields allowed where an unknown one was found, with a guess at the typo."""
    from accord.scenario import model
    from accord.text import nearest

    owners: dict[str, type[BaseModel]] = {
        "actors": model.Actor,
        "issues": model.Issue,
        "scale": model.Scale,
        "points": model.ScalePoint,
        "stances": model.Stance,
        "evidence": model.Evidence,
        "sources": model.Source,
    }
    parents = [part for part in loc[:-1] if isinstance(part, str)]
    owner = owners.get(parents[-1], model.Scenario) if parents else model.Scenario
    allowed = list(owner.model_fields)
    guess = nearest(str(loc[-1]), allowed)
    hint = f"; did you mean {guess!r}?" if guess else ""
    return f"unknown field (allowed here: {', '.join(allowed)}){hint}"


# --- YAML and JSON ------------------------------------------------------------------------------

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings accepted in a YAML or JSON scenario."""

MAX_NODES = 1_000_000
"""Most values a YAML document may expand to through aliases (beyond the file's own size)."""


def _nested_too_deeply() -> FormatError:
    return FormatError(
        [Problem("", f"nested too deeply (more than {MAX_DEPTH} levels)", has_value=False)]
    )


def _check_shape(data: Any, limit: int) -> None:
    """Refuse what YAML aliases can build but no scenario needs: a value that contains itself,
    an expansion to more than ``limit`` values ("billion laughs"), or nesting deeper than
    :data:`MAX_DEPTH`. Shared values are measured once, so the check is linear in the parsed
    document, not in its expansion."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()

    def size(value: Any, loc: tuple[str | int, ...]) -> int:
        if not isinstance(value, dict | list):
            return 1
        key = id(value)
        if key in sizes:
            return sizes[key]
        if key in open_:
            raise FormatError(
                [Problem(format_path(loc), "refers to itself through an alias", has_value=False)]
            )
        if len(loc) > MAX_DEPTH:
            raise _nested_too_deeply()
        open_.add(key)
        items = value.items() if isinstance(value, dict) else enumerate(value)
        total = 1
        for name, item in items:
            total += size(item, (*loc, name if isinstance(name, int) else str(name)))
            if total > limit:
                raise FormatError(
                    [
                        Problem(
                            format_path(loc),
                            f"expands to more than {limit} values through aliases",
                            has_value=False,
                        )
                    ]
                )
        open_.discard(key)
        sizes[key] = total
        return total

    size(data, ())


def _reject_non_finite(value: Any) -> None:
    """YAML and JSON both admit NaN and infinity; find them early, every one with its path
    (session 40: a file with several named only the first, so fixing it took one run each)."""
    problems = [
        Problem(format_path(loc), "must be a finite number (not NaN or infinity)", number)
        for loc, number in non_finite_numbers(value)
    ]
    if problems:
        raise ScenarioError(problems)


def non_finite_numbers(
    value: Any, loc: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], float]]:
    """Each NaN or infinite float in a JSON-like ``value`` (dicts, lists, tuples) with its path
    below ``loc`` (:func:`~accord.errors.format_path` writes it), in document order; a scenario
    file's and a ledger record's checks both read it."""
    if isinstance(value, float) and not math.isfinite(value):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from non_finite_numbers(item, (*loc, str(key)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from non_finite_numbers(item, (*loc, index))


_INDENTATION_SLIPS = (
    "mapping values are not allowed",
    "did not find expected",
    "expected <block end>",
    "could not find expected ':'",
)
"""The starts of PyYAML's messages for a line indented off its neighbours' column."""


def _indentation_hint(lines: list[str], index: int) -> str:
    """The line PyYAML stopped at, its indentation and the previous line's: session 46's trial
    indented one field of a stance by one space more (``mapping values are not allowed here``)
    and one by two fewer (``did not find expected '-' indicator``), and neither message said
    that the indentation was wrong nor showed the line."""
    from accord.text import shortened

    line = lines[index]
    above = next((t for t in reversed(lines[:index]) if t.strip()), "")

    def indent(text: str) -> int:  # where the field starts: after a list item's "- "
        return len(text) - len(re.sub(r"^[ ]*(?:-[ ]+)*", "", text))

    return (
        f" (the line reads {shortened(line.strip(), 60)!r}, its field at column "
        f"{indent(line) + 1}, the line above's at {indent(above) + 1}: YAML reads the structure "
        "from the indentation, so the fields of one item start in the same column)"
    )


def read_yaml(text: str) -> Scenario:
    try:
        # the root is one level: a list or mapping at depth MAX_DEPTH + 1 is what the shape
        # check below refuses, and here it is refused before libyaml recurses into it
        if nested_deeper_than(text, MAX_DEPTH + 1):
            raise _nested_too_deeply()
        data = load_yaml(text)
    except RecursionError:
        raise _nested_too_deeply() from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        lines = text.splitlines()
        if (
            mark
            and mark.line < len(lines)
            and lines[mark.line][mark.column : mark.column + 1] == "\t"
        ):
            # PyYAML's "found character that cannot start any token" for an indenting tab
            problem += " (a tab: YAML indents with spaces only)"
        elif mark and mark.line < len(lines) and problem.startswith(_INDENTATION_SLIPS):
            problem += _indentation_hint(lines, mark.line)
        raise FormatError([Problem(where, f"not valid YAML: {problem}", has_value=False)]) from None
    if data is None:
        raise empty_file()
    _check_shape(data, max(MAX_NODES, len(text)))
    _reject_non_finite(data)
    return scenario_from_data(data)


def read_json(text: str) -> Scenario:
    if not text.strip():
        raise empty_file()
    try:
        data = json.loads(text, object_pairs_hook=refuse_duplicate_keys)
    except RecursionError:
        raise _nested_too_deeply() from None
    except json.JSONDecodeError as exc:
        raise FormatError(
            [
                Problem(
                    f"line {exc.lineno}, column {exc.colno}",
                    f"not valid JSON: {exc.msg}",
                    has_value=False,
                )
            ]
        ) from None
    _check_shape(data, max(MAX_NODES, len(text)))
    _reject_non_finite(data)
    return scenario_from_data(data)


def scenario_to_data(scenario: Scenario) -> dict[str, Any]:
    """Plain data in the model's field order, without empty optional fields."""
    data: dict[str, Any] = _prune(scenario.model_dump(mode="json", exclude_none=True))
    return data


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in ([], {}) or k in _KEEP_EMPTY}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


_KEEP_EMPTY = {"actors", "issues", "stances"}


def write_json(scenario: Scenario) -> str:
    return json.dumps(scenario_to_data(scenario), indent=2, ensure_ascii=False) + "\n"


class _FlowMap(dict[str, Any]):
    """A mapping that the YAML writer prints on one line."""


class _Dumper(yaml.SafeDumper):
    pass


def _represent_flow(dumper: yaml.SafeDumper, data: _FlowMap) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(_FlowMap, _represent_flow)
_Dumper.add_representer(str, _represent_str)

_FLOW_WIDTH = 110


def _flow_if_short(item: dict[str, Any], indent: int) -> dict[str, Any]:
    flow = _FlowMap(item)
    line = yaml.dump(
        flow,
        Dumper=_Dumper,
        default_flow_style=None,
        width=10_000,
        sort_keys=False,
        allow_unicode=True,
    )
    return flow if len(line.strip()) + indent <= _FLOW_WIDTH and "\n" not in line.strip() else item


def write_yaml(scenario: Scenario) -> str:
    """YAML for people: model field order, and one line per stance, actor or evidence item
    where it fits."""
    data = scenario_to_data(scenario)
    for key in ("actors", "sources"):
        data[key] = [_flow_if_short(item, 4) for item in data.get(key, [])]
    stances = []
    for stance in data.get("stances", []):
        if "evidence" in stance:
            stance["evidence"] = [_flow_if_short(e, 6) for e in stance["evidence"]]
            stances.append(stance)
        else:
            stances.append(_flow_if_short(stance, 4))
    data["stances"] = stances
    if not data.get("sources"):
        data.pop("sources", None)
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def _sniff_json(text: str) -> bool:
    return text.lstrip().startswith("{")


register_format(Format("yaml", (".yaml", ".yml"), read_yaml, write_yaml))
register_format(Format("json", (".json",), read_json, write_json, _sniff_json))


# --- files ---------------------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """Read a text file as UTF-8 (a byte-order mark is dropped), with clear errors."""
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FormatError([Problem("", "no such file", has_value=False)], name) from None
    except OSError as exc:
        raise FormatError(
            [Problem("", f"cannot read: {exc.strerror}", has_value=False)], name
        ) from None
    if path.is_dir():
        # a class's folder given to a one-scenario command (session 28's trial, finding 3)
        message = (
            "is a folder, not a file: give one file (`accord validate`, `accord forecast` "
            "and `accord compare` take a folder's scenario files)"
        )
        raise FormatError([Problem("", message, has_value=False)], name)
    if size > MAX_FILE_BYTES:
        raise FormatError(
            [
                Problem(
                    "",
                    f"file too large ({size} bytes; the limit is {MAX_FILE_BYTES})",
                    has_value=False,
                )
            ],
            name,
        )
    return decode_text(path.read_bytes(), name)


def decode_text(raw: bytes, name: str) -> str:
    """Text of a scenario file's bytes: UTF-8 (a byte-order mark is dropped) or UTF-16 with a
    byte-order mark; binary data and other encodings are refused naming ``name``."""
    if len(raw) > MAX_FILE_BYTES:
        raise FormatError(
            [
                Problem(
                    "",
                    f"file too large ({len(raw)} bytes; the limit is {MAX_FILE_BYTES})",
                    has_value=False,
                )
            ],
            name,
        )
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FormatError([Problem("", "binary data, not a text file", has_value=False)], name)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark (Excel)
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise FormatError(
                [Problem("", "starts like UTF-16 text but is not; save as UTF-8", has_value=False)],
                name,
            ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise FormatError(
            [
                Problem(
                    f"line {line}, column {column} (byte {exc.start})",
                    "not UTF-8 text (Latin-1 or Windows-1252 perhaps"
                    + _as_windows_1252(raw, exc.start)
                    + "); save the file as UTF-8",
                    raw[exc.start : exc.start + 4],
                )
            ],
            name,
        ) from None


def _semicolons(first_line: str) -> str:
    """``; the cells are separated by semicolons ...`` for a CSV line with semicolons and no
    comma (a spreadsheet in French or German settings; session 35's trial), else empty."""
    if ";" not in first_line or "," in first_line:
        return ""
    return (
        "; the cells are separated by semicolons, as a spreadsheet saves CSV where the decimal "
        "separator is a comma: accord reads commas and decimal points"
    )


def _as_windows_1252(raw: bytes, start: int) -> str:
    """``: read so, the line says 'Réunion;...'``: the line of ``raw`` holding byte ``start``,
    decoded as Windows-1252, so that the refusal shows the words and not only bytes such as
    ``b'\\xe9'`` (session 35's trial); empty where that decoding fails too."""
    begin = raw.rfind(b"\n", 0, start) + 1
    end = raw.find(b"\n", start)
    try:
        line = raw[begin : end if end >= 0 else len(raw)].decode("cp1252").strip()
    except UnicodeDecodeError:
        return ""
    from accord.text import shortened

    return f": read so, the line says {shortened(repr(line), 80)}"


def detect_format(path: Path, text: str | None = None) -> Format:
    """The format of a file: from its extension, else from its content."""
    suffix = path.suffix.lower()
    candidates = [f for f in FORMATS.values() if suffix in f.extensions]
    if len(candidates) == 1:
        return candidates[0]
    if text is not None:
        pool = candidates or list(FORMATS.values())
        for fmt in pool:
            if fmt.sniff is not None and fmt.sniff(text):
                return fmt
        if len(candidates) > 1 and text.strip():
            names = " or ".join(f.name for f in candidates)
            first = text.strip().splitlines()[0]
            raise FormatError(
                [
                    Problem(
                        "line 1",
                        f"cannot tell whether this is {names} from the content; "
                        + "; ".join(f"{f.name}: {f.hint}" for f in candidates if f.hint)
                        + _semicolons(first),
                        first,
                    )
                ],
                str(path),
            )
    if candidates:
        return candidates[0]
    known = ", ".join(sorted(FORMATS))
    raise FormatError(
        [
            Problem(
                "",
                f"cannot tell the format from the name or content; use one of {known}",
                path.suffix or path.name,
            )
        ],
        str(path),
    )


def get_format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise FormatError(
            [Problem("format", f"unknown format; use one of {known}", name)]
        ) from None


def _file(path: object) -> Path:
    """``path`` as a Path, or an error naming what was given instead of a file name."""
    if not isinstance(path, str | os.PathLike):
        raise DataError(f"path: give a file name or path (got {type(path).__name__} {path!r})")
    return Path(path)


def load(path: str | os.PathLike[str], fmt: str | None = None) -> Scenario:
    """Read a scenario file in any supported format."""
    path = _file(path)
    binary = _path_format(path, fmt)
    if binary is not None and binary.read_path is not None:
        return binary.read_path(path)
    return _parse(read_text(path), path, fmt)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a document is parsed and validated.

    Parsing builds hundreds of thousands of containers that all stay alive; each time the
    allocations pass the collector's threshold it scans the young ones, and its full passes
    walk the whole growing tree, which made validating a 12.5 MB YAML scenario 2.6 times
    slower than with the collector paused, and the time per megabyte grow with the file
    (bench/bench_validate.py, docs/benchmarks.md). Memory is still freed by reference
    counting; the only cycles a document can make (an alias inside itself, which
    ``_check_shape`` refuses) are collected once the collector resumes. With parses in
    several threads (the workbench) the collector may resume while another still runs, which
    costs that one speed only; it is on again once the first parse that found it on ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse(text: str, path: Path, fmt: str | None) -> Scenario:
    """The scenario in ``text``, read as ``fmt`` or as the format ``path`` suggests."""
    chosen = get_format(fmt) if fmt else detect_format(path, text)
    with _collector_paused():
        return _parse_as(chosen, text, path)


def _parse_as(chosen: Format, text: str, path: Path) -> Scenario:
    try:
        if chosen.read_named is not None:
            return chosen.read_named(text, path.stem)
        return chosen.read(text)
    except ScenarioError as exc:
        raise type(exc)(exc.problems, str(path)) from None


def loads(raw: bytes | str, name: str, fmt: str | None = None) -> Scenario:
    """Read a scenario from the bytes, or the text, of a file called ``name`` (an upload, a
    request's body).

    ``name`` only labels messages and picks the format by its extension (``fmt`` overrides
    it); nothing is read from or written to the file system. The checks and messages are
    :func:`load`'s, and its errors (:class:`~accord.errors.FormatError`,
    :class:`~accord.errors.ScenarioError`). Text is taken since session 45 (bytes alone before).

    Examples
    --------
    >>> from accord.scenario.io import loads
    >>> text = '''
    ... id: talks
    ... title: Two actors, one issue
    ... actors: [{id: A, name: A, capability: 1}, {id: B, name: B, capability: 2}]
    ... issues: [{id: deal, title: Deal, question: "How far?", scale: {low: 0, high: 100}}]
    ... stances:
    ...   - {actor: A, issue: deal, position: 20, salience: 0.5}
    ...   - {actor: B, issue: deal, position: 80, salience: 0.5}
    ... '''
    >>> loads(text, "request.yaml")
    Scenario(id='talks', actors=2, issues=1, stances=2)
    """
    if isinstance(raw, str):  # its UTF-8 bytes: the same limits and checks as a file's
        raw = raw.encode("utf-8", "surrogatepass")
    return _parse(decode_text(raw, name), Path(name), fmt)


def unfit(scenario: Scenario, fmt: str) -> Problem | None:
    """Why format ``fmt`` cannot hold ``scenario`` (the field it has no room for), or None."""
    check = get_format(fmt).unfit
    return None if check is None else check(scenario)


def writable_formats(scenario: Scenario | None = None) -> list[str]:
    """The formats :func:`dumps` writes, sorted; given ``scenario``, only those that hold it."""
    return sorted(
        name
        for name, fmt in FORMATS.items()
        if fmt.write is not None and (scenario is None or unfit(scenario, name) is None)
    )


def dumps(scenario: Scenario, fmt: str) -> str:
    chosen = get_format(fmt)
    if chosen.write is None:
        writable = ", ".join(writable_formats())
        raise FormatError(
            [Problem("format", f"cannot write this format; use one of {writable}", fmt)]
        )
    return chosen.write(scenario)


def save(scenario: Scenario, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Write a scenario atomically: a crash mid-write leaves the old file intact.

    The scenario is checked first (:meth:`Scenario.check`), so that one edited in place in
    Python into an invalid state is refused rather than written to a file that ``accord
    validate`` would then reject."""
    if not isinstance(scenario, Scenario):
        given = type(scenario).__name__
        raise DataError(f"scenario: give a Scenario, e.g. accord.load_bundled(...) (got {given})")
    scenario.check()
    path = _file(path)
    chosen = get_format(fmt) if fmt else detect_format(path)
    if chosen.write_path is not None:
        chosen.write_path(scenario, path)
        return
    text = dumps(scenario, chosen.name)
    write_atomic(path, text)


def ordinary_mode(path: Path) -> int:
    """The permissions a plain ``open(path, "w")`` would leave: the existing file's, else
    0o666 less the umask (``mkstemp`` makes private 0o600 files, wrong for a user's file)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def replace_atomically(path: Path, fill: Callable[[str], object]) -> None:
    """Let ``fill`` write a temporary file beside ``path``, then rename it into place.

    Every writer of a user's file goes through here, so that all of them keep the same
    promises: a crash or an error part way leaves the old file whole and no temporary file
    behind (``os.replace`` is atomic within one directory, POSIX ``rename(2)``), and the new
    file has the permissions a plain ``open(path, "w")`` would give (:func:`ordinary_mode`),
    not ``mkstemp``'s private 0o600.

    Parameters
    ----------
    path
        The file to write, in a folder that exists: a missing folder is a :class:`DataError`
        naming the path and the folder (:func:`accord.outputs.require_folder`, the rule of the
        command line's ``--out``), where until session 47 a missing folder tree was made
        without a word.
    fill
        Called with the temporary file's name (it exists, empty); writes the content there.
        Its return value is ignored, so a library's own writer (``openpyxl``'s ``save``,
        ``pyarrow.parquet.write_table``) can be passed as it is.

    Raises
    ------
    DataError
        Where the folder of ``path`` is not there (nothing is written).
    OSError
        From making the temporary file, from ``fill``, or from the rename; the caller has
        usually checked the path with :func:`accord.outputs.check_writable`.
    """
    from accord.outputs import require_folder

    require_folder(path)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        fill(tmp)
        os.chmod(tmp, ordinary_mode(path))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write bytes to ``path`` atomically (:func:`replace_atomically`); ``OSError`` goes to the
    caller."""
    replace_atomically(path, lambda tmp: Path(tmp).write_bytes(data))


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text with ``\n`` line ends to ``path`` atomically (:func:`replace_atomically`).

    An ``OSError`` becomes a :class:`DataError` naming the file: "cannot write there" when the
    temporary file could not even be made (a missing or read-only folder), "cannot write" when
    writing or renaming it failed (a full disk, a quota), where the old file is intact.
    """
    started = False

    def fill(tmp: str) -> None:
        nonlocal started
        started = True
        Path(tmp).write_bytes(text.encode("utf-8"))

    try:
        replace_atomically(path, fill)
    except OSError as exc:
        where = "" if started else " there"
        raise DataError(f"{path}: cannot write{where} ({exc.strerror or exc})") from None


# Further formats register themselves on import; they need Format and register_format above.
from accord.scenario import bdm_csv, ktab, stance_table  # noqa: E402, F401
