"""Session 43 (s43-readonly): reads that made stores, store outages named as such, a warning
said once a command.

1. A reading command (``ledger list``, ``score``, ``show``, ``forecast --report``; ``events``,
   ``timeline``, ``documents``, ``evidence``, ``update``) given a ``--db`` that holds none of
   its store refuses it in one line, exit 2, and makes nothing: no file, no folder, no tables,
   no ``-wal`` or ``-shm`` beside it. A path that was not there was refused before; an empty
   SQLite file, or the database of the other store (a ledger for ``events``, a news store for
   ``ledger list``), got the store's tables made by the read, which answered from them empty.
   Without ``--db`` the default ledger, not there yet, is read as an empty one (the bundled
   resolutions) and said so: the reads made it.
2. Opening a database that does not answer raises :class:`~accord.errors.StoreUnavailable`
   (still a ``DataError``: the CLI's one line, exit 2, the password hidden), where it raised
   a plain ``DataError`` that the workbench told apart only by the driver's error behind it.
3. ``accord sweep`` without ``--workers`` said the same warning once a sweep point (each
   forecast's ``warnings.catch_warnings`` empties Python's once-a-place registry); with
   ``--workers`` once. The CLI's warning hook says each distinct warning once a command.
"""

from __future__ import annotations

import socket
import sqlite3
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordWarning, DataError, StoreBusy, StoreUnavailable

runner = CliRunner()

UKRAINE = "ukraine-2025-02"


def _closed_port() -> int:
    """A loopback port nothing listens on: a PostgreSQL server there is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tables(db: Path) -> set[str]:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _files(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in folder.iterdir()}


# ------------------------------------------------------------- 1. reads that made stores

LEDGER_READS = {
    "ledger list": ["ledger", "list"],
    "ledger score": ["ledger", "score"],
    "ledger show": ["ledger", "show", "1"],
    "forecast --report": ["forecast", UKRAINE, "--engine", "mean", "--report", "REPORT"],
}
NEWS_READS = {
    "events": ["events"],
    "timeline": ["timeline", "RUS"],
    "documents": ["documents"],
    "evidence": ["evidence", UKRAINE],
    "update": ["update", UKRAINE],
}


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A news store holding one document and a ledger holding one record, each alone in its
    SQLite file, made by the library (the databases of "the other store's kind")."""
    from accord.forecast import forecast
    from accord.ledger import Ledger, record_of
    from accord.news.readers import make_document
    from accord.news.store import Store
    from accord.scenario.catalogue import load_bundled

    folder = tmp_path_factory.mktemp("stores")
    news, ledger = folder / "news.db", folder / "ledger.db"
    with Store(str(news)) as store:
        store.add_document(make_document("Russia and Ukraine met in Geneva on Monday."))
    with Ledger(str(ledger)) as opened:
        opened.add_record(record_of(forecast(load_bundled(UKRAINE), "mean", seed=1)))
    return {"news store": news, "ledger": ledger}


def _refused(args: list[str], db: Path, tmp_path: Path) -> str:
    """Run a read with ``--db db``: exit 2, one line on stderr, no traceback; that line."""
    args = [str(tmp_path / "r.html") if a == "REPORT" else a for a in args]
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and result.exception is not None
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("command", [*LEDGER_READS, *NEWS_READS])
@pytest.mark.parametrize("kind", ["missing", "empty file", "other store"])
def test_a_read_given_a_database_without_its_store_makes_nothing(
    command: str, kind: str, tmp_path: Path, stores: dict[str, Path]
) -> None:
    what = "ledger" if command in LEDGER_READS else "news store"
    args = LEDGER_READS.get(command) or NEWS_READS[command]
    folder = tmp_path / "dbs"
    folder.mkdir()
    if kind == "missing":
        db = folder / "typo" / "x.db"
    elif kind == "empty file":
        db = folder / "empty.db"
        db.touch()
    else:
        other = stores["news store" if what == "ledger" else "ledger"]
        db = folder / other.name
        db.write_bytes(other.read_bytes())
    before, tables = _files(folder), None if kind == "missing" else _tables(db)
    line = _refused(args, db, tmp_path)
    assert line == f"error: {db}: no {what} there yet " + (
        "(record a forecast into it first: accord forecast ... --record --db, or accord "
        "ledger record-bundled --db)"
        if what == "ledger"
        else "(run `accord ingest ... --db` first)"
    )
    assert _files(folder) == before  # no file, folder, -wal or -shm made; sizes unchanged
    if tables is not None:
        assert _tables(db) == tables
    assert not (tmp_path / "r.html").exists()


