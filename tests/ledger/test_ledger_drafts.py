"""A draft's P(adopted) in the forecast ledger (session 24's trial, L8): recorded with each
forecast (body, rule, draft id, as_of, date of the vote), resolved with the vote's recorded
result (``resolve-draft``), scored by Brier score and log loss beside the issues; the table of
results is added by migration 0002, which upgrades an existing ledger in place."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, inspect, text
from sqlalchemy.exc import DatabaseError
from typer.testing import CliRunner

from accord.cli import app
from accord.cli.app import out
from accord.errors import ArgumentError, DataError
from accord.forecast import forecast
from accord.ledger import (
    DraftResult,
    ForecastRecord,
    Ledger,
    new_draft_result,
    record_of,
    score,
)
from accord.ledger.db import LEDGER, records_table, resolutions_table
from accord.ledger.scores import LOG_LOSS_CLIP, brier, log_loss
from accord.scenario import load_bundled
from accord.scenario.io import loads
from accord.store import migrate
from tests.forecast.test_rule_contrasts import mission, write_mission
from tests.helpers import empty_postgres

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
VOTED = dt.date(2025, 2, 1)
runner = CliRunner()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    return empty_postgres("run the ledger tests on PostgreSQL")


def _record(drafts: list[dict[str, Any]], engine: str = "mean") -> ForecastRecord:
    return ForecastRecord(
        scenario_id="s",
        scenario_hash="0" * 64,
        as_of=dt.date(2025, 1, 10),
        evidence_cutoff=None,
        engine=engine,
        variant=None,
        params={},
        seed=None,
        runs=None,
        accord_version="test",
        recorded_at=NOW,
        output={"scenario": "s", "engine": engine, "issues": [], "resolutions": drafts},
    )


def _draft(draft_id: str, p: float, **extra: Any) -> dict[str, Any]:
    return {"id": draft_id, "body": "unsc", "title": "t", "rule": "substantive",
            "date": "2025-02-01", "adoption_probability": p, **extra}  # fmt: skip


def _result(draft_id: str, adopted: bool, on: dt.date = VOTED, id: int = 1) -> DraftResult:
    return DraftResult("s", draft_id, adopted, on, "test source", NOW, id=id)


# --------------------------------------------------------------------------- recorded


def test_a_record_carries_each_drafts_forecast() -> None:
    made = record_of(forecast(loads(mission().encode(), "mission.yaml"), "mean"))
    (draft,) = made.drafts()
    assert (draft.draft_id, draft.body, draft.rule, draft.p_basis) == (
        "D1",
        "unsc",
        "substantive",
        "exact",
    )
    assert (draft.as_of, draft.horizon) == (dt.date(2025, 1, 10), VOTED)
    assert draft.p_adopted is not None and draft.p_adopted <= 0.2  # Russia's veto
    assert made.draft("D1") == draft and made.draft("D2") is None
    ensemble = record_of(forecast(loads(mission().encode(), "m.yaml"), "mean", None, 1, runs=20))
    assert ensemble.drafts()[0].p_basis == "ensemble"


def test_records_made_before_the_rule_and_date_were_written_still_read() -> None:
    old = _record([{"id": "D1", "body": "unsc", "title": "t", "adoption_probability": 0.3}])
    (draft,) = old.drafts()
    assert (draft.rule, draft.horizon, draft.p_adopted) == (None, None, 0.3)


# --------------------------------------------------------------------------- scored


def test_draft_scores_match_hand_computed_values() -> None:
    records = [
        _record([_draft("D1", 0.9), _draft("D2", 0.2)]),
        _record([_draft("D1", 0.9, adoption_probability_ensemble=0.6)], engine="bdm"),
    ]
    results = [_result("D1", True), _result("D2", True, id=2)]
    scores = score(records, [], results)
    assert [(d.engine, d.forecast.draft_id, d.p_adopted) for d in scores.drafts] == [
        ("mean", "D1", 0.9),
        ("bdm", "D1", 0.6),  # the ensemble's estimate where the forecast ran one
        ("mean", "D2", 0.2),
    ]
    rows = {(r.scenario, r.engine): r for r in scores.draft_rows}
    mean = rows[("s", "mean")]
    assert mean.n == 2
    assert mean.brier == pytest.approx(((0.9 - 1) ** 2 + (0.2 - 1) ** 2) / 2)
    assert mean.log_loss == pytest.approx((-math.log(0.9) - math.log(0.2)) / 2)
    assert (mean.brier_status_quo, mean.brier_no_skill) == (1.0, 0.25)
    assert mean.log_loss_status_quo == pytest.approx(-math.log(LOG_LOSS_CLIP))
    assert mean.log_loss_no_skill == pytest.approx(math.log(2))
    assert rows[("all", "bdm")].brier == pytest.approx(0.16)
    document = scores.to_dict()
    assert [r["engine"] for r in document["drafts"]["rows"]] == ["bdm", "mean", "bdm", "mean"]
    item = document["drafts"]["forecasts"][0]
    assert (item["draft"], item["body"], item["rule"], item["horizon"]) == (
        "D1",
        "unsc",
        "substantive",
        "2025-02-01",
    )
    assert item["brier"] == pytest.approx(0.01) and item["result"] == "1"
    assert scores.rows == [] and scores.items == []  # no issue was resolved
    assert repr(scores) == "Scores(forecasts=0, rows=0, skipped=1, drafts=3)"  # bdm has no D2


def test_a_record_without_the_draft_or_made_after_the_vote_is_skipped() -> None:
    records = [_record([_draft("D1", 0.5)])]
    results = [_result("D9", False), _result("D1", False, on=dt.date(2025, 1, 1), id=2)]
    scores = score(records, [], results)
    assert scores.drafts == []
    assert [s["why"] for s in scores.skipped] == [
        "the forecast has no draft D9",
        "voted before the forecast's as_of",
    ]
    assert scores.skipped[0]["draft_result"] == "1"


def test_brier_and_log_loss_are_the_one_scoring_of_both() -> None:
    assert brier(0.8, True) == pytest.approx(0.04) and brier(0.8, False) == pytest.approx(0.64)
    assert log_loss(0.5, True) == pytest.approx(math.log(2))
    # a certain forecast that misses costs ln(1000), not infinity
    assert log_loss(0.0, True) == pytest.approx(math.log(1000))
    assert log_loss(1.0, False) == pytest.approx(math.log(1000))
    assert log_loss(1.0, True) == pytest.approx(-math.log(1 - LOG_LOSS_CLIP))


# --------------------------------------------------------------------------- stored


def test_draft_results_are_append_only_and_resolved_once(url: str) -> None:
    with Ledger(url) as ledger:
        first = ledger.add_draft_result(
            DraftResult("s", "D1", False, VOTED, "x", NOW, in_favour=13, against=1, abstentions=1)
        )
        assert first.id == 1 and first.tally == "13-1-1"
        with pytest.raises(ArgumentError, match="already resolved"):
            ledger.add_draft_result(DraftResult("s", "D1", True, VOTED, "y", NOW))
        fixed = ledger.add_draft_result(
            DraftResult("s", "D1", True, VOTED, "corrected", NOW, supersedes=1)
        )
        with pytest.raises(ArgumentError, match="already superseded"):
            ledger.add_draft_result(DraftResult("s", "D1", True, VOTED, "z", NOW, supersedes=1))
        with pytest.raises(ArgumentError, match="is about s/D1, not s/D2"):
            ledger.add_draft_result(DraftResult("s", "D2", True, VOTED, "z", NOW, supersedes=2))
        assert ledger.draft_results() == [first, fixed]
        assert ledger.draft_entries("s") == [fixed]
        for statement in (
            "UPDATE ledger_draft_results SET adopted = false",
            "DELETE FROM ledger_draft_results",
        ):
            with pytest.raises(DatabaseError, match="append-only"), ledger.engine.begin() as c:
                c.execute(text(statement))
        if ledger.engine.dialect.name == "postgresql":
            with pytest.raises(DatabaseError, match="append-only"), ledger.engine.begin() as c:
                c.execute(text("TRUNCATE ledger_draft_results"))


def test_an_existing_ledger_is_migrated_with_its_rows(tmp_path: Path) -> None:
    """A ledger written by an accord that knew only revision 0001 is upgraded to the head
    (0002, 0003, then 0004) when opened: its records and resolutions stay, the draft results' table
    comes with its triggers, in one transaction (accord.store.migrate)."""
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    assert migrate(engine, LEDGER, "0001") == "0001"
    with engine.begin() as conn:
        conn.execute(
            insert(records_table).values(
                scenario_id="s", scenario_hash="0" * 64, engine="mean", params={},
                accord_version="old", recorded_at=NOW,
                output={"issues": [], "resolutions": [_draft("D1", 0.25)]},
            )
        )  # fmt: skip
        conn.execute(
            insert(resolutions_table).values(
                scenario_id="s", issue_id="a", outcome=1.0, agreed=True,
                resolved_on=VOTED, source="x", recorded_at=NOW,
            )
        )  # fmt: skip
    assert not inspect(engine).has_table("ledger_draft_results")
    engine.dispose()
    with Ledger(str(path)) as ledger:
        assert ledger.schema_version() == "0005" == LEDGER.head
        assert len(ledger.records()) == 1 and len(ledger.resolutions()) == 1
        ledger.add_draft_result(_result("D1", True, id=None))  # type: ignore[arg-type]
        (scored,) = score(ledger.records(), [], ledger.draft_entries()).drafts
        assert scored.brier == pytest.approx(0.5625)
        with pytest.raises(DatabaseError, match="append-only"), ledger.engine.begin() as c:
            c.execute(text("DELETE FROM ledger_draft_results"))


# --------------------------------------------------------------------------- resolved


def test_new_draft_result_checks(tmp_path: Path) -> None:
    path = str(write_mission(tmp_path))
    with Ledger(str(tmp_path / "ledger.db")) as ledger:

        def resolve(draft: str = "D1", **given: Any) -> DraftResult:
            values: dict[str, Any] = {"adopted": False, "on": VOTED, "source": "press release"}
            return new_draft_result(ledger, path, draft, **{**values, **given})

        with pytest.raises(DataError, match=r"mission-2025: no draft 'D9' \(drafts: D1\)"):
            resolve("D9")
        with pytest.raises(ArgumentError, match=r"^against: a tally is all three counts"):
            resolve(in_favour=13)
        with pytest.raises(ArgumentError, match="21 votes cast, more than the 15 members"):
            resolve(in_favour=13, against=4, abstentions=4)
        with pytest.raises(ArgumentError, match=r"^against: a count of votes, 0 or more"):
            resolve(in_favour=13, against=-1, abstentions=1)
        with pytest.raises(ArgumentError, match="before the scenario's as_of 2025-01-10"):
            resolve(on=dt.date(2025, 1, 1))
        with pytest.raises(ArgumentError, match=r"^source: say where"):
            resolve(source=" ")
        with pytest.raises(DataError, match="adopted must be True or False"):
            resolve(adopted="no")
        made = resolve(in_favour=13, against=1, abstentions=1)
        assert (made.scenario_id, made.draft_id, made.adopted, made.tally) == (
            "mission-2025",
            "D1",
            False,
            "13-1-1",
        )
    unknown = r"ec-emissions-1994: no draft 'D1' \(it has no draft resolutions\)"
    with Ledger(str(tmp_path / "other.db")) as ledger, pytest.raises(DataError, match=unknown):
        new_draft_result(ledger, "ec-emissions-1994", "D1", adopted=True, on=VOTED, source="x")


# --------------------------------------------------------------------------- command line


def test_record_resolve_list_show_and_score_a_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(out, "width", 160)  # a wide terminal, whatever ran before in the worker
    db = str(tmp_path / "ledger.db")
    path = str(write_mission(tmp_path))
    made = runner.invoke(app, ["forecast", path, "--record", "--db", db])
    assert made.exit_code == 0, made.output
    resolved = runner.invoke(
        app,
        ["ledger", "resolve-draft", path, "D1", "--adopted", "no", "--in-favour", "13",
         "--against", "1", "--abstentions", "1", "--on", "2025-02-01",
         "--source", "hand-made test value", "--db", db],
    )  # fmt: skip
    assert resolved.exit_code == 0, resolved.output
    assert "draft result 1: mission-2025/D1 not adopted 13-1-1 on 2025-02-01" in resolved.stderr
    listed = json.loads(runner.invoke(app, ["ledger", "list", "--db", db, "--json"]).stdout)
    (draft,) = listed["drafts"]
    assert (draft["record"], draft["draft"], draft["body"], draft["rule"]) == (
        1,
        "D1",
        "unsc",
        "substantive",
    )
    assert (draft["as_of"], draft["horizon"]) == ("2025-01-10", "2025-02-01")
    (result,) = listed["draft_results"]
    assert (result["in_favour"], result["against"], result["abstentions"]) == (13, 1, 1)
    shown = runner.invoke(app, ["ledger", "show", "1", "--db", db])
    assert "Draft forecasts" in shown.stdout and "substantive" in shown.stdout
    scored = json.loads(runner.invoke(app, ["ledger", "score", "--db", db, "--json"]).stdout)
    (item,) = scored["drafts"]["forecasts"]
    assert item["adopted"] is False and item["tally"] == "13-1-1"
    assert item["brier"] == pytest.approx(item["p_adopted"] ** 2)
    table = runner.invoke(app, ["ledger", "score", "--db", db])
    assert table.exit_code == 0 and "log loss" in table.stdout and "mission-2025" in table.stdout
    csv = runner.invoke(app, ["ledger", "list", "--db", db, "--format", "csv"])
    assert csv.exit_code == 0 and "draft_forecast" in csv.stdout and "draft_result" in csv.stdout


def test_a_draft_id_that_does_not_exist_is_one_line_and_exit_2(tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    Ledger(db).close()  # resolve-draft refuses a --db that is not a ledger (session 31)
    path = str(write_mission(tmp_path))

    def resolve(*extra: str, draft: str = "D1", adopted: str = "yes") -> Any:
        return runner.invoke(
            app,
            ["ledger", "resolve-draft", path, draft, "--adopted", adopted, "--on", "2025-02-01",
             "--source", "x", "--db", db, *extra],
        )  # fmt: skip

    missing = resolve(draft="S/2025/999")
    assert missing.exit_code == 2
    assert missing.stderr.strip() == "error: mission-2025: no draft 'S/2025/999' (drafts: D1)"
    partial = resolve("--against", "3")
    assert partial.exit_code == 2
    assert partial.stderr.strip().startswith("error: --in-favour: a tally is all three counts")
    word = resolve(adopted="maybe")
    assert word.exit_code == 2 and "--adopted: expected yes or no" in word.stderr


def test_resolve_draft_takes_the_scenarios_recorded_result(tmp_path: Path) -> None:
    """Trial s26, finding 9: without a tally, the draft's ``actual`` is taken (and said so); a
    given tally wins; a draft that records no result still needs ``--adopted``."""
    recorded = "      actual: {adopted: false, in_favour: 13, against: 1, abstentions: 1}\n"
    with_actual = tmp_path / "actual" / "mission.yaml"
    with_actual.parent.mkdir()
    with_actual.write_text(mission() + recorded, encoding="utf-8")
    bare = str(write_mission(tmp_path))

    def resolve(path: Path | str, *extra: str, db: str = "a.db") -> Any:
        Ledger(str(tmp_path / db)).close()  # a ledger, as resolve-draft needs (session 31)
        return runner.invoke(
            app,
            ["ledger", "resolve-draft", str(path), "D1", "--on", "2025-02-01", "--source", "x",
             "--db", str(tmp_path / db), *extra],
        )  # fmt: skip

    taken = resolve(with_actual)
    assert taken.exit_code == 0, taken.output
    assert taken.stderr.strip() == (
        "draft result 1: mission-2025/D1 not adopted 13-1-1 on 2025-02-01 "
        "(the result the scenario's draft records: its actual)"
    )
    given = resolve(
        with_actual, "--adopted", "no", "--in-favour", "12", "--against", "1",
        "--abstentions", "2", db="b.db",
    )  # fmt: skip
    assert given.exit_code == 0, given.output
    assert given.stderr.strip() == (
        "draft result 1: mission-2025/D1 not adopted 12-1-2 on 2025-02-01"
    )
    against = resolve(with_actual, "--adopted", "yes", db="c.db")
    assert against.exit_code == 2
    assert against.stderr.strip() == (
        "error: --adopted: yes, but the scenario's draft mission-2025/D1 records it not adopted: "
        "give the tally with it, or correct the scenario's actual"
    )
    none = resolve(bare, db="d.db")
    assert none.exit_code == 2
    assert none.stderr.strip() == (
        "error: --adopted: say whether the draft was adopted (yes or no): mission-2025/D1 "
        "records no result (actual) to take it from"
    )
    still = resolve(bare, "--adopted", "no", db="d.db")
    assert still.exit_code == 0 and still.stderr.strip().endswith("not adopted on 2025-02-01")
    with Ledger(str(tmp_path / "e.db")) as ledger:
        made = new_draft_result(ledger, str(with_actual), "D1", on=VOTED, source="x")
    assert (made.adopted, made.tally) == (False, "13-1-1")


# trial s26: the bundled ukraine-2025-02 (as of 2025-02-25) has drafts voted on 2025-02-24, and
# `resolve-draft ... --on 2025-02-24` was refused as "a resolution reports what happened after
# the forecast", with no word that the scenario itself dates the draft before its as_of.


def test_a_draft_the_scenario_dates_before_its_as_of_is_called_a_retrodiction(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "ledger.db")
    Ledger(db).close()  # resolve-draft refuses a --db that is not a ledger (session 31)
    args = ["ledger", "resolve-draft", "ukraine-2025-02", "S/2025/112", "--on", "2025-02-24",
            "--source", "https://press.un.org/en/2025/sc16006.doc.htm", "--db", db]  # fmt: skip
    done = runner.invoke(app, args)
    said = " ".join(done.stderr.split())
    assert done.exit_code == 2, done.output
    assert said.startswith(
        "error: --on: 2025-02-24 is before the scenario's as_of 2025-02-25: the scenario dates "
        "draft S/2025/112 2025-02-24, before its own as_of"
    )
    assert "(a retrodiction, which the ledger does not score)" in said
    assert "its result is the draft's actual, which accord forecast shows" in said
    # a draft with no recorded result is told where one goes
    scenario = tmp_path / "ukraine.json"
    data = load_bundled("ukraine-2025-02").model_dump(mode="json", exclude_none=True)
    for draft in data["institutions"]["drafts"]:
        draft.pop("actual", None)
    scenario.write_text(json.dumps(data))
    with Ledger(db) as ledger, pytest.raises(ArgumentError, match="give the result as the draft"):
        new_draft_result(
            ledger, str(scenario), "S/2025/112", adopted=True, on=dt.date(2025, 2, 24),
            source="https://press.un.org/en/2025/sc16006.doc.htm",
        )  # fmt: skip
