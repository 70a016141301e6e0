"""The one interface every bargaining engine follows.

An engine is an object with a ``name`` and a ``run(scenario, params, seed) -> Run`` method.
``params`` is a mapping of engine-specific options (validated by the engine, which raises
:class:`~accord.errors.EngineError` naming the bad option); ``seed`` drives every random choice
and is recorded in the run. Engines compute on :class:`~accord.scenario.StanceArrays` with
vectorised kernels; this module only holds the containers they return.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from accord.scenario.arrays import FloatArray, issue_capability
from accord.scenario.model import Scenario

if TYPE_CHECKING:
    import pandas as pd


__all__ = [
    "Batch",
    "BatchEngine",
    "BatchResult",
    "Engine",
    "Move",
    "Run",
    "Turn",
]


@dataclass(frozen=True)
class Move:
    """One actor's change of position in one turn, and why."""

    actor: str
    issue: str | None  # None when the move is in all dimensions at once (SMP)
    before: float
    after: float
    counterpart: str | None = None
    offer: str | None = None  # conflict | compromise | capitulation | bargain


@dataclass(frozen=True)
class Turn:
    """Diagnostics of one turn: who challenged whom, which offers, with what odds."""

    index: int
    challenges: list[tuple[str, str]] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    win_probability: dict[str, float] = field(default_factory=dict)
    notes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Run:
    """The result of one engine run on one scenario.

    ``trajectory[t, a, i]`` is actor ``a``'s position on issue ``i`` after turn ``t`` (turn 0
    is the starting state), in each issue's own scale; NaN where the actor is not engaged.
    ``probabilities[t, a]``, when the engine has them (SMP), is the probability that actor
    ``a``'s position would prevail at turn ``t``.

    An engine of one's own builds it with, in this order: ``engine`` (its name), ``scenario``
    (the scenario's id), ``actors`` and ``issues`` (the scenario's ids, in its order:
    ``StanceArrays.actors`` and ``.issues``), ``trajectory`` (turns + 1, actors, issues),
    ``outcome`` (one value per issue, on the issue's scale; NaN only where no actor with a
    stance has both capability and salience above 0: nobody holds one, or every engaged actor's
    capability or salience is 0), ``params`` (the options it ran with, recorded in the
    forecast's JSON) and ``seed``
    (the seed it drew from, None where nothing random ran); then, optionally, ``variant``,
    ``turns`` (:class:`Turn` diagnostics), ``probabilities`` and ``narrative`` (sentences).
    :func:`accord.testing.check_engine` checks these (docs/extending.md).
    """

    engine: str
    scenario: str
    actors: tuple[str, ...]
    issues: tuple[str, ...]
    trajectory: FloatArray
    outcome: FloatArray
    params: dict[str, Any]
    seed: int | None = None
    variant: str | None = None
    turns: list[Turn] = field(default_factory=list)
    probabilities: FloatArray | None = None
    narrative: list[str] = field(default_factory=list)

    @property
    def final_positions(self) -> FloatArray:
        return np.asarray(self.trajectory[-1])

    def outcome_of(self, issue_id: str) -> float:
        return float(self.outcome[self.issues.index(issue_id)])

    def to_frame(self) -> pd.DataFrame:
        """The trajectory in long form (turn, actor, issue, position) as a pandas DataFrame."""
        from accord.frames import run_frame

        return run_frame(self)

    def __repr__(self) -> str:
        return (
            f"Run(engine={self.engine!r}, scenario={self.scenario!r}, "
            f"actors={len(self.actors)}, issues={len(self.issues)}, "
            f"turns={self.trajectory.shape[0] - 1}, seed={self.seed})"
        )


class Engine(Protocol):
    """What :func:`accord.engines.run` needs of an engine."""

    # Read-only properties, not plain attributes: the engines declare them as class variables
    # (``Estimator.name: ClassVar[str]``), which mypy refuses for a settable protocol member,
    # so a user's ``mypy --strict`` rejected ``accord.forecast(s, accord.SMP())`` (session 45).
    @property
    def name(self) -> str: ...

    @property
    def summary(self) -> str: ...

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run: ...


