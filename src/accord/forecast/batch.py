"""Several scenarios in one call: every one read and checked first, then each forecast (or its
engines compared), in one table.

An instructor with twenty students' files, or an analyst with one file per variant of a case,
ran a shell loop (session 28's trial, finding 3). :func:`read_batch` reads the scenarios given
(files, folders of them as ``accord validate FOLDER`` reads a folder, bundled ids, or, from
Python, :class:`~accord.scenario.model.Scenario` objects and their data) and keeps each
invalid one with its error, so that every file is checked before anything runs;
:func:`forecast_each` and :func:`compare_each` then run each valid one, and
:func:`batch_frame` puts their tidy tables one under the other with the file each came from.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from accord.errors import AccordError, Problem, ScenarioError

if TYPE_CHECKING:
    import pandas as pd

    from accord.engines.base import Engine
    from accord.execution import Executor
    from accord.forecast import Forecast
    from accord.forecast.compare import Comparison
    from accord.forecast.question import AgreementRule
    from accord.scenario.model import Scenario

Result = TypeVar("Result")


@dataclass(frozen=True)
class Given:
    """A scenario of a batch and where it came from: ``path`` is the file (or the bundled id)
    as given or as found in a folder, None for a scenario given as an object or as data."""

    path: str | None
    scenario: Scenario

    @property
    def label(self) -> str:
        """How messages name it: its path, else its id."""
        return self.path if self.path is not None else self.scenario.id


@dataclass(frozen=True)
class Refused:
    """A scenario of a batch that was not forecast: ``path`` as :attr:`Given.path` (for an
    object, its place in the list, ``scenarios[2]``) and the error, which names the file,
    the field and the value as a one-file command's error does."""

    path: str
    error: AccordError

    def __str__(self) -> str:
        return str(self.error)


@dataclass
class ScenarioBatch:
    """The scenarios of a batch, read and checked: the valid ones in the order given (a
    folder's files in name order) and the refused ones with their errors."""

    given: list[Given] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)

    @property
    def total(self) -> int:
        """How many scenarios were given (a folder counts its files)."""
        return len(self.given) + len(self.refused)

    def stops(self, skip_invalid: bool) -> bool:
        """Whether the refused scenarios stop the batch: any is refused and either
        ``skip_invalid`` is off or no scenario is valid."""
        return bool(self.refused) and (not skip_invalid or not self.given)


class InvalidScenarios(ScenarioError):
    """Scenarios of a batch are invalid, so nothing was forecast; ``refused`` lists each with
    its error and ``problems`` every problem of every one (each naming its file)."""

    def __init__(self, refused: Sequence[Refused], total: int) -> None:
        self.refused = list(refused)
        self.total = total
        problems: list[Problem] = []
        for item in self.refused:
            if isinstance(item.error, ScenarioError):
                problems.extend(item.error.problems)
            else:
                problems.append(Problem("", str(item.error), has_value=False))
        super().__init__(problems)

    def _render(self) -> str:
        valid = self.total - len(self.refused)
        ones = "one" if valid == 1 else "ones"
        head = (
            f"{len(self.refused)} of {self.total} scenarios invalid, nothing forecast"
            + (f" (skip_invalid=True forecasts the {valid} valid {ones})" if valid else "")
            + ":"
        )
        return "\n".join([head, *(f"  - {problem}" for problem in self.problems)])


def _named(exc: AccordError, label: str) -> AccordError:
    """``exc`` with ``label`` (the scenario's file) before its message where it does not name
    it already, of the same class where that class takes a message alone."""
    if isinstance(exc, ScenarioError):
        return exc.in_file(label) if any(p.file is None for p in exc.problems) else exc
    text = str(exc)
    if text.startswith(label):
        return exc
    try:
        named = type(exc)(f"{label}: {text}")
    except TypeError:  # a class whose constructor takes more than a message
        named = AccordError(f"{label}: {text}")
    named.exit_code = exc.exit_code
    return named


