"""``ordered_sum``'s fast path (session 36) gives the generic path's bits.

The engines call :func:`accord.engines.ordered.ordered_sum` tens of thousands of times per
backtest, mostly on the last axis with a float or same-shaped array start; session 36 skipped
NumPy's axis and broadcast helpers there. ``_generic`` below is the function as it was before
(7adc0f35), kept as the reference: for every shape, axis and kind of start, including signed
zeros, infinities and NaN, both must return the same shape, dtype and bits.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

from accord.engines.ordered import MANY_SUMS, ordered_sum

F64 = NDArray[np.float64]


def _generic(terms: F64, axis: int = -1, start: F64 | float = 0.0) -> F64:
    """The implementation before session 36 (the reference)."""
    moved = np.moveaxis(np.asarray(terms, dtype=float), axis, -1)
    first = np.asarray(start, dtype=float)
    rows = np.broadcast_shapes(first.shape, moved.shape[:-1])
    total = np.array(np.broadcast_to(first, rows))
    full = np.broadcast_to(moved, (*rows, moved.shape[-1]))
    if total.size >= MANY_SUMS or moved.shape[-1] == 0:
        for column in np.ascontiguousarray(np.moveaxis(full, -1, 0)):
            total += column
        return total
    flat = np.array(full)
    flat[..., 0] += total
    return np.asarray(np.cumsum(flat, axis=-1)[..., -1])


def _same(a: F64, b: F64) -> None:
    a, b = np.asarray(a), np.asarray(b)  # (NaN and infinite terms warn; that is not checked)
    assert a.shape == b.shape
    assert a.dtype == b.dtype
    assert a.tobytes() == b.tobytes()  # bit for bit: -0.0 and NaN payloads included


SPECIAL = np.array([0.0, -0.0, 1e-300, -1e300, np.inf, -np.inf, np.nan, 0.1, 1e16, -1.0])


def _terms(rng: np.random.Generator, shape: tuple[int, ...], special: bool) -> F64:
    terms = np.array(rng.standard_normal(shape) * 10.0 ** rng.integers(-8, 9, shape), dtype=float)
    if special:
        mask = rng.random(shape) < 0.3
        terms[mask] = rng.choice(SPECIAL, size=int(mask.sum()))
    return terms


@settings(max_examples=300, deadline=None)
@given(
    shape=st.lists(st.integers(0, 9), min_size=1, max_size=3),
    seed=st.integers(0, 2**32 - 1),
    special=st.booleans(),
    start_kind=st.sampled_from(
        ["default", "float", "neg-zero", "np-float", "int", "same", "bcast"]
    ),
    axis_pick=st.integers(0, 5),
)
def test_the_fast_path_gives_the_generic_paths_bits(
    shape: list[int], seed: int, special: bool, start_kind: str, axis_pick: int
) -> None:
    rng = np.random.default_rng(seed)
    terms = _terms(rng, tuple(shape), special)
    axis = [-1, -1, -1, 0, len(shape) - 1, -len(shape)][axis_pick]
    rows = np.moveaxis(terms, axis, -1).shape[:-1]
    starts: dict[str, object] = {
        "float": float(rng.standard_normal()),
        "neg-zero": -0.0,
        "np-float": np.float64(rng.standard_normal()),
        "int": 3,
        "same": _terms(rng, rows, special),
        "bcast": _terms(rng, rows[-1:], special) if rows else 1.5,
    }
    with np.errstate(all="ignore"):
        if start_kind == "default":
            _same(ordered_sum(terms, axis=axis), _generic(terms, axis=axis))
            return
        start = starts[start_kind]
        _same(
            ordered_sum(terms, axis=axis, start=start),  # type: ignore[arg-type]
            _generic(terms, axis=axis, start=start),  # type: ignore[arg-type]
        )


@pytest.mark.parametrize("rows", [0, 1, MANY_SUMS - 1, MANY_SUMS, 3 * MANY_SUMS])
@pytest.mark.parametrize("length", [0, 1, 2, 7, 49])
def test_both_branches_on_the_engines_shapes(rows: int, length: int) -> None:
    """Either side of the many-sums threshold, with the starts the engines pass."""
    rng = np.random.default_rng(rows * 100 + length)
    terms = _terms(rng, (rows, length), special=True)
    array_start = _terms(rng, (rows,), special=True)
    with np.errstate(all="ignore"):
        for start in (0.0, -0.0, array_start, array_start.astype(np.float32)):
            _same(ordered_sum(terms, start=start), _generic(terms, start=start))
        _same(ordered_sum(terms.T, axis=0), _generic(terms.T, axis=0))


def test_the_input_is_not_changed_and_the_result_is_not_a_view_of_it() -> None:
    terms = np.arange(6.0)
    start = np.zeros(())
    for total in (ordered_sum(terms), ordered_sum(terms, start=start)):
        total += 100.0
    np.testing.assert_array_equal(terms, np.arange(6.0))
    assert start == 0.0


def test_a_zero_dimensional_array_is_refused_as_before() -> None:
    with pytest.raises(np.exceptions.AxisError):
        ordered_sum(np.float64(1.0))  # type: ignore[arg-type]
    with pytest.raises(np.exceptions.AxisError):
        _generic(np.float64(1.0))  # type: ignore[arg-type]
