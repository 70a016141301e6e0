"""The flat API: one function per task, taking ids, paths or objects, returning typed results.

``import accord`` exposes these names lazily (see :mod:`accord`); each returns a result with
``to_dict()`` (the JSON contract), ``to_frame()`` (a tidy pandas DataFrame) and a short
``repr``. The functions only resolve their arguments and call the module that does the work.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from accord.errors import AccordError, DataError, EngineError, Problem, ScenarioError
from accord.institutions.votes import Adoption, MemberVotes
from accord.text import first_three, probability_text, shortened

if TYPE_CHECKING:
    import pandas as pd

    from accord.engines.base import Engine, Run
    from accord.execution import Executor
    from accord.forecast import Forecast
    from accord.forecast.backtest import BacktestScores, IntervalScores
    from accord.forecast.batch import ScenarioBatch
    from accord.forecast.compare import Comparison
    from accord.forecast.deu import DeuCase
    from accord.forecast.explain import Explanation
    from accord.institutions.power import PowerIndices, SampledIndices
    from accord.institutions.rules import Body
    from accord.news.ingest import IngestReport
    from accord.news.store import Store
    from accord.scenario.model import Scenario


def _scenario(scenario: Scenario | Mapping[str, Any] | str | Path | None) -> Scenario:
    from accord.scenario.catalogue import resolve
    from accord.scenario.model import Scenario

    if isinstance(scenario, Scenario):
        return scenario  # checked where it is used: forecast, compare, explain, Estimator.run
    if isinstance(scenario, Mapping):  # a scenario's data, as model_dump() or YAML gives it
        return Scenario.model_validate(scenario)
    if scenario is not None and not isinstance(scenario, str | Path):
        raise AccordError(
            "scenario: give a Scenario, its data as a dict, a bundled id or a file "
            f"(got {type(scenario).__name__})"
        )
    return resolve(None if scenario is None else str(scenario))


def _listed(names: str | Iterable[str]) -> list[str]:
    """A lone name as a list of one: iterating ``"nu"`` would give the codes ``n`` and ``u``."""
    return [names] if isinstance(names, str) else list(names)


def _date(value: object) -> dt.date | None:
    """A ``date`` argument as a date, parsed once here: a ``datetime.date``, a
    ``datetime`` (its day) or ISO text ``YYYY-MM-DD`` as scenario files take it (session 27;
    text had been refused). Anything else is refused naming the argument and the value: the
    membership and session look-ups compare dates (a TypeError from deep inside)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass  # 2015-02-30: refused below, as any other text
    raise DataError(f"date must be a datetime.date or a text YYYY-MM-DD (got {value!r})")


def _engine(
    engine: Engine | str, options: Mapping[str, Any], caller: str = "", keywords: Sequence[str] = ()
) -> Engine:
    """The engine named (with ``options``) or given; ``caller`` and its ``keywords`` name the
    function's own keywords, so that a misspelt one (``sed=1``), which Python hands on with the
    engine's options, is said to be one (session 36)."""
    from accord.engines import get_engine

    if isinstance(engine, str):
        try:
            return get_engine(engine, **options)
        except EngineError as error:
            unknown = [raw for raw in options if f"unknown option {str(raw)!r}" in str(error)]
            # the engine's own "did you mean" (``round`` for ``rounds``) comes first
            guessed = "did you mean" in str(error)
            hint = "" if guessed else _keyword_hint(unknown, caller, keywords)
            if hint:
                raise EngineError(f"{error}{hint}") from None
            raise
    if not callable(getattr(engine, "run", None)):
        raise EngineError(
            f"engine: give an engine name or object such as accord.SMP() (got {engine!r})"
        )
    if options:
        own = getattr(getattr(engine, "options_model", None), "model_fields", {})
        hint = _keyword_hint([raw for raw in options if raw not in own], caller, keywords)
        raise AccordError(
            f"engine options go to the engine object itself, e.g. SMP(max_turns=5){hint}"
        )
    return engine


