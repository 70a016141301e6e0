"""``accord ingest --workers/--parquet`` and ``accord events code`` on a sharded corpus."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app
from accord.news.store import Store
from tests.news.test_ingest import ARTICLE

runner = CliRunner()


def _corpus(folder: Path) -> None:
    folder.mkdir()
    for s in range(3):
        rows = [
            json.dumps({"text": f"{ARTICLE} Update {s}-{d}.", "date": f"2025-02-{10 + d}"})
            for d in range(4)
        ]
        (folder / f"part-{s}.jsonl").write_text("\n".join(rows) + "\n")


def test_ingest_on_two_processes_then_resume(tmp_path: Path) -> None:
    _corpus(tmp_path / "corpus")
    db = str(tmp_path / "x.db")
    args = ["ingest", str(tmp_path / "corpus"), "--db", db, "--workers", "2"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "2 local processes" in first.stderr
    with Store(db) as store:
        counts = store.count()
    assert counts["documents"] == 12 and counts["events"] > 0
    again = runner.invoke(app, args)
    assert again.exit_code == 0 and "3 already done" in again.stdout
    with Store(db) as store:
        assert store.count() == counts


def test_events_code_writes_date_partitions(tmp_path: Path) -> None:
    _corpus(tmp_path / "corpus")
    done = runner.invoke(
        app, ["events", "code", str(tmp_path / "corpus"), "--parquet", str(tmp_path / "ev")]
    )
    assert done.exit_code == 0, done.output
    parts = sorted(p.name for p in (tmp_path / "ev").glob("date=*"))
    assert parts and all(p.startswith("date=2025-02-1") for p in parts)
    assert len(list((tmp_path / "ev" / "_shards").glob("*.json"))) == 3
    nothing = runner.invoke(app, ["events", "code", str(tmp_path / "corpus")])
    assert nothing.exit_code == 2 and "nothing to write" in nothing.stderr
