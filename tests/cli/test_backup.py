"""``accord backup`` (session 33): a consistent copy of a SQLite store or ledger while another
process writes (session 32's trial, finding 2: a ``cp`` of a store in use held 2 of its 17
documents), an existing target refused, bad paths and PostgreSQL refused in one line."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app

runner = CliRunner()

ARTICLE = (
    "Geneva, 3 March 2025 - France said it supports a ceasefire in Ukraine, and Russia rejected "
    "any deployment of European troops. Note {n}."
)

WRITER = textwrap.dedent(
    """
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=60)
    db.execute("PRAGMA wal_autocheckpoint=0")  # every write stays in the -wal file
    db.execute("CREATE TABLE IF NOT EXISTS probe (n INTEGER PRIMARY KEY)")
    n = 0
    while sys.stdin.readline():  # one line in: 200 more rows, then "done N" out
        for _ in range(20):  # transactions of 10 rows
            db.execute("BEGIN")
            for _ in range(10):
                n += 1
                db.execute("INSERT INTO probe VALUES (?)", (n,))
            db.execute("COMMIT")
        print("done", n, flush=True)
    """
)


def _store(tmp_path: Path, documents: int) -> Path:
    db = tmp_path / "desk.db"
    for n in range(documents):
        article = tmp_path / f"a{n}.txt"
        article.write_text(ARTICLE.format(n=n), encoding="utf-8")
        done = runner.invoke(app, ["ingest", str(article), "--db", str(db)])
        assert done.exit_code == 0, done.output
    return db


def _rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_a_copy_made_while_another_process_writes_is_complete_and_opens(tmp_path: Path) -> None:
    db = _store(tmp_path, 2)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    try:
        writer.stdin.write("go\n")
        writer.stdin.flush()
        assert writer.stdout.readline().split() == ["done", "200"]
        writer.stdin.write("go\n")  # it writes on while the copy is made
        writer.stdin.flush()
        naive = tmp_path / "naive.db"
        shutil.copy(db, naive)  # what the trial did: the main file alone
        assert (db.parent / "desk.db-wal").stat().st_size > 0  # the writes are in the log
        copy = tmp_path / "backup" / "desk.db"
        copy.parent.mkdir()
        done = runner.invoke(app, ["backup", str(copy), "--db", str(db)])
        assert done.exit_code == 0, done.output
        assert writer.stdout.readline().split() == ["done", "400"]
    finally:
        writer.stdin.close()
        writer.wait(timeout=60)
    said = " ".join(done.stdout.split())
    assert f"backed up {db} to {copy}" in said and "integrity check ok" in said
    with sqlite3.connect(naive) as plain:  # the main file alone lacks them
        assert not plain.execute("SELECT name FROM sqlite_master WHERE name = 'probe'").fetchall()
    # complete and consistent: every commit made before the copy, none cut in half
    probes = _rows(copy, "probe")
    assert 200 <= probes <= 400 and probes % 10 == 0
    with sqlite3.connect(copy) as made:
        assert made.execute("SELECT min(n), max(n) FROM probe").fetchone() == (1, probes)
    assert f"probe: {probes}" in said
    assert f"documents: {_rows(db, 'documents')}" in said
    assert not list(copy.parent.glob(".*partial*"))  # no temporary file left
    listed = runner.invoke(app, ["documents", "--db", str(copy)])  # opens in accord
    assert listed.exit_code == 0, listed.output
    assert _rows(copy, "documents") == _rows(db, "documents") == 2


def test_an_existing_target_is_refused_unless_forced(tmp_path: Path) -> None:
    db = _store(tmp_path, 1)
    copy = tmp_path / "copy.db"
    copy.write_bytes(b"yesterday's backup")
    refused = runner.invoke(app, ["backup", str(copy), "--db", str(db)])
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        f"error: {copy}: exists already (nothing written; --force replaces it)"
    )
    assert copy.read_bytes() == b"yesterday's backup"
    forced = runner.invoke(app, ["backup", str(copy), "--db", str(db), "--force"])
    assert forced.exit_code == 0, forced.output
    assert _rows(copy, "documents") == 1
    itself = runner.invoke(app, ["backup", str(db), "--db", str(db), "--force"])
    assert itself.exit_code == 2 and "the database itself" in itself.stderr


def test_bad_paths_are_named_without_a_traceback(tmp_path: Path) -> None:
    db = _store(tmp_path, 1)
    missing = tmp_path / "no-such.db"
    cases = {
        (str(tmp_path / "c1.db"), "--db", str(missing)): f"{missing}: no such SQLite file",
        (str(tmp_path / "nofolder" / "c.db"), "--db", str(db)): (
            f"{tmp_path / 'nofolder'}: no such folder for the copy"
        ),
        (str(tmp_path / "c2.db"), "--db", str(tmp_path / "a0.txt")): (
            f"{tmp_path / 'a0.txt'}: not copied (file is not a database)"
        ),
        (str(tmp_path / "c3.db"), "--db", "postgresql+psycopg://desk:secret@db/accord"): (
            "postgresql+psycopg://desk:***@db/accord: a PostgreSQL database; accord backs up "
            "SQLite files only and ships no PostgreSQL backup: use pg_dump"
        ),
    }
    for args, message in cases.items():
        done = runner.invoke(app, ["backup", *args])
        assert done.exit_code == 2, args
        assert message in " ".join(done.stderr.split()), done.stderr
        assert "Traceback" not in done.output
    assert not missing.exists()  # not made by trying to read it
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("c")) == []
