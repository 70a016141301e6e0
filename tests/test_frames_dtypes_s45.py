"""Every frame function's column dtypes, pinned (session 45, s45-leftovers item 3): written
before ``accord.frames._typed_drafts`` was folded into :func:`accord.frames.typed_columns`
(one way to type a table's columns), from the code before that change, so that the change is
shown to leave every public frame's dtypes as they were, with rows and without.

tests/frames_dtypes_s45.json holds the dtypes; ``python3 tests/test_frames_dtypes_s45.py``
writes it again (only where a frame's dtypes are meant to change)."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

import pandas as pd

import accord
from accord import frames
from accord.cli.ledger_commands import _ledger_frame
from accord.institutions.resolutions import Resolutions
from accord.ledger.scores import Scores

PINNED = Path(__file__).with_name("frames_dtypes_s45.json")
UKRAINE = "ukraine-2025-02"


def made() -> dict[str, pd.DataFrame]:
    """A frame of every ``*_frame`` function of :mod:`accord.frames`, with rows and, where a
    table of no rows is typed apart, without."""
    result = accord.forecast(UKRAINE, "mean", runs=8, seed=3)
    single = accord.forecast(UKRAINE, "mean")
    assert result.ensemble is not None and result.resolutions is not None
    empty = Resolutions([])
    power = accord.power("unsc")
    evidence_figures = {
        "by_scenario": {"s": {"gold": 2, "found_gold": 1, "predicted": 2, "correct": 1}},
        "overall": {"gold": 2, "found_gold": 1, "predicted": 2, "correct": 1, "precision": 0.5},
        "actor_issue": {"gold": 2, "precision": 0.5, "recall": 0.5},
    }
    fold = {"predicted": 2, "correct": 1, "precision": 0.5, "recall": 0.5}
    cv = {
        "folds": [{"fold": "a", "chosen": "r", "test": fold, "baseline_test": fold}],
        "pooled_test": fold,
        "baseline_pooled_test": fold,
    }
    coding = {
        "per_type": {"AGREE": {"gold": 1, "predicted": 1, "precision": 1.0, "recall": 1.0}},
        "n": 1,
        "predicted": 1,
        "event_precision": 1.0,
        "event_recall": 1.0,
    }
    return {
        "run_frame": frames.run_frame(single.run),
        "forecast_frame": frames.forecast_frame(result),
        "forecast_frame/single": frames.forecast_frame(single),
        "samples_frame": frames.samples_frame(result),
        "ensemble_means_frame": frames.ensemble_means_frame(result.ensemble),
        "resolutions_frame": frames.resolutions_frame(result.resolutions),
        "resolutions_frame/empty": frames.resolutions_frame(empty),
        "resolution_votes_frame": frames.resolution_votes_frame(result.resolutions),
        "resolution_votes_frame/empty": frames.resolution_votes_frame(empty),
        "comparison_frame": frames.comparison_frame(accord.compare(UKRAINE, ["mean", "median"])),
        "explanation_frame": frames.explanation_frame(accord.explain(UKRAINE, "mean")),
        "power_frame": frames.power_frame(power),
        "votes_frame": frames.votes_frame({"FRA": {"yes": 0.9, "no": 0.05, "abstain": 0.05}}),
        "records_frame": frames.records_frame([{"a": 1, "b": ("x", "y"), "c": {"k": 1}}]),
        "events_frame": frames.events_frame([]),
        "event_documents_frame": frames.event_documents_frame([]),
        "evidence_frame": frames.evidence_frame([]),
        "vote_scores_frame": frames.vote_scores_frame(
            [{"holdout_session": 2, "accuracy": 0.5, "baselines": {"b": 0.4}}]
        ),
        "ess_frame": frames.ess_frame("2025-02-24", [{"symbol": "A", "combined": {"yes": 93}}]),
        "coding_frame": frames.coding_frame(coding),
        "coding_errors_frame": frames.coding_errors_frame(
            [{"id": "1", "gold": "AGREE", "got": "NONE", "source": ["FRA"], "text": "t"}]
        ),
        "evidence_scores_frame": frames.evidence_scores_frame(evidence_figures),
        "evidence_cv_frame": frames.evidence_cv_frame(cv),
        "backtest_frame": frames.backtest_frame(
            {"mean": {"mae": 1.0, "n": 2, "seconds": 0.1, "failures": []}}, {"seed": 1}
        ),
        "Scores.forecasts_frame/empty": Scores([], [], []).forecasts_frame(),
        "ledger list/empty": _ledger_frame([], [], []),
    }


def dtypes(frame: pd.DataFrame) -> list[list[str]]:
    return [[str(name), str(kind)] for name, kind in frame.dtypes.items()]


def test_every_frame_function_is_pinned() -> None:
    functions = {
        name
        for name, value in inspect.getmembers(frames, inspect.isfunction)
        if name.endswith("_frame") and name != "write_frame" and value.__module__ == frames.__name__
    }
    covered = {name.split("/")[0] for name in made()}
    assert functions <= covered, functions - covered


def test_every_frames_dtypes_are_as_pinned() -> None:
    pinned: dict[str, Any] = json.loads(PINNED.read_text(encoding="utf-8"))
    now = {name: dtypes(frame) for name, frame in made().items()}
    assert now == pinned


if __name__ == "__main__":
    PINNED.write_text(
        json.dumps({name: dtypes(f) for name, f in made().items()}, indent=1) + "\n",
        encoding="utf-8",
    )
