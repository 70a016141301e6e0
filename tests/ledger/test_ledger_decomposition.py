"""Session 41 (s41-brier): why a ledger's Brier score is what it is. Murphy's (1973) decomposition
exact over the distinct forecast values and binned with Stephenson, Coelho & Jolliffe's (2008)
two within-bin terms, the drafts' calibration table, and Holm's (1979) adjustment of the paired
comparisons; "n too small" without NaN; the keys and columns of before kept."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from fractions import Fraction
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.cli import app
from accord.ledger import DraftResult, ForecastRecord, Ledger, Resolution, Scores, score
from accord.ledger.decomposition import BINS, BrierDecomposition, bin_index, decompose
from accord.ledger.paired import PairedComparison, adjusted, diebold_mariano, holm

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- decomposition


def _figures(*values: float | None) -> list[float]:
    assert all(v is not None for v in values)
    return [float(v or 0.0) for v in values]


def _exact(d: BrierDecomposition) -> float:
    """REL - RES + UNC over the distinct forecast values."""
    rel, res, unc = _figures(d.reliability, d.resolution, d.uncertainty)
    return rel - res + unc


def _identity_binned(d: BrierDecomposition) -> float:
    """REL - RES + UNC + WBV - WBC over the bins."""
    rel, res, unc, wbv, wbc = _figures(
        d.reliability_binned, d.resolution_binned, d.uncertainty, d.within_bin_variance,
        d.within_bin_covariance,
    )  # fmt: skip
    return rel - res + unc + wbv - wbc


def test_decomposition_by_hand() -> None:
    """f = 0.2, 0.2, 0.8, 0.8, 0.8 of o = 0, 1, 1, 1, 0. Brier (0.04 + 0.64 + 0.04 + 0.04 +
    0.64) / 5 = 0.28 = 42/150; base rate 3/5, UNC 6/25 = 36/150; the group 0.2 (n 2) saw 1/2,
    the group 0.8 (n 3) saw 2/3: REL (2 * 0.09 + 3 * (2/15)^2) / 5 = 7/150, RES (2 * 0.01 +
    3 * (1/15)^2) / 5 = 1/150; 7/150 - 1/150 + 36/150 = 42/150."""
    d = decompose([0.2, 0.2, 0.8, 0.8, 0.8], [False, True, True, True, False], "issue", "x")
    assert d.status == "decomposed" and d.n == 5 and d.n_distinct == 2
    assert d.brier == pytest.approx(0.28)
    assert d.base_rate == pytest.approx(0.6)
    assert d.uncertainty == pytest.approx(float(Fraction(36, 150)))
    assert d.reliability == pytest.approx(float(Fraction(7, 150)))
    assert d.resolution == pytest.approx(float(Fraction(1, 150)))
    # 0.2 and 0.8 are each alone in their bin: the binned form is the exact one, no extra terms
    assert d.reliability_binned == pytest.approx(d.reliability)
    assert d.within_bin_variance == pytest.approx(0.0, abs=1e-15)
    assert d.within_bin_covariance == pytest.approx(0.0, abs=1e-15)


def test_binned_decomposition_by_hand() -> None:
    """f = 0.12, 0.18 (bin 0.1-0.2, mean 0.15, observed 1/2) and 0.85 (bin 0.8-0.9) of o = 1,
    0, 1. Brier (0.7744 + 0.0324 + 0.0225) / 3 = 0.276433; REL (2 * 0.35^2 + 0.15^2) / 3 =
    0.0891667; RES (2 * (1/6)^2 + (1/3)^2) / 3 = 0.0555556; UNC 2/9; WBV (0.03^2 * 2) / 3 =
    0.0006; WBC 2 * (-0.03 * 0.5 + 0.03 * -0.5) / 3 = -0.02; the sum is the Brier score."""
    d = decompose([0.12, 0.18, 0.85], [True, False, True])
    assert d.brier == pytest.approx(0.8293 / 3)
    assert d.reliability_binned == pytest.approx(0.2675 / 3)
    assert d.resolution_binned == pytest.approx(1 / 18)
    assert d.uncertainty == pytest.approx(2 / 9)
    assert d.within_bin_variance == pytest.approx(0.0006)
    assert d.within_bin_covariance == pytest.approx(-0.02)
    assert _identity_binned(d) == pytest.approx(d.brier, abs=1e-12)
    # without the two within-bin terms the binned form misses the Brier score
    rel, res, unc = _figures(d.reliability_binned, d.resolution_binned, d.uncertainty)
    assert rel - res + unc != pytest.approx(d.brier)


probabilities = st.one_of(
    st.sampled_from([0.0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 1.0]),  # repeats, bin edges
    st.floats(0, 1, allow_nan=False),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(probabilities, st.booleans()), min_size=2, max_size=40))
def test_the_identities_hold(pairs: list[tuple[float, bool]]) -> None:
    """Brier = REL - RES + UNC over the distinct values; + WBV - WBC over the bins; every
    component in its range."""
    d = decompose([f for f, _ in pairs], [o for _, o in pairs])
    assert d.status == "decomposed" and d.n == len(pairs)
    brier = sum((f - o) ** 2 for f, o in pairs) / len(pairs)
    assert d.brier == pytest.approx(brier, abs=1e-12)
    assert _exact(d) == pytest.approx(d.brier, abs=1e-12)
    assert _identity_binned(d) == pytest.approx(d.brier, abs=1e-12)
    rel, res, unc, wbv = _figures(d.reliability, d.resolution, d.uncertainty, d.within_bin_variance)
    assert 0.0 <= unc <= 0.25 and 0.0 <= res <= unc + 1e-12 and rel >= 0.0 and wbv >= 0.0
    assert d.n_distinct == len({f for f, _ in pairs})
    json.dumps(d.to_dict(), allow_nan=False)


def test_n_too_small_gives_no_nan() -> None:
    for forecasts, outcomes in (([], []), ([0.7], [True])):
        d = decompose(forecasts, outcomes)
        assert d.status == "n too small" and d.reliability is None and d.uncertainty is None
        assert d.within_bin_covariance is None
        text = json.dumps(d.to_dict(), allow_nan=False)
        assert "NaN" not in text
    one = decompose([0.7], [True])
    assert one.brier == pytest.approx(0.09) and one.base_rate == 1.0
    assert decompose([], []).brier is None
    with pytest.raises(ValueError, match="probabilities"):
        decompose([1.5, 0.2], [True, False])
    with pytest.raises(ValueError, match="as many"):
        decompose([0.5], [True, False])


def test_bins_are_the_calibration_tables() -> None:
    assert BINS == 10
    assert [bin_index(p) for p in (0.0, 0.09, 0.1, 0.3, 0.95, 1.0)] == [0, 0, 1, 3, 9, 9]


# --------------------------------------------------------------------------- in the ledger


def _record(engine: str, issue: str, p: float) -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s", scenario_hash="0" * 64, as_of=dt.date(2020, 1, 1),
        evidence_cutoff=None, engine=engine, variant=None, params={}, seed=1, runs=100,
        accord_version="test", recorded_at=NOW,
        output={"issues": [{"id": issue, "scale": [0, 100], "forecast": 40.0,
                            "status_quo": 0.0, "p_agreement": p}],
                "resolutions": [{"id": f"D-{issue}", "title": "d", "body": "unsc",
                                 "rule": "substantive", "date": "2020-06-01",
                                 "adoption_probability": 1 - p}]},
    )  # fmt: skip


def _resolution(issue: str, agreed: bool) -> Resolution:
    return Resolution("s", issue, 50.0 if agreed else 0.0, agreed, dt.date(2020, 6, 1), "x", NOW)


ISSUES = {"a": True, "b": False, "c": True, "d": True, "e": False}
P_MEAN = {"a": 0.92, "b": 0.15, "c": 0.65, "d": 0.95, "e": 0.61}


def _ledger_scores(against: str | None = None) -> Scores:
    records = [_record("mean", q, P_MEAN[q]) for q in ISSUES]
    records += [_record("smp", q, 0.6) for q in ISSUES]
    results = [
        DraftResult("s", f"D-{q}", not agreed, dt.date(2020, 6, 1), "x", NOW)
        for q, agreed in ISSUES.items()
    ]
    return score(records, [_resolution(q, a) for q, a in ISSUES.items()], results, against)


def test_the_ledgers_decomposition_is_the_rows_brier() -> None:
    scores = _ledger_scores()
    found = {(d.kind, d.engine): d for d in scores.decomposition}
    assert list(found) == [("issue", "mean"), ("issue", "smp"), ("draft", "mean"), ("draft", "smp")]
    rows = {r.engine: r for r in scores.rows if r.scenario == "all"}
    drafts = {r.engine: r for r in scores.draft_rows if r.scenario == "all"}
    for engine in ("mean", "smp"):
        issue, draft = found[("issue", engine)], found[("draft", engine)]
        assert issue.brier == pytest.approx(rows[engine].brier)
        assert draft.brier == pytest.approx(drafts[engine].brier)
        for d in (issue, draft):
            assert _exact(d) == pytest.approx(d.brier)
            assert _identity_binned(d) == pytest.approx(d.brier)
    # smp forecasts 0.6 every time: no resolution at all, its Brier is REL + UNC
    smp = found[("issue", "smp")]
    assert smp.resolution == pytest.approx(0.0) and smp.n_distinct == 1
    assert smp.uncertainty == pytest.approx(0.24) and smp.base_rate == pytest.approx(0.6)
    # the binned reliability is the calibration table's, summed
    bins = [b for b in scores.calibration if b.engine == "mean" and b.n]
    rel = sum(b.n * (_figures(b.mean_p)[0] - _figures(b.observed)[0]) ** 2 for b in bins) / 5
    assert found[("issue", "mean")].reliability_binned == pytest.approx(rel)


def test_json_and_frames_add_keys_and_keep_the_old_ones() -> None:
    scores = _ledger_scores(against="smp")
    data = scores.to_dict()
    text = json.dumps(data, allow_nan=False)
    assert "NaN" not in text
    assert list(data)[-3:] == ["calibration", "comparisons", "decomposition"]
    assert list(data["drafts"]) == ["rows", "rows_before_outcome", "forecasts", "annulled",
                                    "calibration"]  # fmt: skip
    assert {"decomposition", "p_value_holm"} <= set(data["definitions"])
    assert data["decomposition"][0]["kind"] == "issue"
    draft_bins = data["drafts"]["calibration"]
    assert {b["engine"] for b in draft_bins} == {"mean", "smp"} and len(draft_bins) == 2 * BINS
    assert list(data["calibration"][0]) == [
        "engine", "bin", "low", "high", "n", "mean_p", "n_agreed", "observed",
    ]  # fmt: skip
    comparison = data["comparisons"][0]
    assert list(comparison)[-2:] == ["p_value_holm", "family_size"]
    assert list(comparison)[:4] == ["kind", "measure", "engine", "reference"]
    frame = scores.decomposition_frame()
    assert list(frame.columns) == list(data["decomposition"][0])
    assert len(frame) == 4
    columns = list(scores.comparisons_frame().columns)
    assert columns[-3:] == ["method", "p_value_holm", "family_size"]


# --------------------------------------------------------------------------- Holm


def test_holm_by_hand() -> None:
    """Worked by hand from Holm's (1979) step-down rule (four hypotheses at alpha 0.05):
    p = 0.01, 0.04, 0.03, 0.005; sorted 0.005, 0.01, 0.03, 0.04 against 0.05 / 4, / 3,
    / 2, / 1: H4 and H1 rejected, H3 and H2 not. Adjusted: 4 * 0.005 = 0.02, 3 * 0.01 = 0.03,
    2 * 0.03 = 0.06, max(1 * 0.04, 0.06) = 0.06 (the running maximum keeps them monotone)."""
    assert holm([0.01, 0.04, 0.03, 0.005]) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    rejected = [p < 0.05 for p in holm([0.01, 0.04, 0.03, 0.005])]
    assert rejected == [True, False, False, True]
    assert holm([]) == [] and holm([0.3]) == [0.3]
    assert holm([0.5, 0.6]) == [1.0, 1.0]  # capped at 1
    with pytest.raises(ValueError):
        holm([float("nan")])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.floats(0, 1), min_size=1, max_size=20))
def test_holm_lies_between_raw_and_bonferroni(p: list[float]) -> None:
    adjusted_p = holm(p)
    m = len(p)
    for raw, adj in zip(p, adjusted_p, strict=True):
        assert raw <= adj + 1e-15 and adj <= min(1.0, m * raw) + 1e-15
    order = sorted(range(m), key=p.__getitem__)
    assert all(adjusted_p[a] <= adjusted_p[b] for a, b in itertools.pairwise(order))


def _comparison(p_differences: list[float]) -> PairedComparison:
    return PairedComparison("issue", "brier", "e", "status_quo", 0.1, 0.2,
                            diebold_mariano(p_differences))  # fmt: skip


def test_the_verdict_rests_on_the_adjusted_p_value() -> None:
    """Raw p under 0.05, adjusted over; the untested comparison is not in the family."""
    clear = _comparison([-0.5, -0.45, -0.55, -0.5, -0.48, -0.52])  # p far below 0.001
    edge = _comparison([-0.1, -0.3, 0.05, -0.2, -0.25, -0.15])
    noise = _comparison([0.1, -0.2, 0.15, -0.05, 0.0, 0.02])
    untested = _comparison([-0.2])
    assert edge.test.p_value is not None and 0.025 < edge.test.p_value < 0.05
    assert edge.verdict.startswith("better than the status quo")  # unadjusted: as before
    out = adjusted([clear, edge, untested, noise])
    assert [c.family for c in out] == [3, 3, None, 3] and out[2].p_holm is None
    assert out[1].p_holm == pytest.approx(2 * edge.test.p_value)  # second of three
    assert (out[1].p_holm or 0.0) > 0.05 and not out[1].significant
    assert out[1].verdict.startswith("not distinguishable from the status quo")
    assert "Holm p = " in out[1].verdict and "over 3 tests" in out[1].verdict
    assert out[0].verdict.startswith("better than the status quo")
    assert "Holm p < 0.001" in out[0].verdict
    assert out[2].verdict == "n too small (n = 1): no test"


def test_the_ledgers_comparisons_are_one_family() -> None:
    comparisons = _ledger_scores(against="smp").comparisons
    tested = [c for c in comparisons if c.test.p_value is not None]
    assert tested and all(c.family == len(tested) for c in tested)
    assert holm([c.test.p_value or 0.0 for c in tested]) == [c.p_holm for c in tested]
    assert all(c.p_holm is None for c in comparisons if c.test.p_value is None)


# --------------------------------------------------------------------------- command line


def test_cli_decompose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.cli.app import out

    # a wide terminal: pytest-xdist's workers set COLUMNS=80, which wraps the tables' titles
    monkeypatch.setattr(out, "width", 200)
    db = str(tmp_path / "l.db")
    with Ledger(db) as ledger:
        for q, agreed in ISSUES.items():
            ledger.add_record(_record("mean", q, P_MEAN[q]))
            ledger.add_resolution(_resolution(q, agreed))
            ledger.add_draft_result(
                DraftResult("s", f"D-{q}", not agreed, dt.date(2020, 6, 1), "x", NOW)
            )
    shown = runner.invoke(app, ["ledger", "score", "--db", db, "--decompose", "--calibration"])
    assert shown.exit_code == 0, shown.output
    assert "Brier decomposition" in shown.output and "Holm p" in shown.output
    assert "Calibration: P(adopted)" in shown.output and "│ draft │ mean" in shown.output
    csv = runner.invoke(app, ["ledger", "score", "--db", db, "--decompose", "--format", "csv"])
    assert csv.exit_code == 0, csv.output
    frame = pd.read_csv(io.StringIO(csv.stdout))
    assert list(frame.columns[:4]) == ["kind", "engine", "n", "brier"]
    assert frame["accord_version"].notna().all() and list(frame["kind"]) == ["issue", "draft"]
    both = ["ledger", "score", "--db", db, "--decompose", "--paired", "--format", "csv"]
    assert runner.invoke(app, both).exit_code != 0
    document = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    assert document["decomposition"][0]["status"] == "decomposed"
    assert list(document)[-1] == "accord"
