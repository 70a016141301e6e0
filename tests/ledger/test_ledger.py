"""The forecast ledger: append-only storage (SQLite, and PostgreSQL when
ACCORD_TEST_POSTGRES_URL is set), checks on resolutions, and scores against hand-computed
values."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from accord.errors import ArgumentError, DataError, UnknownScenarioError
from accord.forecast import forecast
from accord.ledger import (
    ForecastRecord,
    Ledger,
    Resolution,
    evidence_cutoff,
    new_resolution,
    parse_agreed,
    record_of,
    scenario_hash,
    score,
)
from accord.scenario import load_bundled
from tests.helpers import empty_postgres

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres("run the ledger tests on PostgreSQL")


def _record(
    issues: list[dict[str, Any]],
    engine: str = "mean",
    scenario: str = "s",
    as_of: dt.date | None = dt.date(2020, 1, 1),
) -> ForecastRecord:
    return ForecastRecord(
        scenario_id=scenario,
        scenario_hash="0" * 64,
        as_of=as_of,
        evidence_cutoff=as_of,
        engine=engine,
        variant=None,
        params={},
        seed=7,
        runs=10,
        accord_version="test",
        recorded_at=NOW,
        output={"scenario": scenario, "engine": engine, "issues": issues},
    )


def _resolution(
    issue: str, outcome: float, agreed: bool, on: dt.date = dt.date(2020, 6, 1)
) -> Resolution:
    return Resolution("s", issue, outcome, agreed, on, "test source", NOW, id=1)


# --------------------------------------------------------------------------- scores


def test_scores_match_hand_computed_values() -> None:
    issues = [
        {"id": "a", "scale": [0, 100], "p_agreement": 0.8, "forecast": 70, "status_quo": 0},
        {"id": "b", "scale": [4, 10], "p_agreement": 0.3, "forecast": 8, "status_quo": 7},
    ]
    resolutions = [_resolution("a", 60, True), _resolution("b", 7, False)]
    result = score([_record(issues)], resolutions)
    a, b = result.items
    # issue a: agreed (1), outcome 60 on 0..100, status quo 0
    assert a.brier == pytest.approx((0.8 - 1) ** 2)  # 0.04
    assert (a.brier_status_quo, a.brier_no_skill) == (1.0, 0.25)
    assert (a.error, a.error_status_quo, a.error_no_skill) == pytest.approx((10, 60, 10))
    # issue b: not agreed (0), outcome 7 on 4..10 (span 6), status quo 7, midpoint 7
    assert b.brier == pytest.approx(0.09)
    assert (b.brier_status_quo, b.brier_no_skill) == (0.0, 0.25)
    assert b.error == pytest.approx(100 / 6)
    assert (b.error_status_quo, b.error_no_skill) == (0.0, 0.0)
    scenario_row, all_row = result.rows
    assert (scenario_row.scenario, all_row.scenario) == ("s", "all")
    assert all_row.n == all_row.n_brier == all_row.n_error == 2
    assert all_row.brier == pytest.approx(0.065)
    assert all_row.brier_status_quo == pytest.approx(0.5)
    assert all_row.brier_no_skill == pytest.approx(0.25)
    assert all_row.brier_skill_no_skill == pytest.approx(1 - 0.065 / 0.25)
    assert all_row.brier_skill_status_quo == pytest.approx(1 - 0.065 / 0.5)
    assert all_row.error == pytest.approx((10 + 100 / 6) / 2)
    assert all_row.error_status_quo == pytest.approx(30)
    assert all_row.error_no_skill == pytest.approx(5)
    assert all_row.error_skill_status_quo == pytest.approx(1 - (10 + 100 / 6) / 2 / 30)


def test_scores_per_engine_and_missing_keys() -> None:
    old = [{"id": "a", "scale": [0, 100], "forecast": 40}]  # before p_agreement existed
    new = [{"id": "a", "scale": [0, 100], "p_agreement": 0.5, "forecast": 50, "status_quo": 0}]
    result = score([_record(old, "bdm"), _record(new, "nash")], [_resolution("a", 60, True)])
    rows = {(r.scenario, r.engine): r for r in result.rows}
    assert set(rows) == {("s", "bdm"), ("s", "nash"), ("all", "bdm"), ("all", "nash")}
    bdm = rows[("all", "bdm")]
    assert (bdm.n, bdm.n_brier, bdm.brier, bdm.error) == (1, 0, None, pytest.approx(20))
    assert bdm.error_status_quo is None  # the old record names no status quo
    assert rows[("all", "nash")].brier == pytest.approx(0.25)
    assert rows[("all", "nash")].brier_skill_no_skill == pytest.approx(0.0)


def test_resolution_before_as_of_or_other_issue_is_skipped_not_scored() -> None:
    record = _record([{"id": "a", "scale": [0, 100], "forecast": 40}], as_of=dt.date(2021, 1, 1))
    early = _resolution("a", 50, True, on=dt.date(2020, 12, 31))
    other = _resolution("zzz", 50, True, on=dt.date(2021, 2, 1))
    result = score([record], [early, other])
    assert result.items == []
    assert {s["why"] for s in result.skipped} == {
        "resolved before the forecast's as_of",
        "the forecast has no issue zzz",
    }


# --------------------------------------------------------------------------- storage


def test_records_round_trip_and_append_only(url: str) -> None:
    scenario = load_bundled("ec-emissions-1994")
    made = record_of(forecast(scenario, "bdm", None, 3, runs=5))
    with Ledger(url) as ledger:
        stored = ledger.add_record(made)
        again = ledger.add_record(made)
        assert (stored.id, again.id) == (1, 2)
        back = ledger.record(1)
        assert back.output == made.output
        assert back.scenario_hash == scenario_hash(scenario)
        assert (back.seed, back.runs, back.engine) == (3, 5, "bdm")
        assert back.recorded_at == made.recorded_at
        res = ledger.add_resolution(
            Resolution("ec-emissions-1994", "emissions", 6.0, True, dt.date(1994, 6, 1), "x", NOW)
        )
        for statement in (
            "UPDATE ledger_records SET engine = 'mean'",
            "DELETE FROM ledger_records",
            "UPDATE ledger_resolutions SET outcome = 4",
            "DELETE FROM ledger_resolutions",
        ):
            with (
                pytest.raises(DatabaseError, match="append-only"),
                ledger.engine.begin() as conn,
            ):
                conn.execute(text(statement))
        if ledger.engine.dialect.name == "postgresql":
            with (
                pytest.raises(DatabaseError, match="append-only"),
                ledger.engine.begin() as conn,
            ):
                conn.execute(text("TRUNCATE ledger_records"))
        assert [r.id for r in ledger.records()] == [1, 2]
        assert ledger.resolutions() == [res]
    # the library offers no way to change or remove anything
    public = {name for name in dir(Ledger) if not name.startswith("_")}
    assert not {n for n in public if any(w in n for w in ("update", "delete", "remove", "set"))}
    with Ledger(url) as reopened:  # idempotent: tables and triggers already there
        assert len(reopened.records()) == 2


def test_newer_schema_is_refused(url: str) -> None:
    with Ledger(url) as ledger:
        assert ledger.schema_version() == "0005"
        with ledger.engine.begin() as conn:
            conn.execute(text("UPDATE accord_ledger_version SET version_num = '9999'"))
    with pytest.raises(DataError, match=r"ledger tables are at schema revision '9999'.*newer"):
        Ledger(url)


def test_ledger_made_before_migrations_is_adopted(tmp_path: Path) -> None:
    """A ledger file with the tables but no version table (made before the Alembic
    migrations) is adopted at revision 0001, upgraded to the head (0002: the draft results;
    0003: annulled questions; 0004: annulled drafts; 0005: the commit) and keeps its rows and
    its triggers."""
    path = tmp_path / "old.db"
    with Ledger(str(path)) as ledger:
        ledger.add_record(_record([{"id": "a", "scale": [0, 100], "forecast": 1}]))
        with ledger.engine.begin() as conn:
            conn.execute(text("DROP TABLE accord_ledger_version"))
    with Ledger(str(path)) as again:
        assert again.schema_version() == "0005" and len(again.records()) == 1
        assert again.draft_results() == []
        with pytest.raises(DatabaseError, match="append-only"), again.engine.begin() as conn:
            conn.execute(text("DELETE FROM ledger_records"))


def test_default_url_from_env_and_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    from accord.ledger import default_url

    monkeypatch.delenv("ACCORD_LEDGER_DB", raising=False)
    monkeypatch.delenv("ACCORD_DB", raising=False)
    assert default_url().startswith("sqlite:///") and default_url().endswith("ledger.db")
    monkeypatch.setenv("ACCORD_DB", "/tmp/news.db")
    assert default_url() == "sqlite:////tmp/news.db"
    monkeypatch.setenv("ACCORD_LEDGER_DB", "postgresql+psycopg://u@h/db")
    assert default_url() == "postgresql+psycopg://u@h/db"


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite at all " * 100)
    with pytest.raises(DataError, match="cannot open the database"):
        Ledger(str(junk))


# --------------------------------------------------------------------------- resolutions


def test_new_resolution_checks(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "l.db"))
    ok: dict[str, Any] = dict(
        outcome=6.0, agreed=True, on=dt.date(1994, 6, 1), source="Council minutes"
    )
    with pytest.raises(UnknownScenarioError, match="no forecast of it in the ledger"):
        new_resolution(ledger, "no-such-case", "emissions", **ok)
    with pytest.raises(DataError, match="no issue 'speed' \\(issues: emissions\\)"):
        new_resolution(ledger, "ec-emissions-1994", "speed", **ok)
    with pytest.raises(DataError, match=r"^outcome: .* \[4, 10\] \(got 11\)"):
        new_resolution(ledger, "ec-emissions-1994", "emissions", **{**ok, "outcome": 11.0})
    with pytest.raises(DataError, match="before the scenario's as_of 1994-01-01"):
        new_resolution(
            ledger, "ec-emissions-1994", "emissions", **{**ok, "on": dt.date(1993, 12, 31)}
        )
    with pytest.raises(ArgumentError, match=r"^source: "):
        new_resolution(ledger, "ec-emissions-1994", "emissions", **{**ok, "source": " "})
    first = new_resolution(ledger, "ec-emissions-1994", "emissions", **ok)
    with pytest.raises(DataError, match=f"already resolved .*supersedes={first.id}$"):
        new_resolution(ledger, "ec-emissions-1994", "emissions", **ok)
    fixed = new_resolution(
        ledger, "ec-emissions-1994", "emissions", **{**ok, "outcome": 5.5}, supersedes=first.id
    )
    assert (fixed.supersedes, fixed.outcome) == (first.id, 5.5)
    with pytest.raises(DataError, match="no resolution 99"):
        new_resolution(ledger, "ec-emissions-1994", "emissions", **ok, supersedes=99)
    from accord.ledger import resolutions_in_force

    assert [
        r.id
        for r in resolutions_in_force(ledger.resolutions("ec-emissions-1994"), "ec-emissions-1994")
    ] == [fixed.id]
    ledger.close()


def test_resolution_before_a_recorded_forecast_is_refused(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "l.db"))
    scenario = load_bundled("ec-emissions-1994").model_copy(update={"as_of": dt.date(1995, 1, 1)})
    stored = ledger.add_record(record_of(forecast(scenario, "mean")))
    with pytest.raises(DataError, match=f"as_of 1995-01-01 of forecast record {stored.id}"):
        new_resolution(
            ledger,
            "ec-emissions-1994",
            "emissions",
            outcome=6.0,
            agreed=True,
            on=dt.date(1994, 6, 1),
            source="x",
        )
    ledger.close()


@settings(max_examples=30, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False).filter(lambda v: not 4 <= v <= 10))
def test_outcome_off_the_scale_is_always_refused(value: float) -> None:
    from accord.ledger.resolve import IssueFacts, check_resolution

    facts = IssueFacts("s", "emissions", 4.0, 10.0, dt.date(1994, 1, 1), None)
    with pytest.raises(DataError, match=r"^outcome: "):
        check_resolution(facts, value, True, dt.date(1994, 6, 1), "x", [])


def test_agreement_after_the_horizon_is_refused() -> None:
    from accord.ledger.resolve import IssueFacts, check_resolution

    facts = IssueFacts("s", "i", 0, 100, dt.date(2020, 1, 1), dt.date(2020, 3, 1))
    with pytest.raises(DataError, match="after the issue's horizon 2020-03-01"):
        check_resolution(facts, 50, True, dt.date(2020, 4, 1), "x", [])
    check_resolution(facts, 0, False, dt.date(2020, 4, 1), "x", [])  # no agreement: fine


def test_parse_agreed_and_evidence_cutoff() -> None:
    assert parse_agreed("yes") and parse_agreed("Y") and not parse_agreed("no")
    with pytest.raises(DataError, match=r"^agreed: expected yes or no \(got 'maybe'\)"):
        parse_agreed("maybe")
    ukraine = load_bundled("ukraine-2025-02")
    dates = [e.date for s in ukraine.stances for e in s.evidence if e.date]
    dates += [s.date for s in ukraine.sources if s.date]
    assert evidence_cutoff(ukraine) == max(dates)
    ec = load_bundled("ec-emissions-1994")  # its evidence: the example's 1994 actor table
    assert evidence_cutoff(ec) == dt.date(1994, 1, 1)
    bare = ec.model_copy(
        update={"stances": [s.model_copy(update={"evidence": []}) for s in ec.stances]}
    )
    assert evidence_cutoff(bare.model_copy(update={"sources": []})) is None


def test_concurrent_writers_append_everything_and_resolve_once(tmp_path: Path) -> None:
    """Four writers, each with its own connection, append ten records each and all try to
    resolve the same issue: every record lands with its own id; exactly one resolution wins
    and the others are refused with the supersedes= hint."""
    from concurrent.futures import ThreadPoolExecutor

    url = f"sqlite:///{tmp_path / 'busy.db'}"
    Ledger(url).close()  # migrate once up front, as the first command would
    record = _record([{"id": "a", "scale": [0, 100], "forecast": 1}])

    def write(worker: int) -> str:
        with Ledger(url) as ledger:
            for _ in range(10):
                ledger.add_record(record)
            try:
                ledger.add_resolution(_resolution("a", float(worker), True))
            except DataError as exc:
                return str(exc)
            return "resolved"

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(write, range(4)))
    assert outcomes.count("resolved") == 1
    assert all("supersedes=" in o for o in outcomes if o != "resolved")
    with Ledger(url) as ledger:
        ids = [r.id for r in ledger.records()]
        assert len(ids) == 40 and len(set(ids)) == 40
        (winner,) = ledger.resolutions()
        with pytest.raises(DataError, match="already superseded"):
            fixed = ledger.add_resolution(
                Resolution("s", "a", 5.0, True, dt.date(2020, 6, 1), "x", NOW, supersedes=winner.id)
            )
            ledger.add_resolution(
                Resolution("s", "a", 6.0, True, dt.date(2020, 6, 1), "x", NOW, supersedes=winner.id)
            )
        assert fixed.supersedes == winner.id


@settings(max_examples=60, deadline=None)
@given(
    p=st.floats(0, 1),
    agreed=st.booleans(),
    low=st.floats(-1e3, 1e3),
    span=st.floats(0.1, 1e4),
    where=st.floats(0, 1),
    guess=st.floats(0, 1),
)
def test_score_properties(
    p: float, agreed: bool, low: float, span: float, where: float, guess: float
) -> None:
    """Brier lies in [0, 1]; errors are in points of a 0-100 scale whatever the scale; a
    forecast that names the outcome and the agreement exactly scores 0 with full skill."""
    high = low + span
    outcome = low + where * span
    issue = {"id": "a", "scale": [low, high], "p_agreement": p, "forecast": low + guess * span}
    resolution = Resolution("s", "a", outcome, agreed, dt.date(2020, 6, 1), "x", NOW, id=1)
    (item,) = score([_record([issue])], [resolution]).items
    assert item.brier is not None and 0.0 <= item.brier <= 1.0
    assert item.error == pytest.approx(100 * abs(guess - where), abs=1e-6)
    assert 0.0 <= item.error_no_skill <= 50.0 + 1e-6
    exact = {**issue, "p_agreement": float(agreed), "forecast": outcome}
    result = score([_record([exact])], [resolution])
    (row, _) = result.rows
    assert row.brier == 0.0 and row.error == pytest.approx(0.0, abs=1e-6)
    assert row.brier_skill_no_skill == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("agreed", "no", r"agreed must be True or False \(got 'no'\)"),
        ("agreed", 1, r"agreed must be True or False \(got 1\)"),
        ("outcome", "6", r"outcome must be a number .*\(got '6'\)"),
        ("on", "1994-06-01", r"on must be a datetime\.date \(got '1994-06-01'\)"),
        ("source", None, r"source must be a text .*\(got None\)"),
    ],
)
def test_new_resolution_names_a_value_of_the_wrong_type_from_python(
    tmp_path: Path, field: str, value: object, message: str
) -> None:
    # once agreed="no" was stored as agreed (a non-empty text is true), and the others ended
    # in TypeError or AttributeError from a comparison or .strip()
    ok: dict[str, Any] = dict(
        outcome=6.0, agreed=False, on=dt.date(1994, 6, 1), source="Council minutes"
    )
    with Ledger(str(tmp_path / "l.db")) as ledger:
        with pytest.raises(DataError, match=message):
            new_resolution(ledger, "ec-emissions-1994", "emissions", **{**ok, field: value})
        assert ledger.resolutions() == []


def test_new_resolution_takes_a_timestamp_and_numpy_values_from_a_frame(tmp_path: Path) -> None:
    import numpy as np
    import pandas as pd

    with Ledger(str(tmp_path / "l.db")) as ledger:
        made = new_resolution(
            ledger,
            "ec-emissions-1994",
            "emissions",
            outcome=np.float64(6.0),
            agreed=np.bool_(False),
            on=pd.Timestamp("1994-06-01 12:00"),
            source="Council minutes",
        )
        assert (made.outcome, made.agreed, made.resolved_on) == (6.0, False, dt.date(1994, 6, 1))
        assert type(made.agreed) is bool


def test_scores_have_frames_and_a_short_repr() -> None:
    # a notebook had only to_dict(), and the repr printed every scored forecast
    issues = [
        {"id": "a", "scale": [0, 100], "p_agreement": 0.8, "forecast": 70, "status_quo": 0},
        {"id": "b", "scale": [4, 10], "p_agreement": 0.3, "forecast": 8, "status_quo": 7},
    ]
    result = score([_record(issues)], [_resolution("a", 60, True), _resolution("b", 7, False)])
    rows = result.to_frame()
    assert rows.to_dict("records") == result.to_dict()["rows"]
    assert list(rows.columns[:4]) == ["scenario", "engine", "n", "n_brier"]
    assert list(rows["scenario"]) == ["s", "all"]
    forecasts = result.forecasts_frame()
    assert forecasts.to_dict("records") == result.to_dict()["forecasts"]
    assert repr(result) == "Scores(forecasts=2, rows=2, skipped=0, drafts=0)"
    nothing = score([], [])
    assert len(nothing.to_frame()) == 0 and list(nothing.to_frame().columns) == list(rows.columns)
