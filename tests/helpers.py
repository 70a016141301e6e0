"""Helpers shared by test modules in several folders (not a test module itself).

``ROOT`` is the repository root, ``DATA`` the shared test data folder and ``SHARED`` the
reference material in ``../shared``, so that a test's paths do not depend on how deep its
module sits under ``tests/``. ``validation_events_section`` finds a section of the event-coding
validation wherever it lives: the front page or one of the per-session log files.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from accord.scenario import Scenario

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
DATA = TESTS / "data"
SHARED = ROOT.parent / "shared"
VALIDATION_EVENTS = ROOT / "docs" / "validation-events.md"
VALIDATION_EVENTS_LOGS = ROOT / "docs" / "validation-events"
# A source release (the sdist, MANIFEST.in) leaves docs/data out (the sessions' data, some 5,000
# files and 100 MB): the few tests that read it skip there, never in a git checkout, which
# always has it (docs/deployment.md, "Packaging")
DOCS_DATA = ROOT / "docs" / "data"
NO_DOCS_DATA = "docs/data is not here (a source release leaves it out): run from a git checkout"


def needs_parquet() -> None:
    """Skip the calling test where pyarrow, the optional ``parquet`` extra, is not installed
    (session 45: such tests failed there; pyproject.toml's base dependencies leave it out)."""
    import pytest

    pytest.importorskip("pyarrow", reason="needs pyarrow: pip install 'accord[parquet]'")


def needs_xlsx() -> None:
    """Skip the calling test where openpyxl, the optional ``xlsx`` extra, is not installed."""
    import pytest

    pytest.importorskip("openpyxl", reason="needs openpyxl: pip install 'accord[xlsx]'")


def validation_events_pages() -> list[Path]:
    """The event-coding validation: its front page, then each session's log file."""
    return [VALIDATION_EVENTS, *sorted(VALIDATION_EVENTS_LOGS.glob("*.md"))]


def markdown_sections(text: str) -> list[str]:
    """The ``## `` sections of a Markdown page, each from its heading to the next one."""
    starts = [m.start() for m in re.finditer(r"^## ", text, re.M)]
    return [text[a:b] for a, b in itertools.pairwise([*starts, len(text)])]


def validation_events_section(heading: str) -> tuple[Path, str]:
    """The page and text of the one ``## `` section whose heading starts with ``heading``.

    Sections moved from the front page into the session logs in session 16, so a test that
    checks a figure the docs report looks it up by its heading, not by its file."""
    found = [
        (page, section)
        for page in validation_events_pages()
        for section in markdown_sections(page.read_text(encoding="utf-8"))
        if section.startswith(f"## {heading}")
    ]
    if len(found) != 1:
        raise LookupError(f"{len(found)} sections of the event validation start {heading!r}")
    return found[0]


def csv_cells(text: str) -> list[list[str]]:
    """Rows of stripped cells without trailing empties or blank rows: a CSV file's content."""
    rows = []
    for record in csv.reader(io.StringIO(text, newline=""), skipinitialspace=True):
        cells = [c.strip() for c in record]
        while cells and cells[-1] == "":
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def read_shipped(path: Path, format_name: str) -> tuple[Scenario, list[list[str]]]:
    """A shipped reference table, once its content is detected as ``format_name``: the
    scenario it loads as and its rows (:func:`csv_cells`)."""
    from accord.scenario import load
    from accord.scenario.io import detect_format

    text = path.read_text(encoding="utf-8")
    assert detect_format(path, text).name == format_name
    return load(path), csv_cells(text)


def assert_same_content(a: Scenario, b: Scenario) -> None:
    """What a round trip through another format must keep: ids, names, numbers, parameters."""
    assert (a.id, a.title, a.description) == (b.id, b.title, b.description)
    assert [(x.id, x.name, x.capability) for x in a.actors] == [
        (x.id, x.name, x.capability) for x in b.actors
    ]
    assert [(i.id, i.title, i.scale.low, i.scale.high) for i in a.issues] == [
        (i.id, i.title, i.scale.low, i.scale.high) for i in b.issues
    ]
    assert [(s.actor, s.issue, s.position, s.salience) for s in a.stances] == [
        (s.actor, s.issue, s.position, s.salience) for s in b.stances
    ]
    assert a.parameters == b.parameters


def json_twice(*args: str) -> Any:
    """Run ``accord ARGS`` (a ``--json`` command with a ``--seed``) twice in-process: both
    succeed and print the same text, since a seeded run must be reproducible; the document."""
    import json

    from accord.cli import app

    runner = CliRunner()
    first = runner.invoke(app, list(args))
    second = runner.invoke(app, list(args))
    assert first.exit_code == 0, first.output
    assert first.stdout == second.stdout
    return json.loads(first.stdout)


def load_error(path: Path) -> str:
    """The message of the :class:`~accord.errors.FormatError` that loading ``path`` raises,
    after checking that it names the file (every format's errors must, so that a user with
    many files knows which one is wrong)."""
    import pytest

    from accord.errors import FormatError
    from accord.scenario import load

    with pytest.raises(FormatError) as caught:
        load(path)
    message = str(caught.value)
    assert str(path) in message
    return message


def run_cli(*args: str) -> tuple[int, str]:
    """Run ``accord ARGS`` in-process: (exit code, output); never a traceback or an exception
    other than the CLI's own exit."""
    from accord.cli import app

    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@contextmanager
def holding_the_lock(db: Path) -> Iterator[sqlite3.Connection]:
    """Another connection holding the SQLite file ``db``'s write lock (``BEGIN EXCLUSIVE``; in
    WAL mode reads go on) until the block ends, as another process writing long would: a
    writer of accord's waits for it up to its busy timeout (``SQLITE_BUSY_TIMEOUT_S``, which a
    test shortens before it opens the database)."""
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield holder
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


def empty_postgres(purpose: str) -> str:
    """The PostgreSQL database named by ``ACCORD_TEST_POSTGRES_URL`` with accord's tables
    dropped (the news store's, the ledger's and their migration version tables), or a skip.

    ``.ci/run`` sets the variable when it can start a server; without it, or when the server
    cannot be reached, the calling test is skipped with ``purpose`` in the message. Dropping
    tables is allowed where the ledger refuses UPDATE and DELETE, so every test starts empty.
    """
    import os

    import pytest
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from accord.ledger.db import LEDGER
    from accord.ledger.db import metadata as ledger_tables
    from accord.news.store import NEWS, Base

    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip(f"set ACCORD_TEST_POSTGRES_URL to {purpose}")
    try:
        engine = create_engine(url)
        Base.metadata.drop_all(engine)
        ledger_tables.drop_all(engine)
        with engine.begin() as con:
            for component in (NEWS, LEDGER):
                con.execute(text(f"DROP TABLE IF EXISTS {component.version_table}"))
        engine.dispose()
    except (OperationalError, ImportError) as exc:
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    _forget_open_stores(url)
    return url


def _forget_open_stores(url: str) -> None:
    """Close the stores this process holds open for ``url``: a sharded ingest's workers keep
    theirs open from task to task (``accord.news.corpus._store``), and one kept here would
    outlive the tables just dropped under it."""
    from accord.news.corpus import close_stores

    close_stores(url)


def run_path(first: Path) -> str:
    """A ``PYTHONPATH`` for a fresh interpreter: ``first``, then this run's own ``PYTHONPATH``
    made absolute, so that ``PYTHONPATH=src pytest`` tests this checkout's code, not an
    installed copy."""
    inherited = [
        os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p
    ]
    return os.pathsep.join([str(first), *inherited])


def accord_command(*args: str, python: Sequence[str] = ()) -> list[str]:
    """``python [PYTHON] -m accord ARGS`` with this interpreter: the command line as a fresh
    process, the way a user without the ``accord`` script on PATH runs it; ``python``: options
    of the interpreter itself, such as ``("-W", "error::RuntimeWarning")``."""
    return [sys.executable, *python, "-m", "accord", *args]


def accord_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``accord ARGS`` as a fresh process of the code the tests import (its ``src`` first on
    ``PYTHONPATH``), output captured, never checked: for what only a process of its own shows
    (the exit code from the top, a crash in C, stderr as a user reads it)."""
    import accord

    path = run_path(Path(accord.__file__).resolve().parents[1])
    return subprocess.run(
        accord_command(*args),
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def python_output(code: str, cwd: Path, path: str) -> str:
    """The last line a fresh interpreter prints running ``code`` (dedented) from ``cwd`` with
    ``path`` as PYTHONPATH: for what a process loads first. The run must succeed."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": path},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.strip().splitlines()[-1]
