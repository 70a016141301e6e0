"""Arithmetic in a reference implementation's order, so that ties break as they do there.

KTAB's ``smpc`` (C++) and the Scholz BDM port (Python) decide between mathematically equal
quantities (identical or mirror-image actors) by strict comparisons, so the last digit of
their arithmetic decides the tie; accord reproduces them bit for bit only by performing the
same floating-point operations in the same order (issue 12; docs/smp.md and docs/bdm.md,
"Ties"). Two NumPy defaults get in the way and are replaced here:

* ``np.sum`` adds pairwise (in blocks of 8), where the references' loops add one term after
  the other: :func:`ordered_sum`;
* ``np.power`` uses a SIMD routine on AVX-512 machines that differs from the C library's
  ``pow`` in the last digit for about one argument in twenty: :func:`c_pow`.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]

#: From this many sums side by side, adding one term at a time across all of them beats
#: ``np.cumsum`` (about 9 ns per element); both give the same bits. BDM's all-pairs normaliser
#: takes its batch path from the same size (``accord.engines.bdm.pair_probability``).
MANY_SUMS = 64


def ordered_sum(terms: FloatArray, axis: int = -1, start: FloatArray | float = 0.0) -> FloatArray:
    """``start + t_0 + t_1 + ...`` along ``axis``, added strictly from first to last.

    This is how a C loop (``KBase::sum``) or Python's ``sum`` adds (``0 + t == t``, so the
    default start changes nothing). ``start`` broadcasts against the other axes.

    The engines call this tens of thousands of times per backtest on small arrays, so the
    common case (the last axis, a float start) skips the generic axis and broadcast helpers
    (session 36); it performs the same additions in the same order.
    """
    moved = np.asarray(terms, dtype=float)
    if axis != -1 or moved.ndim == 0:
        moved = np.moveaxis(moved, axis, -1)
    if type(start) is float:
        rows = moved.shape[:-1]
        total = np.full(rows, start)
        full = moved
    elif isinstance(start, np.ndarray) and start.shape == moved.shape[:-1]:
        rows = start.shape
        total = np.array(start, dtype=float)
        full = moved
    else:
        first = np.asarray(start, dtype=float)
        rows = np.broadcast_shapes(first.shape, moved.shape[:-1])
        total = np.array(np.broadcast_to(first, rows))
        full = np.broadcast_to(moved, (*rows, moved.shape[-1]))
    if total.size >= MANY_SUMS or moved.shape[-1] == 0:
        # one contiguous block per term, added across all the sums at once
        last = full.ndim - 1
        for column in np.ascontiguousarray(full.transpose(last, *range(last))):
            total += column
        return total
    flat = np.array(full)
    flat[..., 0] += total
    return np.asarray(np.cumsum(flat, axis=-1)[..., -1])


def c_pow(base: FloatArray, exponent: FloatArray) -> FloatArray:
    """``base ** exponent`` element by element with the C library's ``pow``.

    ``np.float_power`` has no SIMD loop and calls ``pow`` for each element, as Python's
    ``float ** float`` does (``tests/engines/test_ties_arithmetic.py`` checks it on 200,000
    arguments); it is several times slower than ``np.power`` and releases the GIL.
    """
    return np.asarray(np.float_power(base, exponent), dtype=float)
