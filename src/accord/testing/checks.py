"""``check_engine``: the conformance suite every engine must pass, bundled or third-party.

What :func:`accord.forecast.forecast`, the ensembles and the report rely on, checked on small
scenarios built here (no data files needed):

* the engine has a ``name``, a ``summary`` and ``run``; estimator-like engines rebuild from
  ``get_params()`` and have a short ``repr``;
* shapes: ``trajectory`` is (turns + 1, actors, issues), ``outcome`` one value per issue, both
  in the scenario's order, turn 0 the starting positions;
* an actor with no stance on an issue stays NaN there at every turn;
* outcomes lie on each issue's scale (or are NaN where nobody is engaged);
* the same seed gives the same run, and the seed is recorded; runs without a seed that differ
  record the seed they drew, and that seed repeats the run;
* the scenario passed in is not modified (checked around every run, on fresh scenarios);
* outcomes are on each issue's own scale: one scenario's issues are on 200..300 and -7..-1,
  so an outcome left on the unit interval (or on 0..100) is caught, and so is a single run
  that weighs issues by their spans where its batch kernel does not (session 34's exchange);
* an exception other than the checks' own, raised by ``run`` on a check scenario, is reported
  as an ``AssertionError`` naming that scenario (the engine's exception chained);
* an unknown option is an :class:`~accord.errors.EngineError`, not a crash;
* with a batch kernel: the same seed gives the same batch, and (for a deterministic engine)
  a batch gives what single runs of its members give, also as a forecast's ensemble runs it
  (with the issues' status quo and the scenario's engine parameters): a zero-spread ensemble
  is the single run.

This mirrors scikit-learn's ``check_estimator`` (Buitinck et al. 2013); the checks raise
``AssertionError`` naming the engine and what failed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from accord.engines.base import Batch, Engine, Run
from accord.errors import EngineError
from accord.scenario.arrays import stance_arrays
from accord.scenario.model import Scenario


def _scenario(
    positions: list[list[float | None]],
    capability: list[float],
    salience: float = 0.6,
    scenario_id: str = "check-engine",
    status_quo: list[float] | None = None,
    scales: list[tuple[float, float]] | None = None,
) -> Scenario:
    """A scenario of ``len(capability)`` actors and ``len(positions[0])`` issues on 0..100, or on
    ``scales`` (each position ``p`` of 0..100 is then placed at ``low + p / 100 * span``)."""
    if scales is not None:
        positions = [
            [
                None if p is None else low + p / 100.0 * (high - low)
                for p, (low, high) in zip(row, scales, strict=True)
            ]
            for row in positions
        ]
    actors = [
        {"id": f"A{k}", "name": f"Actor {k}", "capability": c} for k, c in enumerate(capability)
    ]
    issues: list[dict[str, Any]] = [
        {"id": f"I{i}", "title": f"Issue {i}"} for i in range(len(positions[0]))
    ]
    for issue, value in zip(issues, status_quo or [], strict=False):
        issue["status_quo"] = value
    for issue, (low, high) in zip(issues, scales or [], strict=False):
        issue["scale"] = {"low": low, "high": high}
    stances = [
        {
            "actor": f"A{a}",
            "issue": f"I{i}",
            "position": p,
            "salience": salience if (a + i) % 2 else min(1.0, salience + 0.3),
        }
        for a, row in enumerate(positions)
        for i, p in enumerate(row)
        if p is not None
    ]
    return Scenario.model_validate(
        {
            "id": scenario_id,
            "title": "check_engine",
            "actors": actors,
            "issues": issues,
            "stances": stances,
        }
    )


def small_scenarios() -> list[Scenario]:
    """The scenarios the checks run on: a gap (A3 has no stance on I1), and four variants: the
    last with a status quo on each issue (where SMP places A3 on I1, and Nash's disagreement
    point), the one before it on the scales 200..300 and -7..-1 (an outcome left on the unit
    interval, or on 0..100, leaves them)."""
    base: list[list[float | None]] = [
        [10.0, 80.0],
        [40.0, 20.0],
        [70.0, 55.0],
        [95.0, None],
        [25.0, 65.0],
    ]
    capability = [30.0, 20.0, 25.0, 10.0, 15.0]
    mirrored = [[None if p is None else 100.0 - p for p in row] for row in base]
    return [
        _scenario(base, capability),
        _scenario(mirrored, capability[::-1], scenario_id="check-engine-mirrored"),
        _scenario(base, [c + 5.0 * k for k, c in enumerate(capability)], salience=0.4),
        _scenario(
            base, capability, scenario_id="check-engine-scaled", scales=[(200, 300), (-7, -1)]
        ),
        _scenario(base, capability, scenario_id="check-engine-status-quo", status_quo=[30, 85]),
    ]


def _fail(engine: Engine, what: str) -> AssertionError:
    return AssertionError(f"check_engine({getattr(engine, 'name', engine)!r}): {what}")


def check_interface(engine: Engine) -> None:
    """A name, a summary, ``run``; estimators rebuild from their params with a short repr."""
    if not isinstance(getattr(engine, "name", None), str) or not engine.name:
        raise _fail(engine, "needs a non-empty str attribute 'name'")
    if not isinstance(getattr(engine, "summary", None), str):
        raise _fail(engine, "needs a str attribute 'summary'")
    if not callable(getattr(engine, "run", None)):
        raise _fail(engine, "needs a run(scenario, params=None, seed=None) method")
    get_params = getattr(engine, "get_params", None)
    if callable(get_params):
        params = get_params()
        if not isinstance(params, dict):
            raise _fail(engine, "get_params() must return a dict")
        if type(engine)(**params) != engine:
            hint = (
                " (its class defines no __eq__, so two engines are equal only if they are the "
                "same object: compare get_params() in __eq__, or subclass "
                "accord.engines.estimators.Estimator, which does)"
                if type(engine).__eq__ is object.__eq__
                else ""
            )
            raise _fail(
                engine, f"type(engine)(**engine.get_params()) differs from the engine{hint}"
            )
        if len(repr(engine)) > 200:
            raise _fail(engine, f"repr is {len(repr(engine))} characters (keep it short)")


def check_shapes(engine: Engine, scenario: Scenario, run: Run) -> None:
    """Trajectory (turns + 1, actors, issues), outcome per issue, in the scenario's order."""
    n, m = len(scenario.actors), len(scenario.issues)
    if run.actors != tuple(a.id for a in scenario.actors):
        raise _fail(engine, f"run.actors {run.actors} is not the scenario's actors in order")
    if run.issues != tuple(i.id for i in scenario.issues):
        raise _fail(engine, f"run.issues {run.issues} is not the scenario's issues in order")
    trajectory = np.asarray(run.trajectory)
    if trajectory.ndim != 3 or trajectory.shape[1:] != (n, m) or trajectory.shape[0] < 1:
        raise _fail(engine, f"trajectory shape {trajectory.shape}, expected (turns+1, {n}, {m})")
    if np.asarray(run.outcome).shape != (m,):
        raise _fail(engine, f"outcome shape {np.asarray(run.outcome).shape}, expected ({m},)")
    start = stance_arrays(scenario).position
    if not np.allclose(trajectory[0], start, equal_nan=True):
        raise _fail(engine, "trajectory[0] is not the starting positions")
    if run.scenario != scenario.id:
        raise _fail(engine, f"run.scenario is {run.scenario!r}, not {scenario.id!r}")


