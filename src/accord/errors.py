"""The library's exception hierarchy.

Every error a user can cause derives from :class:`AccordError`; the CLI prints its message and
exits with status 2 instead of a traceback. Errors about a file say which file, where inside it
and which value was wrong, so the user can fix it without reading code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from accord.text import shortened

__all__ = [
    "AccordError",
    "AccordWarning",
    "ArgumentError",
    "DataError",
    "EngineError",
    "FormatError",
    "Problem",
    "ScenarioError",
    "StoreBusy",
    "StoreUnavailable",
    "UnknownRecord",
    "UnknownScenarioError",
    "UnknownScenarioItem",
]
"""The public names: every exception and the warning of the library, and :class:`Problem`,
what a :class:`ScenarioError` lists (docs/api.md's "Errors" shows exactly these, session 43).
``format_path`` stays importable, a helper of the modules that build problems."""


class AccordError(Exception):
    """Base class for errors caused by input or usage (not by bugs)."""

    exit_code: int = 2


@dataclass(frozen=True)
class Problem:
    """One precise complaint about an input: where it is and what is wrong."""

    path: str
    message: str
    value: Any = None
    has_value: bool = True
    file: str | None = None

    def with_file(self, file: str | None) -> Problem:
        return Problem(self.path, self.message, self.value, self.has_value, file)

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.file, self.path) if part)
        shown = f" (got {_show(self.value)})" if self.has_value else ""
        return f"{where}: {self.message}{shown}" if where else f"{self.message}{shown}"


def _show(value: Any) -> str:
    """``value`` as a refusal quotes it: its repr, up to 80 characters, cut at a word boundary
    (:func:`accord.text.shortened`; before session 28 mid-word, then "..."), so a long value is
    still named by its start. A date (YAML reads an unquoted ``2025-01-01`` as one) is quoted as
    the file wrote it, not as Python's ``datetime.date(2025, 1, 1)``."""
    if isinstance(value, date):
        value = value.isoformat()
    return shortened(repr(value), 80)


def format_path(loc: Sequence[str | int]) -> str:
    """Turn a location tuple such as ``("stances", 3, "salience")`` into ``stances[3].salience``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class ScenarioError(AccordError):
    """A scenario (or a file meant to become one) is invalid; ``problems`` lists every fault."""

    def __init__(self, problems: Iterable[Problem], file: str | None = None) -> None:
        self.problems = [p.with_file(file) if file and not p.file else p for p in problems]
        super().__init__(self._render())

    def _render(self) -> str:
        if len(self.problems) == 1:
            return str(self.problems[0])
        lines = [f"{len(self.problems)} problems:"] + [f"  - {p}" for p in self.problems]
        return "\n".join(lines)

    def in_file(self, file: str) -> ScenarioError:
        return ScenarioError(self.problems, file)


class FormatError(ScenarioError):
    """A file cannot be read as the format it claims (encoding, syntax, column counts...)."""


class UnknownScenarioError(AccordError):
    """Neither a bundled scenario id nor an existing file."""


class UnknownScenarioItem(AccordError, KeyError):
    """An actor or issue id that a scenario does not hold. Also a :class:`KeyError`, so that
    code which looks an id up and catches ``KeyError`` (as before session 21) keeps working."""

    def __str__(self) -> str:  # KeyError's own would quote the whole message
        return str(self.args[0]) if self.args else ""


class EngineError(AccordError):
    """An engine was asked for something it cannot do (unknown engine, bad parameter...)."""


class DataError(AccordError):
    """A data set (roll calls, DEU file, news store...) is missing or malformed."""


class ArgumentError(DataError):
    """A value refused for one argument of a library call (``field``: its Python name). The
    message names arguments as Python does (``outcome: ...``, ``supersedes=3``); a command line
    words it with its own flags through :meth:`worded` (``--outcome: ...``, ``--supersedes 3``).

    ``template`` is a :meth:`str.format` text whose ``{NAME}`` fields are the ``values`` given
    and, for any other name, a mention of that argument (``NAME=`` in Python)."""

    def __init__(self, field: str | None, template: str, **values: object) -> None:
        self.field = field
        self.template = template
        self.values = values
        super().__init__(self.worded(lambda name: name, lambda name: f"{name}="))

    def worded(self, label: Callable[[str], str], mention: Callable[[str], str]) -> str:
        """The message with ``label(field)`` before it and ``mention(NAME)`` for each argument
        the text refers to (a CLI: ``--NAME`` and ``--NAME `` for its flag)."""
        names = _Mentions(mention, self.values)
        text = self.template.format_map(names)
        return text if self.field is None else f"{label(self.field)}: {text}"


class _Mentions(dict[str, object]):
    """The values of an :class:`ArgumentError`; any other name is a mention of an argument."""

    def __init__(self, mention: Callable[[str], str], values: dict[str, object]) -> None:
        super().__init__(values)
        self.mention = mention

    def __missing__(self, name: str) -> str:
        return self.mention(name)


class StoreBusy(DataError):
    """A write the database refused for being busy (another writer held its lock beyond the
    wait, or beat it to a new key every try): nothing is wrong with the request, and the same
    one may succeed a moment later (the web API answers 503 with ``Retry-After``)."""

    retry_after_s: int = 1


class StoreUnavailable(DataError):
    """The database did not answer: a PostgreSQL server down or out of reach, a SQLite file
    gone or unreadable, a full disk. Nothing is wrong with the request, and the same one may
    succeed once the database is back (the workbench answers 503 with ``Retry-After``, as
    ``/healthz`` does; session 42)."""

    retry_after_s: int = 10


class UnknownRecord(DataError):
    """A forecast record id that the ledger does not hold (the web API answers 404)."""


class AccordWarning(UserWarning):
    """Something the user should know about a result that is still given (an issue with no
    forecast and why, a game in which nobody can win). The CLI prints it as one line."""