def _keyword_hint(options: Iterable[str], caller: str, keywords: Sequence[str]) -> str:
    """``; 'sed' looks like accord.forecast's keyword 'seed' ...`` for the first of ``options``
    that is one of ``keywords`` misspelt (one letter left out, added, changed or swapped), else
    ``""``."""
    from accord.text import nearest

    for raw in map(str, options):
        near = nearest(raw.casefold(), keywords)
        if near:
            return (
                f"; {raw!r} looks like accord.{caller}'s keyword {near!r} misspelt (a "
                "keyword it does not know is taken as an engine option)"
            )
    return ""


def run(
    scenario: Scenario | Mapping[str, Any] | str | Path | None = None,
    engine: Engine | str = "mean",
    *,
    seed: int | None = None,
    **options: Any,
) -> Run:
    """Run one engine on a scenario and return the whole run (every turn).

    Parameters
    ----------
    scenario
        A :class:`~accord.scenario.model.Scenario` (or its data as a dict), a bundled id or a
        scenario file (default: the bundled ``ukraine-2025-02``).
    engine
        An engine name (``accord engines``) or an engine object such as ``accord.SMP()``.
    seed
        Seed of every random choice, recorded in the run.
    **options
        The engine's options when ``engine`` is a name (``rounds=3``, ``voting_rule="binary"``).

    Examples
    --------
    >>> import accord
    >>> accord.run("ec-emissions-1994", "bdm", rounds=3)
    Run(engine='bdm', scenario='ec-emissions-1994', actors=10, issues=1, turns=3, seed=None)
    """
    return _engine(engine, options, "run", ("seed",)).run(_scenario(scenario), None, seed)


def forecast(
    scenario: Scenario | Mapping[str, Any] | str | Path | None = None,
    engine: Engine | str = "mean",
    *,
    runs: int | None = None,
    seed: int | None = None,
    executor: Executor | None = None,
    interval: float | None = None,
    **options: Any,
) -> Forecast:
    """Forecast each issue of a scenario, optionally with a Monte Carlo ensemble.

    Parameters
    ----------
    scenario
        A scenario (or its data as a dict), a bundled id or a file (default: ``ukraine-2025-02``).
    engine
        An engine name or object (see :func:`run`).
    runs
        With a number, also that many perturbed runs (their seed is drawn and recorded if
        ``seed`` is not given): :meth:`Forecast.samples_to_frame` holds them.
    seed
        Seed of every random choice.
    executor
        Where the ensemble's blocks of runs go (:mod:`accord.execution`: ``ProcessExecutor(n)``,
        ``DaskExecutor(...)``; default: this process). The numbers do not depend on it
        (docs/scale.md); the caller closes it.
    interval
        A level such as 0.8: each issue on the 0..100 scale gets the split-conformal interval
        of the engine's errors on the DEU III development split, as ``accord forecast
        --interval`` gives it (``Forecast.intervals``; the ``interval_level, interval_low,
        interval_high`` columns of ``to_frame()``; ``to_dict()["intervals"]``).
    **options
        The engine's options when ``engine`` is a name.

    Examples
    --------
    >>> import accord
    >>> frame = accord.forecast("ukraine-2025-02").to_frame()
    >>> len(frame), list(frame["issue"][:2])
    (7, ['ceasefire', 'security_guarantees'])
    >>> bool(frame["forecast"].between(frame["low"], frame["high"]).all())
    True
    """
    from accord.forecast import forecast as _forecast

    level = _interval_level(interval)
    chosen = _engine(engine, options, "forecast", ("runs", "seed", "executor", "interval"))
    made = _forecast(
        _scenario(scenario), chosen, None, seed, runs=runs, executor=_executor(executor)
    )
    if level is not None:  # the command line's --interval, from Python (session 38's trial)
        from accord.forecast.intervals import forecast_intervals

        made.intervals = forecast_intervals(made, made.engine, level)
    return made


