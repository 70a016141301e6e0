"""The workbench's news ingest and ledger record on a database that another connection holds
locked beyond the busy timeout (session 23): ``StoreBusy``, answered as every other write of the
workbench answers it, 503 with ``Retry-After`` (the API's error shape; a page that keeps its
form). Until then the ingest was a 500 (a bare ``OperationalError``) and the record a 400 ("a
database error"). The lock is real (``BEGIN EXCLUSIVE`` on the file), the busy timeout short;
nothing depends on durations."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import accord.store.engine as store_engine
from accord.web import WebSettings, create_app
from tests.helpers import holding_the_lock
from tests.web.helpers import MEETING_ARTICLE, retry_later_page


@pytest.fixture
def client(settings: WebSettings, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """The app over a store whose writers wait 50 ms for a lock (conftest's, shortened)."""
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_S", 0.05)
    with TestClient(create_app(settings)) as c:
        yield c


def _busy(response: Any, message: str) -> None:
    """The API's answer to a write refused for a busy database."""
    assert response.status_code == 503, response.text
    assert int(response.headers["retry-after"]) >= 1
    error = response.json()["error"]
    assert error["type"] == "StoreBusy" and error["message"].startswith(message), error
    # session 25: what is true (one other writer held the lock), not "too many concurrent
    # writers"; the store named, and what to do
    assert error["message"].endswith(
        ": another writer held the database's lock for longer than accord waits; nothing was "
        "written: try again when that writer has finished"
    ), error


def test_an_ingest_into_a_locked_store_is_a_503_to_retry(
    client: TestClient, auth: dict[str, str], settings: WebSettings
) -> None:
    pasted = {"text": MEETING_ARTICLE, "title": "Talks"}
    with holding_the_lock(Path(settings.db)):
        _busy(
            client.post("/api/v1/ingest/text", json=pasted, headers=auth),
            "cannot store 1 document in sqlite:///",
        )
        sent = {"file": ("talks.txt", MEETING_ARTICLE.encode())}
        _busy(
            client.post("/api/v1/ingest", files=sent, headers=auth),
            "cannot store 1 document in sqlite:///",
        )
    assert client.get("/api/v1/documents").json() == []
    stored = client.post("/api/v1/ingest/text", json=pasted, headers=auth)
    assert stored.status_code == 201 and stored.json()["added"] == 1
    for route in ("/api/v1/ingest", "/api/v1/ingest/text"):
        declared = client.get("/api/v1/openapi.json").json()["paths"][route]["post"]
        assert "Retry-After" in declared["responses"]["503"]["headers"]


def test_a_record_into_a_locked_ledger_is_a_503_to_retry(
    client: TestClient, auth: dict[str, str], settings: WebSettings
) -> None:
    assert client.get("/api/v1/ledger").json()["records"] == []  # a read makes no ledger
    body = {"scenario": "ec-emissions-1994", "engine": "mean"}
    with holding_the_lock(Path(settings.db)):  # the ledger not made yet: making it waits
        sent = client.post("/api/v1/ledger/records", json=body, headers=auth)
        _busy(sent, "cannot open the ledger in sqlite:///")  # busy, not down (session 43)
    client.app.state.workbench.ledger()  # the app's ledger made and opened, unlocked
    with holding_the_lock(Path(settings.db)):
        sent = client.post("/api/v1/ledger/records", json=body, headers=auth)
        _busy(sent, "cannot record the forecast in sqlite:///")
    assert client.get("/api/v1/ledger").json()["records"] == []
    assert client.post("/api/v1/ledger/records", json=body, headers=auth).status_code == 201
    assert len(client.get("/api/v1/ledger").json()["records"]) == 1


def test_the_ledger_page_keeps_its_form_when_the_ledger_is_locked(
    browser: TestClient, settings: WebSettings
) -> None:
    page = browser.get("/ledger").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    form = {"csrf_token": token, "scenario": "ec-emissions-1994", "engine": "median", "runs": "7"}
    with holding_the_lock(Path(settings.db)):
        busy = retry_later_page(browser.post("/ledger/record", data=form))
    kept = busy[busy.index('id="record-form"') :]
    assert busy.index('id="store-busy"') > busy.index('id="record-form"') and "record again" in kept
    assert "<option selected>median</option>" in kept and 'name="runs" value="7"' in kept
    assert "<option selected>ec-emissions-1994</option>" in kept
    assert "No recorded forecasts yet" in busy
    done = browser.post("/ledger/record", data=form)  # the lock gone: the same form records
    assert done.status_code == 200 and 'id="notice"' in done.text and "median" in done.text


def test_the_pages_read_while_another_process_holds_the_lock(
    browser: TestClient, auth: dict[str, str], settings: WebSettings
) -> None:
    """Reads take no write lock: until session 23 the scenario versions, the kept ingest
    reports, the news store's documents and events and the ledger's records were read in
    transactions that began by taking it, so every page waited for a writer and failed (500)
    when one held it beyond the busy timeout."""
    pasted = {"text": MEETING_ARTICLE, "title": "Talks"}
    assert browser.post("/api/v1/ingest/text", json=pasted, headers=auth).status_code == 201
    body = {"scenario": "ec-emissions-1994", "engine": "mean"}
    assert browser.post("/api/v1/ledger/records", json=body, headers=auth).status_code == 201
    with holding_the_lock(Path(settings.db)):
        for page in ("/scenarios", "/scenarios/ukraine-2025-02/edit", "/news", "/ledger"):
            assert browser.get(page).status_code == 200, page
        assert len(browser.get("/api/v1/documents").json()) == 1
        assert browser.get("/api/v1/events").json()
        assert len(browser.get("/api/v1/ledger").json()["records"]) == 1


def test_the_news_forms_keep_what_was_sent_when_the_store_is_locked(
    browser: TestClient, settings: WebSettings
) -> None:
    """The news page's ingest on a locked store: the page again, 503, the form as it was sent
    (the pasted article; the upload's date, its file named), saying to ingest again."""
    token = browser.get("/news").text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    pasted = {"csrf_token": token, "title": "Talks <b>", "source": "wire", "text": MEETING_ARTICLE}
    with holding_the_lock(Path(settings.db)):
        busy = retry_later_page(browser.post("/news/ingest", data=pasted))
        form = busy[busy.index('id="paste-form"') : busy.index('id="file-form"')]
        assert "ingest again" in form and 'id="store-busy"' in form
        assert f">{MEETING_ARTICLE}</textarea>" in form and 'value="Talks &lt;b&gt;"' in form
        sent = browser.post(
            "/news/ingest",
            data={"csrf_token": token, "date": "2025-02-24"},
            files={"file": ("talks.txt", MEETING_ARTICLE.encode())},
        )
        busy = retry_later_page(sent)
        form = busy[busy.index('id="file-form"') :]
        assert "Your file, talks.txt, was not all stored" in form
        assert "<code>talks.txt</code>" in form and 'value="2025-02-24"' in form
        assert "ingest again" not in busy[: busy.index('id="file-form"')]
    assert browser.get("/api/v1/documents").json() == []
    done = browser.post("/news/ingest", data=pasted)  # the lock gone: the form as kept
    assert done.status_code == 200 and "ingested: 1 added" in done.text
