"""Session 40 (s40-ledger): how sure is a ledger's ranking. Standard errors of the mean scores,
paired Diebold-Mariano comparisons (HLN-corrected) of each engine against the status quo and a
named engine, "n too small" without NaN, and ``record_of`` naming a non-finite field (the
statistician's trial of session 40, finding 12 and its note on ``record_of``)."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import DataError
from accord.forecast import Forecast, forecast
from accord.ledger import ForecastRecord, Ledger, Resolution, Scores, record_of, score
from accord.ledger.paired import diebold_mariano, standard_error
from accord.scenario import load_bundled

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_diebold_mariano_by_hand() -> None:
    """d = 1, 2, 3: mean 2; DM's g0 = (1 + 0 + 1) / 3 = 2/3, DM = 2 / sqrt(2/9) = 4.2426;
    HLN's factor sqrt((n + 1 - 2h + h(h - 1)/n) / n) = sqrt(2/3) gives 3.4641 = 2 * sqrt(3);
    t with 2 df has the closed form P(T > t) = (1 - t / sqrt(t^2 + 2)) / 2, so the two-sided p is
    1 - sqrt(12 / 14) = 0.074180; the interval 2 +- 4.302653 / sqrt(3) (t_0.975,2 = 4.302653,
    the textbook table's 4.303)."""
    test = diebold_mariano([1.0, 2.0, 3.0])
    assert test.status == "tested" and test.n == 3 and test.df == 2
    assert test.difference == 2.0
    assert test.se == pytest.approx(1 / math.sqrt(3))
    assert test.statistic == pytest.approx(2 * math.sqrt(3))
    assert test.p_value == pytest.approx(1 - math.sqrt(12 / 14), rel=1e-12)
    assert test.p_value == pytest.approx(0.074180, abs=5e-7)
    assert test.low == pytest.approx(2 - 4.302653 / math.sqrt(3), abs=1e-5)
    assert test.high == pytest.approx(2 + 4.302653 / math.sqrt(3), abs=1e-5)
    assert not test.significant


def test_diebold_mariano_is_the_paired_t_test() -> None:
    """With h = 1 the HLN-corrected DM statistic is the paired t statistic: the same figures as
    scipy.stats.ttest_rel on the two losses."""
    engine = [0.01, 0.64, 0.09, 0.25, 0.36, 0.04, 0.81, 0.16]
    reference = [0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0]
    test = diebold_mariano([a - b for a, b in zip(engine, reference, strict=True)])
    expected = stats.ttest_rel(engine, reference)
    assert test.statistic == pytest.approx(float(expected.statistic))
    assert test.p_value == pytest.approx(float(expected.pvalue))
    assert test.df == len(engine) - 1


def test_n_too_small_and_zero_variance_give_no_nan() -> None:
    for d, status in (([], "n too small"), ([0.3], "n too small"), ([0.2, 0.2], "zero variance")):
        test = diebold_mariano(d)
        assert test.status == status and test.statistic is None and test.p_value is None
        text = json.dumps(test.to_dict(), allow_nan=False)  # no NaN, no infinity
        assert "NaN" not in text and "Infinity" not in text
    assert diebold_mariano([0.3]).difference == 0.3 and diebold_mariano([]).difference is None
    assert standard_error([0.4]) is None and standard_error([]) is None
    assert standard_error([1.0, 3.0]) == pytest.approx(1.0)  # SD sqrt(2) over sqrt(2)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=0, max_size=12))
def test_identical_forecasts_differ_by_nothing(losses: list[float]) -> None:
    """An engine scored against itself: difference 0 (or none with no question), never
    significant, no NaN."""
    test = diebold_mariano([a - a for a in losses])
    assert test.difference in (0.0, None) and not test.significant and test.p_value is None
    json.dumps(test.to_dict(), allow_nan=False)


def _record(engine: str, issue: str, p: float, forecast_at: float) -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s", scenario_hash="0" * 64, as_of=dt.date(2020, 1, 1),
        evidence_cutoff=None, engine=engine, variant=None, params={}, seed=1, runs=100,
        accord_version="test", recorded_at=NOW,
        output={"issues": [{"id": issue, "scale": [0, 100], "forecast": forecast_at,
                            "status_quo": 0.0, "p_agreement": p}]},
    )  # fmt: skip


def _resolution(issue: str, agreed: bool) -> Resolution:
    return Resolution("s", issue, 50.0 if agreed else 0.0, agreed, dt.date(2020, 6, 1), "x", NOW)


ISSUES = {"a": True, "b": False, "c": True, "d": True}


def _scores(against: str | None = None, p_smp: float = 0.6) -> Scores:
    records = [_record("mean", q, 0.9 if agreed else 0.2, 40.0) for q, agreed in ISSUES.items()]
    records += [_record("smp", q, p_smp, 50.0) for q in ISSUES]
    return score(records, [_resolution(q, agreed) for q, agreed in ISSUES.items()], (), against)