def _interval_level(value: object) -> float | None:
    """An ``interval`` argument as a level strictly between 0 and 1, or None: anything else is
    refused naming the argument and the value, as ``accord forecast --interval 1.5`` is."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise DataError(
            "interval: a coverage level strictly between 0 and 1, such as 0.8 for 80% "
            f"intervals (got {value!r})"
        )
    return float(value)


def compare(
    scenario: Scenario | Mapping[str, Any] | str | Path | None = None,
    engines: Sequence[str] | None = None,
    *,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int | None = None,
    runs: int | None = None,
) -> Comparison:
    """Every engine's forecast of a scenario side by side, with the status quo and the spread.

    Parameters
    ----------
    scenario
        A scenario (or its data as a dict), a bundled id or a file (default: ``ukraine-2025-02``).
    engines
        Engine names, or one name (default: every registered engine).
    params
        Options per engine name.
    seed
        Seed of every random choice.
    runs
        A Monte Carlo ensemble of that many runs per engine, as ``accord compare --runs``
        (the seed drawn and recorded if not given); an engine without a batch kernel is then
        left out with a warning.

    Examples
    --------
    >>> import accord
    >>> accord.compare("ec-emissions-1994", ["mean", "median"]).engines
    ('mean', 'median')
    """
    from accord.forecast.compare import compare as _compare

    chosen = _engines_checked(engines, params)
    return _compare(_scenario(scenario), chosen, params, seed, runs)


def _engines_checked(
    engines: Sequence[str] | str | None, params: Mapping[str, Mapping[str, Any]] | None
) -> list[str] | None:
    """The engines to compare as a list (None: every one), refused where none is named, an
    engine is unknown, or ``params`` gives options for an engine that does not run."""
    from accord.engines import ENGINES, get_engine

    chosen = None if engines is None else _listed(engines)
    if chosen == []:
        raise EngineError("engines: name at least one engine (None compares every engine)")
    # options for an engine that does not run would be dropped without a word
    unused = sorted(set(params or {}) - set(ENGINES if chosen is None else chosen))
    if unused:
        raise EngineError(
            f"params: options for {', '.join(map(repr, unused))}, which is not among the "
            f"engines compared ({', '.join(chosen or ENGINES)})"
        )
    for name in chosen or ():
        get_engine(name)  # an unknown name: refused here, before any scenario is read
    return chosen


def _executor(executor: Any) -> Executor | None:
    """``executor`` as given, refused with its name and value where it is no executor (a
    string or a number would fail deep in the ensemble with an ``AttributeError``)."""
    if executor is None or all(hasattr(executor, n) for n in ("map", "imap", "workers")):
        return executor  # type: ignore[no-any-return]
    from accord.execution import ExecutorError

    raise ExecutorError(
        "executor: must be an executor of accord.execution (InlineExecutor(), "
        f"ProcessExecutor(n), DaskExecutor(...)) or None (got {executor!r})"
    )


def _items(scenarios: Any) -> list[Any]:
    """A batch's scenarios as a list: one file, folder, id, scenario or dict is a list of one
    (iterating a path's text would give its letters)."""
    from accord.scenario.model import Scenario

    if isinstance(scenarios, str | Path | Scenario | Mapping):
        return [scenarios]
    if not isinstance(scenarios, Iterable):
        raise AccordError(
            "scenarios: give files, folders, bundled ids, Scenario objects or their data as "
            f"dicts, or a list of them (got {type(scenarios).__name__})"
        )
    items = list(scenarios)
    if not items:
        # an empty list said "0 of 0 scenarios invalid, nothing forecast:" (session 36)
        raise ScenarioError(
            [
                Problem(
                    "scenarios",
                    "nothing to forecast: the list is empty; give files, folders, bundled ids, "
                    "Scenario objects or their data as dicts",
                    [],
                )
            ]
        )
    return items


def _batch_checked(batch: ScenarioBatch, skip_invalid: bool) -> None:
    """Refuse a batch with an invalid scenario, every one listed, unless ``skip_invalid``
    (and some scenario is valid)."""
    from accord.forecast.batch import InvalidScenarios

    if batch.stops(skip_invalid):
        raise InvalidScenarios(batch.refused, batch.total)


def _batch_result(done: Sequence[tuple[Any, Any]], batch: ScenarioBatch) -> pd.DataFrame:
    """The results' tables in one frame, with ``attrs["invalid"]``: each scenario left out (its
    path) and its error, of which an :class:`~accord.errors.AccordWarning` says the count and
    the errors; a batch in which nothing could run is refused."""
    from accord.forecast.batch import InvalidScenarios, batch_frame

    if not done:
        raise InvalidScenarios(batch.refused, batch.total)
    if batch.refused:
        import warnings

        from accord.errors import AccordWarning

        listed = "; ".join(map(str, InvalidScenarios(batch.refused, batch.total).problems))
        warnings.warn(
            f"{len(batch.refused)} of {batch.total} scenarios invalid, not forecast: {listed}",
            AccordWarning,
            stacklevel=3,
        )
    frame = batch_frame(done)
    frame.attrs["invalid"] = {item.path: str(item) for item in batch.refused}
    return frame


def forecast_many(
    scenarios: Scenario
    | Mapping[str, Any]
    | str
    | Path
    | Iterable[Scenario | Mapping[str, Any] | str | Path],
    engine: Engine | str = "mean",
    *,
    runs: int | None = None,
    seed: int | None = None,
    skip_invalid: bool = False,
    executor: Executor | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Forecast several scenarios with one engine: their tidy tables in one DataFrame.

    Every scenario is read and checked before any is forecast; the rows are
    :meth:`Forecast.to_frame`'s (one per issue), each scenario's under the one before, with a
    last column ``path``: the file each came from (its bundled id; None for an object).

    Parameters
    ----------
    scenarios
        Scenario files, folders (their ``*.yaml``, ``*.yml`` and ``*.json`` files, not
        subfolders, as ``accord validate FOLDER`` reads them), bundled ids, scenarios or their
        data as dicts; a list of them, or one.
    engine
        An engine name or object (see :func:`run`), the same for every scenario.
    runs
        With a number, also that many perturbed runs for each scenario, all with one seed:
        ``seed``, or one drawn for the batch and recorded in the ``seed`` column.
    seed
        Seed of every random choice, the same for every scenario.
    skip_invalid
        False (default): an invalid scenario raises :class:`~accord.errors.ScenarioError`
        listing every invalid one (its file, field and value) and nothing is forecast. True:
        the valid ones are forecast, an :class:`~accord.errors.AccordWarning` names the
        others, and the frame's ``attrs["invalid"]`` maps each one's path to its error.
    executor
        Where each scenario's ensemble runs, as for :func:`forecast` (the scenarios themselves
        go one after the other, so that the rows keep their order and the first invalid one
        stops the batch; to spread the scenarios, map your own function, docs/scale.md).
    **options
        The engine's options when ``engine`` is a name.

    Examples
    --------
    >>> import accord
    >>> frame = accord.forecast_many(["ec-emissions-1994", "ukraine-2025-02"], "median")
    >>> frame.groupby("scenario", sort=False).size().to_dict()
    {'ec-emissions-1994': 1, 'ukraine-2025-02': 7}
    >>> list(frame.columns[-4:])
    ['engine', 'seed', 'scenario', 'path']
    """
    from accord.forecast.batch import check_requests, forecast_each, read_batch, shared_seed

    keywords = ("runs", "seed", "skip_invalid", "executor")
    chosen = _engine(engine, options, "forecast_many", keywords)
    where = _executor(executor)
    chosen_seed = shared_seed(seed, runs)
    batch = read_batch(_items(scenarios))
    check_requests(batch, chosen.name, chosen_seed, runs)
    _batch_checked(batch, skip_invalid)
    done = forecast_each(
        batch, chosen, None, chosen_seed, runs, executor=where, skip_failed=skip_invalid
    )
    return _batch_result(done, batch)


def compare_many(
    scenarios: Scenario
    | Mapping[str, Any]
    | str
    | Path
    | Iterable[Scenario | Mapping[str, Any] | str | Path],
    engines: Sequence[str] | None = None,
    *,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int | None = None,
    skip_invalid: bool = False,
) -> pd.DataFrame:
    """Every engine's forecast of several scenarios: their tables in one DataFrame.

    The rows are :meth:`Comparison.to_frame`'s (one per issue and engine), each scenario's
    under the one before, with a last column ``path`` as in :func:`forecast_many`.

    Parameters
    ----------
    scenarios
        Files, folders, bundled ids, scenarios or their data, as for :func:`forecast_many`.
    engines
        Engine names, or one name (default: every registered engine).
    params
        Options per engine name.
    seed
        Seed of every random choice, the same for every scenario.
    skip_invalid
        As for :func:`forecast_many`.

    Examples
    --------
    >>> import accord
    >>> frame = accord.compare_many(["ec-emissions-1994", "ukraine-2025-02"], ["mean", "median"])
    >>> len(frame), sorted(set(frame["engine"]))
    (16, ['mean', 'median'])
    """
    from accord.forecast.batch import compare_each, read_batch, shared_seed

    chosen = _engines_checked(engines, params)
    chosen_seed = shared_seed(seed, None)
    batch = read_batch(_items(scenarios))
    _batch_checked(batch, skip_invalid)
    done = compare_each(batch, chosen, params, chosen_seed, skip_failed=skip_invalid)
    return _batch_result(done, batch)


def explain(
    scenario: Scenario | Mapping[str, Any] | str | Path | None = None,
    engine: Engine | str = "mean",
    *,
    issue: str | None = None,
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
    top: int | None = 10,
) -> Explanation:
    """Why the forecast: each actor's weight share and the inputs that move it most.

    Parameters
    ----------
    scenario
        A scenario (or its data as a dict), a bundled id or a file (default: ``ukraine-2025-02``).
    engine
        An engine name or object such as ``accord.SMP(voting_rule="binary")`` (it needs a
        batch kernel).
    issue
        One issue id (default: every issue).
    params
        The engine's options.
    seed
        Seed of the perturbations.
    top
        How many inputs the tornado lists per issue (None: all).

    Examples
    --------
    >>> import accord
    >>> why = accord.explain("ec-emissions-1994", "mean", seed=1, top=3)
    >>> len(why.issues)
    1
    """
    from accord.forecast.explain import explain as _explain

    return _explain(_scenario(scenario), engine, issue, params, seed, top)


@overload
def power(
    game: str | os.PathLike[str] | Body | Sequence[int],
    *,
    quota: int | None = None,
    names: Sequence[str] | None = None,
    index: str = "shapley-shubik",
    date: dt.date | str | None = None,
    kind: str | None = None,
    samples: None = None,
    seed: None = None,
) -> PowerIndices: ...


@overload
def power(
    game: str | os.PathLike[str] | Body | Sequence[int],
    *,
    quota: int | None = None,
    names: Sequence[str] | None = None,
    index: str = "shapley-shubik",
    date: dt.date | str | None = None,
    kind: str | None = None,
    samples: int,
    seed: int | None = None,
) -> SampledIndices: ...


def power(
    game: str | os.PathLike[str] | Body | Sequence[int],
    *,
    quota: int | None = None,
    names: Sequence[str] | None = None,
    index: str = "shapley-shubik",
    date: dt.date | str | None = None,
    kind: str | None = None,
    samples: int | None = None,
    seed: int | None = None,
) -> PowerIndices | SampledIndices:
    """Exact a priori voting power of a body (bundled or one's own) or a weighted voting game.

    Parameters
    ----------
    game
        A bundled body id (``unsc``, ``unga``, ``eu-council``...), a body file of one's own
        (``.yaml``, ``.yml``, ``.json``), a :class:`~accord.institutions.rules.Body`
        (docs/institutions.md, "A rule of your own"), or a list of weights.
    quota
        The weighted game's quota (with weights only).
    names
        The weighted game's player names (default ``P1``, ``P2``...).
    index
        ``shapley-shubik`` (Shapley and Shubik 1954), ``banzhaf`` (Banzhaf 1965) or, for a
        body, ``ternary`` (Felsenthal and Machover 1997: abstention as a third vote), as
        ``accord power --index`` takes them (``ternary`` since session 37).
    date
        For a body, its membership on that date: a ``datetime.date`` or ISO text
        ``"2015-07-20"``.
    kind
        For a body, the kind of decision whose rule is used (default: the body's
        ``default_kind``), e.g. ``unanimity`` for ``eu-council``.
    samples
        Estimate the index from this many random orders (Shapley-Shubik) or coalitions
        (Banzhaf) instead of computing it exactly: a
        :class:`~accord.institutions.power.SampledIndices` with standard errors, for games too
        large for the exact computation's time limit (since session 37).
    seed
        The seed of ``samples`` (default: one drawn and recorded in the result's ``seed``).

    Examples
    --------
    >>> import accord
    >>> accord.power([4, 3, 2, 1], quota=6, names=["A", "B", "C", "D"])
    PowerIndices('shapley-shubik', A=0.417, B=0.250, C=0.250, ... 1 more)
    >>> accord.power("unsc").to_frame().head(1)[["player", "exact"]]
      player     exact
    0    CHN  421/2145
    >>> list(accord.power("unsc", date="2015-07-20").to_frame()["player"])[5:8]
    ['TCD', 'CHL', 'JOR']
    >>> accord.power("eu-council", kind="unanimity").values["MLT"]
    Fraction(1, 27)
    >>> accord.power("unsc", index="ternary").values["USA"]
    Fraction(118525786, 725416965)
    """
    from accord.institutions import power as p
    from accord.institutions.rules import Body, read_body

    day = _date(date)
    if isinstance(game, str | os.PathLike | Body):
        if quota is not None or names is not None:
            raise AccordError("quota and names describe a weighted game, not a body")
        body = read_body(game)
        if samples is not None:
            if index in ("ternary", "ternary-shapley-shubik"):
                raise AccordError("samples: the ternary index is computed exactly only")
            built = p.game_from_body(body, kind, day)
            return p.sampled_power(built, index, samples, seed).of_body(body, kind, day)
        if seed is not None:
            raise AccordError("seed goes with samples (an exact index draws nothing)")
        if index in ("ternary", "ternary-shapley-shubik"):
            return p.ternary_shapley_shubik(body, kind, day).of_body(body, kind, day)
        return p.power(p.game_from_body(body, kind, day), index).of_body(body, kind, day)
    else:
        if kind is not None:
            raise AccordError("kind chooses a body's rule; a weighted game has one, its quota")
        if quota is None:
            raise AccordError("a weighted game needs a quota")
        built = p.weighted_game(quota, list(game), names)
    if samples is not None:
        return p.sampled_power(built, index, samples, seed)
    if seed is not None:
        raise AccordError("seed goes with samples (an exact index draws nothing)")
    return p.power(built, index)


@dataclass(frozen=True)
class VotePrediction:
    """Predicted General Assembly votes on one draft: member -> yes/no/abstain probabilities
    (``probabilities``) and the expected counts with the chance of adoption (``expected``)."""

    title: str
    probabilities: MemberVotes
    expected: Adoption = field(default_factory=Adoption)

    def to_frame(self) -> pd.DataFrame:
        """One row per member: ``member, yes, no, abstain`` and ``predicted``, the most likely
        of the three (as in a forecast's ``resolutions.votes_frame()``; ties go to the first
        in that order)."""
        import pandas as pd

        from accord.frames import votes_frame

        # the column is made with the rows: one set on the frame afterwards entered pandas's
        # warnings.catch_warnings, which another thread's filters can see (test_threads_s45)
        rows: dict[str, dict[str, Any]] = {
            member: {**chances, "predicted": _likeliest(chances)}
            for member, chances in self.probabilities.items()
        }
        if not rows:
            return pd.DataFrame(columns=["member", "yes", "no", "abstain", "predicted"])
        return votes_frame(rows)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "expected": self.expected.to_dict(),
            "members": self.probabilities.to_dict(),
        }

    def __repr__(self) -> str:
        e = self.expected
        return (
            f"VotePrediction({shortened(self.title, 40)!r}, members={len(self.probabilities)}, "
            f"yes={e.get('yes', 0):.1f}, no={e.get('no', 0):.1f}, "
            f"abstain={e.get('abstain', 0):.1f}, "
            f"{probability_text(e.get('p_adopted', 0), 2, name='p_adopted')})"
        )


def _likeliest(chances: Mapping[str, float]) -> str:
    """The most likely of ``yes``, ``no`` and ``abstain`` (a tie: the first in that order)."""
    return max(("yes", "no", "abstain"), key=lambda vote: chances.get(vote, 0.0))


def predict_votes(
    title: str,
    description: str = "",
    issue_codes: Sequence[str] = (),
    *,
    members: Iterable[str] | None = None,
    date: dt.date | str | None = None,
    model: str | Path | None = None,
) -> VotePrediction:
    """Each UN General Assembly member's vote on a new draft, from the roll-call model.

    Parameters
    ----------
    title, description
        The draft's text (compared with past resolutions' texts).
    issue_codes
        The unvotes issue codes that apply (``me``, ``nu``, ``di``, ``hr``, ``co``, ``ec``), or
        one code.
    members
        ISO3 codes to predict, or one code (default: every member active in the model's last
        sessions).
    date
        The draft's date (a ``datetime.date`` or ISO text ``"2025-03-01"``); it must come after
        the model's data.
    model
        A model file written by ``accord votes fit`` (default: the one shipped with accord).

    Examples
    --------
    >>> import accord
    >>> votes = accord.predict_votes("Nuclear disarmament", issue_codes=["nu"],
    ...                              members=["FRA", "BRA", "IND"])
    >>> list(votes.to_frame().columns), len(votes.to_frame())
    (['member', 'yes', 'no', 'abstain', 'predicted'], 3)
    """
    from accord.institutions import unvotes

    if not isinstance(title, str) or not isinstance(description, str):
        raise DataError(f"title and description must be texts (got {title!r}, {description!r})")
    day = _date(date)
    loaded = unvotes.load_model(model)
    probabilities = unvotes.predict_votes(
        loaded,
        title,
        description,
        _listed(issue_codes),
        day,
        None if members is None else _listed(members),
    )
    return VotePrediction(title, probabilities, unvotes.adoption(probabilities))


@overload
def backtest(
    cases: str | Path | Sequence[DeuCase],
    engines: str | Sequence[str] = ("mean", "median"),
    *,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int = 0,
    interval: None = None,
    folds: int = 5,
    repeats: int = 10,
) -> BacktestScores: ...


@overload
def backtest(
    cases: str | Path | Sequence[DeuCase],
    engines: str | Sequence[str] = ("mean", "median"),
    *,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int = 0,
    interval: float,
    folds: int = 5,
    repeats: int = 10,
) -> IntervalScores: ...


def backtest(
    cases: str | Path | Sequence[DeuCase],
    engines: str | Sequence[str] = ("mean", "median"),
    *,
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int = 0,
    interval: float | None = None,
    folds: int = 5,
    repeats: int = 10,
) -> BacktestScores | IntervalScores:
    """Score engines against recorded outcomes (mean absolute error on the 0..100 scale):
    each engine's score by name, with ``to_frame()`` and ``to_dict()``.

    Parameters
    ----------
    cases
        A DEU III data file (TSV) or cases already read with
        :func:`accord.forecast.deu.read_deu`.
    engines
        Engine names to compare, or one name.
    params
        Options per engine name.
    seed
        Seed for the engines that draw random numbers, and for the folds.
    interval
        A level such as 0.8: instead of the plain scores, each engine's MAE, split-conformal
        interval coverage and mean width by repeated cross-validation grouped by proposal
        (:class:`~accord.forecast.backtest.IntervalScores`), as ``accord backtest --interval``
        gives them (docs/validation.md, issue 9 item 5).
    folds, repeats
        The grouped cross-validation's folds (at least 2) and repeats (at least 1), with
        ``interval``; without it ``folds`` are those of ``learned``'s out-of-fold forecasts
        (session 44's tidy3: ``accord backtest --folds`` and this one setting, in the
        result's ``settings``), and ``repeats`` is not used.
    """
    from accord.forecast.backtest import backtest as _backtest
    from accord.forecast.backtest import interval_backtest

    level = _interval_level(interval)
    if isinstance(cases, str | Path):
        from accord.forecast.deu import read_deu

        cases = read_deu(cases)
    for name, value, least in (("folds", folds, 2), ("repeats", repeats, 1)):
        if isinstance(value, bool) or not isinstance(value, int) or value < least:
            raise DataError(f"{name}: a whole number >= {least} (got {value!r})")
    if level is None:  # learned's out-of-fold forecasts in `folds` folds, as the CLI's
        return _backtest(cases, _listed(engines), params, seed, folds=folds)
    return interval_backtest(cases, _listed(engines), level, folds, repeats, seed, params)


def ingest(
    inputs: str | Path | Iterable[str | Path],
    store: Store | str | Path | None = None,
    *,
    date_if_missing: dt.date | str | None = None,
) -> IngestReport:
    """Read articles into a news store and code their events.

    A file that is not UTF-8 is read as Windows-1252, and a :class:`UserWarning` names it
    (:attr:`~accord.news.ingest.IngestCounts.not_utf8`, with the bytes that could not be
    decoded at all); so are articles that seem not written in English.

    Parameters
    ----------
    inputs
        Files, folders or glob patterns (text, HTML, JSON Lines, CSV, RSS/Atom...).
    store
        A :class:`~accord.news.store.Store`, a database URL or a SQLite file (default:
        ``$ACCORD_DB`` or ``~/.accord/accord.db``).
    date_if_missing
        The date of the articles that carry none in their metadata or text (as `accord ingest
        --date-if-missing`; a ``datetime.date`` or ISO text, as every date here), also for such
        an article stored before, dated then by its file's modification time. Without it that
        time dates them, which a copy or checkout resets, and a :class:`UserWarning` names
        their files (:attr:`~accord.news.ingest.IngestCounts.dated_by_mtime`).
    """
    from accord.news.ingest import ingest as _ingest
    from accord.news.store import Store

    day = _date(date_if_missing)
    items = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    if isinstance(store, Store):
        report = _ingest(items, store, date_if_missing=day)
    else:  # a pathlib.Path too (session 35: it was a TypeError, 'PosixPath' is not iterable)
        with Store(str(store) if isinstance(store, Path) else store) as opened:
            report = _ingest(items, opened, date_if_missing=day)
    if report.dated_by_mtime:
        import warnings

        shown = first_three([f"{path} ({date})" for path, date in report.dated_by_mtime])
        warnings.warn(
            f"{len(report.dated_by_mtime)} document(s) had no date in metadata or text and are "
            f"dated by the file's modification time: {shown}"
            "; give date_if_missing=datetime.date(...) for the date they were published",
            UserWarning,
            stacklevel=2,
        )
    if report.not_english:  # session 35: the coders read English only; say so, as the CLI does
        import warnings

        shown = first_three([f"{path} ({language})" for path, language in report.not_english])
        warnings.warn(
            f"{len(report.not_english)} document(s) seem written in another language than "
            f"English: {shown}; the event coders and the evidence finder read English only, "
            "so these give few or no events and no evidence (stored all the same)",
            UserWarning,
            stacklevel=2,
        )
    if report.not_utf8:  # session 36: a file not UTF-8 was read as Windows-1252 without a word
        import warnings

        from accord.news.readers import FALLBACK_ENCODING

        shown = first_three([item.describe() for item in report.not_utf8])
        warnings.warn(
            f"{len(report.not_utf8)} file(s) were not UTF-8 and were read as "
            f"{FALLBACK_ENCODING}: {shown}; if they are in another encoding their text is "
            "mangled: convert them to UTF-8 first (report.not_utf8 lists them)",
            UserWarning,
            stacklevel=2,
        )
    return report


__all__ = [
    "VotePrediction",
    "backtest",
    "compare",
    "compare_many",
    "explain",
    "forecast",
    "forecast_many",
    "ingest",
    "power",
    "predict_votes",
    "run",
]
