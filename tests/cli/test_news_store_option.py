"""Every command that reads or writes the news store describes ``--db`` in the same words,
naming the file it uses by default (session 20: ``accord evidence`` and ``accord update``
had a copy of the option whose help named the folder ``~/.accord.`` instead)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import typer

from accord.cli.app import app
from accord.cli.commands import MODULES
from accord.store.engine import default_url

STORE_COMMANDS = ["ingest", "documents", "events", "timeline", "evidence list", "update"]


def _db_help(command: str) -> str:
    for module in MODULES:
        importlib.import_module(module)
    found: Any = typer.main.get_group(app)
    for name in command.split():
        found = found.commands[name]
    (option,) = [p for p in found.params if "--db" in p.opts]
    return str(option.help)


@pytest.mark.parametrize("command", STORE_COMMANDS)
def test_the_db_option_names_the_default_store_file(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ACCORD_DB", raising=False)
    default = Path(default_url().removeprefix("sqlite:///"))
    shown = "~/" + default.relative_to(Path.home()).as_posix()
    assert shown in _db_help(command)
    assert _db_help(command) == _db_help(STORE_COMMANDS[0])
