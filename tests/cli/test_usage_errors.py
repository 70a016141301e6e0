"""Usage errors are one line naming what was wrong, and a pointer to the help, exit 2 (session
21): Typer drew each as a box of five lines under the usage line. ``--help`` stays as it was."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest
import typer
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click.exceptions import UsageError
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.commands import COMMANDS, MODULES
from accord.cli.options import OneEngineCommand, refuse_repeated_options

runner = CliRunner()

for _module in MODULES:  # every command and subcommand, to draw from
    importlib.import_module(_module)
_GROUP = typer.main.get_group(app)
_PATHS = [
    (name, *([sub] if sub else []))
    for name, command in _GROUP.commands.items()
    for sub in [None, *getattr(command, "commands", {})]
]


def _said(args: list[str]) -> list[str]:
    """What ``accord ARGS`` writes to stderr, line by line; it must exit 2 and print nothing
    else (no traceback)."""
    done = runner.invoke(app, args, prog_name="accord")
    assert done.exit_code == 2, done.output
    assert done.stdout == "" and "Traceback" not in done.stderr
    return done.stderr.splitlines()


def _hint(path: tuple[str, ...]) -> str:
    return f"Try '{' '.join(('accord', *path, '--help'))}' for help."


@settings(max_examples=40, deadline=None)
@given(path=st.sampled_from(_PATHS), option=st.from_regex(r"--zz[a-z]{2,8}", fullmatch=True))
def test_an_unknown_option_of_any_command_is_one_line(path: tuple[str, ...], option: str) -> None:
    lines = _said([*path, option])
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"error: No such option: {option}"), lines
    # the command's own help (``evidence SCENARIO`` is its hidden ``list``), and it runs
    hint = re.fullmatch(r"Try '(accord [a-z -]+ --help)' for help\.", lines[1])
    assert hint is not None and hint[1].startswith(" ".join(("accord", *path))), lines
    helped = runner.invoke(app, hint[1].split()[1:], prog_name="accord")
    assert helped.exit_code == 0 and "Usage: accord" in helped.stdout
    assert "╭" not in "".join(lines) and "Usage:" not in "".join(lines)


@pytest.mark.parametrize(
    ("args", "problem", "path"),
    [
        (["validate"], "Missing argument 'FILE'.", ("validate",)),  # files until s45
        (["events", "code"], "Missing argument 'PATH'.", ("events", "code")),  # inputs until s45
        (["forecast", "--runs", "many"], "'many' is not a valid", ("forecast",)),
        (["forecast", "--runs", "0"], "not in the range", ("forecast",)),
        (["explain", "a", "b"], "unexpected extra argument", ("explain",)),  # forecast: several
        (["nosuch"], "No such command 'nosuch'.", ()),
        (["ledger", "nosuch"], "No such command 'nosuch'.", ("ledger",)),
        (["--zzz"], "No such option: --zzz", ()),
        (["forecast", "--json=yes"], "'--json' does not take a value", None),
    ],
)
def test_usage_errors_are_one_line_and_the_help(
    args: list[str], problem: str, path: tuple[str, ...] | None
) -> None:
    lines = _said(args)
    assert lines[0].startswith("error: ") and problem in lines[0], lines
    assert lines[1:] == ([] if path is None else [_hint(path)]), lines


@pytest.mark.parametrize("args", [[], ["ledger"], ["forecast", "--help"], ["--help"]])
def test_help_is_still_help(args: list[str]) -> None:
    """``no_args_is_help`` (which Click raises as a usage error) and ``--help`` draw the help."""
    done = runner.invoke(app, args)
    assert "Usage:" in done.output and "error:" not in done.output
    assert done.exit_code == (0 if args[-1:] == ["--help"] else 2)


def test_the_commands_are_all_drawn_from() -> None:
    assert {path[0] for path in _PATHS} == set(COMMANDS)
    assert ("events", "code") in _PATHS and ("ledger", "resolve") in _PATHS


@settings(max_examples=30, deadline=None)
@given(
    command=st.sampled_from(["forecast", "sweep", "explain"]),
    names=st.lists(st.sampled_from(["mean", "smp", "bdm", "nash"]), min_size=2, max_size=4),
    joined=st.booleans(),
)
def test_a_repeated_engine_is_refused_where_one_engine_is_taken(
    command: str, names: list[str], joined: bool
) -> None:
    """Click kept the last of ``--engine smp --engine bdm`` and ran bdm alone without a word
    (session 23's trial); the refusal names the command that takes several."""
    given_ = [f"--engine={n}" if joined else f"--engine {n}" for n in names]
    lines = _said([command, "doha-2020-02", *" ".join(given_).split()])
    times = "twice" if len(names) == 2 else f"{len(names)} times"
    values = ", then ".join(repr(n) for n in names)
    assert lines[0] == (
        f"error: --engine given {times} ({values}); it takes one value: give it once "
        "(`accord compare SCENARIO --engine A --engine B` runs several)"
    ), lines
    assert lines[1:] == [_hint((command,))]


def test_every_command_taking_one_engine_refuses_a_repeat_and_compare_takes_several() -> None:
    single = {
        name: command
        for name, command in _GROUP.commands.items()
        for param in command.params
        if param.name == "engine" and not getattr(param, "multiple", False)
    }
    assert {"forecast", "sweep", "explain"} <= set(single)
    assert all(isinstance(command, OneEngineCommand) for command in single.values())
    done = runner.invoke(app, ["compare", "doha-2020-02", "--engine", "mean", "--engine", "median"])
    assert done.exit_code == 0, done.output


def _commands() -> list[tuple[tuple[str, ...], Any]]:
    """Every command and group, with its path."""
    found = []
    for path in _PATHS:
        command: Any = _GROUP
        for name in path:
            command = command.commands[name]
        found.append((path, command))
    return found


def _leaves() -> list[tuple[tuple[str, ...], Any]]:
    """Every command that runs (a group's subcommands, not the group), with its path."""
    return [
        (path, command) for path, command in _commands() if not getattr(command, "commands", None)
    ]


_SINGLE = [
    (path, param)
    for path, command in _commands()  # a group's own options too (``events --db``)
    for param in command.params
    if param.param_type_name == "option"
    and not param.multiple
    and not param.count
    and not param.is_flag
    and param.nargs == 1
]


@pytest.mark.parametrize(
    ("path", "param"), _SINGLE, ids=[f"{' '.join(p)} {o.opts[0]}" for p, o in _SINGLE]
)
def test_every_single_valued_option_given_twice_is_refused(
    path: tuple[str, ...], param: Any
) -> None:
    """Click keeps the last value of an option given twice, without a word (``--db a.db --db
    b.db`` read b.db); every command refuses it, naming the option and both values, before
    anything runs (session 24; one check for every command: ``refuse_repeated_options``)."""
    name = next(n for n in param.opts if n.startswith("--"))
    lines = _said([*path, name, "first-value", f"{name}=second-value"])
    assert lines[0].startswith(
        f"error: {name} given twice ('first-value', then 'second-value'); it takes one value: "
        "give it once"
    ), lines
    assert len(lines) == 2 and lines[1].startswith(f"Try 'accord {path[0]}"), lines


def test_every_command_is_checked() -> None:
    leaves = {path for path, _ in _leaves()}
    assert len({path for path, _ in _SINGLE} & leaves) == len(leaves) - 3  # formats, etc.
    assert ("events",) in {path for path, _ in _SINGLE}
    assert len(_SINGLE) > 150


def test_a_flag_or_an_option_that_takes_several_may_be_repeated() -> None:
    done = runner.invoke(app, ["forecast", "doha-2020-02", "--json", "--json"])
    assert done.exit_code == 0 and done.stdout.startswith("{"), done.output
    more = ["compare", "doha-2020-02", "--engine", "mean", "--engine", "median", "--json"]
    assert runner.invoke(app, more).exit_code == 0


def test_a_flag_given_both_ways_is_refused() -> None:
    """No accord command has an ``--x/--no-x`` flag yet; the rule is there for the first."""
    sample = typer.Typer()

    @sample.command()
    def run(record: bool = typer.Option(False, "--record/--no-record")) -> None:
        pass

    command = typer.main.get_command(sample)
    with pytest.raises(UsageError) as refused:
        refuse_repeated_options(command, "run", ["--record", "--no-record"], None)
    assert refused.value.message == (
        "--record given twice (--record, then --no-record); it takes one value: give it once"
    )
    refuse_repeated_options(command, "run", ["--record", "--record"], None)  # says one thing