def read_batch(
    items: Iterable[Scenario | Mapping[str, Any] | str | Path], fmt: str | None = None
) -> ScenarioBatch:
    """Read and check every scenario of ``items``, keeping each one's error rather than
    stopping at the first: files, folders (their ``*.yaml``, ``*.yml`` and ``*.json`` files,
    not subfolders, as :func:`accord.scenario.catalogue.scenario_files` finds them for
    ``accord validate``), bundled ids, and :class:`Scenario` objects or their data as dicts.
    ``fmt``: the files' format where the content does not say it."""
    from accord.scenario.catalogue import resolve, scenario_files, with_institutions_checked
    from accord.scenario.model import Scenario

    batch = ScenarioBatch()
    refs: list[tuple[int, Any]] = []
    for k, item in enumerate(items):
        if isinstance(item, str | Path):
            try:
                found = scenario_files(str(item))
            except AccordError as exc:  # a folder without scenario files
                batch.refused.append(Refused(str(item), exc))
                continue
            refs.extend((k, ref) for ref in found)
        else:
            refs.append((k, item))
    seen: set[str] = set()
    for k, item in refs:
        if isinstance(item, str):
            if item in seen:  # a file given alone and again in its folder: forecast once
                continue
            seen.add(item)
            try:
                scenario = resolve(item, fmt)  # a file's institutions are checked as read
                if not Path(item).exists():  # a bundled id, as `accord validate` checks it
                    with_institutions_checked(scenario, f"bundled scenario {item}")
            except AccordError as exc:
                batch.refused.append(Refused(item, exc))
                continue
            batch.given.append(Given(item, scenario))
            continue
        label = f"scenarios[{k}]"
        try:
            if isinstance(item, Scenario):
                scenario = item.check()  # edited in place since it was made: checked again
            elif isinstance(item, Mapping):
                scenario = Scenario.model_validate(item)
            else:
                raise AccordError(
                    "give a Scenario, its data as a dict, a bundled id, a file or a folder "
                    f"(got {type(item).__name__})"
                )
        except AccordError as exc:
            batch.refused.append(Refused(label, _named(exc, label)))
            continue
        batch.given.append(Given(None, scenario))
    return batch


def _each(
    batch: ScenarioBatch,
    work: Callable[[Scenario], Result],
    skip_failed: bool,
    done: Callable[[Given, Result], None] | None = None,
) -> list[tuple[Given, Result]]:
    """``work`` on each valid scenario of ``batch``. A scenario whose work fails (an engine
    that cannot run on it) is added to ``batch.refused`` where ``skip_failed``, else its
    error, naming its file, stops the batch."""
    results: list[tuple[Given, Result]] = []
    for given in list(batch.given):
        try:
            with _warnings_named(given.label):
                result = work(given.scenario)
        except AccordError as exc:
            named = _named(exc, given.label)
            if not skip_failed:
                raise named from None
            batch.given.remove(given)
            batch.refused.append(Refused(given.label, named))
            continue
        results.append((given, result))
        if done is not None:
            done(given, result)
    return results


def _warnings_named(label: str) -> contextlib.AbstractContextManager[None]:
    """A block in which each :class:`~accord.errors.AccordWarning` the library raises names
    ``label`` (the scenario's file) before its text, as :func:`_named` names an error; any other
    warning is said as it comes. The library's warnings name an issue, not a scenario: in a
    batch of two scenarios that both left issue ``x`` without a forecast, the CLI (which says a
    warning once a command) said one unlabelled line for both (session 43). The label is a
    context variable read where the warning is raised (:func:`accord.quiet.labelled`), not a
    ``catch_warnings(record=True)`` that collects and says again: that one, run from several
    threads at once, left an ``always`` filter in the process (session 45)."""
    from accord.quiet import warnings_labelled

    return warnings_labelled(label)


