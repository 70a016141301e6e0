"""Session 39 (theory trial, finding 1): ``accord.run`` and an engine's ``run`` bring extreme
capabilities and scales into range as ``accord.forecast`` does, instead of overflowing.

Before the fix, three actors of capability 1e308 gave, from ``accord.run``, a median of 35 where
the weighted median is 60, an exchange outcome of 0.0, a NaN mean and BDM, and an SMP outcome
off by 0.35, each with no more than NumPy's ``RuntimeWarning``; a scale of +-1e308 gave inf or
NaN, a bare ``OverflowError`` (BDM), and an SMP error saying an actor with salience 0.7 "has no
salience on any issue". Every model is invariant to a common factor of the capabilities and to an
affine map of an issue's scale (docs/smp.md, docs/bdm.md, docs/baselines.md), so the answer is
the one of the same scenario in ordinary magnitudes.
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import accord
from accord.scenario.model import Scenario

ENGINES = ["mean", "median", "nash", "exchange", "bdm", "smp"]


def _scenario(
    caps: list[float], unit: list[float], sal: list[float], low: float = 0.0, high: float = 100.0
) -> Scenario:
    return Scenario.model_validate(
        {
            "id": "magnitudes",
            "title": "magnitudes",
            "as_of": "2026-12-07",
            "actors": [
                {"id": f"A{i}", "name": f"A{i}", "capability": c} for i, c in enumerate(caps)
            ],
            "issues": [{"id": "x", "title": "X", "scale": {"low": low, "high": high}}],
            "stances": [
                {
                    "actor": f"A{i}",
                    "issue": "x",
                    "position": low * (1 - u) + high * u,  # no high - low: it may overflow
                    "salience": s,
                }
                for i, (u, s) in enumerate(zip(unit, sal, strict=True))
            ],
        }
    )


def _run(scenario: Scenario, engine: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no NumPy RuntimeWarning, no other warning
        return accord.run(scenario, engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_capabilities_of_1e308_give_the_ordinary_answer(engine: str) -> None:
    unit, sal = [0.1, 0.6, 0.9], [0.5, 0.6, 0.7]
    huge = _run(_scenario([1e308] * 3, unit, sal), engine)
    # 1e308 = m * 2**1023 exactly with m in [0.5, 1): the rescaled capabilities are m, m, m
    mantissa = math.frexp(1e308)[0]
    ordinary = _run(_scenario([mantissa] * 3, unit, sal), engine)
    assert np.array_equal(huge.outcome, ordinary.outcome)
    assert np.array_equal(huge.trajectory, ordinary.trajectory, equal_nan=True)
    if engine == "median":  # weights .5, .6, .7 at 10, 60, 90: half the total (0.9) at 60
        assert huge.outcome[0] == 60.0


@pytest.mark.parametrize("engine", ENGINES)
def test_a_scale_of_plus_minus_1e308_gives_the_scaled_answer(engine: str) -> None:
    unit, sal = [0.0, 0.55, 1.0], [0.5, 0.6, 0.7]
    exponent = 1017  # the scale -64..64 becomes +-2**1023, about +-9e307
    small = _run(_scenario([1, 2, 3], unit, sal, -64.0, 64.0), engine)
    low, high = math.ldexp(-64.0, exponent), math.ldexp(64.0, exponent)
    big = _run(_scenario([1, 2, 3], unit, sal, low, high), engine)
    assert np.array_equal(big.outcome, np.ldexp(small.outcome, exponent))
    assert np.array_equal(big.trajectory, np.ldexp(small.trajectory, exponent), equal_nan=True)
    for turn_big, turn_small in zip(big.turns, small.turns, strict=True):
        for move_big, move_small in zip(turn_big.moves, turn_small.moves, strict=True):
            assert move_big.before == math.ldexp(move_small.before, exponent)
            assert move_big.after == math.ldexp(move_small.after, exponent)


@settings(max_examples=25, deadline=None)
@given(
    caps=st.lists(st.floats(0.1, 10.0), min_size=3, max_size=5),
    shift=st.integers(1000, 1020),  # near the top of the float range
    data=st.data(),
)
def test_run_equals_forecast_for_any_magnitude(caps: list[float], shift: int, data: Any) -> None:
    """``accord.run`` gives the run ``accord.forecast`` makes, whatever the capabilities'
    magnitude (both rescale by the same power of two)."""
    n = len(caps)
    unit = data.draw(st.lists(st.integers(0, 20), min_size=n, max_size=n))
    sal = data.draw(st.lists(st.integers(1, 10), min_size=n, max_size=n))
    scaled = [math.ldexp(c, shift) for c in caps]
    huge = _scenario(
        [min(c, 1.7e308) for c in scaled], [u / 20 for u in unit], [s / 10 for s in sal]
    )
    engine = data.draw(st.sampled_from(["mean", "median", "nash", "exchange", "bdm"]))
    got = _run(huge, engine).outcome[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = accord.forecast(huge, engine).run.outcome[0]
    assert np.isfinite(got)
    assert got == want
