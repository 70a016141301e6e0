"""The arithmetic helpers behind bit-exact ties (issue 12): sums in order, the C library's pow."""

from __future__ import annotations

import functools
import operator

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.engines.ordered import c_pow, ordered_sum

finite = st.floats(-1e6, 1e6, allow_nan=False, allow_subnormal=False)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(finite, min_size=1, max_size=40), min_size=1, max_size=4))
def test_ordered_sum_adds_left_to_right_like_a_loop(rows: list[list[float]]) -> None:
    width = min(len(r) for r in rows)
    terms = np.array([r[:width] for r in rows])
    expected = [functools.reduce(operator.add, r[:width]) for r in rows]
    assert ordered_sum(terms).tolist() == expected
    assert ordered_sum(terms.T, axis=0).tolist() == expected


def test_ordered_sum_differs_from_pairwise_sum_where_order_matters() -> None:
    # 1 + 1e-16 + ... : sequential addition loses every small term, pairwise keeps them
    terms = np.array([1.0] + [1e-16] * 31)
    assert ordered_sum(terms) == 1.0
    assert np.sum(terms) > 1.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(0.0, 1.0, allow_subnormal=False), min_size=1, max_size=30),
    st.floats(0.5, 2.0),
)
def test_power_is_pythons_float_c_pow(bases: list[float], exponent: float) -> None:
    got = c_pow(np.array(bases), np.full(len(bases), exponent))
    assert got.tolist() == [b**exponent for b in bases]


def test_power_matches_the_c_library_where_numpy_power_does_not() -> None:
    # 200,000 seeded arguments in the ranges the BDM uses (bases in [0, 1], exponents in
    # [1/2, 2]); on AVX-512 machines np.power differs in the last digit for some of them
    rng = np.random.default_rng(12)
    base, exponent = rng.random(200_000), rng.uniform(0.5, 2.0, 200_000)
    expected = [b**e for b, e in zip(base.tolist(), exponent.tolist(), strict=True)]
    assert c_pow(base, exponent).tolist() == expected


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 200), st.integers(0, 40), st.integers(0, 2**32 - 1))
def test_running_sum_adds_in_order_for_one_or_many_sums(rows: int, length: int, seed: int) -> None:
    # one vector add per term across many sums (>= 64 of them), np.cumsum for few: same bits
    rng = np.random.default_rng(seed)
    start = rng.normal(size=rows) * 10.0 ** rng.integers(-8, 8, size=rows)
    terms = rng.normal(size=(rows, length)) * 10.0 ** rng.integers(-8, 8, size=(rows, length))
    expected = [
        functools.reduce(operator.add, row.tolist(), first)
        for first, row in zip(start.tolist(), terms, strict=True)
    ]
    assert ordered_sum(terms, start=start).tolist() == expected
