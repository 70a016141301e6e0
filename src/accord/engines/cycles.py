"""Detecting whether an iterated model settled, cycles, or neither.

Iterated engines (BDM above all) play a fixed number of rounds and report the last one. When
the positions oscillate between rounds, the last round is an accident of the round count: a
forecast read from it changes with ``rounds`` by one. This module finds the period of the
tail of a trajectory so that a forecast can be read from the whole cycle instead.

Definition (ours; the usual test for an eventually periodic sequence): the tail of a path
``x[0..T]`` has period ``p`` when ``|x[t] - x[t - p]| <= atol`` for every ``t`` in the last
``2p`` rounds, that is, the last ``p`` rounds have repeated twice. The smallest such ``p``
is reported; ``p = 1`` means the positions settled (a fixed point). When no ``p`` with three
copies in the path fits (``3p <= T + 1``), the path did not settle within its rounds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from accord.scenario.arrays import FloatArray, IntArray

DEFAULT_ATOL = 1e-6
"""Positions closer than this share of the issue's span count as equal."""


@dataclass(frozen=True)
class Settling:
    """How the tail of one path behaves: ``period`` 1 settled, > 1 cycles, 0 neither."""

    period: int
    rounds: int

    @property
    def settled(self) -> bool:
        return self.period == 1

    @property
    def cycles(self) -> bool:
        return self.period > 1


def tail_period(path: FloatArray, atol: float = DEFAULT_ATOL) -> int:
    """The smallest period of the tail of ``path[t, ...]`` (NaN entries are ignored), or 0.

    ``path`` is ``(T + 1, ...)``: one row per round (row 0 the start); every entry of a row
    must repeat.
    """
    rows = np.asarray(path, dtype=float).reshape(path.shape[0], 1, -1)
    return int(tail_periods(rows, atol)[0])


def tail_periods(path: FloatArray, atol: FloatArray | float = DEFAULT_ATOL) -> IntArray:
    """:func:`tail_period` of many paths at once: ``path[t, ..., n]`` holds one path per
    element of ``...`` (e.g. run and issue) over the last axis (actors); returns ``[...]``.

    ``atol`` broadcasts against ``...``. Pure NumPy: each candidate period is one vectorised
    comparison of all tails against themselves shifted.
    """
    rows = np.asarray(path, dtype=float)
    t_last = rows.shape[0] - 1
    period_of = np.zeros(rows.shape[1:-1], dtype=np.int64)
    for period in range(1, (t_last + 1) // 3 + 1):
        tail = rows[t_last - 2 * period + 1 :]
        back = rows[t_last - 3 * period + 1 : t_last - period + 1]
        gap = np.nan_to_num(np.abs(tail - back), nan=0.0).max(axis=(0, -1))
        found = (period_of == 0) & (gap <= atol)
        period_of[found] = period
    return period_of


def settling(path: FloatArray, span: float = 1.0, atol: float = DEFAULT_ATOL) -> Settling:
    """:func:`tail_period` of a path in scale units (``atol`` is a share of ``span``)."""
    return Settling(period=tail_period(path, atol * span), rounds=int(path.shape[0]) - 1)


def cycle_mean(values: FloatArray, period: int) -> FloatArray:
    """The mean over the last ``period`` rows of ``values[t, ...]``: a forecast read from the
    whole cycle, which does not depend on where in the cycle the rounds happened to stop."""
    if period < 1:
        raise ValueError("period must be at least 1")
    return np.asarray(np.mean(np.asarray(values)[-period:], axis=0))


__all__ = ["DEFAULT_ATOL", "Settling", "cycle_mean", "settling", "tail_period", "tail_periods"]
