"""Session 40's statistician trial (docs/trial-2026-12-07-s40-stats.md): the split-conformal
rank, infinite radii, the ledger's scores of bad probabilities, and the UN vote model's
reliability bins, calibration error and log loss. All but three (property checks of what
held already) failed on 0350323a's source."""

from __future__ import annotations

import importlib
import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.forecast.intervals import conformal_quantile, load_residuals, scenario_intervals
from accord.institutions.unvotes.evaluate import calibration_error, f1_scores, reliability
from accord.ledger import scores

# the module, not the function of the same name that the package exports
votes_eval = importlib.import_module("accord.institutions.unvotes.evaluate")

# --- split conformal (Lei, G'Sell, Rinaldo, Tibshirani & Wasserman 2018, JASA 113(523),
# section 2.2): the radius is the ceil((n + 1)(1 - alpha))-th smallest of n residuals.


def test_rank_of_level_055_with_99_residuals_is_55() -> None:
    # (99 + 1) * 0.55 = 55 exactly; the float product 55.00000000000001 gave rank 56.
    assert conformal_quantile(np.arange(1.0, 100.0), 0.55) == 55.0
    assert conformal_quantile(np.arange(1.0, 100.0), 0.07) == 7.0


def test_rank_is_the_published_ceiling_at_every_two_decimal_level() -> None:
    """For each level k / 100 and n up to 400, the rank in integers: ceil((n + 1) k / 100)
    (before, 59 of these 39,501 cases were one rank too high: levels 0.07, 0.14, 0.17, 0.28,
    0.34, 0.55, 0.56, 0.68, 0.81)."""
    wrong = []
    for percent in range(1, 100):
        for n in range(1, 400):
            rank = -(-(n + 1) * percent // 100)
            expected = float(rank) if rank <= n else math.inf
            if conformal_quantile(np.arange(1.0, n + 1.0), percent / 100) != expected:
                wrong.append((percent, n))
    assert wrong == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0.0, 1e6), min_size=1, max_size=60), st.floats(0.01, 0.99))
def test_radius_is_an_order_statistic_of_the_residuals(r: list[float], level: float) -> None:
    """The radius is one of the residuals (or inf), and at least level of them lie at or below
    it (the empirical quantile of n + 1 points with the test point at infinity)."""
    q = conformal_quantile(np.array(r), level)
    if math.isinf(q):
        assert (len(r) + 1) * level > len(r) - 1e-9  # rank ceil((n + 1) level) > n
    else:
        assert q in r
        assert sum(x <= q for x in r) + 0.0 >= level * (len(r) + 1) - 1e-9


@pytest.mark.parametrize("bad", [math.nan, math.inf])
def test_a_residual_that_is_not_finite_is_refused(bad: float) -> None:
    # NaN sorts last: [1, 2, 3, 4, nan] at 0.5 read rank 3 of a count that included the NaN,
    # and nine NaN gave a radius of NaN.
    with pytest.raises(DataError, match="NaN or infinite"):
        conformal_quantile(np.array([1.0, 2.0, 3.0, 4.0, bad]), 0.5)


def test_level_above_n_over_n_plus_1_is_refused_not_infinity() -> None:
    n = len(load_residuals()["mean"])  # 169: finite radius up to 169 / 170 = 0.9941
    assert n == 169
    ok = scenario_intervals("mean", {"a": (50.0, 0.0, 100.0)}, 0.99)
    assert math.isfinite(ok["radius"])
    json.loads(json.dumps(ok), parse_constant=lambda c: pytest.fail(f"not JSON: {c}"))
    with pytest.raises(DataError, match=r"only up to level 0\.9941"):
        scenario_intervals("mean", {"a": (50.0, 0.0, 100.0)}, 0.995)


def test_api_forecast_refuses_an_interval_it_cannot_give() -> None:
    import accord

    with pytest.raises(DataError, match="finite radius"):
        accord.forecast("src/accord/scenario/bundled/ukraine-2025-02.yaml", "mean", interval=0.995)


