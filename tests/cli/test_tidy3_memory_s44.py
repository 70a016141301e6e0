"""Session 44's tidy3: SQLite's own names of an in-memory database (``:memory:``, a
``file:NAME?mode=memory`` URI filename) are the in-memory database, refused as ``sqlite://``
is; each test fails on the code before the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()


# 2. SQLite's own names of an in-memory database are refused as sqlite:// is, and no file of
# that name is made (`--db :memory:` made ./:memory: and kept the record there)

MEMORY = (":memory:", "file:accord?mode=memory", "sqlite:///file:accord?mode=memory&uri=true")


@pytest.mark.parametrize("db", MEMORY)
def test_sqlites_in_memory_names_are_refused_as_sqlite_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    monkeypatch.chdir(tmp_path)
    written = runner.invoke(
        app, ["forecast", "ec-emissions-1994", "--runs", "3", "--record", "--db", db]
    )
    assert written.exit_code == 2
    # named as typed since session 45 (a URL was named as SQLAlchemy renders it, file%3A...)
    assert f"--db {db!r}: an in-memory database, gone when the command ends" in written.stderr
    read = runner.invoke(app, ["ledger", "list", "--db", db])
    assert read.exit_code == 2 and "an in-memory database, new and empty" in read.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_url_forms_of_an_in_memory_database() -> None:
    from accord.store import in_memory, normalise_url

    assert normalise_url(":memory:") == "sqlite:///:memory:"
    assert normalise_url("file:a?mode=memory") == "sqlite:///file:a?mode=memory&uri=true"
    assert all(in_memory(normalise_url(db)) for db in MEMORY)
    assert not in_memory(normalise_url("file:a?mode=ro"))
    assert not in_memory("sqlite:///file:a?mode=memory")  # no uri=true: SQLAlchemy makes a file
