"""The rolling-origin protocol of the UN vote model: no session leaks into its own training."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.institutions import unvotes
from accord.institutions.unvotes.evaluate import calibration_error, reliability, rolling
from accord.institutions.unvotes.predict import Settings
from tests.institutions.test_unvotes import write_dir

runner = CliRunner()
FAST = Settings(max_rounds=8, sessions=0)


@pytest.fixture
def rc(tmp_path: Path) -> unvotes.RollCalls:
    write_dir(tmp_path, members=15, calls=120, sessions=4)
    return unvotes.load_data(tmp_path)


def test_holdout_votes_do_not_change_the_trained_model(rc: unvotes.RollCalls) -> None:
    """Scrambling every vote of session 4 (and adding later sessions' worth of noise) leaves
    the model trained for session 4 unchanged: it never saw them."""
    a = unvotes.evaluate(rc, 4, FAST)
    rng = np.random.default_rng(0)
    test = rc.session[rc.vote_call] == 4
    scrambled = rc.vote.copy()
    scrambled[test] = rng.integers(0, 3, int(test.sum()))
    b = unvotes.evaluate(dataclasses.replace(rc, vote=scrambled.astype(np.int8)), 4, FAST)
    assert np.array_equal(a.model.weights, b.model.weights)
    assert np.array_equal(a.model.history.votes, b.model.history.votes)
    assert a.model.trained_sessions == (1, 3) and a.result["holdout_session"] == 4
    assert a.result["n"] == b.result["n"] == int(test.sum())
    assert a.result["accuracy"] != b.result["accuracy"]  # the scores did see them


def test_rolling_reports_every_session_and_the_worst_margin(rc: unvotes.RollCalls) -> None:
    report = rolling(rc, 3, 4, FAST)
    per = report["per_session"]
    assert [r["holdout_session"] for r in per] == [3, 4]
    for r in per:
        assert r["trained_sessions"][1] == r["holdout_session"] - 1
    margins = [r["accuracy"] - r["baselines"]["similar_resolution"] for r in per]
    assert report["summary"]["worst_margin"]["similar_resolution"] == pytest.approx(min(margins))
    assert report["summary"]["mean_margin"]["similar_resolution"] == pytest.approx(
        float(np.mean(margins))
    )


def test_window_limits_training_to_recent_sessions(rc: unvotes.RollCalls) -> None:
    result = unvotes.evaluate(rc, 4, dataclasses.replace(FAST, sessions=2)).result
    assert result["trained_sessions"] == [2, 3]


def test_reliability_table() -> None:
    probs = np.array([[0.1, 0.1, 0.8]] * 10 + [[0.6, 0.2, 0.2]] * 10)
    truth = np.array([2] * 8 + [0] * 2 + [0] * 6 + [2] * 4, dtype=np.int8)
    table = reliability(probs, truth)
    assert [(row["n"], row["accuracy"]) for row in table] == [(10, 0.6), (10, 0.8)]
    assert calibration_error(table) == pytest.approx(0.0)


def test_cli_rolling(tmp_path: Path) -> None:
    write_dir(tmp_path, members=15, calls=120, sessions=4)
    res = runner.invoke(app, ["votes", "rolling", "--data", str(tmp_path), "--first", "3",
                              "--last", "4"])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "session 4" in res.output and "worst" in res.output


def test_figures_do_not_depend_on_what_else_was_loaded(rc: unvotes.RollCalls) -> None:
    """A member with no vote in the sessions used (here one that only exists elsewhere) and
    a later session loaded alongside change nothing: `votes evaluate` and `votes rolling`
    give the same figures for a session."""
    a = unvotes.evaluate(rc.subset(rc.session <= 3), 3, FAST).result
    wider = dataclasses.replace(rc, members=[*rc.members, "ZZZ"])
    b = unvotes.evaluate(wider, 3, FAST).result
    assert a["accuracy"] == b["accuracy"] and a["log_loss"] == b["log_loss"]
