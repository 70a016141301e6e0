"""The Typer application object and the error handling shared by every command.

Commands live in sibling modules grouped by domain; each imports :data:`app` and registers
itself. A library error (:class:`~accord.errors.AccordError`) becomes a one-line message on
stderr and exit status 2, never a traceback; so does a usage error (an unknown option, a missing
argument, a bad choice), with one more line that names the command's ``--help``.

Start-up is lazy: :class:`_AccordGroup` lists commands from the table in
:mod:`accord.cli.commands` and imports a command's module only when that command runs, so
``accord --help`` does not pay for numpy, scipy or SQLAlchemy.

Every line the CLI writes on stderr is said here, by its kind (:func:`say`): a *note* (what was
done: ``wrote FILE``, ``recorded N forecasts``), a *warning* (something to look at) or an
*error* (what failed). ``accord --quiet`` (or ``ACCORD_QUIET=1``) leaves the notes and the
progress bars out; ``-qq`` (``ACCORD_QUIET=2``) the warnings too; errors and exit codes stay.
A Python warning raised while a command runs (the library's, or a dependency's such as numpy's
overflow) is said as a warning too (:func:`_show_warning`, session 42), each distinct one once a
command (:class:`_OnceACommand`, session 43).
"""

from __future__ import annotations

import importlib
import os
import sys
import textwrap
import warnings
from typing import Any, Literal, NoReturn

import typer
from rich.console import Console, ConsoleDimensions
from rich.markup import escape
from typer._click.exceptions import UsageError  # Typer vendors Click (0.27 on; pinned)
from typer.core import TyperArgument, TyperCommand, TyperGroup

from accord.errors import AccordError, AccordWarning

PIPED_WIDTH = 200
"""The width of standard output's tables when it is not a terminal and ``COLUMNS`` is not set
(a pipe, a file, a program's captured output). Rich's own default there is 80 columns, which
squeezed the titles of ``accord documents`` and the quotations of ``accord evidence`` into 8-12
characters a line, a quotation over 19 lines (session 24's trial); at this width such a table
is as wide as its cells need (up to this) and a quotation wraps in a column of 100 or more.
``COLUMNS=N`` sets any other width, piped or not; a terminal keeps its own width."""


class _Output(Console):
    """A console whose width without a terminal (and without ``COLUMNS``) is
    :data:`PIPED_WIDTH`; a width given or set (``COLUMNS``, ``console.width = N``) wins."""

    @property
    def size(self) -> ConsoleDimensions:
        size = super().size
        columns = self._environ.get("COLUMNS")
        given = self._width is not None or (columns is not None and columns.isdigit())
        if given or self.is_terminal:
            return size
        return ConsoleDimensions(PIPED_WIDTH, size.height)

    @size.setter
    def size(self, new_size: tuple[int, int]) -> None:
        self._width, self._height = new_size


out = _Output(soft_wrap=True, emoji=False)
err = Console(stderr=True, soft_wrap=True, emoji=False)


Kind = Literal["note", "warning", "error"]
"""What a line on stderr is: a ``note`` says what was done (``wrote FILE``, ``running on
...``, ``recorded N forecasts``); a ``warning``, something a person should look at (a result
to doubt, a document dated by its file's time, a store made where none was expected); an
``error``, what failed or stopped (the command, a scenario of several, an input not read)."""

QUIET_ENV = "ACCORD_QUIET"
"""The environment variable that sets ``--quiet`` for a cron job or a script: ``1`` as
``-q``, ``2`` as ``-qq``, ``0`` (or unset) neither; ``-q`` on the command line wins."""

_SAID_UP_TO: dict[Kind, int] = {"note": 0, "warning": 1, "error": 2}
"""The highest quiet level at which a line of each kind is still said: notes only without
``--quiet``, warnings up to ``-q``, errors always."""

_STYLE: dict[Kind, str] = {"note": "yellow", "warning": "bold yellow", "error": "bold red"}

_quiet = 0
"""The quiet level in force: 0, 1 (``-q``) or 2 (``-qq``); set by :func:`set_quiet`."""


