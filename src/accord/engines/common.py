"""Helpers every engine shares: option checking, the weights, labels and the Run record.

Each engine validates its own options, but the checks that recur (unknown names, a whole
number of rounds) and the messages they raise live here so that they read the same for every
engine.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import numpy as np

from accord.engines.base import Run, Turn
from accord.errors import EngineError
from accord.limits import check_rounds
from accord.scenario.arrays import FloatArray, StanceArrays
from accord.scenario.model import Scenario
from accord.text import nearest


def merged_params(
    scenario: Scenario, engine: str, params: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The scenario's defaults for ``engine`` overridden by the caller's ``params``."""
    return {**scenario.parameters.get(engine, {}), **dict(params or {})}


def check_names(params: Mapping[str, Any] | None, known: Collection[str], engine: str) -> None:
    """Raise :class:`EngineError` for the first option name ``engine`` does not know."""
    unknown = sorted(set(params or {}) - set(known))
    if not unknown:
        return
    if not known:
        raise EngineError(f"engine {engine!r} takes no parameters (got {', '.join(unknown)})")
    guess = close_name(unknown[0], known)
    raise EngineError(
        f"engine {engine!r}: unknown parameter {unknown[0]!r} (known: {', '.join(sorted(known))})"
        + (f"; did you mean {guess!r}?" if guess else "")
    )


def close_name(name: str, known: Collection[str]) -> str | None:
    """The known name ``name`` was likely meant as: the same but for letter case, ``_`` and
    ``-`` (``--param q=2`` for BDM's ``Q``, which the library's ``BDM(q=2)`` accepts), else
    the one nearest in spelling (``round`` for ``rounds``), else None (session 23)."""
    folded = {k.casefold().replace("_", "").replace("-", ""): k for k in known}
    same = folded.get(name.casefold().replace("_", "").replace("-", ""))
    if same is not None:
        return same
    return nearest(name, known)


def rounds_param(params: Mapping[str, Any], default: int, engine: str) -> int:
    """The ``rounds`` option: a whole number >= 0 (booleans refused)."""
    rounds = params.get("rounds", default)
    if isinstance(rounds, bool) or not isinstance(rounds, int | np.integer) or rounds < 0:
        raise EngineError(
            f"engine {engine!r}: parameter 'rounds' must be a whole number >= 0 (got {rounds!r})"
        )
    check_rounds(int(rounds), engine)
    return int(rounds)


def issue_weight(capability: FloatArray, salience: FloatArray) -> FloatArray:
    """Issue capability x salience: ``capability[..., n, m]`` is each actor's capability on
    each issue (its stance's ``leverage`` where stated, see
    :meth:`~accord.scenario.StanceArrays.issue_capability`)."""
    return np.asarray(capability * salience)


def nan_to_none(value: float) -> float | None:
    """A float for JSON, which has no NaN: None where the value is NaN (no bargain, no
    forecast, no disagreement point)."""
    return None if np.isnan(value) else float(value)


def labels(scenario: Scenario) -> tuple[dict[str, str], dict[str, str]]:
    """Actor names and issue titles by id, for narrative lines."""
    return {a.id: a.name for a in scenario.actors}, {i.id: i.title for i in scenario.issues}


def make_run(
    engine: str,
    scenario: Scenario,
    arr: StanceArrays,
    trajectory: FloatArray,
    outcome: FloatArray,
    params: dict[str, Any],
    seed: int | None,
    *,
    variant: str | None = None,
    turns: list[Turn] | None = None,
    probabilities: FloatArray | None = None,
    narrative: list[str] | None = None,
) -> Run:
    """A :class:`Run` of ``engine`` on ``scenario``, with actors and issues from ``arr``."""
    return Run(
        engine=engine,
        scenario=scenario.id,
        actors=arr.actors,
        issues=arr.issues,
        trajectory=trajectory,
        outcome=outcome,
        params=params,
        seed=seed,
        variant=variant,
        turns=turns if turns is not None else [],
        probabilities=probabilities,
        narrative=narrative if narrative is not None else [],
    )
