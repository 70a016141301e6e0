"""Session 44 (s44-leftovers, item 4): a workbench whose ledger path holds a file that is not a
database (a text file) answered every ledger request 400 ``DataError`` with the server's file
path in the message. It is now the workbench's answer for a ledger that does not answer: 503
``StoreUnavailable`` with ``Retry-After``, nothing of the path or the driver's words for the
client, and one line in the server's log naming the file and saying what is wrong with it.
The command line still names the file (the user gave it), with exit status 2."""

from __future__ import annotations

import html
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accord.errors import DataError
from accord.store import NotADatabase, stored_tables
from accord.web import WebSettings, create_app
from tests.helpers import run_cli

TOKEN = "a-leftovers-token-s44-0123456789ab"
BEARER = {"Authorization": f"Bearer {TOKEN}"}
UKRAINE = "ukraine-2025-02"


def _text_file(path: Path) -> Path:
    path.write_text("not a database: a note someone saved where the ledger goes\n" * 40)
    return path


@pytest.fixture
def text_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TestClient, Path]]:
    ledger = _text_file(tmp_path / "ledger.db")
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "w.db"))
    monkeypatch.setenv("ACCORD_LEDGER_DB", str(ledger))
    app = create_app(WebSettings(token=TOKEN))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, ledger


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/ledger", None),
        ("GET", "/api/v1/ledger", None),
        ("GET", "/api/v1/ledger/scores", None),
        ("GET", "/api/v1/ledger/records/1", None),
        ("POST", "/api/v1/ledger/records", {"scenario": UKRAINE, "engine": "mean"}),
        ("GET", f"/scenarios/{UKRAINE}/forecast/report?engine=mean&seed=1", None),
    ],
)
def test_a_ledger_file_that_is_not_a_database_is_a_503_that_names_no_path(
    text_ledger: tuple[TestClient, Path],
    caplog: pytest.LogCaptureFixture,
    method: str,
    path: str,
    body: dict[str, str] | None,
) -> None:
    client, ledger = text_ledger
    with caplog.at_level(logging.ERROR, logger="accord.web"):
        answer = client.request(method, path, json=body, headers=BEARER)
    assert answer.status_code == 503, answer.text[:400]
    assert int(answer.headers["retry-after"]) >= 1
    text = html.unescape(answer.text)
    assert str(ledger.parent) not in text and "ledger.db" not in text
    assert "not a database" not in text and "DataError" not in text
    assert "the forecast ledger's database does not answer" in text
    if path.startswith("/api/"):
        assert answer.json()["error"]["type"] == "StoreUnavailable"
    logged = [r.getMessage() for r in caplog.records if r.name == "accord.web"]
    assert len(logged) == 1, logged
    assert f"{method} {path.split('?')[0]}" in logged[0] and str(ledger) in logged[0]
    assert "is not a database accord can read" in logged[0]
    assert "file is not a database" in logged[0] and "answered 503" in logged[0]
    assert ledger.read_text().startswith("not a database")  # nothing written over it


def test_the_workbench_goes_on_beside_it(text_ledger: tuple[TestClient, Path]) -> None:
    client, _ledger = text_ledger
    assert client.get("/scenarios").status_code == 200
    assert client.get("/healthz").status_code == 200


def test_the_library_says_which_failure_it_is(tmp_path: Path) -> None:
    text = _text_file(tmp_path / "notes.db")
    with pytest.raises(NotADatabase) as raised:
        stored_tables(f"sqlite:///{text}")
    assert isinstance(raised.value, DataError) and raised.value.reason == "file is not a database"
    assert str(text) in str(raised.value)
    real = tmp_path / "real.db"
    sqlite3.connect(real).close()
    assert stored_tables(f"sqlite:///{real}") == set()
    # opened by SQLAlchemy (a write, a PostgreSQL server's reply), the same error
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.exc import DatabaseError

    from accord.store import database_error

    engine = create_engine(f"sqlite:///{text}")
    with pytest.raises(DatabaseError) as failed:
        inspect(engine).get_table_names()
    engine.dispose()
    made = database_error(failed.value, "here")
    assert isinstance(made, NotADatabase) and made.reason == "file is not a database"


def test_the_command_line_still_names_the_file(tmp_path: Path) -> None:
    text = _text_file(tmp_path / "notes.db")
    code, output = run_cli("ledger", "list", "--db", str(text))
    assert code == 2 and str(text) in output and "file is not a database" in output
