"""Session 43: the UN vote model's predictions are the same on every CPU.

NumPy chooses the kernels of ``np.exp``, ``np.log`` and ``np.tanh`` by the CPU: its AVX-512
``exp`` and ``log`` and its AVX2 and AVX-512 ``tanh`` round some arguments differently from its
baseline kernels, which call the C library. ``accord votes predict`` differed in the last digits
(up to 3.6e-15, bench/determinism.py); the prediction path now takes the C library's functions
(:mod:`accord.libm`), so it prints what NumPy's baseline kernels gave, on every machine.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from accord.institutions.resolutions import _logistic
from accord.institutions.unvotes.irt import vote_probabilities
from accord.libm import EXP_MAX, c_exp, c_log, c_logistic, c_tanh

SRC = Path(__file__).resolve().parents[2] / "src"

KERNELS = ("", "AVX512_ICL X86_V4", "AVX512_ICL X86_V4 X86_V3")
"""``NPY_DISABLE_CPU_FEATURES``: NumPy's AVX-512, AVX2 and baseline kernels (a feature the CPU
lacks is ignored, so on a machine without AVX-512 two runs coincide)."""

PREDICT = """
import sys
from accord.institutions.unvotes import load_model, predict_votes
model = load_model()
for title, description, issues in (
    ("Aggression against Ukraine", "", ["hr"]),
    ("Nuclear disarmament", "nuclear weapons nuclear tests; the treaty on nuclear weapons", ["nu"]),
):
    votes = predict_votes(model, title, description, issues)
    for member, p in votes.items():
        print(member, *(p[k].hex() for k in ("yes", "no", "abstain")))
"""


def _each(function: Callable[[float], float], x: np.ndarray) -> np.ndarray:
    return np.array([function(v) for v in x.ravel().tolist()]).reshape(x.shape)


def test_the_functions_are_the_c_librarys_element_by_element() -> None:
    rng = np.random.default_rng(43)
    x = rng.normal(0.0, 4.0, (50, 40))
    np.testing.assert_array_equal(c_exp(x), _each(math.exp, x))
    np.testing.assert_array_equal(c_tanh(x), _each(math.tanh, x))
    positive = np.abs(x) + 1e-300
    np.testing.assert_array_equal(c_log(positive), _each(math.log, positive))
    np.testing.assert_array_equal(c_logistic(x), 0.5 * (1.0 + _each(math.tanh, 0.5 * x)))
    assert c_exp(x).shape == x.shape and c_exp(1.0).shape == ()


def test_the_edges_are_numpys_without_its_warnings() -> None:
    edges = np.array([0.0, -0.0, -1.0, np.inf, -np.inf, np.nan, EXP_MAX, 710.0, 1e308])
    with np.errstate(all="ignore"):
        want_exp, want_log = np.exp(edges), np.log(edges)
    with np.errstate(all="raise"):  # a floating-point warning would raise here
        got_exp, got_log, got_tanh = c_exp(edges), c_log(edges), c_tanh(edges)
    np.testing.assert_array_equal(np.delete(got_exp, 6), np.delete(want_exp, 6))
    assert np.isfinite(got_exp[6]) and got_exp[6] == math.exp(EXP_MAX)  # the largest finite
    np.testing.assert_array_equal(got_log, want_log)
    np.testing.assert_array_equal(got_tanh, np.tanh(edges))


def test_the_predictions_logistics_take_the_c_librarys_tanh() -> None:
    """NumPy's AVX2 and AVX-512 ``tanh`` differ from ``math.tanh`` for about a quarter of these
    arguments; the draft votes' appeal and the ideal-point probabilities do not."""
    t = np.random.default_rng(7).normal(0.0, 3.0, 2000)
    want = np.array([0.5 * (1.0 + math.tanh(0.5 * v)) for v in t.tolist()])
    np.testing.assert_array_equal(_logistic(t), want)
    eta, c1, c2 = t[:1000], t[1000:] - 1.0, t[1000:] + 1.0
    p = vote_probabilities(eta, c1, c2)
    f1 = [0.5 * (1.0 + math.tanh(0.5 * v)) for v in (c1 - eta).tolist()]
    np.testing.assert_array_equal(p[:, 0], f1)


def test_votes_predict_is_the_same_with_every_numpy_kernel() -> None:
    """Every member's three probabilities, to the last bit, under NumPy's AVX-512, AVX2 and
    baseline kernels (two drafts; the second repeats words, so its text row takes logs of
    counts above 1)."""
    outs = set()
    for disabled in KERNELS:
        done = subprocess.run(
            [sys.executable, "-c", PREDICT],
            env={**os.environ, "PYTHONPATH": str(SRC), "NPY_DISABLE_CPU_FEATURES": disabled},
            capture_output=True,
            text=True,
            check=True,
        )
        assert done.stdout.count("\n") > 300
        outs.add(done.stdout)
    assert len(outs) == 1