def shared_seed(seed: int | None, runs: int | None) -> int | None:
    """The seed every scenario of a batch runs with: ``seed`` (checked), or, for an ensemble
    without one, one seed drawn for the whole batch, so that variants of a case are compared on
    the same random draws and one ``--seed`` makes the whole table again."""
    from accord.forecast.ensemble import new_seed
    from accord.limits import check_seed

    chosen = check_seed(seed)
    return new_seed() if runs is not None and chosen is None else chosen


def check_requests(batch: ScenarioBatch, engine: str, seed: int | None, runs: int | None) -> None:
    """Refuse, before any forecast, each scenario of ``batch`` whose request cannot run (an
    ensemble of ``runs`` that would not fit in memory): moved to ``batch.refused``."""
    from accord.forecast.guard import check_request

    for given in list(batch.given):
        try:
            check_request(given.scenario, engine, seed, runs)
        except AccordError as exc:
            batch.given.remove(given)
            batch.refused.append(Refused(given.label, _named(exc, given.label)))


def forecast_each(
    batch: ScenarioBatch,
    engine: str | Engine = "mean",
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
    runs: int | None = None,
    *,
    rule: AgreementRule | None = None,
    executor: Executor | None = None,
    skip_failed: bool = False,
    done: Callable[[Given, Forecast], None] | None = None,
) -> list[tuple[Given, Forecast]]:
    """The forecast of each valid scenario of ``batch`` (:func:`accord.forecast.forecast`),
    all with ``seed`` (give :func:`shared_seed`'s); ``done`` is called after each."""
    from accord.forecast import forecast

    return _each(
        batch,
        lambda s: forecast(s, engine, params, seed, runs=runs, rule=rule, executor=executor),
        skip_failed,
        done,
    )


def compare_each(
    batch: ScenarioBatch,
    engines: Sequence[str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int | None = None,
    runs: int | None = None,
    *,
    skip_failed: bool = False,
    done: Callable[[Given, Comparison], None] | None = None,
) -> list[tuple[Given, Comparison]]:
    """Every engine's forecast of each valid scenario of ``batch``
    (:func:`accord.forecast.compare.compare`), all with ``seed``."""
    from accord.forecast.compare import compare

    return _each(batch, lambda s: compare(s, engines, params, seed, runs), skip_failed, done)


LAST_COLUMNS = ("engine", "seed", "scenario")
"""The columns a result's tidy table ends with (where it has them), kept last in a batch's."""


def batch_frame(
    parts: Sequence[tuple[Given, Any]],
    frame_of: Callable[[Given, Any], pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """The tidy tables of a batch's results one under the other (``to_frame()`` of each, or
    ``frame_of(given, result)``), with a last column ``path``: the file each came from (None
    for an object), since two students' files may keep the template's scenario id. Columns one
    result lacks (an ensemble's ``mean``...) are empty in its rows; ``engine, seed, scenario``
    stay last before ``path``, as in one result's table."""
    import pandas as pd

    from accord.frames import _set_column

    frames = []
    for given, result in parts:
        frame = result.to_frame() if frame_of is None else frame_of(given, result)
        _set_column(frame, "path", given.path)  # no lookup by label: accord.frames, session 45
        frames.append(frame)
    if not frames:
        return pd.DataFrame({"path": []})
    joined = pd.concat(frames, ignore_index=True)
    # only the columns one result's table ends with: a comparison's ``engine`` comes second in
    # its table and stays there (until session 36 compare_many moved it to the end)
    own = [name for name in frames[0].columns if name != "path"]
    last = [name for name in LAST_COLUMNS if name in own[-len(LAST_COLUMNS) :]]
    names = list(joined.columns)
    first = [name for name in names if name not in (*last, "path")]
    return joined.iloc[:, [names.index(name) for name in [*first, *last, "path"]]]


__all__ = [
    "Given",
    "InvalidScenarios",
    "Refused",
    "ScenarioBatch",
    "batch_frame",
    "check_requests",
    "compare_each",
    "forecast_each",
    "read_batch",
    "shared_seed",
]
