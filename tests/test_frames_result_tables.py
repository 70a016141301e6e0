"""The tidy tables of nested result documents (``accord.frames``): every numeric leaf of a
document lands in a dotted column of its row, lists become ``;``-joined text, and the F1 of
the coder table is the harmonic mean of its precision and recall."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.frames import backtest_frame, coding_frame, vote_scores_frame

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
names = st.text("abcdefghij_", min_size=1, max_size=6)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.dictionaries(names, finite, min_size=1, max_size=3), min_size=1, max_size=4))
def test_session_scores_flatten_every_leaf(baselines: list[dict[str, float]]) -> None:
    rows = [
        {"holdout_session": i, "trained_sessions": [1, i], "baselines": b, "reliability": [{}]}
        for i, b in enumerate(baselines, start=2)
    ]
    frame = vote_scores_frame(rows)
    assert "reliability" not in frame.columns
    assert list(frame["trained_sessions"]) == [f"1;{i}" for i in range(2, len(rows) + 2)]
    for i, b in enumerate(baselines):
        for key, value in b.items():
            assert frame.loc[i, f"baselines.{key}"] == value
    assert pd.read_csv(io.StringIO(frame.to_csv(index=False))).shape == frame.shape


probability = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@settings(max_examples=30, deadline=None)
@given(st.dictionaries(st.sampled_from(["AGREE", "REJECT", "CONSULT"]),
                       st.tuples(probability, probability), min_size=1))  # fmt: skip
def test_coding_f1_is_the_harmonic_mean(per: dict[str, tuple[float, float]]) -> None:
    figures = {
        "per_type": {
            k: {"gold": 1, "predicted": 1, "precision": p, "recall": r} for k, (p, r) in per.items()
        },
        "n": len(per),
        "predicted": len(per),
        "event_precision": 0.5,
        "event_recall": 0.25,
    }
    frame = coding_frame(figures).set_index("type")
    for kind, (p, r) in per.items():
        want = 0.0 if p + r == 0 else 2 * p * r / (p + r)
        assert frame.loc[kind, "f1"] == pytest.approx(want, abs=1e-4)
    assert frame.loc["ALL", "f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_backtest_frame_counts_failures_and_expands_issues() -> None:
    engines = {
        "mean": {"mae": 2.0, "n": 2, "seconds": 0.1,
                 "issues": {"p/1": {"prediction": 1.0, "abs_error": 1.0},
                            "p/2": {"prediction": 7.0, "abs_error": 3.0}}},
        "smp": {"mae": None, "n": 0, "seconds": 0.2, "failures": {"p": "diverged"}},
    }  # fmt: skip
    frame = backtest_frame(engines)
    mean = frame[frame["engine"] == "mean"]
    assert list(mean["issue"]) == ["p/1", "p/2"] and mean["abs_error"].mean() == 2.0
    assert int(frame.loc[frame["engine"] == "smp", "failures"].iloc[0]) == 1
