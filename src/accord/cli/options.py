"""Option-value parsing shared by several command modules."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, ClassVar

import typer
from typer._click.exceptions import UsageError  # Typer vendors Click (0.27 on; pinned)
from typer.core import TyperCommand

from accord.errors import DataError, EngineError
from accord.limits import check_seed


def date_option(value: str | None, option: str) -> dt.date | None:
    """The date an option such as ``--since`` gives (YYYY-MM-DD), or None when not given."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        from accord.text import date_rewritten

        hint = date_rewritten(value)  # 06/05/2025: both ways to write it (session 30)
        got = f"got {value!r}" + (f"; {hint}" if hint else "")
        raise DataError(f"{option}: expected a date YYYY-MM-DD ({got})") from None


def probability_option(value: float | None, option: str) -> float | None:
    """A probability an option such as ``--min-confidence`` gives (0-1), or None when not
    given; anything else (1.5, -0.1, nan) is an error naming the option."""
    if value is None:
        return None
    if not 0.0 <= value <= 1.0:
        raise DataError(f"{option}: expected a probability between 0 and 1 (got {value:g})")
    return value


def db_to_write(db: str | None, writes: str, *, ledger: bool = False) -> None:
    """Refuse, before any work, a command that would write ``writes`` (``the forecast's
    record``) into an in-memory database (``sqlite://``), gone when the command ends: one line,
    exit 2, naming ``--db`` and its value, or for no ``--db`` the variable that named it
    (``$ACCORD_LEDGER_DB`` or ``$ACCORD_DB`` for the ledger, ``ledger=True``; ``$ACCORD_DB``
    for the news store). Session 44: ``accord forecast --record --db sqlite://`` said
    "recorded as ledger record 1" and exited 0 (:func:`accord.store.lost_write`); SQLite's
    ``:memory:`` and ``file:NAME?mode=memory`` are refused too (session 44, tidy3)."""
    import os

    if db:
        option, value = "--db", db
    else:
        names = ("ACCORD_LEDGER_DB", "ACCORD_DB") if ledger else ("ACCORD_DB",)
        named = [(f"${name}", os.environ[name]) for name in names if os.environ.get(name)]
        if not named:
            return  # a SQLite file in the user's folders
        option, value = named[0]
    if not _may_be_in_memory(value):
        return
    from accord.store import lost_write, normalise_url

    refused = lost_write(normalise_url(value), writes, option, given=value)
    if refused is not None:
        raise refused


def _may_be_in_memory(value: str) -> bool:
    """Whether ``value`` (a ``--db``) could name an in-memory SQLite database; False only where
    it surely does not (a file path, another server's URL, ``sqlite:///PATH``), decided without
    importing :mod:`accord.store`: that imports SQLAlchemy, and ``accord ingest --workers N``
    must start its fork server before the parent does (tests/news/test_preload.py; the check
    of session 44's leftovers2 imported it first). In doubt True, and
    :func:`accord.store.lost_write` decides."""
    text = value.strip()
    if ":memory:" in text or "mode=memory" in text:  # file::memory: too (session 45)
        return True
    scheme, found, rest = text.partition("://")
    if not found:
        return False  # a file path
    if not scheme.lower().startswith("sqlite"):
        return False
    return not (rest.startswith("/") and rest[1:] and not rest[1:].startswith(":memory:"))


