"""Typed results inside a forecast, dicts only at the JSON edge (issue 13, item 5).

A forecast's ensemble summary, agreement rule and draft resolutions are typed attributes with
short reprs and tidy frames; ``to_dict`` (the JSON contract) writes them as before.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from accord.forecast import Forecast, forecast
from accord.forecast.ensemble import EnsembleSummary
from accord.forecast.question import AgreementRule
from accord.institutions.resolutions import ResolutionForecast, Resolutions
from accord.scenario import load_bundled

RUNS = 40


@pytest.fixture(scope="module")
def made() -> Forecast:
    return forecast(load_bundled("ukraine-2025-02"), "mean", runs=RUNS, seed=5)


def test_the_parts_are_typed(made: Forecast) -> None:
    assert isinstance(made.ensemble, EnsembleSummary)
    assert isinstance(made.agreement_rule, AgreementRule)
    assert isinstance(made.resolutions, Resolutions)
    assert all(isinstance(r, ResolutionForecast) for r in made.resolutions)
    drafts = [d.id for d in made.scenario.institutions.drafts]
    assert [r.draft.id for r in made.resolutions] == drafts
    assert set(made.resolutions.ensemble) == set(drafts)
    assert made.resolutions.ensemble_runs == RUNS == made.ensemble.runs
    for text in (repr(made.resolutions), repr(made.ensemble)):
        assert len(text) < 200


def test_the_json_edge_is_built_from_them(made: Forecast) -> None:
    out = made.to_dict()
    assert list(out)[-4:] == ["ensemble", "agreement_rule", "resolutions", "accord"]
    assert made.resolutions is not None and made.ensemble is not None
    assert out["resolutions"] == made.resolutions.to_list()
    assert out["ensemble"]["runs"] == RUNS and out["ensemble"]["seed"] == 5
    for entry, p in zip(out["resolutions"], made.resolutions, strict=True):
        assert entry["adoption_probability_ensemble"] == round(
            made.resolutions.ensemble[entry["id"]], 4
        )
        assert entry["adoption_probability"] == round(p.adoption_probability, 4)
    json.dumps(out, allow_nan=False)  # plain data all the way down
    assert made.extras == {k: out[k] for k in ("ensemble", "agreement_rule", "resolutions")}


def test_resolutions_as_frames(made: Forecast) -> None:
    assert made.resolutions is not None
    frame = made.resolutions.to_frame()
    assert list(frame["draft"]) == [r.draft.id for r in made.resolutions]
    assert np.allclose(
        frame["adoption_probability"], [r.adoption_probability for r in made.resolutions]
    )
    totals = frame[["expected_yes", "expected_no", "expected_abstain", "expected_absent"]].sum(
        axis=1
    )
    members = [len(r.votes) for r in made.resolutions]
    assert np.allclose(totals, members, atol=0.05)  # each member's probabilities sum to 1
    votes = made.resolutions.votes_frame()
    assert len(votes) == sum(members)
    probs = votes[["yes", "no", "abstain", "absent"]].sum(axis=1)
    assert np.allclose(probs, 1.0, atol=1e-3)


def test_ensemble_summary_frame(made: Forecast) -> None:
    assert made.ensemble is not None
    frame = made.ensemble.to_frame()
    assert len(frame) == len(made.scenario.actors) * len(made.scenario.issues)
    means = made.ensemble.to_dict()["actors"]
    row = frame.iloc[0]
    assert row["mean_position"] == means[row["actor"]][row["issue"]]


def test_a_scenario_without_drafts_has_no_resolutions() -> None:
    plain = forecast(load_bundled("ec-emissions-1994"), "mean")
    assert len(plain.resolutions) == 0 and plain.ensemble is None  # empty, not None (s23)
    assert "resolutions" not in plain.to_dict() and "ensemble" not in plain.to_dict()
