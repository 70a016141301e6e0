"""``--format table|json|csv|parquet`` on compare, explain, ledger list/show/score and
documents (issue 13, item 3): the csv and parquet outputs are the result's tidy table, the
json output the documented document, and the table the human view."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from accord.forecast.compare import compare
from accord.forecast.explain import explain
from accord.scenario import load_bundled
from tests.helpers import run_cli

EC = "ec-emissions-1994"


def _written(tmp_path: Path, fmt: str, *args: str) -> pd.DataFrame:
    path = tmp_path / f"out.{fmt}"
    code, output = run_cli(*args, "--format", fmt, "--out", str(path))
    assert code == 0, output
    return pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_compare_writes_its_long_table(tmp_path: Path, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    frame = _written(tmp_path, fmt, "compare", EC, "--engine", "mean", "--engine", "median")
    want = compare(load_bundled(EC), ["mean", "median"])
    assert list(frame.columns[:2]) == ["issue", "engine"]
    assert len(frame) == len(want.issues) * 2
    for row in frame.itertuples():
        item = next(i for i in want.issues if i.id == row.issue)
        assert row.forecast == pytest.approx(item.forecast[row.engine])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_forecast_table_carries_the_question_it_answers(tmp_path: Path, fmt: str) -> None:
    """``forecast --format csv|parquet`` holds what the JSON says of each issue's question
    (session 20: only the point forecast and the scale were written, so a forecast at the
    status quo on Minsk, where a consent actor vetoes the bargain, read as the bargain)."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    frame = _written(tmp_path, fmt, "forecast", "minsk-2015-02", "--engine", "median")
    code, output = run_cli("forecast", "minsk-2015-02", "--engine", "median", "--json")
    assert code == 0, output
    issues = json.loads(output[output.index("{") :])["issues"]
    assert list(frame["issue"]) == [i["id"] for i in issues]
    for row, item in zip(frame.to_dict("records"), issues, strict=True):
        for key in ("forecast", "p_agreement", "if_agreement", "status_quo"):
            assert row[key] == pytest.approx(item[key]), key
        assert str(row["horizon"]) == item["horizon"]
        for key, ids in (("consent", item["consent"]), ("vetoed_by", item["vetoed_by"])):
            assert ("" if pd.isna(row[key]) else row[key]) == ";".join(ids), key


def test_compare_table_says_its_drawn_seed_and_runs() -> None:
    """With ``--runs`` and no ``--seed`` the table names the seed it drew, and that seed makes
    the same table again (session 20: only ``--json`` said it, so a table could not be
    reproduced)."""
    args = ("compare", "minsk-2015-02", "--engine", "mean", "--engine", "bdm", "--runs", "5")
    code, first = run_cli(*args)
    assert code == 0, first
    caption = " ".join(first.split()).split("5 Monte Carlo runs per engine")[1]
    seed = caption.split("seed ")[1].split()[0]
    code, again = run_cli(*args, "--seed", seed)
    assert code == 0 and again == first


def test_explain_writes_every_tornado_bar(tmp_path: Path) -> None:
    frame = _written(tmp_path, "csv", "explain", EC, "--top", "3")
    want = explain(load_bundled(EC), "mean", top=3)
    assert len(frame) == sum(len(i.tornado) for i in want.issues)
    first = want.issues[0].tornado[0]
    assert frame.loc[0, "input"] == first.input.label
    assert frame.loc[0, "swing"] == pytest.approx(first.swing)


def test_compare_json_format_is_the_json_flag(tmp_path: Path) -> None:
    code, output = run_cli("compare", EC, "--engine", "mean", "--format", "json")
    assert code == 0
    document = json.loads(output.strip().splitlines()[-1])
    assert document["engines"] == ["mean"]
    code, output = run_cli("compare", EC, "--json", "--format", "csv")
    assert code == 2 and "two outputs" in output
    code, output = run_cli("explain", EC, "--format", "xml")
    assert code == 2 and "--format" in output


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("ledger") / "ledger.db")
    for engine in ("mean", "median"):
        code, output = run_cli("forecast", EC, "--engine", engine, "--record", "--db", db)
        assert code == 0, output
    return db


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_ledger_list_writes_records_and_resolutions(tmp_path: Path, ledger: str, fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    frame = _written(tmp_path, fmt, "ledger", "list", "--db", ledger)
    records = frame[frame["kind"] == "record"]
    assert list(records["engine"]) == ["mean", "median"]
    assert set(records["scenario"]) == {EC}
    assert (frame["kind"] == "resolution").sum() > 0  # the bundled resolutions in force
    assert frame.columns[0] == "kind"


def test_ledger_show_writes_the_record_issues(tmp_path: Path, ledger: str) -> None:
    frame = _written(tmp_path, "csv", "ledger", "show", "1", "--db", ledger)
    scenario = load_bundled(EC)
    assert list(frame["id"]) == [i.id for i in scenario.issues]
    assert set(frame["record"]) == {1} and set(frame["engine"]) == {"mean"}


def test_ledger_score_writes_its_rows(tmp_path: Path) -> None:
    db = str(tmp_path / "scored.db")
    code, output = run_cli("forecast", "minsk-2015-02", "--record", "--db", db)
    assert code == 0, output
    frame = _written(tmp_path, "csv", "ledger", "score", "--db", db)
    assert {"scenario", "engine", "n", "brier"} <= set(frame.columns)
    assert "mean" in set(frame["engine"])


def test_documents_writes_one_row_per_document(tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text(
        "Brussels, 3 March 2025. The European Union urged a ceasefire in Ukraine.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "news.db")
    code, output = run_cli("ingest", str(text), "--db", db)
    assert code == 0, output
    frame = _written(tmp_path, "csv", "documents", "--db", db)
    assert len(frame) == 1
    assert {"id", "title", "date", "words", "events"} <= set(frame.columns)


def test_timeline_writes_one_row_per_event(tmp_path: Path) -> None:
    text = tmp_path / "met.txt"
    text.write_text(
        "Brussels, 3 March 2025. France and Germany met in Paris to discuss a ceasefire in "
        "Ukraine. Russia rejected the proposal.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "news.db")
    code, output = run_cli("ingest", str(text), "--db", db)
    assert code == 0, output
    frame = _written(tmp_path, "csv", "timeline", "FRA", "--db", db)
    code, output = run_cli("timeline", "FRA", "--db", db, "--json")
    assert code == 0, output
    rows = json.loads(output.strip().splitlines()[-1])
    assert len(rows) == len(frame) > 0
    assert list(frame["type"]) == [r["type"] for r in rows]
    assert set(frame["role"]) <= {"source", "target", "both"}


def test_sweep_writes_csv_like_its_json_rows(tmp_path: Path) -> None:
    args = ("sweep", EC, "--vary", "Germany.capability=0.1:0.3", "--points", "3")
    path = tmp_path / "sweep.csv"
    code, output = run_cli(*args, "--format", "csv", "--output", str(path))
    assert code == 0, output
    frame = pd.read_csv(path)
    code, output = run_cli(*args, "--json")
    rows = json.loads(output.strip().splitlines()[-1])["rows"]
    assert len(frame) == len(rows) == 3
    assert list(frame["forecast"]) == pytest.approx([r["forecast"] for r in rows])
