"""The asymmetric Nash bargaining solution per issue, with linear-loss utilities.

Nash, J. F. (1950), "The bargaining problem", *Econometrica* 18(2): 155-162; the asymmetric
form with bargaining weights is Kalai (1977). Its use as a model of EU legislative outcomes,
with capability x salience as bargaining power and the status quo as the disagreement point,
follows Achen (2006), "Evaluating political decision-making models", and Schneider, Finke &
Bailer (2010), "Bargaining power in the European Union: an evaluation of competing
game-theoretic models", *Political Studies* 58(1): 85-103 (see also Thomson et al., *The
European Union Decides*, 2006).

On each issue the outcome maximises ``N(x) = sum_i w_i log(U_i(x) - U_i(d))`` over the scale,
with ``w_i = c_i s_i``, ``U_i(x) = -|x - x_i|`` and disagreement point ``d``:

* ``status-quo``: the issue's ``status_quo``. If an actor stands on it, or actors stand on both
  sides of it, no change makes everyone better off and the solution is ``d`` (unanimity).
* ``actor-worst``: each actor's disagreement utility is its utility at its own worst point on
  the scale, ``U_i(d) = -max(x_i - low, high - x_i)`` (no one can veto).
* ``group-worst``: the scale end with the largest total weighted loss; an actor standing on it
  vetoes every change (so this choice is often degenerate; documented in docs/baselines.md).
* ``auto`` (default): ``status-quo`` where the issue states one, else ``actor-worst``.

``N`` is a sum of logs of positive concave functions, hence concave, with derivative
``N'(x) = -sum_i w_i sign(x - x_i) / (g_i - |x - x_i|)`` decreasing on the feasible interval
where every gain ``g_i - |x - x_i|`` is positive. The maximiser is found by bisection on the
sign of ``N'`` (64 halvings: exact to machine precision), vectorised over issues and runs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from accord.engines.base import Batch, BatchResult, Run, Turn
from accord.engines.common import (
    check_names,
    issue_weight,
    make_run,
    merged_params,
    nan_to_none,
)
from accord.engines.estimators import Nash
from accord.errors import EngineError
from accord.scenario.arrays import FloatArray, stance_arrays
from accord.scenario.model import Scenario

DISAGREEMENTS = ("auto", "status-quo", "actor-worst", "group-worst")
_HALVINGS = 64


def nash_solution(
    position: FloatArray,
    weight: FloatArray,
    low: FloatArray,
    high: FloatArray,
    status_quo: FloatArray,
    disagreement: str = "auto",
) -> tuple[FloatArray, FloatArray]:
    """Nash bargaining outcome per issue for ``position[..., n, m]`` (NaN = not engaged).

    ``status_quo[..., m]`` may hold NaN (no status quo). Returns ``(outcome, d)`` where ``d``
    is the disagreement point used (NaN for ``actor-worst``, which has none in common).
    """
    if disagreement not in DISAGREEMENTS:
        raise ValueError(f"unknown disagreement {disagreement!r}")
    engaged = ~np.isnan(position) & (weight > 0)
    x = np.where(engaged, position, 0.0)
    w = np.where(engaged, weight, 0.0)
    low = np.broadcast_to(low, x.shape[:-2] + x.shape[-1:])
    high = np.broadcast_to(high, low.shape)
    sq = np.broadcast_to(status_quo, low.shape)
    own_worst = np.maximum(x - low[..., None, :], high[..., None, :] - x)
    loss_low = (w * np.abs(x - low[..., None, :])).sum(axis=-2)
    loss_high = (w * np.abs(x - high[..., None, :])).sum(axis=-2)
    group_worst = np.where(loss_high > loss_low, high, low)
    if disagreement == "auto":
        use_point = ~np.isnan(sq)
        point = np.where(use_point, sq, np.nan)
    elif disagreement == "status-quo":
        if np.isnan(sq).any():
            raise ValueError("disagreement 'status-quo' needs a status quo on every issue")
        use_point = np.ones(low.shape, dtype=bool)
        point = np.asarray(sq, dtype=float)
    elif disagreement == "group-worst":
        use_point = np.ones(low.shape, dtype=bool)
        point = group_worst
    else:
        use_point = np.zeros(low.shape, dtype=bool)
        point = np.full(low.shape, np.nan)
    slack = np.where(
        use_point[..., None, :], np.abs(np.nan_to_num(point)[..., None, :] - x), own_worst
    )
    lo = np.maximum(low, np.where(engaged, x - slack, -np.inf).max(axis=-2))
    hi = np.minimum(high, np.where(engaged, x + slack, np.inf).min(axis=-2))
    feasible = (lo < hi) & engaged.any(axis=-2)
    a, b = lo.copy(), hi.copy()
    for _ in range(_HALVINGS):
        mid = 0.5 * (a + b)
        gap = np.abs(mid[..., None, :] - x)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            slope = -(w * np.sign(mid[..., None, :] - x) / (slack - gap)).sum(axis=-2)
        up = slope > 0
        a = np.where(up, mid, a)
        b = np.where(up, b, mid)
    outcome = 0.5 * (a + b)
    fallback = np.where(use_point, point, np.nan)
    outcome = np.where(feasible, outcome, fallback)
    outcome = np.where(engaged.any(axis=-2), outcome, np.nan)
    return np.asarray(outcome), np.asarray(point)


def _disagreement(params: Mapping[str, Any] | None, engine: str) -> tuple[str, Any]:
    given = dict(params or {})
    check_names(given, ("disagreement", "status_quo"), engine)
    mode = given.get("disagreement", "auto")
    if mode not in DISAGREEMENTS:
        raise EngineError(
            f"engine {engine!r}: parameter 'disagreement' must be one of "
            f"{', '.join(DISAGREEMENTS)} (got {mode!r})"
        )
    return str(mode), given.get("status_quo")


def _status_quo_values(value: Any, m: int, engine: str) -> FloatArray:
    if value is None:
        return np.full(m, np.nan)
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != m:
        raise EngineError(
            f"engine {engine!r}: parameter 'status_quo' must list one value per issue "
            f"({m}), null where none (got {value!r})"
        )
    out = np.array([np.nan if v is None else v for v in value], dtype=float)
    if np.any(np.isinf(out)):
        raise EngineError(f"engine {engine!r}: parameter 'status_quo' must be finite")
    return out


class NashBargaining:
    """Asymmetric Nash bargaining solution per issue (Nash 1950; Schneider et al. 2010)."""

    name = "nash"
    summary = Nash.summary  # one wording: the registered estimator's

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        mode, sq_param = _disagreement(merged_params(scenario, self.name, params), self.name)
        arr = stance_arrays(scenario)
        m = len(arr.issues)
        sq = np.array(
            [np.nan if i.status_quo is None else i.status_quo for i in scenario.issues],
            dtype=float,
        )
        if sq_param is not None:
            sq = _status_quo_values(sq_param, m, self.name)
        if mode == "status-quo" and np.isnan(sq).any():
            missing = scenario.issues[int(np.flatnonzero(np.isnan(sq))[0])].id
            raise EngineError(
                f"engine 'nash': disagreement 'status-quo' but issue {missing!r} has no "
                f"status_quo (set issues[].status_quo or use disagreement 'actor-worst')"
            )
        weight = issue_weight(arr.issue_capability(), arr.salience)
        outcome, point = nash_solution(arr.position, weight, arr.low, arr.high, sq, mode)
        narrative = []
        for k, issue in enumerate(scenario.issues):
            if np.isnan(outcome[k]):
                continue
            if np.isnan(point[k]):
                basis = "each actor's worst point on the scale as disagreement point"
            else:
                basis = f"disagreement point {point[k]:g}"
            narrative.append(
                f"the Nash bargaining solution on {issue.title} is {outcome[k]:.4g} ({basis})"
            )
        notes = {"disagreement": mode, "point": [nan_to_none(p) for p in point]}
        return make_run(
            self.name,
            scenario,
            arr,
            arr.position[None].copy(),
            outcome,
            {"disagreement": mode, **({"status_quo": sq_param} if sq_param else {})},
            seed,
            turns=[Turn(index=0, notes=notes)],
            narrative=narrative,
        )

    def run_batch(
        self,
        batch: Batch,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> BatchResult:
        """Batch positions are on the unit interval; a ``status_quo`` list must be too.

        A batch carries no status quo, so ``auto`` falls back to ``actor-worst`` unless
        ``params["status_quo"]`` gives one value per issue on the unit interval.

        Where the batch carries its issues' scales (``Batch.low``/``high``, as ensembles build
        it), the solution is computed in those units, as the single run computes it, from the
        scenario's own positions (``Batch.in_scale``) and status quo: ``scale_status_quo``
        gives the same values as ``status_quo`` in the issues' units (``ensemble_params``
        passes both), else they are ``low + unit * span``. The outcome is then mapped onto the
        unit interval (session 38: on the unit interval it differed from the single run's in
        the last digits).
        """
        given = dict(params or {})
        scale_sq_param = given.pop("scale_status_quo", None)
        mode, sq_param = _disagreement(given, self.name)
        m = batch.position.shape[-1]
        sq = _status_quo_values(sq_param, m, self.name)
        if mode == "status-quo" and np.isnan(sq).any():
            raise EngineError(
                "engine 'nash': disagreement 'status-quo' in a batch needs params "
                "'status_quo' (one unit-interval value per issue)"
            )
        weight = issue_weight(batch.issue_capability(), batch.salience)
        if batch.low is None or batch.high is None:
            outcome, _ = nash_solution(
                batch.position, weight, np.zeros(m), np.ones(m), np.broadcast_to(sq, (1, m)), mode
            )
            return BatchResult(batch.position.copy(), outcome)
        in_scale, low, span = batch.in_scale()
        if scale_sq_param is None:
            scale_sq = low + sq * span
        else:
            scale_sq = np.broadcast_to(_status_quo_values(scale_sq_param, m, self.name), low.shape)
        scale_sq = np.where(np.isnan(sq), np.nan, scale_sq)  # status_quo says where there is one
        outcome, _ = nash_solution(in_scale, weight, low, batch.scale_high(), scale_sq, mode)
        # the batch's own positions: nothing moves
        return BatchResult.of_scale(batch.position.copy(), outcome, in_scale, low, span)