def test_the_default_ledger_not_there_yet_is_read_as_empty_and_made_by_no_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accord.cli.app import out

    monkeypatch.setattr(out, "width", 200)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for variable in ("ACCORD_LEDGER_DB", "ACCORD_DB"):
        monkeypatch.delenv(variable, raising=False)
    listed = runner.invoke(app, ["ledger", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    assert '"records": []' in listed.stdout and "bundled:" in listed.stdout
    assert "no ledger yet in sqlite:///" in listed.stderr
    assert "reading made none" in listed.stderr
    scored = runner.invoke(app, ["ledger", "score"])
    assert scored.exit_code == 0 and "nothing to score yet" in scored.stderr
    shown = runner.invoke(app, ["ledger", "show", "1"])
    assert shown.exit_code == 2
    assert shown.stderr.startswith("error: no forecast record 1: there is no ledger yet")
    report = tmp_path / "r.html"
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(tmp_path / "named" / "ledger.db"))
    made = runner.invoke(app, ["forecast", UKRAINE, "--engine", "mean", "--report", str(report)])
    assert made.exit_code == 0, made.output
    assert report.is_file()
    assert not (tmp_path / "data").exists() and not (tmp_path / "named").exists()


def test_the_library_reads_a_ledger_that_may_not_be_there(
    tmp_path: Path, stores: dict[str, Path]
) -> None:
    from accord.ledger import Ledger, NoLedger, reading_ledger

    news = tmp_path / "news.db"
    news.write_bytes(stores["news store"].read_bytes())
    tables = _tables(news)
    for url in (str(tmp_path / "none.db"), str(news), "sqlite://"):
        with reading_ledger(url) as ledger:
            assert isinstance(ledger, NoLedger)
            assert ledger.records() == [] and ledger.schema_version() is None
            records, resolutions = ledger.entries()
            assert records == [] and resolutions  # the bundled ones
        # an in-memory database is said to be one since session 44
        refused = "no ledger there yet" if url != "sqlite://" else "an in-memory database"
        with pytest.raises(DataError, match=refused):
            reading_ledger(url, must_exist=True)
        with pytest.raises(DataError, match=refused):
            Ledger(url, create=False)
    assert _tables(news) == tables and not (tmp_path / "none.db").exists()
    with reading_ledger(str(stores["ledger"]), must_exist=True) as ledger:
        assert not isinstance(ledger, NoLedger) and len(ledger.records()) == 1


def test_a_read_on_postgresql_makes_no_tables() -> None:
    """The same on a PostgreSQL database: empty, then holding a news store alone."""
    from sqlalchemy import create_engine, inspect

    from accord.news.store import Store
    from accord.store import display_url
    from tests.helpers import empty_postgres

    url = empty_postgres("check that a read makes no tables on PostgreSQL")

    def tables() -> set[str]:
        engine = create_engine(url)
        try:
            return set(inspect(engine).get_table_names())
        finally:
            engine.dispose()

    def refused(command: list[str], what: str) -> None:
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith(f"error: {display_url(url)}: no {what} there yet (")

    before = tables()
    assert "documents" not in before and "ledger_records" not in before  # others' may be
    refused(["ledger", "list"], "ledger")
    refused(["events"], "news store")
    assert tables() == before
    Store(url).close()
    with_news = tables()
    assert "documents" in with_news
    refused(["ledger", "score"], "ledger")
    assert tables() == with_news


def test_a_file_that_is_not_a_database_is_named_not_made_over(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database, but notes\n" * 200, encoding="utf-8")
    for command in (["ledger", "list"], ["events"]):
        line = _refused(command, text, tmp_path)
        assert line.startswith(f"error: sqlite:///{text}: cannot open the ")
        assert "file is not a database" in line
    assert text.read_text(encoding="utf-8").startswith("not a database")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


# ------------------------------------------------------------- 2. outages named as such


def _down(password: str = "s3cret-pw") -> tuple[str, str]:
    """The URL of a PostgreSQL server that is down, and how a message shows it."""
    pytest.importorskip("psycopg")
    port = _closed_port()
    return (
        f"postgresql+psycopg://desk:{password}@127.0.0.1:{port}/accord",
        f"postgresql+psycopg://desk:***@127.0.0.1:{port}/accord",
    )


def test_opening_a_database_that_does_not_answer_is_store_unavailable() -> None:
    from sqlalchemy import create_engine

    from accord.ledger import Ledger
    from accord.ledger.db import LEDGER
    from accord.news.store import Store
    from accord.store import holds_component, migrate

    url, shown = _down()
    for open_it in (
        lambda: Ledger(url),
        lambda: Store(url),
        lambda: migrate(create_engine(url), LEDGER),
        lambda: holds_component(url, LEDGER),
    ):
        with pytest.raises(StoreUnavailable) as caught:
            open_it()
        message = str(caught.value)
        assert message.startswith(f"{shown}: cannot open the ")
        assert "s3cret" not in message and "\n" not in message
        assert caught.value.__cause__ is None  # the workbench's handler adds its own


def test_the_cli_says_a_database_down_in_one_line_its_password_hidden() -> None:
    url, shown = _down()
    for command in (
        ["ledger", "list"],
        ["ledger", "record-bundled", "--engine", "mean", "--runs", "5"],
        ["events"],
        ["db", "status"],
    ):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 2, (command, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {shown}: cannot open the ")
        assert "Connection refused" in lines[0] and "s3cret" not in result.output


def test_a_busy_or_broken_database_is_told_apart_from_one_down() -> None:
    from sqlalchemy.exc import DatabaseError, OperationalError

    from accord.store import NotADatabase, database_error

    def failure(kind: type[DatabaseError], words: str) -> DataError:
        return database_error(kind("SELECT 1", {}, Exception(words)), "x.db: cannot open it")

    locked = failure(OperationalError, "database is locked")
    assert type(locked) is StoreBusy and str(locked) == "x.db: cannot open it (database is locked)"
    down = failure(OperationalError, "unable to open database file")
    assert type(down) is StoreUnavailable
    broken = failure(DatabaseError, "file is not a database")
    # its own DataError since session 44, which the workbench answers as an outage
    assert type(broken) is NotADatabase and isinstance(broken, DataError)


def test_the_workbench_answers_a_ledger_down_by_its_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workbench recognises the outage by the error's type: a ``StoreUnavailable`` with
    no driver error behind it (``from None``) is the 503 of every outage, whatever raised it;
    a plain ``DataError`` is no outage."""
    from fastapi.testclient import TestClient

    import accord.ledger.db
    from accord.web import WebSettings, create_app
    from accord.web.services import store_outage

    token = "a-readonly-token-s43-0123456789"
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(tmp_path / "ledger.db"))

    def down(*_args: object, **_kwargs: object) -> str:
        raise StoreUnavailable("sqlite:///ledger.db: cannot open the database (disk I/O error)")

    monkeypatch.setattr(accord.ledger.db, "migrate", down)
    app = create_app(WebSettings(token=token))
    with TestClient(app, raise_server_exceptions=False) as client:
        body = {"scenario": UKRAINE, "engine": "mean", "seed": 1}
        sent = client.post(
            "/api/v1/ledger/records", json=body, headers={"Authorization": f"Bearer {token}"}
        )
    assert sent.status_code == 503, sent.text[:300]
    assert sent.json()["error"]["type"] == "StoreUnavailable" and "retry-after" in sent.headers
    assert "disk I/O" not in sent.text
    try:
        raise DataError("not an outage") from OSError("whatever")
    except DataError as exc:
        assert store_outage(exc) is None


# ------------------------------------------------------------- 3. a warning said once

TWO = """\
id: two
title: Two actors
actors:
  - {id: A, name: A, capability: 1}
  - {id: B, name: B, capability: 1}
issues:
  - {id: x, title: X, scale: {low: 0, high: 100}}
  - {id: y, title: Y, scale: {low: 0, high: 100}}
stances:
  - {actor: A, issue: x, position: 10, salience: 0}
  - {actor: B, issue: x, position: 90, salience: 0}
  - {actor: A, issue: y, position: 20, salience: 0.5}
  - {actor: B, issue: y, position: 70, salience: 0.5}
"""

SAID = "warning: issue 'x': no forecast: every actor with a stance on this issue has salience 0"


def test_a_sweep_without_workers_says_a_warning_once(tmp_path: Path) -> None:
    """Four points, each forecast warning of issue ``x``: one line (it was four)."""
    scenario = tmp_path / "two.yaml"
    scenario.write_text(TWO, encoding="utf-8")
    sweep = ["sweep", str(scenario), "--vary", "A.y.position=10,20,30,40", "--seed", "1"]
    for _ in range(2):  # and the next command says it again
        result = runner.invoke(app, [*sweep, "--json"])
        assert result.exit_code == 0, result.output
        assert result.stderr.splitlines() == [SAID]


def test_the_hook_says_each_distinct_warning_once_a_command() -> None:
    """Same category, text and origin: once; another text, category or line: its own line."""
    import typer

    from accord.cli.app import _AccordGroup

    probe = typer.Typer(cls=_AccordGroup)  # the accord command's group, with two commands

    @probe.command()
    def warn() -> None:
        for _ in range(3):
            with warnings.catch_warnings():  # as every forecast's quietly() does
                warnings.warn("the same", AccordWarning, stacklevel=1)
                warnings.warn("the same", UserWarning, stacklevel=1)
        warnings.warn("the same", AccordWarning, stacklevel=1)  # another line of this file
        warnings.warn("another", AccordWarning, stacklevel=1)

    @probe.command()
    def other() -> None:
        return None

    result = runner.invoke(probe, ["warn"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "warning: the same" and lines[-1] == "warning: another"
    assert lines[1].startswith("warning: the same (UserWarning, ")
    assert lines[2] == "warning: the same" and len(lines) == 4
