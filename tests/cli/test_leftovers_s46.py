"""Session 46 (s46-leftovers): six faults left by session 45, each checked and, where real,
fixed; each test here failed on the code before its fix, unless it says otherwise.

1. ``ResolutionForecast.body`` was the cached bundled body itself: a caller that changed it
   changed every later forecast's. Each forecast now holds its own copy.
3. A positional argument that takes one value was shown in braces, by its Python name
   (``accord explain [OPTIONS] {scenario}``, ``Missing argument 'scenario'``), or in braces by
   its metavar (``backup {COPY}``): every positional now reads ``SCENARIO`` (``[NAME]`` where
   optional, ``NAME...`` where several), from one place, ``accord.cli.app.PlainArgument``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import accord
from accord.cli.app import out
from tests.helpers import run_cli

# 1. a forecast's body is its own


def test_a_forecasts_body_is_its_own_to_change() -> None:
    first = accord.forecast("ukraine-2025-02").resolutions
    assert first is not None
    body = first[0].body
    name, members = body.name, len(body.members)
    body.name = "changed"
    body.members.pop()
    later = accord.forecast("ukraine-2025-02").resolutions
    assert later is not None
    assert later[0].body.name == name and len(later[0].body.members) == members
    assert later[0].body is not body


# 3. every positional argument's usage reads as a user expects (SCENARIO, not {scenario})


def _positional_arguments() -> list[tuple[list[str], Any]]:
    import typer.main
    from typer._click.core import Context
    from typer.core import TyperArgument, TyperGroup

    from accord.cli import app

    root = typer.main.get_command(app)
    found: list[tuple[list[str], Any]] = []

    def walk(command: Any, ctx: Context, path: list[str]) -> None:
        if isinstance(command, TyperGroup):
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                walk(sub, Context(sub, parent=ctx, info_name=name), [*path, name])
            return
        arguments = [p for p in command.params if isinstance(p, TyperArgument)]
        if arguments:
            found.append((path, arguments))

    walk(root, Context(root, info_name="accord"), [])
    return found


def test_every_positional_arguments_usage_reads_as_a_user_expects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(out, "width", 200)
    found = _positional_arguments()
    assert {" ".join(path) for path, _ in found} >= {
        "show", "explain", "convert", "sweep", "timeline", "update", "backup", "ledger show",
        "ledger resolve", "events evaluate", "evidence list", "backtest", "validate", "ingest",
    }  # fmt: skip
    for path, arguments in found:
        code, output = run_cli(*path, "--help")
        assert code == 0, output
        usage = next(line for line in output.splitlines() if "Usage:" in line).rstrip()
        shown = []
        for param in arguments:
            name = param.metavar
            assert name and re.fullmatch(r"[A-Z]+", name), (path, name)  # its own, capitals
            one = f"{name}..." if param.nargs == -1 else name
            shown.append(one if param.required else f"[{name}]" + one[len(name) :])
            assert re.search(rf"^\W+{re.escape(name)}\s", output, re.MULTILINE), (path, name)
        assert usage.endswith(f"[OPTIONS] {' '.join(shown)}"), (path, usage)
        assert "{" not in usage and "}" not in usage, (path, usage)


@pytest.mark.parametrize(
    ("args", "name"),
    [(["explain"], "SCENARIO"), (["ledger", "resolve"], "SCENARIO"), (["backup"], "COPY")],
)
def test_a_missing_argument_is_named_as_its_usage_names_it(args: list[str], name: str) -> None:
    code, output = run_cli(*args)
    assert code == 2, output
    assert f"Missing argument '{name}'" in " ".join(output.split()), output
