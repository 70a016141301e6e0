"""Session 43's trial (docs/trial-2026-12-07-s43-interop.md): a political scientist takes
accord's tables into R and Stata. Each test failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from accord.cli import app

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
ds = pytest.importorskip("pyarrow.dataset")

runner = CliRunner()


def _invoke(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


def test_parquet_files_of_one_command_open_as_one_dataset(tmp_path: Path) -> None:
    # finding 1: an all-empty text column (no horizon, no consent actors) was Arrow's `null`
    # type, and R's arrow::open_dataset / pyarrow.dataset refused the two files together
    first, second = tmp_path / "ec.parquet", tmp_path / "ukr.parquet"
    _invoke("forecast", "ec-emissions-1994", "--format", "parquet", "--out", str(first))
    _invoke("forecast", "ukraine-2025-02", "--format", "parquet", "--out", str(second))
    schema = pq.read_schema(first)
    assert not [f.name for f in schema if pa.types.is_null(f.type)]
    assert schema.field("horizon").type == pa.date32()  # ISO text until session 44
    stacked = ds.dataset([str(first), str(second)]).to_table()
    assert stacked.num_rows == 1 + 7
    assert stacked.column("horizon").null_count == 1


def test_an_empty_column_keeps_its_kind_in_parquet() -> None:
    from accord.frames import frame_bytes

    frame = pd.DataFrame(
        {"id": ["d1", "d2"], "url": [None, None], "similarity": [None, None]}, dtype=object
    )
    table = pq.read_table(pa.BufferReader(frame_bytes(frame, "parquet")))
    assert table.schema.field("url").type == pa.large_string()
    assert table.schema.field("similarity").type == pa.float64()
    assert table.column("similarity").null_count == 2


def test_parquet_keeps_the_json_document_with_options_and_seed(tmp_path: Path) -> None:
    # finding 2: only the sweep's Parquet file said how it was made; a forecast's lost its
    # engine options, perturbation and agreement rule
    target = tmp_path / "f.parquet"
    args = ("forecast", "ec-emissions-1994", "--engine", "bdm", "--runs", "20", "--seed", "5")
    _invoke(*args, "--format", "parquet", "--out", str(target))
    kept = json.loads(pq.read_schema(target).metadata[b"accord.json"])
    document = json.loads(_invoke(*args, "--json"))
    for key in ("scenario", "engine", "seed", "params", "agreement_rule", "accord"):
        assert kept[key] == document[key]
    assert kept["ensemble"]["perturbation"] == document["ensemble"]["perturbation"]
    assert kept["ensemble"]["runs"] == 20
    # a CSV file has no metadata: its columns are unchanged
    csv = tmp_path / "f.csv"
    _invoke(*args, "--format", "csv", "--out", str(csv))
    assert list(pd.read_csv(csv).columns[-3:]) == ["engine", "seed", "scenario"]


def test_power_parquet_keeps_the_body_and_index(tmp_path: Path) -> None:
    target = tmp_path / "p.parquet"
    _invoke("power", "--body", "eu-council", "--index", "banzhaf", "--format", "parquet",
            "--out", str(target))  # fmt: skip
    table = pq.read_table(target)
    # was `null` without --year until session 43, text until session 44: a date, all null
    assert table.schema.field("date").type == pa.date32()
    kept = json.loads(table.schema.metadata[b"accord.json"])
    assert kept["index"] == "banzhaf" and "accord" in kept


def test_explain_table_says_which_engine_and_scenario() -> None:
    # finding 3: the tornado table had neither, so two scenarios' tables stacked were anonymous
    import io

    args = ("explain", "ec-emissions-1994", "--engine", "bdm", "--top", "2", "--seed", "3")
    frame = pd.read_csv(io.StringIO(_invoke(*args, "--format", "csv")))
    assert list(frame.columns[-4:]) == ["accord_version", "engine", "seed", "scenario"]
    assert set(frame["engine"]) == {"bdm"} and set(frame["scenario"]) == {"ec-emissions-1994"}
    assert set(frame["seed"]) == {3}


def test_timeline_with_nobody_on_the_other_side_is_missing(tmp_path: Path) -> None:
    # finding 4: `with` held "" there: missing in the CSV, text in the Parquet file
    article = tmp_path / "t.txt"
    article.write_text("Moscow, 3 March 2025\n\nRussia rejected the proposal on Monday.\n")
    db = f"sqlite:///{tmp_path / 't.db'}"
    _invoke("ingest", str(article), "--db", db)
    target = tmp_path / "t.parquet"
    _invoke("timeline", "RUS", "--db", db, "--format", "parquet", "--out", str(target))
    frame = pd.read_parquet(target)
    assert len(frame) == 1 and frame["with"].isna().all()
    assert json.loads(_invoke("timeline", "RUS", "--db", db, "--json"))[0]["with"] is None


def _documented_columns() -> dict[str, list[str]]:
    """Each ``### heading`` of docs/data-dictionary.md with its ``Columns: `a, b, ...` `` line."""
    import re

    text = (Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md").read_text()
    found: dict[str, list[str]] = {}
    for section in text.split("\n### ")[1:]:
        heading = section.split("\n", 1)[0].strip()
        match = re.search(r"^Columns: `([^`]+)`", section, re.MULTILINE)
        if match:
            found[heading] = [name.strip() for name in match.group(1).split(",")]
    return found


def test_the_data_dictionary_lists_the_columns_the_tables_have() -> None:
    # finding 5: no page listed every table's columns, units and types
    import warnings

    import accord

    documented = _documented_columns()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bdm = accord.forecast("ec-emissions-1994", "bdm", runs=20, seed=5)
        drafts = accord.forecast("ukraine-2025-02", "mean").resolutions
        made = {
            "Forecast": bdm.to_frame(),
            "Ensemble draws": bdm.samples_to_frame(),
            "Draft resolutions and members' votes": drafts.to_frame(),
            "Engines compared": accord.compare("ec-emissions-1994", runs=5, seed=1).to_frame(),
            "Explanation (tornado)": accord.explain("ec-emissions-1994", "mean").to_frame(),
            "Voting power": accord.power("unsc").to_frame(),
        }
    assert set(made) <= set(documented)
    for heading, frame in made.items():
        assert list(frame.columns) == documented[heading], heading
    assert list(drafts.votes_frame().columns) == [
        "draft", "member", "yes", "no", "abstain", "absent", "predicted", "source", "appeal",
        "engine", "seed", "scenario",  # since session 44
    ]  # fmt: skip
    predicted = _invoke("votes", "predict", "--title", "Peace in Ukraine", "--format", "csv")
    assert predicted.splitlines()[0].split(",") == documented["Vote predictions"]


def test_forecast_rows_writes_the_draws_drafts_and_votes(tmp_path: Path) -> None:
    # finding 6: the ensemble's draws and the drafts' tables were reachable from Python only
    import io
    import warnings

    import accord

    args = ("forecast", "ukraine-2025-02", "--runs", "30", "--seed", "2", "--format", "csv")
    draws = pd.read_csv(io.StringIO(_invoke(*args, "--rows", "runs")))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        made = accord.forecast("ukraine-2025-02", "mean", runs=30, seed=2)
    expected = made.samples_to_frame()
    assert list(draws.columns) == list(expected.columns) and len(draws) == 30 * 7
    assert draws["outcome"].tolist() == pytest.approx(expected["outcome"].tolist())
    # p_agreement of the issues' table is the share of runs agreed
    shares = draws.groupby("issue", sort=False)["agreed"].mean()
    issues = made.to_frame().set_index("issue")["p_agreement"]
    assert shares.to_dict() == pytest.approx(issues.to_dict())
    drafts = tmp_path / "drafts.parquet"
    _invoke(*args[:-1], "parquet", "--rows", "drafts", "--out", str(drafts))
    assert pd.read_parquet(drafts)["draft"].tolist() == ["S/2025/112", "A/ES-11/L.10",
                                                          "A/ES-11/L.11"]  # fmt: skip
    votes = pd.read_csv(io.StringIO(_invoke(*args, "--rows", "votes")))
    assert list(votes.columns[:2]) == ["draft", "member"] and len(votes) == 15 + 2 * 193
    # several scenarios: one table, each row with its path
    both = _invoke("forecast", "ukraine-2025-02", "ec-emissions-1994", "--format", "csv",
                   "--rows", "drafts")  # fmt: skip
    assert pd.read_csv(io.StringIO(both)).columns[-1] == "path"


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (("--rows", "runs", "--format", "csv"), "--rows runs: needs an ensemble, --runs N"),
        (("--rows", "drafts"), "--rows drafts: needs --format csv or parquet"),
        (("--rows", "turns", "--format", "csv"), "--rows: expected one of issues, runs"),
        (("--rows", "votes", "--format", "csv", "--trajectory"), "ask for two tables"),
    ],
)
def test_forecast_rows_refuses_what_it_cannot_write(extra: tuple[str, ...], says: str) -> None:
    done = runner.invoke(app, ["forecast", "ec-emissions-1994", *extra])
    assert done.exit_code == 2 and says in done.output


