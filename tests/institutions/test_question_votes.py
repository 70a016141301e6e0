"""A Monte Carlo ensemble carries through to the predicted votes on draft resolutions."""

from __future__ import annotations

import numpy as np

from accord.forecast import forecast
from accord.forecast.ensemble import Perturbation
from accord.institutions.resolutions import ensemble_adoption
from accord.scenario import load_bundled


def test_without_perturbation_the_ensemble_estimates_the_exact_probability() -> None:
    """Every run equal to the single run: the sampled estimate must match the exact DP value
    of each draft within four standard errors."""
    s = load_bundled("ukraine-2025-02")
    runs = 3000
    made = forecast(s, "mean")
    positions = np.repeat(made.run.final_positions[None], runs, axis=0)
    over = ensemble_adoption(s, positions, 5)
    for entry in made.extras["resolutions"]:
        p = entry["adoption_probability"]
        se = max(np.sqrt(p * (1 - p) / runs), 1e-3)
        assert abs(over[entry["id"]] - p) <= 4 * se + 1e-4


def test_forecast_with_runs_reports_the_ensemble_adoption() -> None:
    s = load_bundled("ukraine-2025-02")
    made = forecast(s, "mean", seed=5, runs=300, spread=Perturbation(0.0, 0.0, 0.0))
    for entry in made.extras["resolutions"]:
        assert 0.0 <= entry["adoption_probability_ensemble"] <= 1.0
        assert entry["ensemble_runs"] == 300


def test_ensemble_adoption_is_seeded() -> None:
    s = load_bundled("ukraine-2025-02")
    made = forecast(s, "mean", seed=2, runs=200)
    again = forecast(s, "mean", seed=2, runs=200)
    assert made.extras["resolutions"] == again.extras["resolutions"]
    assert made.samples is not None


def test_ensemble_adoption_covers_every_draft() -> None:
    """One probability per draft, each a share of runs."""
    s = load_bundled("ukraine-2025-02")
    arr_runs = 400
    base = forecast(s, "mean").run.final_positions
    positions = np.repeat(base[None], arr_runs, axis=0)
    p = ensemble_adoption(s, positions, 1)
    assert set(p) == {d.id for d in s.institutions.drafts}
    assert all(0.0 <= v <= 1.0 and v * arr_runs == round(v * arr_runs) for v in p.values())