def set_quiet(level: int) -> None:
    """Set the quiet level (``--quiet`` counted; above 2 is 2)."""
    global _quiet
    _quiet = max(0, min(int(level), 2))


def quiet_level() -> int:
    """The quiet level in force: 0 says everything, 1 leaves notes out, 2 warnings too."""
    return _quiet


def says(kind: Kind) -> bool:
    """Whether a line of ``kind`` is said at the quiet level in force."""
    return _quiet <= _SAID_UP_TO[kind]


def show_progress() -> bool:
    """Whether a progress bar or spinner may be drawn on stderr: on a terminal (piped, a bar's
    redrawn lines would only fill a log) and without ``--quiet``."""
    return _quiet == 0 and err.is_terminal


def say(text: str, kind: Kind = "note", label: str | None = None) -> None:
    """Say ``text`` (plain text, never markup: it is escaped here) as one line on stderr, if
    the quiet level lets a line of its ``kind`` through (:func:`says`).

    ``label`` starts the line, ``LABEL: TEXT``: by default the kind's name for a warning and an
    error and nothing for a note; ``""`` for none. On a terminal a labelled line longer than the
    terminal is wide is wrapped between words, each further line indented under the text (a
    warning of 300 characters, as the consent-weight warning is, was cut by the terminal in
    the middle of words); piped or logged it stays one line, for the tools that read it."""
    if not says(kind):
        return
    if label is None:
        label = "" if kind == "note" else kind
    if not label:
        err.print(escape(text), highlight=False, soft_wrap=True)
        return
    width = err.width - len(label) - 2
    lines = [text]
    if err.is_terminal and len(text) > width > 20:
        lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    indent = " " * (len(label) + 2)
    body = f"\n{indent}".join(escape(line) for line in lines)
    err.print(f"[{_STYLE[kind]}]{escape(label)}:[/] {body}", highlight=False, soft_wrap=True)


def say_note(text: str, label: str | None = None) -> None:
    """A note on stderr (:func:`say`): what was done; left out under ``--quiet``."""
    say(text, "note", label)


def say_warning(text: str, label: str = "warning") -> None:
    """A warning on stderr, ``warning: TEXT`` (:func:`say`); left out under ``-qq`` only."""
    say(text, "warning", label)


def say_error(text: str, label: str = "error") -> None:
    """An error on stderr, ``error: TEXT`` (:func:`say`); said at every quiet level."""
    say(text, "error", label)


def _where(filename: str, lineno: int) -> str:
    """``FILE:LINE`` of a warning, the file as a path under the entry of :data:`sys.path` that
    holds it (``openpyxl/styles/stylesheet.py:237``, not the site-packages folder's full
    path); a file outside them as given."""
    path = os.path.abspath(filename)
    entries = [entry for entry in sys.path if isinstance(entry, str | os.PathLike)]
    roots = [os.path.abspath(entry or os.curdir) for entry in entries]
    under = [root for root in roots if path.startswith(root.rstrip(os.sep) + os.sep)]
    shown = os.path.relpath(path, max(under, key=len)) if under else filename
    return f"{shown}:{lineno}"


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    """How a command line shows a Python warning (through :class:`_OnceACommand`, which
    :meth:`_AccordGroup.invoke` installs, never the library): every Python warning raised while a
    command runs is said by :func:`say_warning`, one line labelled ``warning:``, so ``-q`` keeps
    it and ``-qq`` leaves it out as any other warning.

    An :class:`AccordWarning` is its message alone. Any other (a dependency's ``UserWarning``,
    numpy's ``RuntimeWarning`` for an overflow, scikit-learn's ``ConvergenceWarning``) is its
    message on one line, then its category and where it was raised, ``(UserWarning,
    openpyxl/styles/stylesheet.py:237)``, what a report of it needs. Until session 42 those
    printed in Python's own form (``/full/path.py:237: UserWarning: text`` and the source
    line), the one unlabelled kind of line on the CLI's stderr. A command says each distinct
    warning once (:class:`_OnceACommand`, which calls this); the workbench's forecast jobs say
    each as it comes (:mod:`accord.web.jobs`)."""
    if issubclass(category, AccordWarning):
        say_warning(str(message))
        return
    text = " ".join(str(message).split())
    say_warning(f"{text} ({category.__name__}, {_where(filename, lineno)})")