def test_votes_predict_table_says_which_draft_date_and_rule() -> None:
    # finding 7: the members' table had no title, date, rule or P(adopted), and the JSON no date
    import io

    args = ("votes", "predict", "--title", "Peace in Ukraine", "--date", "2025-02-24")
    table = pd.read_csv(io.StringIO(_invoke(*args, "--kind", "important", "--format", "csv")))
    document = json.loads(_invoke(*args, "--kind", "important", "--json"))
    assert document["date"] == "2025-02-24"
    assert set(table["title"]) == {"Peace in Ukraine"} and set(table["date"]) == {"2025-02-24"}
    assert set(table["rule"]) == {"important"}
    assert table["p_adopted"].tolist() == pytest.approx([document["p_adopted"]] * len(table))
    plain = pd.read_csv(io.StringIO(_invoke("votes", "predict", "--title", "x", "--format", "csv")))
    assert plain["date"].isna().all() and plain["rule"].isna().all()


def test_ledger_list_types_outcomes_as_numbers_whatever_their_values(tmp_path: Path) -> None:
    # finding 12: the bundled outcomes are whole, and `outcome` came out int64 (double elsewhere)
    db = f"sqlite:///{tmp_path / 'l.db'}"
    _invoke("ledger", "record-bundled", "--db", db)
    target = tmp_path / "l.parquet"
    _invoke("ledger", "list", "--db", db, "--format", "parquet", "--out", str(target))
    schema = pq.read_schema(target)
    assert schema.field("outcome").type == pa.float64()
    assert schema.field("p_adopted").type == pa.float64()
    assert pq.read_table(target).column("outcome").drop_null().to_pylist()  # resolutions there


def test_documents_table_says_which_accord_and_types_an_empty_similarity(tmp_path: Path) -> None:
    # finding 14: the one news table without accord_version; finding 1: `similarity` was `null`
    from accord.provenance import version_string

    article = tmp_path / "t.txt"
    article.write_text("Moscow, 3 March 2025\n\nRussia rejected the proposal on Monday.\n")
    db = f"sqlite:///{tmp_path / 't.db'}"
    _invoke("ingest", str(article), "--db", db)
    target = tmp_path / "d.parquet"
    _invoke("documents", "--db", db, "--format", "parquet", "--out", str(target))
    table = pq.read_table(target)
    assert table.column_names[-1] == "accord_version"
    assert set(table.column("accord_version").to_pylist()) == {version_string()}
    assert table.schema.field("similarity").type == pa.float64()