@dataclass(frozen=True)
class Batch:
    """A batch of ``B`` variants of one scenario, for ensembles (Monte Carlo, backtests).

    Positions are on the unit interval per issue (``StanceArrays.unit_position``); NaN where an
    actor is not engaged (and then salience is 0). The batch is the leading axis of every
    array, so kernels vectorise over it instead of looping over runs in Python.

    ``low`` and ``high``, when given, are each issue's scale (``(m,)``, or ``(B, m)``: one per
    member), and ``scale_position`` the same positions in those units. A kernel that computes
    in scale units (BDM, whose single run repeats the Scholz port in the scenario's units)
    reads them through :meth:`in_scale`: the position a single run starts from is then the
    scenario's own number, not ``low + unit * span``, which can differ from it in the last
    digit. Kernels on the unit interval ignore them.
    """

    capability: FloatArray  # (B, n)
    position: FloatArray  # (B, n, m), unit interval
    salience: FloatArray  # (B, n, m), [0, 1]
    leverage: FloatArray | None = None  # (B, n, m), issue-specific capability; NaN: none
    low: FloatArray | None = None  # (m,) or (B, m): each issue's scale; None: the unit interval
    high: FloatArray | None = None  # (m,) or (B, m)
    scale_position: FloatArray | None = None  # (B, n, m): positions in scale units

    @property
    def size(self) -> int:
        return int(self.position.shape[0])

    def in_scale(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """``(position (B, n, m), low (B, m), span (B, m))`` in each issue's own units.

        The positions are ``scale_position`` where given, else ``low + position * span``;
        a batch without ``low`` and ``high`` is on the unit interval (low 0, span 1, the
        positions as they are). A unit value is ``(value - low) / span``, as
        ``StanceArrays.unit_position`` computes it.
        """
        b_size, _, m = self.position.shape
        if self.low is None or self.high is None:
            return self.position, np.zeros((b_size, m)), np.ones((b_size, m))
        low = np.broadcast_to(np.asarray(self.low, dtype=float), (b_size, m))
        span = np.broadcast_to(np.asarray(self.high, dtype=float), (b_size, m)) - low
        if self.scale_position is not None:
            return np.asarray(self.scale_position, dtype=float), low, span
        return low[:, None, :] + self.position * span[:, None, :], low, span

    def scale_high(self) -> FloatArray:
        """``(B, m)``: each issue's upper end as given (not ``low + span``, which can differ
        from it in the last digit); 1 for a batch on the unit interval."""
        b_size, _, m = self.position.shape
        if self.low is None or self.high is None:
            return np.ones((b_size, m))
        return np.broadcast_to(np.asarray(self.high, dtype=float), (b_size, m))

    def issue_capability(self) -> FloatArray:
        """``(B, n, m)``: each stance's leverage where stated, else the actor's capability."""
        return issue_capability(self.capability, self.leverage, self.position.shape[-1])


@dataclass(frozen=True)
class BatchResult:
    """Final positions and outcomes of a batch run, on the unit interval.

    A kernel that computed in the issues' own units (from :meth:`Batch.in_scale`) also gives
    its numbers in them, ``scale_outcome`` and ``scale_final_position``; the unit values are
    then ``(value - low) / span`` of these, and ``low + unit * span`` need not give them back
    in the last digit. :meth:`in_scale` reads whichever the kernel gave (session 38).
    """

    final_position: FloatArray  # (B, n, m)
    outcome: FloatArray  # (B, m)
    turns: Any = None  # (B,) int array of turns used, where the engine iterates
    scale_outcome: FloatArray | None = None  # (B, m), in scale units, where computed in them
    scale_final_position: FloatArray | None = None  # (B, n, m), likewise

    @classmethod
    def of_scale(
        cls,
        final_position: FloatArray,
        scale_outcome: FloatArray,
        scale_final_position: FloatArray,
        low: FloatArray,
        span: FloatArray,
        turns: Any = None,
    ) -> BatchResult:
        """The result of a kernel that computed in the issues' units: its outcome kept as
        computed and mapped onto the unit interval, ``(outcome - low) / span``; the unit
        ``final_position`` as the kernel gives it."""
        return cls(
            final_position,
            (scale_outcome - low) / span,
            turns,
            scale_outcome=scale_outcome,
            scale_final_position=scale_final_position,
        )

    def in_scale(self, low: FloatArray, span: FloatArray) -> tuple[FloatArray, FloatArray]:
        """``(outcome (B, m), final_position (B, n, m))`` in each issue's units: the kernel's
        own numbers where it computed in them, else ``low + unit * span``
        (``StanceArrays.from_unit``)."""
        outcome = self.scale_outcome
        if outcome is None:
            outcome = low + self.outcome * span
        final = self.scale_final_position
        if final is None:
            final = low + self.final_position * span
        return np.asarray(outcome), np.asarray(final)


class BatchEngine(Engine, Protocol):
    """An engine whose kernel runs a whole batch at once (what Monte Carlo needs)."""

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult: ...