def check_unengaged(engine: Engine, scenario: Scenario, run: Run) -> None:
    """An actor without a stance on an issue is NaN there at every turn."""
    gap = ~stance_arrays(scenario).engaged
    if not np.all(np.isnan(np.asarray(run.trajectory)[:, gap])):
        raise _fail(engine, "an actor with no stance on an issue got a position there")
    engaged = ~gap
    if np.any(np.isnan(np.asarray(run.trajectory)[:, engaged])):
        raise _fail(engine, "an engaged actor's position became NaN")


def check_on_scale(engine: Engine, scenario: Scenario, run: Run) -> None:
    """Outcomes and positions stay within each issue's scale."""
    arrays = stance_arrays(scenario)
    outcome = np.asarray(run.outcome, dtype=float)
    if np.any(np.isinf(outcome)):
        raise _fail(engine, "an outcome is infinite")
    live = ~np.isnan(outcome)
    tol = 1e-9 * arrays.span
    outside = live & ((outcome < arrays.low - tol) | (outcome > arrays.high + tol))
    if np.any(outside):
        scales = ", ".join(
            f"{lo:g}..{hi:g}" for lo, hi in zip(arrays.low, arrays.high, strict=True)
        )
        raise _fail(
            engine,
            f"{scenario.id}: outcome {outcome} leaves the issues' scales ({scales}); an outcome "
            "must be on each issue's own scale (one computed on the unit interval maps back "
            "with StanceArrays.from_unit)",
        )
    trajectory = np.asarray(run.trajectory, dtype=float)
    engaged = ~np.isnan(trajectory)
    if np.any(engaged & ((trajectory < arrays.low - tol) | (trajectory > arrays.high + tol))):
        raise _fail(engine, "a position in the trajectory leaves its issue's scale")
    if np.any(np.isnan(outcome[arrays.engaged.any(axis=0)])):
        raise _fail(engine, "an issue with engaged actors has a NaN outcome")