class _OnceACommand:
    """The :data:`warnings.showwarning` a command runs with (installed by
    :meth:`_AccordGroup.invoke`, a new one for each command): :func:`_show_warning`, once for
    each distinct warning (the same category, text, file and line), whether it was raised in
    this process or came back from a worker (:mod:`accord.execution`). Python's own
    once-a-place registry is emptied by every :class:`warnings.catch_warnings`, and the
    forecasts' :func:`accord.forecast.guard.quietly` enters one per forecast: until session 43
    ``accord sweep`` without ``--workers`` said one warning once a point, where ``--workers N``
    said it once. ``accord serve``, which runs for days, says its log's warnings as they
    come (:func:`_show_warning`)."""

    def __init__(self) -> None:
        self.said: set[tuple[type[Warning], str, str, int]] = set()

    def __call__(
        self,
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: Any = None,
        line: str | None = None,
    ) -> None:
        key = (category, " ".join(str(message).split()), filename, lineno)
        if key in self.said:
            return
        self.said.add(key)
        _show_warning(message, category, filename, lineno, file, line)


def _usage_error(exc: UsageError) -> NoReturn:
    """Say a usage error in one line (and where the help is), exit 2: Typer draws it as a box
    of five lines or more under the usage line, and the project's rule for a user's error is
    one clear line naming what was wrong."""
    say_error(" ".join(exc.format_message().split()))
    ctx = exc.ctx
    if ctx is not None and ctx.command.get_help_option(ctx) is not None:
        hint = f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help."
        say_error(hint, "")
    raise typer.Exit(exc.exit_code) from None


def _is_help_asked(exc: UsageError) -> bool:
    """A command run with no arguments that shows its help instead (``no_args_is_help``):
    Click raises it as a usage error (``NoArgsIsHelpError``, Click 8.2 on); it stays help."""
    return type(exc).__name__ == "NoArgsIsHelpError"


_QUIET_FLAGS = ("-q", "-qq", "--quiet")


def _quiet_first(args: list[str]) -> list[str]:
    """``args`` with ``-q``, ``-qq`` and ``--quiet`` written after the command moved before it,
    where the option is read: ``accord forecast x.yaml --record -q`` as ``accord -q forecast
    ...`` (pip and ruff take their ``-q`` after the command too; a cron line is written either
    way). The top-level options take no value, so the command is the first word that is not an
    option; nothing after ``--`` is moved, and no command has a ``-q`` of its own."""
    start = next((k for k, word in enumerate(args) if not word.startswith("-")), len(args))
    end = start + args[start:].index("--") if "--" in args[start:] else len(args)
    moved = [word for word in args[start:end] if word in _QUIET_FLAGS]
    if not moved:
        return args
    kept = [word for word in args[start:end] if word not in _QUIET_FLAGS]
    return [*moved, *args[:start], *kept, *args[end:]]


class PlainArgument(TyperArgument):
    """A positional argument as a user reads it: ``SCENARIO`` in the usage line, the arguments'
    panel and an error (``Missing argument 'SCENARIO'``), ``[SCENARIO]`` where it may be left
    out, ``PATH...`` (``[SCENARIO]...``) where it takes several; the name is its ``metavar``,
    else its Python name in capitals. Typer writes a required argument's name in braces, the
    Python name where no metavar is given: the usage of ``accord explain`` said
    ``{scenario}``, ``backup`` ``{COPY}`` (session 46), and of ``accord events code``
    ``{inputs}...`` (session 45). Every command's positional arguments are made so in one
    place (:func:`plain_arguments`, from :meth:`_AccordGroup.get_command`)."""

    def make_metavar(self, ctx: Any, *, usage: bool = False) -> str:
        name = (self.metavar or "").removesuffix("...") or (self.name or "").upper()
        if self.nargs == -1:
            return f"[{name}]..." if usage and not self.required else f"{name}..."
        return f"[{name}]" if usage and not self.required else name


