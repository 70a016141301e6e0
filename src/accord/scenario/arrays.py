"""The numeric view of a scenario that engines compute on.

Engines work on dense arrays: capability per actor, and position and salience per actor and
issue. Positions are kept in each issue's own units and also offered on the unit interval,
because the published models (KTAB's SMP, BDM) are written for a common 0..1 or 0..100 scale.
An actor with no stance on an issue has salience 0 there and is marked not engaged.
A stance's ``leverage`` (issue-specific capability) replaces the actor's capability on that
issue only: :meth:`StanceArrays.issue_capability` gives the capability each engine weighs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from accord.scenario.model import Scenario

__all__ = [
    "BoolArray",
    "FloatArray",
    "IntArray",
    "StanceArrays",
    "issue_capability",
    "stance_arrays",
]

FloatArray = NDArray[np.float64]
BoolArray = NDArray[np.bool_]
IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class StanceArrays:
    """Dense arrays of a scenario: ``n`` actors by ``m`` issues."""

    actors: tuple[str, ...]
    issues: tuple[str, ...]
    capability: FloatArray  # (n,)
    position: FloatArray  # (n, m), scale units; NaN where the actor is not engaged
    salience: FloatArray  # (n, m), in [0, 1]; 0 where not engaged
    uncertainty: FloatArray  # (n, m), scale units; NaN where not stated
    engaged: BoolArray  # (n, m)
    low: FloatArray  # (m,)
    high: FloatArray  # (m,)
    leverage: FloatArray | None = None  # (n, m), capability units; NaN where not stated

    def issue_capability(self) -> FloatArray:
        """Capability per actor and issue: the stance's leverage where stated, else the
        actor's general capability (``(n, m)``)."""
        return issue_capability(self.capability, self.leverage, self.position.shape[-1])

    @property
    def span(self) -> FloatArray:
        return self.high - self.low

    def unit_position(self) -> FloatArray:
        """Positions mapped onto [0, 1] per issue (NaN where not engaged)."""
        return (self.position - self.low) / self.span

    def from_unit(self, unit: FloatArray) -> FloatArray:
        """Map positions on [0, 1] back to each issue's scale (broadcasts over the last axis)."""
        return self.low + unit * self.span


def issue_capability(capability: FloatArray, leverage: FloatArray | None, m: int) -> FloatArray:
    """``capability[..., n]`` broadcast to ``[..., n, m]``, replaced by ``leverage`` where it is
    finite (a batch of capabilities works too)."""
    cap = np.broadcast_to(capability[..., None], (*capability.shape, m))
    if leverage is None:
        return np.array(cap, dtype=float)
    return np.where(np.isnan(leverage), cap, leverage)


def stance_arrays(scenario: Scenario) -> StanceArrays:
    """Build the dense arrays of a validated scenario."""
    actors = tuple(a.id for a in scenario.actors)
    issues = tuple(i.id for i in scenario.issues)
    a_index = {a: k for k, a in enumerate(actors)}
    i_index = {i: k for k, i in enumerate(issues)}
    n, m = len(actors), len(issues)
    position = np.full((n, m), np.nan)
    salience = np.zeros((n, m))
    uncertainty = np.full((n, m), np.nan)
    leverage = np.full((n, m), np.nan)
    for stance in scenario.stances:
        a, i = a_index[stance.actor], i_index[stance.issue]
        position[a, i] = stance.position
        salience[a, i] = stance.salience
        if stance.uncertainty is not None:
            uncertainty[a, i] = stance.uncertainty
        if stance.leverage is not None:
            leverage[a, i] = stance.leverage
    return StanceArrays(
        actors=actors,
        issues=issues,
        capability=np.array([a.capability for a in scenario.actors], dtype=float),
        position=position,
        salience=salience,
        uncertainty=uncertainty,
        engaged=~np.isnan(position),
        low=np.array([i.scale.low for i in scenario.issues], dtype=float),
        high=np.array([i.scale.high for i in scenario.issues], dtype=float),
        leverage=leverage if np.isfinite(leverage).any() else None,
    )
