"""Monte Carlo ensembles: how much a forecast moves when the inputs are uncertain.

Each run perturbs every engaged actor's position, salience and capability, then the engine's
batch kernel runs the whole ensemble at once (the runs are the leading axis of its arrays, not
a Python loop). The perturbations:

* position: normal with the stance's stated ``uncertainty`` (scale units, times
  ``uncertainty_scale``, default 1); where none is stated, ``position_sd`` (default 0.05) of
  the issue's span; clipped to the scale.
* salience: normal with standard deviation ``salience_sd`` (default 0.10, absolute), clipped
  to [0, 1] but never below ``min(salience, 0.01)``, so that noise alone never turns an actor
  that cares into one that does not; a stated salience of 0 stays 0 (nor does noise turn an
  actor that does not care into one that does: an issue nobody cares about has no forecast
  in any run, as in the single run). Stances state no salience uncertainty, so this is a
  documented default.
* capability: log-normal multiplicative noise with ``capability_sigma`` (default 0.20, about
  +/-20%), which keeps capabilities positive and treats them as ratios. A stance's
  ``leverage`` (issue-specific capability) is multiplied by the same draw as its actor's
  capability.

Random streams: the runs are cut into fixed blocks of :data:`BLOCK_RUNS`; block ``b`` draws
its perturbations (and hands the engine its seed) from child ``b`` of
``numpy.random.SeedSequence(seed).spawn(...)``, and the engine runs each block on its own.
So an ensemble is the same, number for number, however its blocks are grouped into chunks and
whichever executor (inline, ``--workers N`` processes, a Dask cluster) runs the chunks. Without
a seed a fresh one is drawn and recorded, so every ensemble can be reproduced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.engines.base import Batch, BatchResult
from accord.engines.common import nan_to_none
from accord.errors import EngineError
from accord.progress import tick
from accord.quiet import runtime_warnings_ignored
from accord.scenario.arrays import FloatArray, StanceArrays

if TYPE_CHECKING:
    import pandas as pd

    from accord.execution import Executor

__all__ = [
    "Distribution",
    "Ensemble",
    "EnsembleSummary",
    "Perturbation",
    "new_seed",
    "perturbed_batch",
    "run_ensemble",
]

BLOCK_RUNS = 2048  # runs per random-stream block; part of what a seed means, so fixed


@dataclass(frozen=True)
class Perturbation:
    """How much each run moves the inputs (see the module docstring).

    ``position_sd`` applies where a stance states no uncertainty; a stated ``uncertainty`` is
    multiplied by ``uncertainty_scale`` (1: as stated). :meth:`zero` moves nothing at all, so
    that every run of its ensemble is the single run.
    """

    position_sd: float = 0.05
    salience_sd: float = 0.10
    capability_sigma: float = 0.20
    uncertainty_scale: float = 1.0

    def __post_init__(self) -> None:
        for name in ("position_sd", "salience_sd", "capability_sigma", "uncertainty_scale"):
            value = getattr(self, name)
            if not (np.isfinite(value) and value >= 0):
                raise EngineError(f"{name} must be a finite number >= 0 (got {value!r})")

    @classmethod
    def zero(cls) -> Perturbation:
        """No spread: neither the defaults nor the stances' stated uncertainties move a run."""
        return cls(position_sd=0.0, salience_sd=0.0, capability_sigma=0.0, uncertainty_scale=0.0)


SALIENCE_FLOOR = 0.01


def new_seed() -> int:
    """A fresh seed to record when the user gave none."""
    return int(np.random.SeedSequence().generate_state(1, dtype=np.uint32)[0])


