"""``accord ingest --workers/--parquet`` and ``accord events code`` on a sharded corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.news.store import Store
from tests.helpers import needs_parquet
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
    needs_parquet()
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


def test_the_workers_start_by_the_coders_name_before_it_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fork server loads the coder while this process builds it (session 14): the
    workers are started with the name from ``--coder``, then the coder is made; an unknown
    name is a usage error before any worker starts."""
    import accord.cli.corpus_commands as commands
    import accord.news.coders as coders
    from accord.execution import InlineExecutor

    _corpus(tmp_path / "corpus")
    calls: list[tuple[str, object]] = []
    real_get = coders.get_coder

    def executor_from(workers: int | None, scheduler: str | None) -> InlineExecutor:
        calls.append(("executor", workers))
        return InlineExecutor()

    def get_coder(name: str | None = None, *, strict: bool = False) -> coders.CoderChoice:
        calls.append(("build", name))
        return real_get(name, strict=strict)

    monkeypatch.setattr(commands, "executor_from", executor_from)
    monkeypatch.setattr(coders, "start_workers", lambda ex, coder: calls.append(("start", coder)))
    monkeypatch.setattr(coders, "get_coder", get_coder)
    args = ["ingest", str(tmp_path / "corpus"), "--db", str(tmp_path / "x.db"), "--workers", "2"]
    done = runner.invoke(app, [*args, "--coder", "rules"])
    assert done.exit_code == 0, done.output
    assert calls[:3] == [("executor", 2), ("start", "rules"), ("build", "rules")]
    calls.clear()
    wrong = runner.invoke(app, [*args, "--coder", "nope"])
    assert wrong.exit_code == 2 and "unknown coder" in wrong.stderr
    assert calls == []


def test_ingest_of_a_parquet_file_points_to_events_code(tmp_path: Path) -> None:
    # session 20: it said only "binary file (contains NUL bytes), not an article"
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    corpus = tmp_path / "corpus.parquet"
    pq.write_table(pa.table({"text": [ARTICLE], "date": ["2025-02-10"]}), corpus)
    db = str(tmp_path / "x.db")
    refused = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--coder", "rules"])
    assert refused.exit_code != 0
    said = " ".join(refused.output.split())  # Rich wraps long lines
    assert "a Parquet file, which `accord ingest` does not read" in said
    assert "`accord events code FILE --db DB`" in said and "NUL bytes" not in said
    coded = runner.invoke(app, ["events", "code", str(corpus), "--db", db])
    assert coded.exit_code == 0, coded.output  # the command the message names reads it
    with Store(db) as store:
        assert store.count()["documents"] == 1


def test_events_code_that_reads_nothing_leaves_no_new_parquet_folder(tmp_path: Path) -> None:
    # session 30's closing note: an empty input folder left the --parquet folder made behind
    needs_parquet()
    (tmp_path / "empty").mkdir()
    out = tmp_path / "events"
    result = runner.invoke(app, ["events", "code", str(tmp_path / "empty"), "--parquet", str(out)])
    assert result.exit_code == 1 and not out.exists()
    out.mkdir()  # a folder the user made stays, and so does what is in it
    (out / "keep.txt").write_text("x")
    again = runner.invoke(app, ["events", "code", str(tmp_path / "empty"), "--parquet", str(out)])
    assert again.exit_code == 1 and (out / "keep.txt").is_file()
