"""Bargaining engines behind one interface: ``run(scenario, params, seed) -> Run``.

The engines are estimator-like objects (:mod:`accord.engines.estimators`): ``SMP(...)``,
``BDM(...)``, ``Nash(...)``, ``Exchange(...)``, ``Mean()``, ``Median()``. They are found by
name through a registry fed by the ``accord.engines`` entry-point group, so a package of
someone else's can add an engine by declaring, in its own ``pyproject.toml``::

    [project.entry-points."accord.engines"]
    myengine = "mypackage.engines:MyEngine"

where ``MyEngine()`` has a ``name``, a ``summary`` and ``run(scenario, params, seed)`` (see
:class:`~accord.engines.base.Engine`; :func:`accord.testing.check_engine` checks the rest).
Engine modules are imported only when an engine is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any

from accord.engines.base import Batch, BatchEngine, BatchResult, Engine, Move, Run, Turn
from accord.engines.common import close_name
from accord.engines.estimators import (
    BDM,
    BUNDLED,
    SMP,
    Estimator,
    Exchange,
    Mean,
    Median,
    Nash,
)
from accord.errors import EngineError
from accord.scenario.model import Scenario

ENTRY_POINT_GROUP = "accord.engines"


def _load(path: str) -> Any:
    module, _, attribute = path.partition(":")
    return getattr(importlib.import_module(module), attribute)


def _entry_points() -> dict[str, Any]:
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


class EngineRegistry(Mapping[str, Engine]):
    """Engine name -> an engine with default options, created on first use.

    The bundled engines come first, then those other packages declare as ``accord.engines``
    entry points, then any added with :func:`register`.
    """

    def __init__(self) -> None:
        self._made: dict[str, Engine] = {}
        self._registered: dict[str, Engine] = {}
        self._plugins: dict[str, Any] | None = None

    def _plugin_points(self) -> dict[str, Any]:
        if self._plugins is None:
            self._plugins = {k: v for k, v in _entry_points().items() if k not in BUNDLED}
        return self._plugins

    def _names(self) -> list[str]:
        names = [*BUNDLED]
        if any(name not in names for name in self._registered):
            names += [n for n in self._registered if n not in names]
        names += [n for n in self._plugin_points() if n not in names]
        return names

    def __getitem__(self, name: str) -> Engine:
        if name in self._registered:
            return self._registered[name]
        if name not in self._made:
            if name in BUNDLED:
                made = _load(BUNDLED[name])
            elif name in self._plugin_points():
                try:
                    made = self._plugin_points()[name].load()
                except Exception as exc:  # a broken third-party package: say which
                    raise EngineError(f"engine {name!r} could not be loaded: {exc}") from None
            else:
                raise KeyError(name)
            self._made[name] = made() if isinstance(made, type) else made
        return self._made[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())

    def __contains__(self, name: object) -> bool:
        return name in BUNDLED or name in self._registered or name in self._plugin_points()

    def add(self, engine: Engine) -> Engine:
        self._registered[engine.name] = engine
        return engine


ENGINES = EngineRegistry()


def register(engine: Engine, *, replace: bool = False) -> Engine:
    """Add ``engine`` under its ``name`` (for engines defined in a session or a test).

    From then on ``accord.forecast(scenario, NAME)``, ``accord.compare`` and
    ``accord.backtest`` (in this process) find it by name; an engine registered again under the
    same name replaces the earlier one (a notebook cell run twice), and one registered under
    the name of an engine another package declares (an ``accord.engines`` entry point) takes
    its place in this process. The command line finds only the engines of entry points
    (docs/extending.md).

    Parameters
    ----------
    engine
        An object with a non-empty ``name``, a ``summary`` and ``run(scenario, params, seed)``;
        :func:`accord.testing.check_engine` checks the rest.
    replace
        Allow a name of an engine accord ships (``mean``, ``smp``...): without it that is an
        :class:`~accord.errors.EngineError`, as the bundled engine would be hidden under its
        own name in every forecast and comparison of this process.

    Examples
    --------
    >>> from accord.engines import Mean, register
    >>> register(Mean())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    accord.errors.EngineError: engine name 'mean' is one accord ships: ...
    """
    name = getattr(engine, "name", None)
    if not isinstance(name, str) or not name:
        raise EngineError(
            f"cannot register {engine!r}: an engine needs a non-empty str attribute 'name' "
            "(and 'summary' and run(scenario, params=None, seed=None))"
        )
    missing = [
        what
        for what, ok in (
            ("a str attribute 'summary'", isinstance(getattr(engine, "summary", None), str)),
            (
                "a run(scenario, params=None, seed=None) method",
                callable(getattr(engine, "run", None)),
            ),
        )
        if not ok
    ]
    if missing:
        raise EngineError(f"cannot register engine {name!r}: it needs {' and '.join(missing)}")
    if name in BUNDLED and not replace:
        raise EngineError(
            f"engine name {name!r} is one accord ships: registering under it would hide the "
            f"bundled engine in every forecast and comparison; give your engine another name, "
            f"or register(engine, replace=True) to replace it on purpose"
        )
    return ENGINES.add(engine)


def get_engine(name: str, **options: Any) -> Engine:
    """The engine called ``name``; with ``options``, a new one with those options.

    Examples
    --------
    >>> get_engine("smp", voting_rule="binary")
    SMP(voting_rule='Binary')
    """
    try:
        engine = ENGINES[name]
    except KeyError:
        known = ", ".join(ENGINES)
        # a list written as one name (session 23: a new user's `compare --engine smp,bdm`)
        repeated = " ".join(f"--engine {n.strip()}" for n in name.split(",") if n.strip())
        hint = f"; one engine a name: repeat the option ({repeated})" if "," in name else ""
        near = close_name(name, list(ENGINES)) if "," not in name else None
        hint += f"; did you mean {near!r}?" if near else ""
        raise EngineError(f"unknown engine {name!r}; available: {known}{hint}") from None
    if not options:
        return engine
    if not isinstance(engine, Estimator):
        raise EngineError(f"engine {name!r} takes its options in run(), not here")
    return type(engine)(**options)


def run(
    scenario: Scenario,
    engine: str | Engine = "mean",
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
) -> Run:
    """Run one engine (a name or an engine object) on a scenario."""
    chosen = get_engine(engine) if isinstance(engine, str) else engine
    return chosen.run(scenario, params, seed)


__all__ = [
    "BDM",
    "ENGINES",
    "ENTRY_POINT_GROUP",
    "SMP",
    "Batch",
    "BatchEngine",
    "BatchResult",
    "Engine",
    "EngineRegistry",
    "Estimator",
    "Exchange",
    "Mean",
    "Median",
    "Move",
    "Nash",
    "Run",
    "Turn",
    "get_engine",
    "register",
    "run",
]
