"""Session 42: the same seed gives the same ensemble on every CPU and under every hash seed.

numpy picks the kernel of ``np.exp`` by the CPU; on AVX-512 it rounds about one value in twenty
differently from its AVX2 and baseline kernels (and from the C library's ``exp``). The
ensemble's capability noise was ``np.exp(sigma * z)``, so ``accord forecast --runs N --seed S``
printed other last digits on other machines; it now takes ``exp`` from numpy's sampler
(``Generator.lognormal``, the C library's ``exp`` of the same draws). ``bench/determinism.py``
runs the main commands the same way.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

from accord.forecast.ensemble import Perturbation, perturbed_batch
from accord.forecast.explain import _inputs
from accord.scenario import load_bundled, stance_arrays

SRC = Path(__file__).resolve().parents[2] / "src"

ENSEMBLE = """
import json, sys
from accord.forecast import forecast
from accord.scenario import load_bundled
doc = forecast(load_bundled("ukraine-2025-02"), "smp", seed=7, runs=40).to_dict()
json.dump(doc, sys.stdout)
"""


def test_capability_noise_is_the_c_library_exp_of_the_draws() -> None:
    """Each run's capability factor is ``math.exp(sigma * z)`` of its standard normal draw, to
    the last bit (np.exp on an AVX-512 machine failed this for about one factor in twenty)."""
    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    spread = Perturbation(capability_sigma=0.3)
    batch = perturbed_batch(arrays, 2000, 5, spread)
    rng = np.random.default_rng(5)
    n, m = arrays.position.shape
    rng.standard_normal((2000, n, m))  # the positions' draws
    rng.standard_normal((2000, n, m))  # the saliences'
    z = rng.standard_normal((2000, n))
    want = np.array([[math.exp(0.3 * v) for v in row] for row in z])
    np.testing.assert_array_equal(batch.capability, arrays.capability[None] * want)


def test_tornado_moves_capability_by_the_c_library_exp() -> None:
    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    # on AVX-512, 100 * np.exp(sigma) differs from 100 * math.exp(sigma) in the last bit for
    # the second of these, 100 * np.exp(-sigma) for the first (USA's capability is 100)
    for sigma in (0.010693034651732587, 0.011089054452722636):
        first = _inputs(arrays, Perturbation(capability_sigma=sigma))[0][0]
        c = first.value
        assert (first.low, first.high) == (c * math.exp(-sigma), c * math.exp(sigma))


def test_ensemble_is_the_same_on_every_cpu_and_hash_seed() -> None:
    """numpy's AVX-512, AVX2 and baseline kernels (a feature the CPU lacks is ignored) and two
    string-hash seeds print the same JSON, byte for byte."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    outs = set()
    for disabled, hashseed in (
        ("", "0"),
        ("", "4242"),
        ("AVX512_ICL X86_V4", "0"),
        ("AVX512_ICL X86_V4 X86_V3", "0"),
    ):
        done = subprocess.run(
            [sys.executable, "-c", ENSEMBLE],
            env={**env, "NPY_DISABLE_CPU_FEATURES": disabled, "PYTHONHASHSEED": hashseed},
            capture_output=True,
            text=True,
            check=True,
        )
        outs.add(done.stdout)
    assert len(outs) == 1
    assert json.loads(outs.pop())["seed"] == 7
