"""Session 36 (honest), task 3: the events outputs a user keeps say which accord wrote them.

``accord events --format plover-json`` gives each record an ``accord`` block; the CSV and
Parquet exports (and :func:`accord.frames.events_frame`), and the tables of ``accord timeline``
and ``accord evidence``, end with ``accord_version``; ``accord events code --parquet`` writes it
into each file's key-value metadata and its shard marker. The documented columns come first,
as they were."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.news.export import COLUMNS
from accord.provenance import provenance, version_string

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

runner = CliRunner()
ARTICLES = {
    "peacekeepers.txt": "Russia rejects European peacekeepers\n26 February 2025. Russian "
    "Foreign Minister Sergei Lavrov said Russia would not accept troops from European "
    "countries in Ukraine. Moscow rejected a European peacekeeping force as unacceptable.\n",
    "minerals.txt": "Minerals deal near\n26 February 2025. Ukraine and the United States "
    "agreed on the terms of a minerals deal, Ukrainian officials said. France and Germany "
    "met in Paris to discuss a ceasefire.\n",
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def store(folder: Path) -> str:
    db = str(folder.parent / f"{folder.name}-news.db")
    made = runner.invoke(app, ["ingest", str(folder), "--db", db, "--coder", "rules"])
    assert made.exit_code == 0, made.output
    return db


def test_plover_json_records_say_which_accord_wrote_them(store: str) -> None:
    done = runner.invoke(app, ["events", "--db", store, "--format", "plover-json"])
    assert done.exit_code == 0, done.output
    records = json.loads(done.stdout)
    assert records and all(r["accord"] == provenance() for r in records)
    assert all(r["coder"]["name"] == "rules" for r in records)  # the coder, as before
    listed = json.loads(runner.invoke(app, ["events", "--db", store, "--json"]).stdout)
    assert [r["id"] for r in records] == [r["id"] for r in listed]
    assert "accord" not in listed[0]  # the listing's records are left as they were


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_tables_end_with_accord_version(store: str, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"events.{fmt}"
    done = runner.invoke(app, ["events", "--db", store, "--format", fmt, "--out", str(path)])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
    assert tuple(frame.columns) == COLUMNS and COLUMNS[-2:] == ("coder_version", "accord_version")
    assert len(frame) > 0 and set(frame["accord_version"]) == {version_string()}


def test_csv_to_stdout_too(store: str) -> None:
    done = runner.invoke(app, ["events", "--db", store, "--format", "csv"])
    assert done.exit_code == 0, done.output
    frame = pd.read_csv(io.StringIO(done.stdout))
    assert frame.columns[-1] == "accord_version"


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_timeline_and_evidence_tables_end_with_accord_version(
    store: str, tmp_path: Path, fmt: str
) -> None:
    for name, args in (
        ("timeline", ["timeline", "RUS"]),
        ("evidence", ["evidence", "ukraine-2025-02"]),
    ):
        path = tmp_path / f"{name}.{fmt}"
        done = runner.invoke(app, [*args, "--db", store, "--format", fmt, "--out", str(path)])
        assert done.exit_code == 0, done.output
        frame = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
        assert len(frame) > 0, name
        assert frame.columns[-1] == "accord_version", name
        assert set(frame["accord_version"]) == {version_string()}, name
    listed = runner.invoke(app, ["timeline", "RUS", "--db", store, "--json"]).stdout
    assert "accord_version" not in json.loads(listed)[0]  # the JSON list: as it was


def test_code_parquet_partitions_carry_it_in_their_metadata(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "parts"
    done = runner.invoke(app, ["events", "code", str(folder), "--parquet", str(out)])
    assert done.exit_code == 0, done.output
    files = sorted(out.glob("date=*/part-*.parquet"))
    assert files
    for file in files:
        meta = pq.read_schema(file).metadata
        assert json.loads(meta[b"accord"]) == provenance()
        assert meta[b"coder"].decode().startswith("rules")
        assert "accord" not in pq.read_schema(file).names  # not a column: the schema is kept
    markers = list((out / "_shards").glob("*.json"))
    assert markers and all(json.loads(m.read_text())["accord"] == provenance() for m in markers)


def test_events_frame_has_it_too(store: str) -> None:
    from accord.frames import events_frame
    from accord.news.store import Store

    with Store(store, create=False) as opened:
        frame = events_frame(opened.events(), opened)
    assert tuple(frame.columns) == COLUMNS and set(frame["accord_version"]) == {version_string()}