def plain_arguments(command: Any) -> Any:
    """``command`` (and a group's commands, all the way down) with every positional argument a
    :class:`PlainArgument` named in capitals (its ``metavar``); returns ``command``."""
    for param in getattr(command, "params", ()):
        if type(param) is TyperArgument:
            param.__class__ = PlainArgument
            if param.metavar is None and param.name:
                param.metavar = param.name.upper()  # the panel's and an error's name too
    for sub in getattr(command, "commands", {}).values():
        plain_arguments(sub)
    return command


class _AccordGroup(TyperGroup):
    """The top-level group: one-line errors, and commands imported on first use.

    Usage errors are caught here, where every command line passes (the ``accord`` script,
    ``python -m accord`` and Typer's ``CliRunner`` alike): in :meth:`make_context` for the
    top-level options and in :meth:`invoke` for a command's own (its context is made there).
    Typer's ``rich_markup_mode`` would change ``--help`` too, and it has no switch for errors
    alone; a catch in :func:`accord.cli.main` would miss ``CliRunner``."""

    _listing = False

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _quiet_first(args))

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except UsageError as exc:
            if _is_help_asked(exc):
                raise
            _usage_error(exc)

    def invoke(self, ctx: Any) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.showwarning = _OnceACommand()  # each command line's own
                return super().invoke(ctx)
        except AccordError as exc:
            say_error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except UsageError as exc:
            if _is_help_asked(exc):
                raise
            _usage_error(exc)
        finally:
            set_quiet(0)  # one command line's: the next (a test's CliRunner) starts anew

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and name is not None and not ctx.resilient_parsing:
            from accord.cli.options import refuse_repeated_options

            refuse_repeated_options(command, name, rest, ctx)  # every command, one place
        return name, command, rest

    def list_commands(self, ctx: Any) -> list[str]:
        from accord.cli.commands import COMMANDS

        loaded = super().list_commands(ctx)
        return [*COMMANDS, *(name for name in loaded if name not in COMMANDS)]

    def format_help(self, ctx: Any, formatter: Any) -> None:
        # While the help is drawn, commands not yet imported are shown from the table.
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        from accord.cli.commands import COMMANDS, MODULES

        entry = COMMANDS.get(cmd_name)
        if entry is not None and self._listing and cmd_name not in self.commands:
            return TyperCommand(cmd_name, help=entry[1], short_help=entry[1])
        if entry is not None:
            modules: tuple[str, ...] = entry[0]
        else:
            modules = () if cmd_name in self.commands else MODULES
        # A group may be spread over modules (``events``): import every one the row names.
        missing = [m for m in modules if m not in sys.modules]
        if missing:
            for module in missing:
                importlib.import_module(module)
            self.commands.update(typer.main.get_group(app).commands)
        return plain_arguments(self.commands.get(cmd_name))


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("accord")
        except PackageNotFoundError:  # running from a source tree that is not installed
            from accord import __version__ as number
        from accord.provenance import provenance

        info = provenance()  # the commit of a git checkout (session 33): 0.1.0 says little
        if info["commit"]:
            number += f" (commit {info['commit']}" + (", src modified" if info["dirty"] else "")
            number += ")"
        out.print(f"accord {number}", highlight=False)
        raise typer.Exit()


app = typer.Typer(
    cls=_AccordGroup,
    help="accord: model, forecast and track multilateral negotiations.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def _main(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_version,
        is_eager=True,
        help="Print accord's version and exit.",
    ),
    quiet: int = typer.Option(
        0,
        "--quiet",
        "-q",
        count=True,
        envvar=QUIET_ENV,
        metavar="",
        show_default=False,
        help="Leave out notes (wrote FILE, recorded N, running on ...) and progress bars on "
        "stderr; warnings and errors stay. Twice (-qq): warnings out too. Before the command: "
        "accord -q ingest ...",
    ),
) -> None:
    """accord: model, forecast and track multilateral negotiations."""
    set_quiet(quiet)