def _same(first: Run, second: Run) -> bool:
    return np.array_equal(first.trajectory, second.trajectory, equal_nan=True) and np.array_equal(
        first.outcome, second.outcome, equal_nan=True
    )


def check_seeds(engine: Engine, scenario: Scenario) -> None:
    """The same seed gives the same run, and the seed is recorded; runs without a seed that
    differ record the seed they drew, and that seed repeats the run."""
    first, second = engine.run(scenario, None, 12345), engine.run(scenario, None, 12345)
    if first.seed != 12345:
        raise _fail(engine, f"run.seed is {first.seed!r}, not the seed given (12345)")
    if not _same(first, second):
        raise _fail(engine, "two runs with the same seed differ")
    unseeded = [engine.run(scenario, None, None) for _ in range(2)]
    if _same(*unseeded):
        return  # nothing random ran (or it ran with a fixed stream: not visible from outside)
    drawn = unseeded[0].seed
    if drawn is None:
        raise _fail(
            engine,
            "two runs without a seed differ and run.seed is None, so neither can be repeated: "
            "when no seed is given, draw one (numpy.random.SeedSequence().entropy), compute with "
            "it and record it in run.seed",
        )
    if not _same(unseeded[0], engine.run(scenario, None, drawn)):
        raise _fail(
            engine,
            f"a run without a seed recorded run.seed {drawn!r}, but a run with that seed differs",
        )


def check_input_unchanged(engine: Engine, scenario: Scenario) -> None:
    """Running does not modify the scenario passed in (give a scenario no run has seen: an
    edit that a first run made and a second repeats is not visible)."""
    _checked_run(engine, scenario, 1)


def _checked_run(engine: Engine, scenario: Scenario, seed: int | None) -> Run:
    """``engine.run`` on a check scenario: an exception of the engine's own becomes an
    AssertionError naming the scenario, and a change to the scenario is a failure."""
    before = scenario.model_dump()
    try:
        made = engine.run(scenario, None, seed)
    except AssertionError:
        raise
    except Exception as exc:
        raise _fail(
            engine,
            f"run() on check scenario {scenario.id!r} ({len(scenario.actors)} actors, "
            f"{len(scenario.issues)} issues{_gaps(scenario)}) raised "
            f"{type(exc).__name__}: {exc}",
        ) from exc
    if scenario.model_dump() != before:
        raise _fail(engine, f"run() modified the scenario it was given ({scenario.id!r})")
    return made


