"""Every ``accord`` command line of README.md and docs/*.md parses against the CLI (session 20).

test_doc_examples.py runs the guides' Python examples, and tests/cli/test_readme_examples.py
runs the README's usage lines; nothing read the other shell lines, nor the command lines written
in inline code, which users copy just as often. This module lives beside test_doc_examples.py
because it reads the same pages; it runs no command. Each line is parsed the way ``accord``
would parse it (Typer's own parser, contexts built command by command, no callback of a command
run): the subcommand exists, every option exists and takes the value form given (a flag no
value, an option its value, converted and range-checked), required arguments are present and
no argument is left over. The session logs under docs/validation-events/ record history and
are not read.

Where lines are found: every line of a fenced block tagged ``bash``, ``sh``, ``shell``,
``console`` or untagged (a ``$`` prompt is dropped, and in a console block the lines without
one are output; ``\\``-continued lines are joined, ``#`` comments dropped), and every inline
code span that starts with the command. A line is cut at ``&&``, ``||``, ``;`` and ``|``; each
part that starts with ``accord`` or ``python3 -m accord`` is a command line.

Placeholders: a word that stands for the reader's own value is taken as any value the parameter
accepts (not converted, no callback sees it) and, where a subcommand is expected, as any
subcommand. A word is a placeholder when it holds ``$`` (a shell variable), ``...`` or ``<...>``,
or is written in capitals, optionally with a file extension: ``FILE``, ``SCENARIO``, ``N``,
``YYYY-MM-DD``, ``GOLD.jsonl`` (an actor code such as ``FRA`` reads as one too: it is a plain
string wherever it is documented). A ``...`` standing alone marks words left out (``accord
forecast ... --record``) or more of the same (``[--engine E]...``): each is read both as one
placeholder word and as nothing, and the line passes if one of those readings parses.

Synopses: ``[...]`` marks an optional part, checked both left out and put in; inside it
`` | `` (spaced) separates alternatives, and ``a|b`` inside a word (``--coder rules|nlp``)
lists alternative words; every alternative is checked. A Markdown table's ``\\|`` reads as
``|``. Brackets do not nest.

Mentions: an inline span with no value at all, only the command's words and option names
(``accord evidence --min-confidence``, ``accord ledger resolve``), names a command or an option
in prose: the command and each option must exist, nothing more.

A line documenting an error is marked with a shell comment starting ``# fails``
(``accord forecast --runs 0  # fails: --runs must be at least 1``); it must fail to parse.
"""

from __future__ import annotations

import importlib
import itertools
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from hypothesis import given
from hypothesis import strategies as st
from typer.core import TyperArgument, TyperGroup, TyperOption

from accord.cli import app
from accord.cli.commands import MODULES
from tests.helpers import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
_SHELL_FENCES = {"", "bash", "sh", "shell", "console"}
_INLINE = re.compile(r"(`+)(.+?)\1", re.S)
_COMMAND_START = re.compile(r"^(?:\$\s+)?(?:python3? -m )?accord\s+\S")
_FAILS = re.compile(r"#\s*fails\b")
_OPERATORS = {"&&", "||", ";", "|"}
_PLACEHOLDER = re.compile(r"\$|\.\.\.|<[^>]*>|^[A-Z][A-Z0-9_-]*(?:\.[a-z0-9]+)?$")


@dataclass(frozen=True)
class DocCommand:
    """One documented command line: the words after ``accord``, where it is, how to read it."""

    page: str
    line: int
    words: tuple[str, ...]
    inline: bool
    fails: bool

    @property
    def text(self) -> str:
        return " ".join(["accord", *self.words])


def is_placeholder(word: str) -> bool:
    """Whether a word stands for the reader's own value (see the module docstring)."""
    return bool(_PLACEHOLDER.search(word))


def _shell_words(line: str) -> list[str]:
    """A shell line's words with brackets split off as words of their own."""
    words: list[str] = []
    for word in shlex.split(line, comments=True):
        opening = len(word) - len(word.lstrip("["))
        core = word.lstrip("[")
        repeated = core.endswith("]...")  # ``[--engine E]...``: the group, more than once
        core = core.removesuffix("...") if repeated else core
        closing = len(core) - len(core.rstrip("]"))
        core = core.rstrip("]")
        words += ["["] * opening + ([core] if core else []) + ["]"] * closing
        words += ["..."] if repeated else []
    return words


