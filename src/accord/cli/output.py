"""Options and helpers shared by the commands that print or write results.

``--format table|json|csv|parquet``, ``--out``, ``--json`` and ``--force``, and the small
helpers that print a result (number cells, warnings, a progress bar).

``table`` is the human view and ``json`` the documented contract (one line); ``csv`` and
``parquet`` write the result's tidy DataFrame (``to_frame()``), to ``--out`` or standard output.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import JustifyMethod
from rich.table import Table

from accord.errors import AccordError

FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        help="table (default), json, csv or parquet (csv/parquet: the tidy table of results).",
    ),
]
OutOption = Annotated[
    Path | None, typer.Option("--out", help="With --format csv/parquet: write to this file.")
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document.")]
ForceOption = Annotated[
    bool, typer.Option("--force", help="Replace an existing file accord did not write.")
]

CHOICES = ("table", "json", "csv", "parquet")


def chosen_format(fmt: str | None, as_json: bool, out: Path | None = None) -> str:
    """The output format from ``--format`` and the older ``--json`` flag.

    For ``csv`` and ``parquet`` the destination is checked here, before the command does its
    work, so a slow run never ends in "cannot write there": ``--out`` must be writable,
    Parquet needs pyarrow, and binary Parquet is not sent to a terminal.
    """
    if fmt is not None and fmt not in CHOICES:
        raise AccordError(f"--format: expected one of {', '.join(CHOICES)} (got {fmt!r})")
    if as_json and fmt not in (None, "json"):
        raise AccordError(f"--json and --format {fmt} ask for two outputs; give one")
    shape = fmt or ("json" if as_json else "table")
    if out is not None and shape not in ("csv", "parquet"):
        # else the file the user asked for would silently never be written
        raise AccordError(f"--out {out}: needs --format csv or parquet (the {shape} is printed)")
    if fmt == "parquet":
        from accord.frames import require_pyarrow

        require_pyarrow("--format parquet")
        if out is None and sys.stdout.isatty():
            raise AccordError("--format parquet writes binary data: give --out FILE or redirect")
    if fmt in ("csv", "parquet") and out is not None:
        from accord.outputs import check_result_out

        check_result_out(out, "--out", fmt)
    return shape


def emit_frame(
    frame_of: Callable[[], Any],
    fmt: str,
    out: Path | None,
    document_of: Callable[[], Any] | None = None,
) -> None:
    """Write the DataFrame ``frame_of()`` returns as ``fmt`` (csv or parquet) to ``out`` (or
    standard output); :func:`chosen_format` has checked the destination. A Parquet file keeps
    ``document_of()`` (the command's ``--json`` document), where it is one JSON object, in its
    metadata (:func:`accord.frames.frame_bytes`, session 43)."""
    from collections.abc import Mapping

    from accord.frames import write_frame

    document = document_of() if fmt == "parquet" and document_of is not None else None
    write_frame(frame_of(), fmt, out, document if isinstance(document, Mapping) else None)


def emit_document_or_frame(
    shape: str, document_of: Callable[[], Any], frame_of: Callable[[], Any], out: Path | None
) -> bool:
    """Write a result for the machine-readable formats: ``json`` as one JSON document on one
    line, ``csv``/``parquet`` through :func:`emit_frame` (a Parquet file with the JSON
    document, where it is one object, in its metadata). False for ``table``: the caller draws
    its own table."""
    if shape in ("csv", "parquet"):
        emit_frame(frame_of, shape, out, document_of)
        return True
    if shape == "json":
        print_json(document_of())
        return True
    return False


def print_json(document: Any) -> None:
    """``document`` as one JSON line on standard output, non-ASCII text as it is."""
    import json

    typer.echo(json.dumps(document, ensure_ascii=False))


def counted(n: int, noun: str) -> str:
    """``n`` and ``noun``, with an ``s`` unless ``n`` is one: "1 issue", "2 issues".

    >>> counted(1, "issue"), counted(0, "stance")
    ('1 issue', '0 stances')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def fixed(value: float | None, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals for a table cell; an empty cell for a missing value."""
    return "" if value is None else f"{value:.{digits}f}"


def fitted_tables(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    *,
    right: Collection[str] = (),
    title: str | None = None,
    caption: str | None = None,
    keys: int = 1,
    ends: Collection[int] = (),
) -> list[Table]:
    """``rows`` under ``header`` as box tables no wider than ``width``: one where it fits, else
    as many as it takes, each with the first ``keys`` columns (what a row is about: an issue;
    a batch's scenario and issue) and as many of the next as fit. A column is as wide as its
    header or its widest cell, so nothing is cut or wrapped: in a table too wide for the
    terminal, rich cut headers ("p(agreem…") and ids ("ceasefi…") at 80 columns (session 23).
    ``right``: the columns set right (numbers); the first table carries ``title``, the last
    ``caption``; a rule is drawn under each row whose index is in ``ends`` (a batch's last row
    of each scenario)."""
    widest = [max([len(name), *(len(row[k]) for row in rows)]) for k, name in enumerate(header)]
    tables: list[Table] = []
    for group in _column_groups(widest, width, keys):
        table = Table(title=None if tables else title)
        for k in (*range(keys), *group):
            justify: JustifyMethod = "right" if header[k] in right else "left"
            table.add_column(header[k], justify=justify, min_width=widest[k])
        for n, row in enumerate(rows):
            cells = (row[k] for k in (*range(keys), *group))
            table.add_row(*cells, end_section=n in ends)
        tables.append(table)
    tables[-1].caption = caption
    return tables


def _column_groups(widest: list[int], width: int, keys: int = 1) -> list[list[int]]:
    """The columns after the first ``keys`` (their indexes in ``widest``, each column's content
    width) in order, in as few groups as let each group, after the key columns, make a box
    table no wider than ``width``; a column too wide for any is a group of its own."""
    drawn = [w + 3 for w in widest]  # a space either side and the rule on its right
    groups: list[list[int]] = [[]]
    for k in range(keys, len(widest)):
        used = 1 + sum(drawn[:keys]) + sum(drawn[j] for j in groups[-1])  # 1: the left rule
        if groups[-1] and used + drawn[k] > width:
            groups.append([])
        groups[-1].append(k)
    return groups


def print_warnings(lines: Iterable[str]) -> None:
    """Each warning of a result as a ``warning:`` line on stderr, wrapped on a terminal
    (:func:`accord.cli.app.say_warning`)."""
    from accord.cli.app import say_warning

    for line in lines:
        say_warning(line)


MAX_PROBLEMS = 50
"""How many of a batch's problems are listed; the rest are counted."""


def print_batch_report(
    title: str, rows: Iterable[tuple[str, str]], problems: Sequence[object]
) -> None:
    """A batch's figures as a two-column table on stdout, then its problems on stderr.

    ``title`` is Rich markup (the caller escapes what it quotes); the values are escaped here.
    At most :data:`MAX_PROBLEMS` problems are listed, one ``skipped:`` line each, so a run over
    a corpus with thousands of broken files still ends in a readable screen.
    """
    from rich.markup import escape
    from rich.table import Table

    from accord.cli.app import out, say_error

    table = Table(title=title, show_header=False)
    table.add_column()
    table.add_column(overflow="fold")  # a long value (a coder's version) wraps, never cut
    for key, value in rows:
        table.add_row(key, escape(value))
    out.print(table)
    for problem in problems[:MAX_PROBLEMS]:
        say_error(str(problem), "skipped")  # what could not be read: said under -qq too
    if len(problems) > MAX_PROBLEMS:
        say_error(f"... and {len(problems) - MAX_PROBLEMS} more problems", "")


@contextmanager
def working(label: str, quiet: bool = False) -> Iterator[None]:
    """A Rich progress bar with the elapsed time on stderr while a slow step runs.

    Shown only on a terminal (and cleared when done), so piped output is unchanged;
    ``quiet`` (machine-readable output asked for) and ``accord --quiet`` hide it too. Kernels
    that report their steps (:func:`accord.progress.tick`) fill the bar; for the others a
    spinner and the elapsed time show that the work goes on.
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from accord.cli.app import err, show_progress
    from accord.progress import reporting

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet or not show_progress(),
    ) as progress:
        task = progress.add_task(label, total=None)

        def tick(what: str, done: int, total: int) -> None:
            progress.update(task, description=f"{label}: {what}", completed=done, total=total)

        with reporting(tick):
            yield


@contextmanager
def progress(label: str, shape: str = "table") -> Iterator[None]:
    """Progress of a command that may run for a while, fitted to where its output goes.

    The table view on a terminal gets :func:`working`'s Rich bar; the table view piped gets
    :class:`accord.progress.ThrottledLines` (nothing for a fast run, a line now and then for
    a slow one); machine-readable output (``json``, ``csv``, ``parquet``) and ``accord --quiet``
    get nothing.
    """
    from accord.cli.app import err, quiet_level, say_note
    from accord.progress import ThrottledLines, reporting

    if shape != "table" or quiet_level():
        yield
    elif err.is_terminal:
        with working(label):
            yield
    else:
        with reporting(ThrottledLines(say_note)):
            yield