def _gaps(scenario: Scenario) -> str:
    gap = ~stance_arrays(scenario).engaged
    if not gap.any():
        return ""
    a, i = (int(k) for k in np.argwhere(gap)[0])
    return f"; {scenario.actors[a].id} holds no stance on {scenario.issues[i].id}"


def check_unknown_option(engine: Engine, scenario: Scenario) -> None:
    """An option the engine does not know is an EngineError naming it."""
    try:
        engine.run(scenario, {"no_such_option_xyz": 1}, 1)
    except EngineError as exc:
        if "no_such_option_xyz" not in str(exc):
            raise _fail(
                engine, f"the error for an unknown option does not name it: {exc}"
            ) from None
        return
    raise _fail(engine, "an unknown option was accepted silently")


def check_refuses(engine: Engine, scenario: Scenario) -> None:
    """An engine with its own check scenarios refuses others with an EngineError."""
    try:
        engine.run(scenario, None, 1)
    except EngineError:
        return
    raise _fail(engine, "it names its own check_scenarios() but ran a generic scenario")


def check_batch(engine: Engine, scenarios: list[Scenario]) -> None:
    """``run_batch`` is reproducible and, unless random, equals single runs (unit scale)."""
    run_batch: Callable[..., Any] | None = getattr(engine, "run_batch", None)
    if run_batch is None:
        return
    arrays = [stance_arrays(s) for s in scenarios]
    batch = Batch(
        capability=np.stack([a.capability for a in arrays]),
        position=np.stack([a.unit_position() for a in arrays]),
        salience=np.stack([a.salience for a in arrays]),
        low=np.stack([a.low for a in arrays]),  # each member its own scales
        high=np.stack([a.high for a in arrays]),
        scale_position=np.stack([a.position for a in arrays]),
    )
    result = run_batch(batch, None, 7)
    outcome = np.asarray(result.outcome)
    if outcome.shape != (len(scenarios), len(arrays[0].issues)):
        raise _fail(engine, f"run_batch outcome shape {outcome.shape}")
    if not np.array_equal(outcome, np.asarray(run_batch(batch, None, 7).outcome), equal_nan=True):
        raise _fail(engine, "two batch runs with the same seed differ")
    if _is_random(engine, scenarios[0]):
        return  # members draw their own random streams: equal to single runs only in law
    for b, (scenario, arr) in enumerate(zip(scenarios, arrays, strict=True)):
        if scenario.issues[0].status_quo is not None:
            continue  # a bare batch knows no status quo: checked as the forecast runs it below
        single = (np.asarray(engine.run(scenario, None, 7).outcome) - arr.low) / arr.span
        if not np.allclose(outcome[b], single, rtol=0, atol=1e-9, equal_nan=True):
            raise _fail(engine, f"batch member {b} gives {outcome[b]}, a single run gives {single}")
    for scenario in scenarios:
        check_batch_as_forecast(engine, scenario)


def check_batch_as_forecast(engine: Engine, scenario: Scenario) -> None:
    """A batch of one unperturbed run, with the options :func:`accord.forecast.forecast`
    hands an ensemble (:func:`~accord.forecast.question.ensemble_params`: the status quo on
    the unit interval, the scenario's engine parameters), gives the single run's outcome:
    what makes a zero-spread ensemble equal the single run. BDM's ensemble reads outcomes
    from the cycle, so its single run is asked for the same reading."""
    from accord.forecast.question import ensemble_params

    arr = stance_arrays(scenario)
    params = {"outcome": "cycle-mean"} if engine.name == "bdm" else None
    single = engine.run(scenario, params, 7)
    batch = Batch(
        capability=arr.capability[None],
        position=arr.unit_position()[None],
        salience=arr.salience[None],
        leverage=None if arr.leverage is None else arr.leverage[None],
        low=arr.low,
        high=arr.high,
        scale_position=arr.position[None],
    )
    result = engine.run_batch(batch, ensemble_params(scenario, engine.name, params, single), 7)  # type: ignore[attr-defined]
    got = np.asarray(result.outcome)[0]
    want = (np.asarray(single.outcome) - arr.low) / arr.span
    if not np.allclose(got, want, rtol=0, atol=1e-9, equal_nan=True):
        raise _fail(
            engine,
            f"{scenario.id}: a batch run as the forecast runs it gives {got}, "
            f"the single run {want}",
        )


