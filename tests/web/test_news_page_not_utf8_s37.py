"""The news page says when an uploaded file was not UTF-8 (session 37): session 36 gave the CLI,
the library and the API's answer that warning, but the page, which redirects to a kept report,
said nothing, and a Latin-1 file's accents came out as Windows-1252 guesses without a word. The
test failed on 0904e6cb's source (no ``id="not-utf8"`` on the page)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

LATIN = "Le président français a rencontré le ministre allemand à Berlin jeudi soir."


def _token(browser: TestClient) -> str:
    page = browser.get("/news").text
    return page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]


def test_the_news_page_says_a_file_was_not_utf8(browser: TestClient) -> None:
    sent = browser.post(
        "/news/ingest",
        data={"csrf_token": _token(browser)},
        files={"file": ("latin.txt", LATIN.encode("latin-1"))},
    )
    assert sent.status_code == 200 and "ingested: 1 added" in sent.text
    shown = sent.text[sent.text.index('id="not-utf8"') :]
    assert (
        "latin.txt: not UTF-8, read as Windows-1252 (cp1252); if it is in another encoding its "
        "text is mangled: convert it to UTF-8 and send it again"
    ) in shown
    # a UTF-8 file shows no such list
    again = browser.post(
        "/news/ingest",
        data={"csrf_token": _token(browser)},
        files={"file": ("utf8.txt", LATIN.replace("jeudi", "vendredi").encode())},
    )
    assert again.status_code == 200 and 'id="not-utf8"' not in again.text


def test_a_report_kept_before_session_37_still_shows(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from accord.web.ingests import KeptIngest, KeptIngests

    db = tmp_path / "kept.db"
    kept = KeptIngests(create_engine(f"sqlite:///{db}"))
    old = {"added": 1, "already_present": 0, "events_new": 0, "problems": [], "warnings": []}
    with sqlite3.connect(db) as con:  # a row as session 36 wrote it: no "not_utf8" key
        con.execute(
            "INSERT INTO ingest_reports (key, kept_at, content) VALUES (?, ?, ?)",
            ("k", "2026-12-06 00:00:00", json.dumps(old)),
        )
    assert kept.get("k") == KeptIngest(1, 0, 0, ())
