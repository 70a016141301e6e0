"""Backtests: how far each engine's forecasts fall from recorded outcomes.

The measure is the mean absolute error (MAE) over issues, on the data's own 0..100 scale, the
measure used in the DEU literature (Thomson et al., *The European Union Decides*, 2006).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from accord.engines import get_engine
from accord.errors import AccordError
from accord.forecast.deu import DeuCase


@dataclass
class EngineScore:
    engine: str
    errors: dict[str, float] = field(default_factory=dict)  # "proposal/issue" -> |error|
    predictions: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # proposal -> message
    seconds: float = 0.0

    @property
    def n(self) -> int:
        return len(self.errors)

    @property
    def mae(self) -> float | None:
        return float(np.mean(list(self.errors.values()))) if self.errors else None

    def to_dict(self, per_issue: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"mae": self.mae, "n": self.n, "seconds": round(self.seconds, 3)}
        if self.failures:
            out["failures"] = self.failures
        if per_issue:
            out["issues"] = {
                key: {"prediction": self.predictions[key], "abs_error": err}
                for key, err in self.errors.items()
            }
        return out


def backtest(
    cases: Sequence[DeuCase],
    engines: Sequence[str],
    params: Mapping[str, Mapping[str, Any]] | None = None,
    seed: int = 0,
) -> dict[str, EngineScore]:
    """Run each engine on each case and score it against the recorded outcomes."""
    params = params or {}
    scores: dict[str, EngineScore] = {}
    chosen = [get_engine(name) for name in engines]  # unknown names fail before any work
    for name, engine in zip(engines, chosen, strict=True):
        score = EngineScore(name)
        start = time.perf_counter()
        for case in cases:
            try:
                run = engine.run(case.scenario, params.get(name), seed)
            except AccordError as exc:
                score.failures[case.scenario.id] = str(exc)
                continue
            for k, issue in enumerate(run.issues):
                if issue not in case.outcome or np.isnan(run.outcome[k]):
                    continue
                key = f"{case.scenario.id}/{issue}"
                score.predictions[key] = float(run.outcome[k])
                score.errors[key] = abs(float(run.outcome[k]) - case.outcome[issue])
        score.seconds = time.perf_counter() - start
        scores[name] = score
    return scores
