"""What ``accord forecast`` and ``accord compare`` share when given several scenarios.

A command given more than one scenario, or a folder, reads and checks every one first
(:func:`read_or_refuse`): by default an invalid file stops everything (exit 2, every file's
errors listed), with ``--skip-invalid`` the valid ones go on and the command ends with exit 1
(:func:`finish`). One scenario given alone never comes here: its output stays what it was.
The work is in :mod:`accord.forecast.batch`, imported inside each function.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from accord.cli.app import say_error, say_note, say_warning
from accord.errors import AccordError

if TYPE_CHECKING:
    from accord.forecast.batch import Given, ScenarioBatch

SkipInvalidOption = Annotated[
    bool,
    typer.Option(
        "--skip-invalid",
        help="With several scenarios: forecast the valid ones, list the others, exit 1 "
        "(default: exit 2, nothing forecast).",
    ),
]

EXIT_SKIPPED = 1
"""The exit status of a batch that left invalid scenarios out (``--skip-invalid``)."""


def is_batch(refs: Sequence[str]) -> bool:
    """Whether ``refs`` ask for a batch: more than one, or a folder of scenario files (a stance
    table's folder is one scenario; a folder with none is a batch that reports it)."""
    from accord.scenario.catalogue import scenario_files

    if len(refs) != 1:
        return len(refs) > 1
    try:
        return scenario_files(refs[0]) != [refs[0]]
    except AccordError:
        return True


def refuse_for_batch(option: str, instead: str) -> None:
    """Refuse ``option``, given with several scenarios, where it shows one scenario's own
    view that a batch's table has no room for; ``instead``: what to do instead."""
    raise AccordError(f"{option}: one scenario at a time (several were given): {instead}")


def report_paths(given: Sequence[Given], folder: Path) -> dict[str, Path]:
    """Where ``--report FOLDER`` writes each scenario's report, by its label: ``FOLDER/NAME.html``
    with NAME its file's name without the extension (a bundled id's id), and ``-2``, ``-3``...
    after a name already taken (two folders' ``student01.yaml``)."""
    paths: dict[str, Path] = {}
    taken: set[str] = set()
    for item in given:
        stem = Path(item.path).stem if item.path and Path(item.path).exists() else item.scenario.id
        name, k = stem, 1
        while name.lower() in taken:
            k += 1
            name = f"{stem}-{k}"
        taken.add(name.lower())
        paths[item.label] = folder / f"{name}.html"
    return paths


def read_or_refuse(batch: ScenarioBatch, skip_invalid: bool, verb: str, done: str) -> int:
    """List each scenario of ``batch`` that was refused (``invalid:`` and its error, naming the
    file, the field and the value, as ``accord validate`` says it) on stderr; then exit 2
    unless ``skip_invalid`` and some are valid. ``verb`` and ``done``: what the command does
    ("forecast", "forecast"; "compare", "compared"). The number listed."""
    for item in batch.refused:
        say_error(str(item), "invalid")
    bad, total = len(batch.refused), batch.total
    if batch.stops(skip_invalid):
        valid = total - bad
        hint = f" (--skip-invalid {verb}s the {_valid(valid)})" if valid else ""
        say_error(f"{bad} of {total} scenarios invalid: nothing {done}{hint}")
        raise typer.Exit(2)
    return bad


def _valid(n: int) -> str:
    return "valid one" if n == 1 else f"{n} valid ones"


def say_warnings(given: Given, lines: Sequence[str]) -> None:
    """Each warning of one scenario's result, naming its file."""
    for line in lines:
        say_warning(f"{given.label}: {line}")


def finish(batch: ScenarioBatch, listed: int, done: str, nothing: bool = False) -> None:
    """List the scenarios left out while they ran (an engine that cannot run on one), and
    exit 1 if any scenario was left out, 2 where ``nothing`` was done; else return (exit 0)."""
    for item in batch.refused[listed:]:
        say_error(str(item), "failed")
    if nothing:
        say_error(f"no scenario {done} (listed above)")
        raise typer.Exit(2)
    if batch.refused:
        say_note(
            f"{len(batch.refused)} of {batch.total} scenarios not {done} (listed above)", "note"
        )
        raise typer.Exit(EXIT_SKIPPED)


def key_cells(given: Given, first: bool, with_file: bool) -> tuple[str, ...]:
    """The cells that say whose a row is: the file (where shown) and the scenario id, on the
    first row of each scenario only (the rows under it are its issues)."""
    cells = ((given.label,) if with_file else ()) + (given.scenario.id,)
    return cells if first else tuple("" for _ in cells)


def section_ends(done: Sequence[tuple[Given, Any]]) -> set[int]:
    """The index of each scenario's last row in a batch's table (one row per issue), under
    which a rule is drawn; not under the table's last row."""
    ends, row = set(), -1
    for given, _ in done[:-1]:
        row += len(given.scenario.issues)
        ends.add(row)
    return ends


def shows_file(done: Sequence[tuple[Given, Any]]) -> bool:
    """Whether a batch's table needs a ``file`` column: not where every scenario was a bundled
    id (its file would repeat its id)."""
    return any(given.label != given.scenario.id for given, _ in done)