def finite(value: float | None) -> float | None:
    """Option callback refusing NaN and infinity: both pass click's ``min``/``max`` checks
    (every comparison with NaN is false) and would fail later with no option named."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"must be a finite number (got {value})")
    return value


def seed_checked(value: int | None) -> int | None:
    """Option callback for every ``--seed``: a whole number from 0 to 2**64-1, refused before
    any work (a backtest would otherwise report each engine's failure, a fit a traceback)."""
    try:
        return check_seed(value)
    except EngineError as exc:
        raise typer.BadParameter(str(exc).removeprefix("seed ")) from None


class OneEngineCommand(TyperCommand):
    """A command that forecasts with one engine (``@app.command(..., cls=OneEngineCommand)``):
    ``--engine`` given twice is refused, as every single-valued option given twice is
    (:func:`refuse_repeated_options`), with a pointer to the command that takes several."""

    repeat_hints: ClassVar[dict[str, str]] = {
        "engine": "`accord compare SCENARIO --engine A --engine B` runs several"
    }


def _label(param: Any) -> str:
    """How an option is named in a message: its first long name (``--engine``)."""
    names: list[str] = [*param.opts, *param.secondary_opts]
    return next((n for n in names if n.startswith("--")), names[0])


def _spelled(param: Any, value: Any) -> str:
    """One occurrence of an option as the user gave it: a flag by its spelling, a value
    quoted (several for an option of ``nargs`` > 1)."""
    if getattr(param, "is_flag", False):
        if getattr(param, "is_bool_flag", False) and param.secondary_opts and value is False:
            return str(param.secondary_opts[0])
        return _label(param)
    if isinstance(value, (tuple, list)):
        return " ".join(repr(v) for v in value)
    return repr(value)


def _repeated(command: Any, ctx: Any, args: list[str]) -> None:
    """Refuse a single-valued option of ``command`` given more than once in ``args`` (only
    its own options: a group's parse stops at its subcommand)."""
    parser = command.make_parser(ctx)
    # A trial parse in which every single-valued option appends: each occurrence is kept.
    for option in {*parser._long_opt.values(), *parser._short_opt.values()}:
        if option.action in ("store", "store_const"):
            option.action = option.action.replace("store", "append")
    opts, _, order = parser.parse_args(args=list(args))
    if any(getattr(param, "is_eager", False) for param in order):
        return  # --help (or --version) answers before anything is run
    seen: list[Any] = []
    for param in order:
        if param not in seen and getattr(param, "param_type_name", "") == "option":
            seen.append(param)
    for param in seen:
        if param.multiple or getattr(param, "count", False):
            continue
        values = opts.get(param.name, [])
        if len(values) < 2 or (param.is_flag and len(set(map(repr, values))) == 1):
            continue  # a flag given twice the same way says one thing
        times = "twice" if len(values) == 2 else f"{len(values)} times"
        hint = getattr(command, "repeat_hints", {}).get(param.name)
        spelled = [_spelled(param, v) for v in values]
        raise UsageError(
            f"{_label(param)} given {times} ({', then '.join(spelled)}); it takes one value: "
            "give it once" + (f" ({hint})" if hint else ""),
            ctx,
        )


def refuse_repeated_options(command: Any, name: str, args: list[str], parent: Any) -> None:
    """Refuse, as a usage error naming the option and the values given, a single-valued option
    given twice to ``command`` (run as ``name`` with ``args``) or to the subcommand ``args``
    name, at any depth. Click keeps the last value of an option given twice, without a word:
    ``--engine smp --engine bdm`` ran bdm alone (session 23), ``--db a.db --db b.db`` wrote into
    b.db. A repeat of an option that takes several (``multiple``, a count) is what it is for; a
    flag repeated the same way (``--json --json``) is harmless; ``--record --no-record`` is
    refused. Called by the top-level group (:class:`accord.cli.app._AccordGroup`) for every
    command line, so every command of every group is covered in one place."""
    ctx = command.context_class(command, info_name=name, parent=parent, resilient_parsing=True)
    _repeated(command, ctx, args)
    subcommands = getattr(command, "commands", None)
    if subcommands is None:
        return
    # the group's own parse (which may rewrite its arguments) says which subcommand runs
    ctx = command.make_context(name, list(args), parent=parent, resilient_parsing=True)
    rest = [*ctx._protected_args, *ctx.args]
    sub = command.get_command(ctx, rest[0]) if rest else None
    if sub is not None:
        refuse_repeated_options(sub, rest[0], rest[1:], ctx)