def command_lines(text: str) -> list[list[str]]:
    """The ``accord`` commands of one shell line, each as the words after ``accord``."""
    commands: list[list[str]] = []
    part: list[str] = []
    depth = 0
    for word in [*_shell_words(text), ";"]:
        depth += {"[": 1, "]": -1}.get(word, 0)
        if word in _OPERATORS and depth == 0:
            if part[:1] == ["accord"]:
                commands.append(part[1:])
            elif part[:3] in (["python3", "-m", "accord"], ["python", "-m", "accord"]):
                commands.append(part[3:])
            part = []
        else:
            part.append(word)
    return commands


def _line_number(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _block_lines(block: str, first: int, console: bool) -> Iterator[tuple[int, str]]:
    """A shell block's command lines with their numbers, ``\\``-continued lines joined to the
    first; in a console block only the lines after a ``$`` prompt (the rest is output)."""
    number, pending = first, ""
    for offset, line in enumerate(block.splitlines()):
        if not pending:
            number = first + offset
            prompted = re.match(r"\s*\$\s+", line)
            if console and not prompted:
                continue
            line = line[prompted.end() :] if prompted else line
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        yield number, pending + line
        pending = ""


def find_commands(page: Path) -> list[DocCommand]:
    """Every command line of a Markdown page (see the module docstring for where they are)."""
    text = page.read_text(encoding="utf-8")
    name = page.relative_to(ROOT).as_posix() if page.is_relative_to(ROOT) else page.name
    found: list[DocCommand] = []
    prose = text
    for fence in _FENCE.finditer(text):
        prose = prose[: fence.start()] + " " * len(fence.group(0)) + prose[fence.end() :]
        if fence.group(1) not in _SHELL_FENCES:
            continue
        first = _line_number(text, fence.start(2))
        for number, line in _block_lines(fence.group(2), first, fence.group(1) == "console"):
            if re.search(r"\baccord\b", line):
                fails = bool(_FAILS.search(line))
                found += [
                    DocCommand(name, number, tuple(words), False, fails)
                    for words in command_lines(line)
                ]
    for span in _INLINE.finditer(prose):
        code = " ".join(span.group(2).replace("\\|", "|").split())
        if _COMMAND_START.search(code):
            line = _line_number(text, span.start())
            fails = bool(_FAILS.search(code))
            found += [
                DocCommand(name, line, tuple(words), True, fails)
                for words in command_lines(re.sub(r"^\$\s+", "", code))
            ]
    return found


def _items(words: list[str]) -> list[str | list[list[str]]]:
    """Words, with each ``[...]`` group as its list of alternatives (spaced ``|`` between)."""
    items: list[str | list[list[str]]] = []
    group: list[list[str]] | None = None
    for word in words:
        if word == "[":
            if group is not None:
                raise ValueError(f"nested brackets in {shlex.join(words)}")
            group = [[]]
        elif word == "]":
            if group is None:
                raise ValueError(f"unopened ']' in {shlex.join(words)}")
            items.append(group)
            group = None
        elif group is not None:
            group.append([]) if word == "|" else group[-1].append(word)
        else:
            items.append(word)
    if group is not None:
        raise ValueError(f"unclosed '[' in {shlex.join(words)}")
    return items


def _choices(slots: list[list[list[str]]]) -> Iterator[list[str]]:
    """The first choice of every slot, then each other choice of each slot in turn."""
    yield [word for slot in slots for word in slot[0]]
    for index, slot in enumerate(slots):
        for other in slot[1:]:
            yield [word for i, s in enumerate(slots) for word in (other if i == index else s[0])]


def variants(words: tuple[str, ...]) -> list[list[str]]:
    """The concrete command lines a synopsis stands for (see the module docstring)."""
    items = _items(list(words))
    shapes = [[word for word in items if isinstance(word, str)]]
    shapes += list(_choices([[[w]] if isinstance(w, str) else w for w in items]))
    found: list[list[str]] = []
    for shape in shapes:
        slots = [
            [[alt] for alt in word.split("|")] if _is_alternatives(word) else [[word]]
            for word in shape
        ]
        for concrete in _choices(slots):
            if concrete not in found:
                found.append(concrete)
    return found


def _is_alternatives(word: str) -> bool:
    return "|" in word and word != "|" and all(word.split("|"))


def readings(words: list[str]) -> Iterator[list[str]]:
    """Each lone ``...`` read as one placeholder word or as nothing, in every combination."""
    marks = [i for i, word in enumerate(words) if word == "..."]
    for kept in itertools.product((True, False), repeat=len(marks)):
        dropped = {i for i, keep in zip(marks, kept, strict=True) if not keep}
        yield [word for i, word in enumerate(words) if i not in dropped]


def _holds_placeholder(value: Any) -> bool:
    if isinstance(value, str):
        return is_placeholder(value)
    if isinstance(value, (list, tuple)):
        return any(_holds_placeholder(v) for v in value)
    return False


@pytest.fixture(scope="module")
def root() -> TyperGroup:
    """The ``accord`` command group with every command registered."""
    for module in MODULES:
        importlib.import_module(module)
    group = typer.main.get_command(app)
    assert isinstance(group, TyperGroup)
    return group


@pytest.fixture
def placeholders_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A placeholder value reaches no type conversion or callback; real values do."""
    for kind in (TyperOption, TyperArgument):
        process = kind.process_value

        def lenient(self: Any, ctx: Any, value: Any, process: Any = process) -> Any:
            return value if _holds_placeholder(value) else process(self, ctx, value)

        monkeypatch.setattr(kind, "process_value", lenient)


def parse(root: TyperGroup, words: list[str], *, resilient: bool = False) -> Any:
    """The context of the command that ``accord WORDS`` would run, built as ``accord`` builds
    it, command by command, without running any; a Typer usage error if it does not parse."""
    ctx = root.make_context("accord", list(words), resilient_parsing=resilient)
    command: Any = root
    while isinstance(command, TyperGroup):
        # What the group's parser left for a subcommand (Typer keeps it in this attribute
        # until its ``invoke`` reads it; typer is pinned, so a rename fails here, loudly).
        rest = [*ctx._protected_args, *ctx.args]
        if not rest or is_placeholder(rest[0]):
            break
        name, command, rest = command.resolve_command(ctx, rest)
        if command is None:  # resilient parsing does not raise on an unknown name
            raise typer.BadParameter(f"no such command {rest[:1]}")
        ctx = command.make_context(name, rest, parent=ctx, resilient_parsing=resilient)
    return ctx


def is_mention(command: DocCommand) -> bool:
    """An inline span with nothing but the command's words and option names."""
    if not command.inline:
        return False
    names = list(command.words)
    while names and not names[0].startswith("-") and not is_placeholder(names[0]):
        names.pop(0)
    return all(word.startswith("-") for word in names)


def check_mention(root: TyperGroup, words: list[str]) -> None:
    """The command that the words name exists and has every option they name."""
    ctx = parse(root, words, resilient=True)
    known = set(ctx.help_option_names)
    for param in ctx.command.get_params(ctx):
        known |= {*param.opts, *getattr(param, "secondary_opts", [])}
    unknown = [w.split("=")[0] for w in words if w.startswith("-") and w.split("=")[0] not in known]
    if unknown:
        raise typer.BadParameter(f"no option {', '.join(unknown)} on {ctx.command_path}")


def _problem(root: TyperGroup, command: DocCommand, words: list[str]) -> str | None:
    """None if ``accord WORDS`` parses (or, for a mention, names what exists), else why not."""
    try:
        if is_mention(command):
            check_mention(root, words)
        else:
            parse(root, words)
    except typer.Exit as done:  # --help and --version answer and exit
        return f"accord {shlex.join(words)}: exits {done.exit_code}" if done.exit_code else None
    except typer.TyperException as error:
        message = error.format_message() if hasattr(error, "format_message") else str(error)
        return f"accord {shlex.join(words)}: {message}"
    return None


def check(root: TyperGroup, command: DocCommand) -> str | None:
    """None if every form of the command line parses in one of its readings (or, marked
    ``# fails``, if no form does), else what went wrong."""
    forms = variants(command.words)
    problems = []
    for form in forms:
        tried = [_problem(root, command, reading) for reading in readings(form)]
        if None not in tried:
            problems.append(str(tried[0]))
    if command.fails:
        return None if len(problems) == len(forms) else "marked '# fails' but parses"
    return "\n".join(problems) or None


COMMANDS = [command for page in PAGES for command in find_commands(page)]


@pytest.mark.usefixtures("placeholders_accepted")
@pytest.mark.parametrize(
    "command", COMMANDS, ids=[f"{c.page}:{c.line}:{c.text[:60]}" for c in COMMANDS]
)
def test_the_documented_command_parses(command: DocCommand, root: TyperGroup) -> None:
    problem = check(root, command)
    assert problem is None, problem


def test_the_pages_have_commands() -> None:
    pages = {command.page for command in COMMANDS}
    assert {"README.md", "docs/news.md", "docs/ledger.md", "docs/unvotes.md"} <= pages
    assert sum(command.inline for command in COMMANDS) >= 100
    assert sum(not command.inline for command in COMMANDS) >= 60


def test_find_commands_reads_blocks_spans_and_lines(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# t\n\nRun `accord show X` or `accord.forecast()`.\n\n"
        "```bash\npip install . && accord forecast \\\n    --json   # a comment\n"
        "python3 -m accord engines | head\n```\n\n"
        "```console\n$ accord documents [--db URL]\naccord 0.1 output\n```\n\n"
        "```python\naccord forecast\n```\n\n"
        "```bash\naccord power --quota 0  # fails: the quota is positive\n```\n",
        encoding="utf-8",
    )
    found = [(c.line, c.words, c.inline, c.fails) for c in find_commands(page)]
    assert found == [
        (6, ("forecast", "--json"), False, False),
        (8, ("engines",), False, False),
        (12, ("documents", "[", "--db", "URL", "]"), False, False),
        (21, ("power", "--quota", "0"), False, True),
        (3, ("show", "X"), True, False),
    ]


@pytest.mark.parametrize(
    ("word", "placeholder"),
    [
        ("FILE", True),
        ("GOLD.jsonl", True),
        ("YYYY-MM-DD", True),
        ("$SHARED/data/unvotes", True),
        ("<id>", True),
        ("DIR...", True),
        ("ukraine-2025-02", False),
        ("0.8", False),
        ("csv", False),
        ("data/dummyData_3Dim.csv", False),
    ],
)
def test_placeholders_are_recognised(word: str, placeholder: bool) -> None:
    assert is_placeholder(word) is placeholder


def test_a_synopsis_stands_for_each_of_its_forms() -> None:
    words = tuple(_shell_words("events [--since DATE] [--json | --jsonl] --coder rules|nlp"))
    assert variants(words) == [
        ["events", "--coder", "rules"],
        ["events", "--coder", "nlp"],
        ["events", "--since", "DATE", "--json", "--coder", "rules"],
        ["events", "--since", "DATE", "--json", "--coder", "nlp"],
        ["events", "--since", "DATE", "--jsonl", "--coder", "rules"],
        ["events", "--since", "DATE", "--jsonl", "--coder", "nlp"],
    ]
    assert variants(tuple(_shell_words("record-bundled [--engine E]... [--runs N]"))) == [
        ["record-bundled", "..."],
        ["record-bundled", "--engine", "E", "...", "--runs", "N"],
    ]
    assert list(readings(["forecast", "...", "--out", "..."])) == [
        ["forecast", "...", "--out", "..."],
        ["forecast", "...", "--out"],
        ["forecast", "--out", "..."],
        ["forecast", "--out"],
    ]


_OPTION = st.from_regex(r"--[a-z]{1,8}", fullmatch=True)


@given(st.lists(_OPTION, max_size=6), st.lists(_OPTION, max_size=4))
def test_optional_groups_are_checked_out_and_in(plain: list[str], optional: list[str]) -> None:
    words = ["cmd", *plain]
    for option in optional:
        words += ["[", option, "]"]
    forms = variants(tuple(words))
    assert forms[0] == ["cmd", *plain]
    assert forms[-1] == ["cmd", *plain, *optional]
    assert len(forms) == (2 if optional else 1)


@pytest.mark.usefixtures("placeholders_accepted")
@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("accord forecast --rnus 3", "No such option"),
        ("accord explain a b", "unexpected extra argument"),  # forecast takes several (s29)
        ("accord forecast --runs many", "'many' is not a valid"),
        ("accord forecast --runs 0", "not in the range"),
        ("accord forecast --json=yes", "does not take a value"),
        ("accord forecast --runs", "requires an argument"),
        ("accord ledger resolve ukraine-2025-02", "Missing argument"),
        ("accord ledgers list", "No such command"),
        ("accord votes ukraine [--json] --sesion-share", "No such option"),
        ("accord ledger show ... --jsn", "No such option"),
        ("accord backtest-fit ... --residuals", "requires an argument"),
        ("`accord evidence --min-confidense`", "no option --min-confidense"),
        ("`accord news corpus`", "no such command"),
    ],
)
def test_a_wrong_command_line_is_caught(
    line: str, problem: str, root: TyperGroup, tmp_path: Path
) -> None:
    page = tmp_path / "page.md"
    page.write_text(line if line.startswith("`") else f"```bash\n{line}\n```\n", encoding="utf-8")
    (command,) = find_commands(page)
    found = check(root, command)
    assert found is not None and problem.lower() in found.lower(), found
    marked = DocCommand(command.page, 1, command.words, command.inline, fails=True)
    assert check(root, marked) is None


@pytest.mark.usefixtures("placeholders_accepted")
def test_placeholders_pass_where_real_values_are_checked(root: TyperGroup) -> None:
    fine = DocCommand("p", 1, ("forecast", "SCENARIO", "--runs", "N", "--seed", "S"), False, False)
    assert check(root, fine) is None
    help_line = DocCommand("p", 1, ("events", "--help"), False, False)
    assert check(root, help_line) is None
    anything = DocCommand("p", 1, ("ARGS",), True, False)
    assert check(root, anything) is None
