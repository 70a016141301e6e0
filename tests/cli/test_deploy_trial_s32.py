"""Session 32's trial (a newsroom's data engineer sets accord up for a desk): an upgrade said,
a store made in a folder that was not there said, SIGTERM during an ingest said
(docs/trial-2026-12-06-s32.md, findings 4-6). Each test failed on 077fa576's source."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from sqlalchemy import create_engine
from typer.testing import CliRunner

from accord.cli import app
from accord.ledger import LEDGER
from accord.store.migrate import migrate
from tests.helpers import accord_command

runner = CliRunner()

ARTICLE = (
    "Geneva, 3 March 2025 - France said it supports a ceasefire in Ukraine, and Russia rejected "
    "any deployment of European troops. Note {n}."
)


def test_an_upgrade_of_an_older_ledger_is_said_once(tmp_path: Path) -> None:
    """A ledger at revision 0001 (what session 25's accord wrote) was upgraded to the head by the
    first command that opened it, without a word, and the older accord refuses it after."""
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    assert migrate(engine, LEDGER, "0001") == "0001"
    engine.dispose()
    first = runner.invoke(app, ["ledger", "list", "--db", str(path)])
    assert first.exit_code == 0, first.output
    said = " ".join(first.stderr.split())
    assert "upgraded the ledger tables from schema revision '0001' to '0005'" in said
    assert "an accord that knows only '0001' can no longer open this database" in said
    again = runner.invoke(app, ["ledger", "list", "--db", str(path)])
    assert again.exit_code == 0 and "upgraded" not in again.stderr  # at the head: nothing
    new = runner.invoke(app, ["ledger", "list", "--db", str(tmp_path / "new.db")])
    assert "upgraded" not in new.stderr  # a new database is made, not upgraded


def test_a_store_in_a_folder_that_was_not_there_is_said(tmp_path: Path) -> None:
    """``--db /nonexistent-share/desk.db`` (a share not mounted, a typo) made the folder and a
    store, took the articles, exit 0, no word: a nightly job would fill a store nobody reads."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.format(n=1), encoding="utf-8")
    share = tmp_path / "share-not-mounted"
    done = runner.invoke(app, ["ingest", str(article), "--db", str(share / "desk.db")])
    assert done.exit_code == 0, done.output
    said = " ".join(done.stderr.split())
    assert f"the folder {share} was not there and is made now, for a new news store" in said
    assert f"new store: {share / 'desk.db'} was not there before this ingest" in said
    again = runner.invoke(app, ["ingest", str(article), "--db", str(share / "desk.db")])
    assert again.exit_code == 0 and "not there" not in again.stderr  # the store is there now
    # a new file in a folder that exists: the ingest's line only
    other = runner.invoke(app, ["ingest", str(article), "--db", str(tmp_path / "typo.db")])
    assert "new store:" in other.stderr and "is made now" not in other.stderr


def test_sigterm_during_an_ingest_says_what_was_kept(tmp_path: Path) -> None:
    """SIGTERM (cron's ``timeout``, ``systemctl stop``) ended an ingest without a line; now it
    is said as Ctrl-C is, exit 143, and the stored documents are whole."""
    folder = tmp_path / "feed"
    folder.mkdir()
    for n in range(400):
        (folder / f"n{n:03d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        accord_command("ingest", str(folder), "--db", str(db)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "200"},
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 1:
            break
    assert proc.poll() is None, "the ingest ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    said = " ".join(err.split())
    assert proc.returncode == 143, err
    assert "terminated (SIGTERM) after" in said and "of 400 file(s)" in said
    assert "run the same command again to store the rest" in said
    assert "Traceback" not in err
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 1 <= kept < 400