def perturbed_batch(
    arrays: StanceArrays,
    runs: int,
    seed: int | np.random.SeedSequence,
    spread: Perturbation | None = None,
) -> Batch:
    """``runs`` perturbed copies of a scenario's arrays, positions on the unit interval.

    The batch also carries the issues' scales and the positions in scale units (see
    :class:`~accord.engines.base.Batch`): a position the draw left where it was (no spread,
    or a stated uncertainty of 0) keeps the scenario's own number there, so that a kernel
    computing in scale units (BDM) starts from exactly what the single run starts from.
    """
    if runs < 1:
        raise EngineError(f"runs must be at least 1 (got {runs})")
    spread = spread or Perturbation()
    rng = np.random.default_rng(seed)
    n, m = arrays.position.shape
    unit = arrays.unit_position()
    stated = arrays.uncertainty * spread.uncertainty_scale / arrays.span
    sd = np.where(np.isnan(arrays.uncertainty), spread.position_sd, stated)
    position = unit[None] + rng.standard_normal((runs, n, m)) * sd[None]
    position = np.clip(position, 0.0, 1.0)  # NaN (not engaged) stays NaN
    salience = arrays.salience[None] + rng.standard_normal((runs, n, m)) * spread.salience_sd
    floor = np.minimum(arrays.salience, SALIENCE_FLOOR)[None]  # who cares keeps caring
    cares = arrays.engaged & (arrays.salience > 0)  # and who does not care never starts to
    salience = np.where(cares[None], np.clip(salience, floor, 1.0), 0.0)
    # exp(sigma * z) with the C library's exp (numpy's sampler calls it), not np.exp: on AVX-512
    # np.exp rounds about one value in twenty differently from its AVX2 and baseline kernels, so
    # the same seed gave other ensembles on other CPUs (session 42). Same draws, same stream.
    noise = rng.lognormal(0.0, spread.capability_sigma, (runs, n))  # sigma >= 0 (checked)
    capability = arrays.capability[None] * noise
    leverage = None  # issue-specific capability moves with the actor's capability noise
    if arrays.leverage is not None:
        leverage = arrays.leverage[None] * noise[..., None]
    # low + unit * span can differ from the stated position in the last digit: keep the latter
    in_scale = np.where(position == unit[None], arrays.position[None], arrays.from_unit(position))
    return Batch(
        capability=capability,
        position=position,
        salience=salience,
        leverage=leverage,
        low=arrays.low,
        high=arrays.high,
        scale_position=in_scale,
    )


@dataclass(frozen=True)
class Ensemble:
    """Outcomes and final positions of every run, in each issue's own scale."""

    runs: int
    seed: int
    outcome: FloatArray  # (runs, m)
    final_position: FloatArray  # (runs, n, m)
    spread: Perturbation
    start_position: FloatArray | None = None  # (runs, n, m): each run's perturbed stances

    def summary(self, actors: tuple[str, ...], issues: tuple[str, ...]) -> dict[str, Any]:
        """Runs, seed and perturbation, per-issue mean and 5/50/95th percentiles, and each
        actor's mean final position (as plain data)."""
        typed = EnsembleSummary.of(self, actors, issues).to_dict()
        actor_means = typed.pop("actors")
        per_issue = {k: d.to_dict() for k, d in self.distributions(issues).items()}
        return {**typed, "issues": per_issue, "actors": actor_means}

    def distributions(self, issues: tuple[str, ...]) -> dict[str, Distribution]:
        """Per issue, the outcome's mean and 5th, 50th and 95th percentiles over the runs."""
        with runtime_warnings_ignored():  # all-NaN columns (actors not engaged) give NaN
            p5, p50, p95 = np.nanpercentile(self.outcome, [5, 50, 95], axis=0)
            mean = np.nanmean(self.outcome, axis=0)
        return {
            issue: Distribution(
                nan_to_none(mean[k]), nan_to_none(p5[k]), nan_to_none(p50[k]), nan_to_none(p95[k])
            )
            for k, issue in enumerate(issues)
        }


@dataclass(frozen=True)
class Distribution:
    """An ensemble's outcome on one issue: the mean and the 5th, 50th and 95th percentiles
    over the runs (None where no run gave an outcome)."""

    mean: float | None
    p5: float | None
    p50: float | None
    p95: float | None

    def to_dict(self) -> dict[str, float | None]:
        """The JSON edge: ``{"mean", "p5", "p50", "p95"}`` in that order."""
        return {"mean": self.mean, "p5": self.p5, "p50": self.p50, "p95": self.p95}