def _is_random(engine: Engine, scenario: Scenario) -> bool:
    """Whether runs with different seeds differ (a stochastic engine or configuration)."""
    runs = [engine.run(scenario, None, seed) for seed in (1, 2, 3)]
    return any(
        not np.array_equal(runs[0].trajectory, r.trajectory, equal_nan=True) for r in runs[1:]
    )


def check_engine(engine: Engine) -> None:
    """Run every conformance check on ``engine``; raise AssertionError at the first failure.

    The checks, each on the small scenarios of :func:`small_scenarios` (five actors, two
    issues, one actor with no stance on one issue, one scenario on the scales 200..300 and
    -7..-1, one with a status quo): a ``name``, a ``summary`` and ``run``, and for an engine
    with ``get_params`` that ``type(engine)(**engine.get_params()) == engine``; the run's
    ``actors``, ``issues`` and ``scenario`` are the scenario's; ``trajectory`` has shape
    ``(turns + 1, actors, issues)``, its turn 0 the stated positions, NaN exactly where an actor
    holds no stance; ``outcome`` has one value per issue on that issue's own scale, never NaN
    where someone holds a stance; the same seed gives the same run and ``run.seed`` records it,
    and two runs without a seed that differ record the seed they drew, which repeats them;
    ``run`` leaves the scenario unchanged; an unknown option in ``params`` is an
    :class:`~accord.errors.EngineError` naming it; with ``run_batch``, the batch checks. An
    exception the engine raises on a check scenario is reported as an ``AssertionError`` that
    names the scenario, the engine's own exception chained to it.

    What it cannot see: a random engine that ignores the seed it is given and always draws the
    same stream looks like a deterministic engine; test that different seeds give different
    runs in the engine's own tests.

    An engine that applies only to some scenarios (the learned DEU forecaster needs the
    procedural facts of EU legislation) names small ones it applies to with a
    ``check_scenarios()`` method; the checks run on those, and the engine must refuse the
    generic :func:`small_scenarios` with an :class:`~accord.errors.EngineError`, not a crash.

    Parameters
    ----------
    engine
        An engine object (``accord.engines.get_engine(name)``, ``accord.SMP()``, or a
        third-party engine before registering it).

    Examples
    --------
    >>> from accord.engines import get_engine
    >>> check_engine(get_engine("median"))
    """
    check_interface(engine)
    scenarios = small_scenarios()
    own: Callable[[], list[Scenario]] | None = getattr(engine, "check_scenarios", None)
    if own is not None:
        check_refuses(engine, scenarios[0])
        scenarios = own()
    for scenario in scenarios:
        run = _checked_run(engine, scenario, 3)
        check_shapes(engine, scenario, run)
        check_unengaged(engine, scenario, run)
        check_on_scale(engine, scenario, run)
    check_seeds(engine, scenarios[0])
    fresh = own() if own is not None else small_scenarios()
    check_input_unchanged(engine, fresh[0])
    check_unknown_option(engine, scenarios[0])
    check_batch(engine, scenarios)


__all__ = [
    "check_batch",
    "check_batch_as_forecast",
    "check_engine",
    "check_input_unchanged",
    "check_interface",
    "check_on_scale",
    "check_refuses",
    "check_seeds",
    "check_shapes",
    "check_unengaged",
    "check_unknown_option",
    "small_scenarios",
]
