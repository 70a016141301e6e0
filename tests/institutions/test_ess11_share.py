"""Session 9 (issue 9, item 3): the carried-forward forecast tilted to the session's mean yes
share (``accord votes ukraine --session-share``), and what the 24 February 2025 forecasts
may read."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import DataError
from accord.institutions.unvotes import data, ess, followers, load_model
from accord.institutions.unvotes.data import VOTES

DAY = dt.date(2025, 2, 24)
YES = VOTES.index("yes")


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.05, 0.95))
def test_tilt_reaches_the_share_and_keeps_the_members_order(seed: int, share: float) -> None:
    rng = np.random.default_rng(seed)
    p = rng.dirichlet(np.ones(3), size=40)
    p[:5] = np.eye(3)[rng.integers(0, 3, 5)]  # carried votes: probability 1
    q = ess.tilt(p, share)
    assert q[:, YES].mean() == pytest.approx(share, abs=1e-9)
    np.testing.assert_allclose(q.sum(axis=1), 1.0)
    # one constant on every member's yes log-odds: no/abstain odds unchanged, order kept
    clipped = np.clip(p, 1e-6, 1.0)
    clipped /= clipped.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(q[:, 0] / q[:, 1], clipped[:, 0] / clipped[:, 1], rtol=1e-9)
    odds = np.log(q[:, YES]) - np.log(1 - q[:, YES])
    assert np.all(np.diff(odds[np.argsort(clipped[:, YES] / (1 - clipped[:, YES]))]) >= -1e-9)


@pytest.mark.parametrize("share", [0.0, 1.0, -0.2, 1.5])
def test_tilt_refuses_a_share_outside_zero_one(share: float) -> None:
    with pytest.raises(DataError, match="strictly between 0 and 1"):
        ess.tilt(np.full((3, 3), 1 / 3), share)


def test_session_share_is_the_mean_yes_share_of_the_recorded_tallies() -> None:
    # Tallies from the UN records cited in ess11.json (ES-11/1-6: yes of yes + no + abstain).
    tallies = [(141, 5, 35), (140, 5, 38), (93, 24, 58), (143, 5, 35), (94, 14, 73), (141, 7, 32)]
    expected = float(np.mean([y / (y + n + a) for y, n, a in tallies]))
    earlier = [r for r in ess.recorded() if r.date < DAY]
    assert ess.session_share(earlier) == pytest.approx(expected, abs=1e-12)
    with pytest.raises(DataError, match="no earlier text"):
        ess.session_share([])


def test_session_share_forecast_sees_nothing_of_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scrambling every vote and tally of the day leaves the forecast unchanged; its member
    scores, which read the day's votes only after forecasting, change."""
    model, fol = load_model(), followers.load()
    before = [f.to_dict() for f in ess.forecast_day(model, DAY, fol, share=True)]
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

    monkeypatch.setattr(ess, "recorded", scrambled)
    after = [f.to_dict() for f in ess.forecast_day(model, DAY, fol, share=True)]
    for b, a in zip(before, after, strict=True):
        assert b["session_share"] == a["session_share"]
        assert b["session_yes_share"] == a["session_yes_share"]
        acc_b, acc_a = b["member_accuracy"], a["member_accuracy"]
        assert acc_b["session_share"] != acc_a["session_share"]


def test_session_share_forecast_counts() -> None:
    model, fol = load_model(), followers.load()
    for f in ess.forecast_day(model, DAY, fol, share=True):
        assert f.session_share is not None and f.share is not None
        present = ess.find("A/RES/ES-11/6").present  # the neighbour of both texts
        assert sum(f.session_share.values()) == pytest.approx(present)
        assert f.session_share["yes"] == pytest.approx(f.share * present, abs=1e-6)
    plain = ess.forecast_day(model, DAY, fol)
    assert all(f.session_share is None and "session_share" not in f.to_dict() for f in plain)


def test_forecasts_of_the_day_read_no_regular_session_roll_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reserved data (sessions 74 and later, issue 9) are never read: the day's forecasts
    read no roll-call file at all (only the bundled model, followers model and ess11.json),
    and the bundled models were fitted on sessions up to 73 only."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a roll-call file was read: {args}")

    monkeypatch.setattr(data, "_open", refuse)
    model, fol = load_model(), followers.load()
    assert ess.forecast_day(model, DAY, fol, share=True)
    assert int(model.history.session.max()) <= 73 and model.last_session <= 73
    assert fol.sessions[1] <= 73
