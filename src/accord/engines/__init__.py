"""Bargaining engines behind one interface: ``run(scenario, params, seed) -> Run``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from accord.engines.base import Batch, BatchEngine, BatchResult, Engine, Move, Run, Turn
from accord.engines.baselines import WeightedMean, WeightedMedian
from accord.errors import EngineError
from accord.scenario.model import Scenario

ENGINES: dict[str, Engine] = {}


def register(engine: Engine) -> Engine:
    ENGINES[engine.name] = engine
    return engine


register(WeightedMean())
register(WeightedMedian())

from accord.engines.bdm import BdmEngine  # noqa: E402
from accord.engines.exchange import ExchangeModel  # noqa: E402
from accord.engines.nash import NashBargaining  # noqa: E402

register(BdmEngine())
register(NashBargaining())
register(ExchangeModel())

from accord.engines.smp import SMPEngine  # noqa: E402

register(SMPEngine())


def get_engine(name: str) -> Engine:
    try:
        return ENGINES[name]
    except KeyError:
        known = ", ".join(ENGINES)
        raise EngineError(f"unknown engine {name!r}; available: {known}") from None


def run(
    scenario: Scenario,
    engine: str = "mean",
    params: Mapping[str, Any] | None = None,
    seed: int | None = None,
) -> Run:
    """Run one engine on a scenario."""
    return get_engine(engine).run(scenario, params, seed)


__all__ = [
    "ENGINES",
    "Batch",
    "BatchEngine",
    "BatchResult",
    "Engine",
    "Move",
    "Run",
    "Turn",
    "get_engine",
    "register",
    "run",
]
