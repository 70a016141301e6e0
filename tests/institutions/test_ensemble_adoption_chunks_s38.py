"""Session 38 (s38-scale): the ensemble's draft votes are drawn in chunks of runs.

Until session 38 :func:`ensemble_adoption` held ``(runs, members, 4)`` arrays for all runs at
once: about 2 GiB for 100,000 runs of ukraine-2025-02 (193 General Assembly members), which
the memory guard did not count. The chunks must change no number.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import forecast
from accord.institutions.resolutions import ensemble_adoption
from accord.scenario import load_bundled

SCENARIO = load_bundled("ukraine-2025-02")
BASE = forecast(SCENARIO, "mean").run.final_positions


def _positions(runs: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(BASE[None] + rng.normal(0.0, 15.0, (runs, *BASE.shape)), 0.0, 100.0)


def test_the_estimates_are_those_of_the_start_code() -> None:
    """Pinned from the session start 73f7888f (all runs drawn at once): chunks of 2,048 runs
    give the same estimate, digit for digit. S/2025/112 re-pinned in session 41 (0.4094 ->
    0.4196): the vote model's rebuild with neighbours tied on similarity broken by roll call."""
    got = ensemble_adoption(SCENARIO, _positions(5000, 3), 11)
    assert got == {
        "S/2025/112": 0.4196,
        "A/ES-11/L.10": 1.0,
        "A/ES-11/L.11": 1.0,
    }


@settings(max_examples=25, deadline=None)
@given(
    runs=st.integers(1, 300),
    chunk=st.integers(1, 320),
    seed=st.integers(0, 2**32 - 1),
)
def test_any_chunking_gives_the_same_numbers(runs: int, chunk: int, seed: int) -> None:
    positions = _positions(runs, seed)
    whole = ensemble_adoption(SCENARIO, positions, seed, chunk_runs=runs)
    assert ensemble_adoption(SCENARIO, positions, seed, chunk_runs=chunk) == whole


def test_memory_does_not_grow_with_the_runs() -> None:
    """20,000 runs: the start code allocated (runs, 193, 4) float64 arrays, 118 MiB each, and
    several at once; in chunks the peak is a few chunks' worth."""
    positions = _positions(20_000, 5)
    tracemalloc.start()
    try:
        ensemble_adoption(SCENARIO, positions, 1)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024**2, f"peak {peak / 1024**2:.0f} MiB"
