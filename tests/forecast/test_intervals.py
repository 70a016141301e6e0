"""Conformal intervals (coverage on data with a known distribution), the learned DEU
forecaster, and `accord backtest --interval` / `--engines learned`."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.forecast import learned
from accord.forecast.deu import read_deu
from accord.forecast.intervals import conformal_quantile, cross_validate, fixed, interval

runner = CliRunner()


@pytest.fixture
def deu_file(shared: Path) -> Path:
    return shared / "data" / "deu3" / "deu3-train.tsv"


def test_quantile_is_the_finite_sample_rank() -> None:
    r = np.arange(1.0, 10.0)  # 9 residuals: rank ceil(10 * 0.8) = 8
    assert conformal_quantile(r, 0.8) == 8.0
    assert conformal_quantile(r, 0.95) == math.inf  # rank 10 > 9: the whole scale
    assert conformal_quantile(np.array([]), 0.5) == math.inf
    with pytest.raises(DataError, match="between 0 and 1"):
        conformal_quantile(r, 1.0)


@pytest.mark.parametrize("level", [0.5, 0.8, 0.9])
def test_coverage_on_a_known_distribution(level: float) -> None:
    """Residuals ~ Laplace(0, 10) (exchangeable): the split-conformal interval covers at
    least ``level`` on average (Lei et al. 2018, Theorem 2.2) and at most level + 1/(n+1);
    its radius approaches the true quantile of |residual|, -10 log(1 - level)."""
    rng = np.random.default_rng(2024)
    n, trials, per = 99, 400, 50
    hits = []
    radii = []
    for _ in range(trials):
        cal = rng.laplace(0.0, 10.0, n)
        q = conformal_quantile(cal, level)
        new = rng.laplace(0.0, 10.0, per)
        hits.append(np.mean(np.abs(new) <= q))
        radii.append(q)
    coverage = float(np.mean(hits))
    se = float(np.std(hits) / np.sqrt(trials))
    assert level - 3 * se <= coverage <= level + 1 / (n + 1) + 3 * se
    assert np.median(radii) == pytest.approx(-10 * np.log(1 - level), rel=0.12)


def test_cross_validated_coverage_on_synthetic_groups() -> None:
    """A forecaster off by N(0, 5) noise shared within groups: grouped CV coverage near 0.8."""
    rng = np.random.default_rng(5)
    groups = [f"p{g}" for g in range(120) for _ in range(2)]
    truth = rng.uniform(20, 80, len(groups))
    pred = truth + rng.normal(0, 5, len(groups))
    result = cross_validate({"noisy": (fixed(pred), False)}, truth, groups, 0.8, 5, 4, seed=1)
    d = result["noisy"].to_dict()
    assert d["n"] == 240 and d["forecasts"] == 960
    assert 0.75 <= d["coverage"] <= 0.85
    assert d["width"] == pytest.approx(2 * 5 * 1.2816, rel=0.15)  # 2 z_0.9 sigma


@given(st.lists(st.floats(0, 100), min_size=1, max_size=20), st.floats(0, 200))
@settings(max_examples=50, deadline=None)
def test_intervals_stay_on_the_scale(forecast: list[float], radius: float) -> None:
    low, high = interval(np.asarray(forecast), radius, 0.0, 100.0)
    assert np.all(low >= 0) and np.all(high <= 100) and np.all(low <= high)


def test_learned_rows_start_from_the_compromise_model(deu_file: Path) -> None:
    from accord.forecast.backtest import backtest

    cases = read_deu(deu_file)
    rows = learned.issue_rows(cases)
    mean = backtest(cases, ["mean"])["mean"].predictions
    assert len(rows.keys) == 171 and int(np.sum(~np.isnan(rows.y))) == 169
    for key, m in zip(rows.keys, rows.mean, strict=True):
        if key in mean:
            assert m == pytest.approx(mean[key])


def test_learned_model_round_trip_and_shrinkage(deu_file: Path, tmp_path: Path) -> None:
    rows = learned.issue_rows(read_deu(deu_file))
    loose, tight = learned.fit(rows, 1.0), learned.fit(rows, 1e9)
    assert np.abs(tight.coef).max() < 1e-3  # a huge penalty leaves the compromise model
    assert np.abs(loose.coef).max() > np.abs(tight.coef).max()
    path = tmp_path / "m.json"
    loose.save(path)
    again = learned.load(path)
    assert np.allclose(again.predict(rows), loose.predict(rows))
    assert set(again.importance()) == set(learned.FEATURES)
    path.write_text("{}")
    with pytest.raises(DataError, match=r"m\.json"):
        learned.load(path)


def test_bundled_learned_model_was_fitted_on_the_development_split(deu_file: Path) -> None:
    model = learned.load()
    proposals = {c.scenario.id for c in read_deu(deu_file) if c.outcome}
    assert set(model.trained_on) == proposals


def test_cli_interval_contract(deu_file: Path) -> None:
    res = runner.invoke(
        app,
        ["backtest", str(deu_file), "--engines", "mean,learned", "--interval", "0.8",
         "--repeats", "2", "--json"],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert set(doc["engines"]) == {"mean", "learned"}
    for r in doc["engines"].values():
        assert {"mae", "n", "coverage", "width"} <= set(r)
        assert r["n"] == 169 and 0.6 < r["coverage"] < 0.95 and 0 < r["width"] <= 100
    assert doc["engines"]["mean"]["mae"] == pytest.approx(22.75, abs=0.01)  # as without CV


def test_cli_learned_is_out_of_fold_on_its_training_data(deu_file: Path) -> None:
    res = runner.invoke(app, ["backtest", str(deu_file), "--engines", "learned", "--json"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.output)["engines"]["learned"]
    assert r["n"] == 169 and 15 < r["mae"] < 35


def test_shipped_residuals_are_the_development_split_errors(deu_file: Path) -> None:
    from accord.forecast.intervals import deu_residuals, load_residuals

    shipped = load_residuals()
    fresh = deu_residuals(read_deu(deu_file), ["mean", "median"])["engines"]
    for name in ("mean", "median"):
        assert shipped[name] == pytest.approx(fresh[name], abs=1e-5)
        assert len(shipped[name]) == 169


def test_forecast_shows_intervals_on_the_deu_scale() -> None:
    from accord.forecast.intervals import load_residuals

    res = runner.invoke(app, ["forecast", "--interval", "0.8", "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output[res.output.index("{") :])
    iv = doc["intervals"]
    assert iv["radius"] == conformal_quantile(np.asarray(load_residuals()["mean"]), 0.8)
    forecasts = {i["id"]: i["forecast"] for i in doc["issues"]}
    assert set(iv["issues"]) == {k for k, v in forecasts.items() if v is not None}
    for issue, (low, high) in iv["issues"].items():
        assert 0 <= low <= forecasts[issue] <= high <= 100
    res = runner.invoke(app, ["forecast", "--interval", "0.8", "--engine", "nosuch"])
    assert res.exit_code != 0


def test_learned_on_new_proposals_uses_the_shipped_model(deu_file: Path, tmp_path: Path) -> None:
    """Proposals the model was not trained on are forecast by the shipped model as it is."""
    from accord.forecast.backtest import learned_score

    lines = deu_file.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    col = header.index("prnrnmc")
    renamed = [lines[0], lines[1]]
    for line in lines[2:40]:
        cells = line.split("\t")
        cells[col] = "new" + cells[col]
        renamed.append("\t".join(cells))
    path = tmp_path / "new.tsv"
    path.write_text("\n".join(renamed) + "\n", encoding="utf-8")
    cases = read_deu(path)
    score = learned_score(cases)
    rows = learned.issue_rows(cases)
    expected = learned.load().predict(rows)
    for key, value in zip(rows.keys, expected, strict=True):
        if key in score.predictions:
            assert score.predictions[key] == pytest.approx(value)
    assert score.n > 0


def test_library_backtest_gives_the_cli_intervals(deu_file: Path) -> None:
    """``accord.backtest(..., interval=0.8)`` gives what ``accord backtest --interval 0.8
    --json`` prints (session 39: the library had no interval at all)."""
    import accord
    from accord.forecast.backtest import IntervalScores

    res = runner.invoke(
        app,
        ["backtest", str(deu_file), "--engines", "mean,median", "--interval", "0.8",
         "--folds", "3", "--repeats", "2", "--seed", "4", "--json"],
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    made = accord.backtest(deu_file, ["mean", "median"], interval=0.8, folds=3, repeats=2, seed=4)
    assert isinstance(made, IntervalScores)
    assert made.to_dict() == json.loads(res.output)["engines"]
    frame = made.to_frame()
    assert list(frame["engine"]) == ["mean", "median"]
    assert {"coverage", "width", "fold_mae.sd"} <= set(frame.columns)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"interval": 1.5}, "interval"),
        ({"interval": True}, "interval"),
        ({"interval": 0.8, "folds": 1}, "folds"),
        ({"interval": 0.8, "repeats": 0}, "repeats"),
        ({"interval": 0.8, "folds": 2.5}, "folds"),
    ],
)
def test_library_backtest_refuses_a_bad_interval_option(
    deu_file: Path, options: dict[str, Any], named: str
) -> None:
    import accord

    with pytest.raises(DataError, match=rf"{named}: .*\(got "):
        accord.backtest(deu_file, "mean", **options)


def test_interval_backtest_refits_at_the_named_models_penalty(
    deu_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``params={"learned": {"model": FILE}}`` refits each fold at FILE's penalty, as the point
    backtest reads FILE (session 40: the intervals took the shipped model's penalty whatever
    the option said)."""
    from accord.forecast import intervals
    from accord.forecast.backtest import interval_backtest

    cases = read_deu(deu_file)
    path = tmp_path / "tight.json"
    learned.fit(learned.issue_rows(cases), 12345.0).save(path)
    assert learned.load().alpha != 12345.0
    seen: list[float] = []
    real = intervals.learned

    def spy(rows: learned.IssueRows, alpha: float) -> intervals.Predictor:
        seen.append(alpha)
        return real(rows, alpha)

    monkeypatch.setattr(intervals, "learned", spy)
    params = {"learned": {"model": str(path)}}
    interval_backtest(cases[:40], ["learned"], 0.8, folds=2, repeats=1, params=params)
    assert seen == [12345.0]