@dataclass(frozen=True)
class EnsembleSummary:
    """What a forecast keeps of its ensemble besides the samples (``Forecast.ensemble``):
    the runs, seed and perturbation, and each actor's mean final position per issue.

    :meth:`to_dict` is the ``ensemble`` entry of the JSON contract; :meth:`to_frame` the
    actors' mean positions in long format.
    """

    runs: int
    seed: int
    perturbation: Perturbation
    actors: tuple[str, ...]
    issues: tuple[str, ...]
    actor_mean: FloatArray  # (actors, issues) mean final position, NaN where not engaged

    @classmethod
    def of(
        cls, ensemble: Ensemble, actors: tuple[str, ...], issues: tuple[str, ...]
    ) -> EnsembleSummary:
        with runtime_warnings_ignored():  # all-NaN columns (actors not engaged) give NaN
            actor_mean = np.nanmean(ensemble.final_position, axis=0)
        return cls(ensemble.runs, ensemble.seed, ensemble.spread, actors, issues, actor_mean)

    def __repr__(self) -> str:
        return (
            f"EnsembleSummary(runs={self.runs}, seed={self.seed}, "
            f"actors={len(self.actors)}, issues={len(self.issues)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON edge, as ``Ensemble.summary`` writes it (without its per-issue part)."""
        full = {
            "runs": self.runs,
            "seed": self.seed,
            "perturbation": {
                "position_sd": self.perturbation.position_sd,
                "salience_sd": self.perturbation.salience_sd,
                "capability_sigma": self.perturbation.capability_sigma,
                "uncertainty_scale": self.perturbation.uncertainty_scale,
            },
            "actors": {
                actor: {
                    issue: nan_to_none(self.actor_mean[a, k]) for k, issue in enumerate(self.issues)
                }
                for a, actor in enumerate(self.actors)
            },
        }
        return full

    def to_frame(self) -> pd.DataFrame:
        """One row per actor and issue: the actor's mean final position over the runs
        (:func:`accord.frames.ensemble_means_frame`)."""
        from accord.frames import ensemble_means_frame

        return ensemble_means_frame(self)


def run_ensemble(
    engine: Any,
    arrays: StanceArrays,
    runs: int,
    seed: int | None = None,
    params: Mapping[str, Any] | None = None,
    spread: Perturbation | None = None,
    executor: Executor | None = None,
    chunks: int | None = None,
    block_runs: int = BLOCK_RUNS,
) -> Ensemble:
    """Perturb the scenario ``runs`` times and run the engine's batch kernel on each block.

    The blocks (see the module docstring) are grouped into ``chunks`` contiguous chunks
    (default: one per executor worker) and the chunks are mapped over ``executor`` (default:
    inline); the result does not depend on either. ``block_runs`` is part of what a seed
    means (tests shrink it to get many blocks from few runs).
    """
    if not hasattr(engine, "run_batch"):
        raise EngineError(f"engine {engine.name!r} cannot run ensembles (no batch kernel)")
    for name, value in (("runs", runs), ("block_runs", block_runs)):
        if value < 1:  # each named alone: a user who gave runs=0 never saw block_runs
            raise EngineError(f"{name} must be at least 1 (got {value})")
    from accord.execution import InlineExecutor, split

    seed = new_seed() if seed is None else seed
    spread = spread or Perturbation()
    executor = executor or InlineExecutor()
    blocks = -(-runs // block_runs)
    groups = split(blocks, chunks or executor.workers)
    work = [
        _Chunk(engine, arrays, runs, seed, dict(params or {}), spread, block_runs, g.start, g.stop)
        for g in groups
    ]
    parts = executor.map(_run_chunk, work)
    outcome = np.concatenate([p[0] for p in parts], axis=0)
    final = np.concatenate([p[1] for p in parts], axis=0)
    start = np.concatenate([p[2] for p in parts], axis=0)
    return Ensemble(
        runs=runs,
        seed=seed,
        outcome=outcome,
        final_position=final,
        spread=spread,
        start_position=start,
    )


@dataclass(frozen=True)
class _Chunk:
    """Blocks ``first..stop-1`` of an ensemble: what one executor task computes."""

    engine: Any
    arrays: StanceArrays
    runs: int
    seed: int
    params: dict[str, Any]
    spread: Perturbation
    block_runs: int
    first: int
    stop: int


def _run_chunk(chunk: _Chunk) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Outcomes ``(r, m)``, final and perturbed starting positions ``(r, n, m)`` of a chunk's
    runs, in each issue's units: a kernel's own numbers where it computed in them
    (:meth:`~accord.engines.base.BatchResult.in_scale`; session 38), else the unit values
    mapped back.

    Child ``b`` of the ensemble's seed sequence draws block ``b``'s perturbations and gives
    the engine its seed, and each block is its own ``run_batch`` call, so a block's numbers
    depend on nothing but its index.
    """
    children = np.random.SeedSequence(chunk.seed).spawn(chunk.stop)
    outcomes: list[FloatArray] = []
    finals: list[FloatArray] = []
    starts: list[FloatArray] = []
    for b in range(chunk.first, chunk.stop):
        size = min(chunk.block_runs, chunk.runs - b * chunk.block_runs)
        perturb, engine_seed = children[b].spawn(2)
        batch = perturbed_batch(chunk.arrays, size, perturb, chunk.spread)
        seed = int(engine_seed.generate_state(1, dtype=np.uint32)[0])
        result: BatchResult = chunk.engine.run_batch(batch, chunk.params or None, seed)
        outcome, final = result.in_scale(chunk.arrays.low, chunk.arrays.span)
        outcomes.append(outcome)
        finals.append(final)
        starts.append(chunk.arrays.from_unit(batch.position))
        tick("ensemble: runs", min((b + 1) * chunk.block_runs, chunk.runs), chunk.runs)
    return (
        np.concatenate(outcomes, axis=0),
        np.concatenate(finals, axis=0),
        np.concatenate(starts, axis=0),
    )