def test_rows_have_standard_errors() -> None:
    scores = score(
        [_record("mean", q, 0.9 if a else 0.2, 40.0) for q, a in ISSUES.items()],
        [_resolution(q, a) for q, a in ISSUES.items()],
    )
    row = next(r for r in scores.rows if r.scenario == "all")
    briers = [0.01, 0.04, 0.01, 0.01]
    assert row.n_brier == 4 and row.brier == pytest.approx(sum(briers) / 4)
    assert row.brier_se == pytest.approx(pd.Series(briers).sem())
    assert row.error_se == pytest.approx(pd.Series([10.0, 40.0, 10.0, 10.0]).sem())  # 7.5
    data = row.to_dict()
    assert list(data)[-2:] == ["brier_se", "error_se"]  # added, nothing renamed
    one = score([_record("mean", "a", 0.9, 40.0)], [_resolution("a", True)])
    assert one.rows[-1].brier_se is None and one.rows[-1].error_se is None


def test_comparisons_against_status_quo_and_a_named_engine() -> None:
    scores = _scores(against="smp")
    assert scores.against == "smp"
    found = {(c.kind, c.measure, c.engine, c.reference): c for c in scores.comparisons}
    versus_sq = found[("issue", "brier", "mean", "status_quo")]
    # mean's Brier 0.01, 0.04, 0.01, 0.01 against the status quo's 1, 0, 1, 1
    d = [0.01 - 1, 0.04 - 0, 0.01 - 1, 0.01 - 1]
    assert versus_sq.test.n == 4 and versus_sq.test.difference == pytest.approx(sum(d) / 4)
    assert versus_sq.test.p_value == pytest.approx(float(stats.ttest_1samp(d, 0).pvalue))
    versus_smp = found[("issue", "brier", "mean", "smp")]
    assert versus_smp.mean_reference == pytest.approx((0.16 * 3 + 0.36) / 4)
    assert ("issue", "brier", "smp", "smp") not in found  # not against itself
    assert versus_smp.verdict.startswith(("better than smp", "not distinguishable from smp"))
    text = json.dumps(scores.to_dict()["comparisons"], allow_nan=False)
    assert '"method": "diebold-mariano-hln-h1"' in text
    frame = scores.comparisons_frame()
    assert list(frame.columns[:4]) == ["kind", "measure", "engine", "reference"]
    assert {"difference", "se", "p_value", "low", "high", "status", "verdict"} <= set(frame)


def test_zero_variance_and_single_question_verdicts() -> None:
    """smp forecasts 0.5 on a question agreed and not alike; against itself nothing, and one
    question only is 'n too small'."""
    one = score([_record("mean", "a", 0.9, 40.0)], [_resolution("a", True)])
    (c, *_) = one.comparisons
    assert c.test.status == "n too small" and c.verdict == "n too small (n = 1): no test"
    json.dumps(one.to_dict(), allow_nan=False)
    same = score(
        [_record(e, q, 0.7, 40.0) for e in ("mean", "smp") for q in ISSUES],
        [_resolution(q, a) for q, a in ISSUES.items()],
        against="smp",
    )
    twin = next(c for c in same.comparisons if c.reference == "smp" and c.measure == "brier")
    assert twin.test.status == "zero variance" and twin.test.difference == 0.0
    assert twin.verdict == "identical scores on all 4 questions: no difference"


def test_an_unknown_engine_to_compare_with_is_refused() -> None:
    with pytest.raises(DataError, match=r"no scored forecast of an engine 'bdm'.*mean, smp"):
        _scores(against="bdm")


def test_cli_prints_and_writes_the_comparisons(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    with Ledger(db) as ledger:
        for q, agreed in ISSUES.items():
            ledger.add_record(_record("mean", q, 0.9 if agreed else 0.2, 40.0))
            ledger.add_record(_record("smp", q, 0.6, 50.0))
            ledger.add_resolution(_resolution(q, agreed))
    shown = runner.invoke(app, ["ledger", "score", "--db", db, "--against", "smp"])
    assert shown.exit_code == 0, shown.output
    assert "Paired comparisons" in shown.output and "± SE" in shown.output
    document = runner.invoke(app, ["ledger", "score", "--db", db, "--json"])
    data = json.loads(document.stdout)
    assert {c["reference"] for c in data["comparisons"]} == {"status_quo", "no_skill"}
    assert "brier_se" in data["rows"][0] and "definitions" in data
    csv = runner.invoke(app, ["ledger", "score", "--db", db, "--paired", "--format", "csv"])
    frame = pd.read_csv(io.StringIO(csv.stdout))
    assert "verdict" in frame.columns and set(frame["reference"]) == {"status_quo", "no_skill"}
    both = ["ledger", "score", "--db", db, "--paired", "--calibration", "--format", "csv"]
    assert runner.invoke(app, both).exit_code != 0
    unknown = runner.invoke(app, ["ledger", "score", "--db", db, "--against", "nash"])
    assert unknown.exit_code == 2 and "no scored forecast" in unknown.output


def test_record_of_names_a_non_finite_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before session 40 a NaN in a forecast's document failed with json's bare ValueError
    ('Out of range float values are not JSON compliant'), naming neither engine nor field."""
    made = forecast(load_bundled("ec-emissions-1994"), "mean")
    document = made.to_dict()
    document["issues"][0]["forecast"] = float("nan")
    monkeypatch.setattr(Forecast, "to_dict", lambda self: document)
    with pytest.raises(
        DataError, match=r"mean forecast of ec-emissions-1994.*issues\[0\]\.forecast"
    ):
        record_of(made)
