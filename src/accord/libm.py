"""``exp``, ``log`` and ``tanh`` element by element with the C library's functions.

NumPy picks its kernels for ``np.exp``, ``np.log`` and ``np.tanh`` by the CPU, and they do not
round alike: on 200,000 arguments of the ranges the UN vote model uses, its AVX-512 ``exp``
differed from its AVX2 and baseline ones in the last digit for 4.6%, its AVX-512 ``log`` for
0.4%, and its AVX2 and AVX-512 ``tanh`` from its baseline one for 28% (session 43; the
baseline kernels call the C library). So ``accord votes predict`` gave other last digits on
other CPUs (up to 3.6e-15). These functions call the C library's ``exp``, ``log`` and ``tanh``
(Python's :mod:`math`) for each element instead: on a machine the same numbers whatever
NumPy's kernels, the numbers NumPy's baseline kernels give. They cost about 60 ns an element
(NumPy's kernels 2 to 8), which the few thousand elements of a prediction do not feel; they are
not for the millions of a model's fit.

Unlike NumPy's, they raise no floating-point warning: ``c_exp`` of more than
:data:`EXP_MAX` is ``inf``, ``c_log`` of 0 is ``-inf`` and of a negative number NaN.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]

EXP_MAX = math.log(sys.float_info.max)
"""The largest argument whose ``exp`` is finite (about 709.78); ``math.exp`` raises above it."""

__all__ = ["EXP_MAX", "c_exp", "c_log", "c_logistic", "c_tanh"]


def _each(function: Callable[[float], float], values: FloatArray) -> FloatArray:
    """``function`` of every element of ``values``, in their shape."""
    flat = map(function, values.ravel().tolist())
    return np.fromiter(flat, np.float64, values.size).reshape(values.shape)


def c_exp(x: ArrayLike) -> FloatArray:
    """``exp`` of every element with the C library's ``exp`` (``inf`` above :data:`EXP_MAX`)."""
    values = np.asarray(x, dtype=np.float64)
    over = values > EXP_MAX
    if not over.any():
        return _each(math.exp, values)
    out = _each(math.exp, np.where(over, 0.0, values))
    out[over] = np.inf
    return out


def c_log(x: ArrayLike) -> FloatArray:
    """``log`` of every element with the C library's ``log`` (``-inf`` at 0, NaN below)."""
    values = np.asarray(x, dtype=np.float64)
    outside = values <= 0.0
    if not outside.any():
        return _each(math.log, values)
    out = _each(math.log, np.where(outside, 1.0, values))
    out[values == 0.0] = -np.inf
    out[values < 0.0] = np.nan
    return out


def c_tanh(x: ArrayLike) -> FloatArray:
    """``tanh`` of every element with the C library's ``tanh``."""
    return _each(math.tanh, np.asarray(x, dtype=np.float64))


def c_logistic(t: ArrayLike) -> FloatArray:
    """The logistic function ``1 / (1 + exp(-t))``, computed as ``(1 + tanh(t / 2)) / 2`` (no
    overflow, and accurate in both tails) with :func:`c_tanh`."""
    half = np.asarray(t, dtype=np.float64) * 0.5
    out: FloatArray = 0.5 * (1.0 + c_tanh(half))
    return out
