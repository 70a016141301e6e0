"""The news page shows what an ingest warns of: the articles it read twice, named as
``accord ingest`` names them (session 32 gave the CLI and the API's answer those lines; the
page said only "1 already stored"). The test failed on a7a0042d's source."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from tests.web.helpers import MEETING_ARTICLE


def test_the_news_page_names_the_articles_an_ingest_read_twice(browser: TestClient) -> None:
    page = browser.get("/news").text
    token = page.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    row = json.dumps({"text": MEETING_ARTICLE, "date": "2025-02-24"})
    sent = browser.post(
        "/news/ingest",
        data={"csrf_token": token},
        files={"file": ("wire.jsonl", f"{row}\n{row}\n".encode())},
    )
    assert sent.status_code == 200 and "ingested: 1 added, 1 already stored" in sent.text
    shown = sent.text[sent.text.index('id="ingest-warnings"') :]
    assert "wire.jsonl line 2: the same text as wire.jsonl line 1, read earlier" in shown
    # an ingest that read nothing twice shows no such list
    again = browser.post("/news/ingest", data={"csrf_token": token, "text": "Other. " * 3})
    assert 'id="ingest-warnings"' not in again.text
