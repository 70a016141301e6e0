"""Session 45 (s45-leftovers): five faults left by session 44, each checked and, where real,
fixed; each test here failed on the code before its fix.

1. A refused ``--db`` of an in-memory database is named as the user typed it (``:memory:``,
   ``file:NAME?mode=memory``), for reads as for writes (a read named the URL accord made of
   it, ``sqlite:///:memory:``); SQLite's ``file::memory:`` is the in-memory database too (it
   was taken as a file path: a write made the file ``./file::memory:``), and so is
   ``$ACCORD_DB=:memory:`` for a read of the news store (it read the file ``./:memory:``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.cli.app import out
from tests.helpers import run_cli

# 1. the value of a refused in-memory --db as typed

TYPED = (
    ":memory:",
    "sqlite://",
    "sqlite:///:memory:",
    "file::memory:",
    "file::memory:?cache=shared",
    "file:accord?mode=memory",
    "sqlite:///file:accord?mode=memory&uri=true",
    "sqlite:///file::memory:?uri=true",
)
READS = [(("ledger", "list"), "ledger"), (("events",), "news store")]


@pytest.mark.parametrize(("command", "what"), READS)
@pytest.mark.parametrize("db", TYPED)
def test_a_refused_read_names_the_value_as_typed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: tuple[str, ...],
    what: str,
    db: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli(*command, "--db", db)
    assert code == 2, output
    said = " ".join(output.split())
    assert said.startswith(f"error: --db {db!r}: an in-memory database, new and empty"), said
    assert f"never holds a {what} to read" in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("db", TYPED)
def test_a_refused_write_names_the_value_as_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli("forecast", "doha-2020-02", "--record", "--db", db)
    assert code == 2, output
    said = " ".join(output.split())
    assert said.startswith(f"error: --db {db!r}: an in-memory database, gone when"), said
    assert list(tmp_path.iterdir()) == []  # file::memory: made ./file::memory:


def test_a_variable_naming_an_in_memory_news_store_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACCORD_DB", ":memory:")
    monkeypatch.setattr(out, "width", 200)
    code, output = run_cli("events")
    assert code == 2, output
    said = " ".join(output.split())
    assert said.startswith("error: $ACCORD_DB ':memory:': an in-memory database, new"), said
    assert "give $ACCORD_DB a SQLite file" in said
    assert list(tmp_path.iterdir()) == []  # it read (and made) ./:memory:


def test_a_password_in_a_typed_url_stays_hidden() -> None:
    from accord.store import lost_write, normalise_url

    typed = "sqlite://user:secret@/:memory:"
    refused = lost_write(normalise_url(typed), "it", given=typed)
    assert refused is not None and "secret" not in str(refused), refused
