"""The CLI's lazy command table, ``--version``, and the default forecast output (issue 13)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest
import typer.main
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.commands import COMMANDS, MODULES

runner = CliRunner()


def _full_group() -> typer.core.TyperGroup:
    for module in MODULES:
        importlib.import_module(module)
    return typer.main.get_group(app)


def test_the_command_table_matches_the_registered_commands() -> None:
    group = _full_group()
    assert set(group.commands) == set(COMMANDS)
    for name, command in group.commands.items():
        first_line = (command.help or "").strip().splitlines()[0]
        assert COMMANDS[name][1] == first_line, name


def test_each_command_is_registered_by_the_modules_its_row_names() -> None:
    by_modules: dict[tuple[str, ...], list[str]] = {}
    for name, (modules, _) in COMMANDS.items():
        by_modules.setdefault(modules, []).append(name)
    for modules, names in by_modules.items():
        # A fresh interpreter imports only the row's modules, as `accord NAME` does.
        code = (
            "import importlib, typer.main\n"
            "from accord.cli.app import app\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(sorted(typer.main.get_group(app).commands))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        for name in names:
            assert repr(name) in done.stdout, (name, modules)


def _help_and_heavy_modules(*args: str) -> str:
    """The output of ``accord ARGS --help`` in a fresh interpreter, then the heavy modules it
    imported (``HEAVY [...]``)."""
    code = (
        "import sys\n"
        f"sys.argv = ['accord', *{list(args)!r}, '--help']\n"
        "from accord.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('numpy', 'pydantic', 'sqlalchemy', 'scipy') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout


def test_help_lists_every_command_without_importing_the_stack() -> None:
    stdout = _help_and_heavy_modules()
    assert "HEAVY []" in stdout
    for name in COMMANDS:
        assert name in stdout


def test_events_help_imports_neither_the_store_nor_the_coder() -> None:
    # session 8: the news commands import the store (SQLAlchemy, Alembic), the coder (numpy)
    # and the scenario model (pydantic) when a command runs, not to print its help
    stdout = _help_and_heavy_modules("events")
    assert "HEAVY []" in stdout
    assert "evaluate" in stdout and "code" in stdout  # the subcommands are listed


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("accord ")


def test_default_forecast_shows_one_line_per_draft_and_votes_shows_members() -> None:
    result = runner.invoke(app, ["forecast"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if "P(adopted)" in line]
    assert len(lines) == 3  # S/2025/112, A/ES-11/L.10, A/ES-11/L.11 in the bundled scenario
    assert lines[0].startswith("S/2025/112 (unsc)")
    assert "predicted tally" in lines[0]
    assert "CHN" not in result.stdout  # no member tables
    detailed = runner.invoke(app, ["forecast", "--votes"])
    assert detailed.exit_code == 0
    assert "member" in detailed.stdout and "CHN" in detailed.stdout


def test_forecast_json_is_one_line() -> None:
    result = runner.invoke(app, ["forecast", "--json"])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["scenario"] == "ukraine-2025-02"


@pytest.mark.parametrize(
    "args",
    [
        ["forecast", "ec-emissions-1994", "--runs", "20", "--seed", "1", "--json"],
        ["power", "--body", "unsc", "--json"],
        ["compare", "ec-emissions-1994", "--json"],
        ["explain", "ec-emissions-1994", "--seed", "1", "--json"],
    ],
    ids=lambda a: a[0],
)
def test_every_json_is_one_document_on_one_line(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 1
    json.loads(result.stdout)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_command_help_imports_the_stack(name: str) -> None:
    # session 9: schema, formats, power, backtest and backtest-fit imported numpy or pydantic
    # at module level only to build their help (the power indices, the bundled bodies)
    stdout = _help_and_heavy_modules(name)
    assert "HEAVY []" in stdout, stdout[-300:]


def test_the_index_names_of_power_help_are_the_indices() -> None:
    from accord.institutions.bundled import INDEX_NAMES
    from accord.institutions.power import INDICES

    assert tuple(INDICES) == INDEX_NAMES


def test_no_help_text_loses_a_bracket_to_rich_markup() -> None:
    # The help is rendered as rich markup: an unescaped "[nlp]" or "accord[dask]" is taken for
    # a style tag and silently dropped ("needs the  extra"), so a literal bracket must be "\[".
    from rich.text import Text

    group = _full_group()
    commands = list(group.commands.items())
    while commands:
        name, command = commands.pop()
        if isinstance(command, typer.core.TyperGroup):
            commands += [(f"{name} {n}", c) for n, c in command.commands.items()]
        texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
        for text in texts:
            assert Text.from_markup(text).plain == text.replace("\\[", "["), (name, text)


def test_messages_print_colon_codes_as_written() -> None:
    # rich turns ":100:" into an emoji unless the console says not to; a range 0:100:5 in an
    # error message (or an actor's name in a table) must print as typed.
    done = runner.invoke(app, ["sweep", "ukraine-2025-02", "--vary", "bad"])
    assert done.exit_code != 0
    assert "position=0:100:5" in done.output
