"""The sharded ingest (``accord ingest --workers N``) says what the one-process ingest says
since session 32 (docs/trial-2026-12-06-s32.md, findings 5 and 6's notes): a new store file,
the articles read twice, and on SIGTERM what was kept and how to go on, exit 143, the workers
stopped. Each test failed on a7a0042d's source."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from tests.helpers import accord_command

runner = CliRunner()
ARTICLE = (
    "Geneva, 3 March 2025 - France said it supports a ceasefire in Ukraine, and Russia rejected "
    "any deployment of European troops. Note {n}."
)


def _feed(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"n{n:03d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_a_sharded_ingest_names_a_new_store_and_the_articles_read_twice(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed", 3)
    (feed / "n900-copy.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    rows = "\n".join(f'{{"text": "{ARTICLE.format(n=n)}", "date": "2025-03-03"}}' for n in (7, 7))
    (feed / "wire.jsonl").write_text(rows + "\n", encoding="utf-8")
    db = tmp_path / "typo.db"
    done = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--workers", "2"])
    assert done.exit_code == 0, done.output
    said = " ".join(done.stderr.split())
    assert f"new store: {db} was not there before this ingest" in said
    copy, first = feed / "n900-copy.txt", feed / "n001.txt"
    assert f"{copy}: the same text as {first}, read earlier in this ingest" in said
    assert f"{feed / 'wire.jsonl'} line 2: the same text as {feed / 'wire.jsonl'} line 1" in said
    again = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--workers", "2"])
    assert again.exit_code == 0, again.output
    # the store was there; copies of what an earlier run stored are not named (as one process)
    assert "new store:" not in again.stderr and "the same text as" not in again.stderr
    # the one-process ingest says the same of the same inputs
    inline = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "one.db")])
    for line in (f"{copy}: the same text as {first}", "wire.jsonl line 2: the same text as"):
        assert line in " ".join(inline.stderr.split())


@pytest.mark.parametrize("to", ["parent", "group"])
def test_sigterm_during_a_sharded_ingest_says_what_was_kept(tmp_path: Path, to: str) -> None:
    """SIGTERM to the parent alone (``kill PID``), or to its process group, workers and fork
    server too (GNU ``timeout``, ``systemctl stop``): a worker killed while it sent its result
    left the pool's thread blocked for ever, which a first version of this fix waited on."""
    feed = _feed(tmp_path / "feed", 300)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        accord_command("ingest", str(feed), "--db", str(db), "--workers", "2"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
        start_new_session=True,  # its own process group, as cron's or systemd's job is
    )
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                if conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 1:
                    break
        except sqlite3.Error:
            continue
    assert proc.poll() is None, "the ingest ended before it could be stopped"
    workers = _descendants(proc.pid)  # the fork server, the workers it forked
    assert len(workers) >= 2, workers
    if to == "group":
        os.killpg(proc.pid, signal.SIGTERM)
    else:
        proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=90)
    said = " ".join(err.split())
    assert proc.returncode == 143, err
    assert "terminated (SIGTERM) after" in said and "of 300 shard(s)" in said
    assert "run the same command again to store the rest" in said
    assert "Traceback" not in err
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.2)
    assert [pid for pid in workers if _alive(pid)] == []  # no worker left coding
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every stored document has its events stored with it (no half-written batch)
        orphans = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM event_documents e WHERE e.document_id = d.id)"
        ).fetchone()[0]
    assert 1 <= kept < 300 and orphans == 0
    # the same command again stores the rest
    rest = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--workers", "2"])
    assert rest.exit_code == 0, rest.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 300


def _descendants(pid: int) -> list[int]:
    """The process ids descended from ``pid`` (Linux's /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        children = [child for child, up in parents.items() if up == parent]
        found += children
        todo += children
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
