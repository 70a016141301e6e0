"""Session 10 (issue 9): members' positions fitted to the emergency session's own votes
(``accord.institutions.unvotes.ess_points``, ``accord votes ukraine --session-points``)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.institutions.unvotes import data, ess, ess_points, followers, load_model
from accord.institutions.unvotes.data import VOTES

DAY = dt.date(2025, 2, 24)
DEV = [r for r in ess.recorded() if r.date < DAY]


@settings(max_examples=30, deadline=None)
@given(
    st.integers(0, 10_000),
    st.floats(0.2, 6.0),
    st.integers(1, 60),
    st.integers(0, 60),
    st.integers(1, 150),
)
def test_calibrated_cut_points_reproduce_the_tally(
    seed: int, slope: float, no: int, abstain: int, yes: int
) -> None:
    x = np.random.default_rng(seed).normal(size=193)
    tally = {"yes": yes, "no": no, "abstain": abstain}
    item = ess_points.calibrate(x, slope, tally)
    assert item[1] <= item[2]
    pts = ess_points.Points(tuple(f"M{i}" for i in range(193)), x, {})
    mean = pts.probabilities(item).mean(axis=0)
    present = yes + no + abstain
    for k, v in enumerate(VOTES):
        assert mean[k] == pytest.approx(tally[v] / present, abs=1e-6)


def test_calibrate_refuses_an_empty_tally() -> None:
    with pytest.raises(DataError, match="no votes"):
        ess_points.calibrate(np.zeros(3), 1.0, {"yes": 0, "no": 0, "abstain": 0})


def test_fit_recovers_planted_positions() -> None:
    """Votes drawn from known positions and items on twelve texts, with a third of the members'
    votes unknown on each: the fitted positions order the members as the planted ones."""
    rng = np.random.default_rng(7)
    members = sorted(ess.roster())
    truth = rng.normal(size=len(members))
    truth[members.index("RUS")] = -3.0
    texts = []
    cuts = [(-4, -1), (-3, 0), (-2, 1), (-4, -2), (-2, 2), (-3, -1)] * 2
    for j, (c1, c2) in enumerate(cuts):
        p = ess_points.Points(tuple(members), truth, {}).probabilities((2.0, c1, c2))
        drawn = [VOTES[int(rng.choice(3, p=row))] for row in p]
        votes = {m: v for m, v in zip(members, drawn, strict=True) if rng.random() < 0.67}
        votes["RUS"] = "no"
        tally = {v: drawn.count(v) for v in VOTES}
        texts.append(ess.Recorded(f"T{j}", dt.date(2022, 1, 1 + j), "t", tally, votes, (), ()))
    pts = ess_points.fit(texts, 0.5)
    assert pts.x[members.index("RUS")] < 0
    assert np.corrcoef(pts.x, truth)[0, 1] > 0.85
    for t in texts:  # every text's items reproduce its tally
        counts = pts.probabilities(pts.items[t.symbol]).mean(axis=0) * t.present
        assert counts == pytest.approx([t.tally[v] for v in VOTES], abs=1e-3)


def test_kind_and_the_item_rules() -> None:
    kinds = [ess_points.kind(r.title) for r in DEV]
    assert kinds == [
        "declaration",
        "declaration",
        "measure",
        "declaration",
        "measure",
        "declaration",
    ]
    pts = ess_points.fit(DEV, 0.5)
    model = load_model()
    rows = np.array([pts.items[r.symbol] for r in DEV])
    assert ess_points.item_for(model, pts, "x", DEV, "mean") == pytest.approx(rows.mean(axis=0))
    measure = ess_points.item_for(model, pts, "Suspension of X", DEV, "kind")
    assert measure == pytest.approx(rows[[2, 4]].mean(axis=0))
    near = ess_points.item_for(model, pts, DEV[4].title, DEV[:4] + DEV[5:], "neighbour")
    assert near in [pts.items[r.symbol] for r in DEV]
    with pytest.raises(DataError, match="unknown rule"):
        ess_points.item_for(model, pts, "x", DEV, "median")
    with pytest.raises(DataError, match="no recorded text"):
        ess_points.fit([], 0.5)


def test_choose_takes_the_least_loro_error() -> None:
    model = load_model()
    grid = [(rule, s) for rule in ess_points.RULES for s in ess_points.STRENGTHS]
    scores = ess_points.leave_one_out(model, DEV, grid)
    assert ess_points.choose(model, DEV, grid) == min(grid, key=lambda g: scores[g])
    assert ess_points.choose(model, DEV[:2], grid) == grid[0]


def test_session_points_forecast_sees_nothing_of_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrambling every vote and tally of the day leaves the forecast unchanged; its member
    scores, which read the day's votes only after forecasting, change. No roll-call file is
    read (the reserved sessions 74 and later cannot be)."""
    model, fol = load_model(), followers.load()
    before = [f.to_dict() for f in ess.forecast_day(model, DAY, fol, points=True)]
    real = ess.recorded()
    flip = {"yes": "no", "no": "abstain", "abstain": "yes"}

    def scrambled() -> tuple[ess.Recorded, ...]:
        return tuple(
            dataclasses.replace(
                r,
                votes={m: flip[v] for m, v in r.votes.items()},
                tally={"yes": 1, "no": 100, "abstain": 50},
            )
            if r.date >= DAY
            else r
            for r in real
        )

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a roll-call file was read: {args}")

    monkeypatch.setattr(ess, "recorded", scrambled)
    monkeypatch.setattr(data, "_open", refuse)
    after = [f.to_dict() for f in ess.forecast_day(model, DAY, fol, points=True)]
    for b, a in zip(before, after, strict=True):
        assert b["session_points"] == a["session_points"]
        assert b["session_points_setting"] == a["session_points_setting"]
        acc_b, acc_a = b["member_accuracy"], a["member_accuracy"]
        assert acc_b["session_points"] != acc_a["session_points"]
        assert b["session_points_setting"]["rule"] == "kind"
    plain = ess.forecast_day(model, DAY, fol)
    assert all("session_points" not in f.to_dict() for f in plain)
