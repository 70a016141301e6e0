"""Hindsight in ``accord ledger score`` (trial s26, finding 5): a forecast recorded after its
outcome (a 2015 case recorded in 2026) is marked as made after it, in the table, the CSV and the
JSON, and the summary of the forecasts made before their outcome is given beside the pooled
one (session 27)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.ledger import DraftResult, ForecastRecord, Ledger, Resolution, score
from accord.ledger.scores import hindsight

runner = CliRunner()
OUTCOME = dt.date(2020, 6, 1)
ISSUE = {"id": "a", "scale": [0, 100], "p_agreement": 0.8, "forecast": 70, "status_quo": 0}
DRAFT = {"id": "D1", "body": "unsc", "adoption_probability": 0.9}


def _record(recorded: dt.date, cutoff: dt.date | None = None, engine: str = "mean") -> Any:
    return ForecastRecord(
        scenario_id="s",
        scenario_hash="0" * 64,
        as_of=dt.date(2020, 1, 1),
        evidence_cutoff=cutoff,
        engine=engine,
        variant=None,
        params={},
        seed=1,
        runs=1,
        accord_version="test",
        recorded_at=dt.datetime.combine(recorded, dt.time(12), tzinfo=dt.UTC),
        output={"issues": [ISSUE], "resolutions": [DRAFT]},
    )


NOW = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)
RESOLUTION = Resolution("s", "a", 60.0, True, OUTCOME, "test source", NOW, id=1)
RESULT = DraftResult("s", "D1", False, OUTCOME, "test source", NOW, id=1)


@pytest.mark.parametrize(
    ("recorded", "cutoff", "after"),
    [
        (dt.date(2020, 3, 1), dt.date(2020, 2, 1), False),  # a real forecast
        (dt.date(2020, 3, 1), None, False),  # no evidence cited
        (dt.date(2026, 12, 5), dt.date(2020, 2, 1), True),  # recorded years later
        (OUTCOME, dt.date(2020, 2, 1), True),  # recorded on the day: not before it
        (dt.date(2020, 3, 1), dt.date(2020, 7, 1), True),  # cites evidence of after it
    ],
)
def test_hindsight_from_recorded_at_and_the_evidence_cutoff(
    recorded: dt.date, cutoff: dt.date | None, after: bool
) -> None:
    why = hindsight(_record(recorded, cutoff), OUTCOME)
    assert (why is not None) == after
    if after:
        assert "not before the outcome of 2020-06-01" in str(why)


def test_scores_mark_each_pair_and_summarise_real_forecasts_apart() -> None:
    records = [
        _record(dt.date(2020, 3, 1), engine="mean"),
        _record(dt.date(2026, 12, 5), engine="mean"),
        _record(dt.date(2026, 12, 5), engine="smp"),
    ]
    result = score(records, [RESOLUTION], [RESULT])
    assert [i.hindsight is None for i in result.items] == [True, False, False]
    assert [d.hindsight is None for d in result.drafts] == [True, False, False]
    pooled = {(r.scenario, r.engine): (r.n, r.n_hindsight) for r in result.rows}
    assert pooled[("all", "mean")] == (2, 1) and pooled[("all", "smp")] == (1, 1)
    real = {(r.scenario, r.engine): (r.n, r.n_hindsight) for r in result.rows_before_outcome}
    assert real == {("s", "mean"): (1, 0), ("all", "mean"): (1, 0)}
    assert [(r.engine, r.n) for r in result.draft_rows_before_outcome] == [("mean", 1)] * 2
    document = result.to_dict()
    # the keys that existed stay; the marks and the real forecasts' rows are added
    assert {"definitions", "rows", "forecasts", "skipped", "drafts"} <= set(document)
    assert [f["made"] for f in document["forecasts"]] == ["before", "after", "after"]
    assert document["forecasts"][0]["hindsight"] is None
    assert document["forecasts"][1]["hindsight"].startswith("recorded on 2026-12-05")
    assert [f["made"] for f in document["drafts"]["forecasts"]] == ["before", "after", "after"]
    assert len(document["rows_before_outcome"]) == 2
    assert len(document["drafts"]["rows_before_outcome"]) == 2
    assert document["rows"][0]["n_hindsight"] == 1


def _ledger(tmp_path: Path, *recorded: dt.date) -> str:
    db = str(tmp_path / "ledger.db")
    with Ledger(db) as ledger:
        for day in recorded:
            ledger.add_record(_record(day))
        ledger.add_resolution(RESOLUTION)
        ledger.add_draft_result(RESULT)
    return db


def test_cli_table_csv_and_json_tell_hindsight_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.cli.app import out

    # a wide terminal: pytest-xdist's workers set COLUMNS=80, which cuts the table's headers
    monkeypatch.setattr(out, "width", 200)
    db = _ledger(tmp_path, dt.date(2020, 3, 1), dt.date(2026, 12, 5))
    table = runner.invoke(app, ["ledger", "score", "--db", db])
    assert table.exit_code == 0, table.output
    assert "hindsight" in table.stdout
    assert "forecasts made before their outcome only" in table.stdout
    # two issue pairs and two draft pairs, one of each recorded in 2026
    said = " ".join(table.stderr.split())
    assert "2 of the 4 scored forecasts were made after their outcome" in said
    done = runner.invoke(app, ["ledger", "score", "--db", db, "--format", "csv"])
    frame = pd.read_csv(io.StringIO(done.stdout))
    kinds = list(frame["kind"])
    assert kinds.count("issue") == 2 and kinds.count("issue_before_outcome") == 2
    assert kinds.count("draft_before_outcome") == 2
    assert list(frame[frame["kind"] == "issue"]["n_hindsight"]) == [1, 1]
    document = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    assert [f["made"] for f in document["forecasts"]] == ["before", "after"]


def test_cli_says_when_every_forecast_is_hindsight(tmp_path: Path) -> None:
    db = _ledger(tmp_path, dt.date(2026, 12, 5))
    table = runner.invoke(app, ["ledger", "score", "--db", db])
    assert table.exit_code == 0, table.output
    assert "none was made before its outcome" in " ".join(table.stderr.split())
    assert "before their outcome only" not in table.stdout
