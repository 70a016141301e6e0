"""Session 44 (s44-validate): the ledger's paired comparisons test each engine against the
no-skill reference too (the scale's midpoint for a position, 0.5 for a probability), with the
same test and in the same Holm family as the status quo and ``--against``.

Session 44's trial (docs/trial-2026-12-07-s44-history.md, finding 2) computed the engines'
differences from that reference by hand from ``--per-forecast``: ``accord ledger score`` tested
the engines against the status quo and ``--against ENGINE`` only, while docs/ledger.md compared
them with no skill in words. Each test fails on the code before.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

import pytest
from scipy import stats
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.ledger import DraftResult, ForecastRecord, Ledger, Resolution, Scores, score
from accord.ledger.paired import NO_SKILL, STATUS_QUO, holm

runner = CliRunner()
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

ISSUES = {"a": True, "b": False, "c": True, "d": True, "e": False}
P_MEAN = {"a": 0.92, "b": 0.15, "c": 0.65, "d": 0.95, "e": 0.61}
AT_MEAN = {"a": 40.0, "b": 10.0, "c": 70.0, "d": 45.0, "e": 30.0}
"""The engine ``mean``'s forecasts: P(agreement), position on a 0..100 scale (midpoint 50)."""


def _record(engine: str, issue: str, p: float, at: float) -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s", scenario_hash="0" * 64, as_of=dt.date(2020, 1, 1),
        evidence_cutoff=None, engine=engine, variant=None, params={}, seed=1, runs=100,
        accord_version="test", recorded_at=NOW,
        output={"issues": [{"id": issue, "scale": [0, 100], "forecast": at,
                            "status_quo": 0.0, "p_agreement": p}],
                "resolutions": [{"id": f"D-{issue}", "title": "d", "body": "unsc",
                                 "rule": "substantive", "date": "2020-06-01",
                                 "adoption_probability": 1 - p}]},
    )  # fmt: skip


def _resolution(issue: str, agreed: bool) -> Resolution:
    return Resolution("s", issue, 60.0 if agreed else 0.0, agreed, dt.date(2020, 6, 1), "x", NOW)


def _records() -> list[ForecastRecord]:
    records = [_record("mean", q, P_MEAN[q], AT_MEAN[q]) for q in ISSUES]
    return records + [_record("smp", q, 0.6, 55.0) for q in ISSUES]


def _scores(against: str | None = None) -> Scores:
    results = [
        DraftResult("s", f"D-{q}", not agreed, dt.date(2020, 6, 1), "x", NOW)
        for q, agreed in ISSUES.items()
    ]
    return score(_records(), [_resolution(q, a) for q, a in ISSUES.items()], results, against)


def test_each_engine_is_tested_against_no_skill_on_every_score() -> None:
    comparisons = _scores().comparisons
    found = {(c.kind, c.measure, c.engine, c.reference): c for c in comparisons}
    for kind, measure in (("issue", "brier"), ("issue", "error"), ("draft", "brier"),
                          ("draft", "log_loss")):  # fmt: skip
        for engine in ("mean", "smp"):
            assert (kind, measure, engine, NO_SKILL) in found
    # the issues' Brier score: the engine's against 0.25 whatever happened, the paired test
    brier = [(P_MEAN[q] - agreed) ** 2 for q, agreed in ISSUES.items()]
    versus = found[("issue", "brier", "mean", NO_SKILL)]
    assert versus.mean == pytest.approx(sum(brier) / 5) and versus.mean_reference == 0.25
    d = [b - 0.25 for b in brier]
    assert versus.test.difference == pytest.approx(sum(d) / 5)
    assert versus.test.p_value == pytest.approx(float(stats.ttest_1samp(d, 0).pvalue))
    # the position error: the engine's against the midpoint's (50), in points of the scale
    outcome = {q: 60.0 if agreed else 0.0 for q, agreed in ISSUES.items()}
    engine_error = [abs(AT_MEAN[q] - outcome[q]) for q in ISSUES]
    midpoint_error = [abs(50.0 - outcome[q]) for q in ISSUES]
    versus = found[("issue", "error", "mean", NO_SKILL)]
    assert versus.mean_reference == pytest.approx(sum(midpoint_error) / 5)
    expected = stats.ttest_rel(engine_error, midpoint_error)
    assert versus.test.p_value == pytest.approx(float(expected.pvalue))
    # the drafts' log loss: against ln 2
    versus = found[("draft", "log_loss", "smp", NO_SKILL)]
    assert versus.mean_reference == pytest.approx(math.log(2))


def test_no_skill_rows_follow_the_status_quo_and_share_its_holm_family() -> None:
    comparisons = _scores(against="smp").comparisons
    issue_brier = [c for c in comparisons if c.kind == "issue" and c.measure == "brier"]
    assert [(c.engine, c.reference) for c in issue_brier] == [
        ("mean", STATUS_QUO), ("smp", STATUS_QUO), ("mean", NO_SKILL), ("smp", NO_SKILL),
        ("mean", "smp"),
    ]  # fmt: skip
    tested = [c for c in comparisons if c.test.p_value is not None]
    assert any(c.reference == NO_SKILL for c in tested)
    assert {c.family for c in tested} == {len(tested)}
    adjusted = holm([c.test.p_value or 0.0 for c in tested])
    assert [c.p_holm for c in tested] == pytest.approx(adjusted)
    versus = next(c for c in tested if c.reference == NO_SKILL)
    assert versus.reference_name == "no skill"
    assert "the no-skill reference with n = 5" in versus.verdict
    assert f"over {len(tested)} tests" in versus.verdict


def test_the_table_json_and_csv_show_the_no_skill_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "width", 200)
    db = str(tmp_path / "l.db")
    with Ledger(db) as ledger:
        for record in _records():
            ledger.add_record(record)
        for q, agreed in ISSUES.items():
            ledger.add_resolution(_resolution(q, agreed))
    shown = runner.invoke(app, ["ledger", "score", "--db", db])
    assert shown.exit_code == 0, shown.output
    rows = [line for line in shown.stdout.splitlines() if "no skill" in line and "issue" in line]
    assert len(rows) == 4 and all("the no-skill reference" in line for line in rows)
    document = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    assert {c["reference"] for c in document["comparisons"]} == {STATUS_QUO, NO_SKILL}
    assert "no skill" in document["definitions"]["comparisons"]
    csv = runner.invoke(app, ["ledger", "score", "--db", db, "--paired", "--format", "csv"])
    assert csv.stdout.count(",no_skill,") == 4