# --- the ledger's scores: Brier 1950 (binary form (p - a)^2) and the log score (Good 1952),
# both defined for a probability in [0, 1] (Gneiting & Raftery 2007, JASA 102(477), section 3).


@settings(max_examples=200, deadline=None)
@given(st.floats(0.0, 1.0), st.booleans())
def test_scores_of_a_probability(p: float, happened: bool) -> None:
    a = float(happened)
    assert scores.brier(p, happened) == (p - a) ** 2
    q = min(max(p, 0.001), 0.999)
    assert scores.log_loss(p, happened) == pytest.approx(-math.log(q if happened else 1 - q))


@pytest.mark.parametrize("bad", [math.nan, math.inf, -0.5, 1.5])
def test_a_bad_probability_is_an_error_not_a_score(bad: float) -> None:
    # Before: log_loss(nan) was nan, log_loss(-0.5, True) 6.91 and brier(1.5, True) 0.25.
    with pytest.raises(DataError, match="probability to score"):
        scores.brier(bad, True)
    with pytest.raises(DataError, match="probability to score"):
        scores.log_loss(bad, True)


def test_a_few_ulps_outside_is_clipped() -> None:
    # an adoption probability summed in floating point read 1.0000000000000009 (session 37)
    assert scores.brier(1.0000000000000009, True) == 0.0
    assert scores.log_loss(-1e-17, False) == pytest.approx(-math.log(0.999))


# --- the UN vote model: top-label reliability and ECE (Guo et al. 2017, eq. 3), F1
# (scikit-learn's f1_score), log loss (Good 1952).


def test_reliability_bins_have_decimal_edges() -> None:
    probs = np.array([[0.2, 0.2, 0.6], [0.3, 0.0, 0.7], [0.1, 0.1, 0.8]])
    truth = np.array([2, 2, 0], dtype=np.int8)
    table = reliability(probs, truth)
    # 0.6 lies in [0.6, 0.7), 0.7 in [0.7, 0.8); linspace's 0.6000000000000001 put them lower
    assert [(row["low"], row["high"], row["n"]) for row in table] == [
        (0.6, 0.7, 1),
        (0.7, 0.8, 1),
        (0.8, 0.9, 1),
    ]
    # ECE by hand: (|1 - 0.6| + |1 - 0.7| + |0 - 0.8|) / 3 = 0.5
    assert calibration_error(table) == pytest.approx(0.5)


def test_empty_table_and_no_votes_are_errors() -> None:
    with pytest.raises(DataError, match="holds no vote"):
        calibration_error([])
    with pytest.raises(DataError, match="no vote"):
        votes_eval.log_loss(np.zeros((0, 3)), np.zeros(0, dtype=np.int8))


def test_log_loss_by_hand() -> None:
    probs = np.array([[0.1, 0.2, 0.7], [0.5, 0.25, 0.25]])
    truth = np.array([2, 0], dtype=np.int8)
    assert votes_eval.log_loss(probs, truth) == pytest.approx(-(math.log(0.7) + math.log(0.5)) / 2)
    # a probability of 0 for the vote cast costs ln 1e12, not infinity
    assert votes_eval.log_loss(
        np.array([[0.0, 0.0, 1.0]]), np.array([0], dtype=np.int8)
    ) == pytest.approx(12 * math.log(10))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=40))
def test_f1_is_scikit_learns(pairs: list[tuple[int, int]]) -> None:
    from sklearn.metrics import f1_score

    truth = np.array([t for t, _ in pairs], dtype=np.int8)
    guess = np.array([g for _, g in pairs], dtype=np.int64)
    ours = f1_scores(truth, guess)
    ref = f1_score(truth, guess, labels=[0, 1, 2], average=None, zero_division=0)
    assert [ours["no"], ours["abstain"], ours["yes"]] == pytest.approx(list(ref))
