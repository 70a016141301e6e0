"""Session 27's polish (s27-polish): the workbench's side of the trial's findings 13 and 14
(docs/trial-2026-12-05-s27.md); the CLI's are in tests/cli/test_polish_s27.py."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient

UNDATED = (
    "Ukraine said it was ready to accept an immediate ceasefire proposed by the United States, "
    "and Russia rejected any deployment of European troops."
)


def _flat(text: str) -> str:
    return " ".join(html.unescape(text).split())


# Finding 13: the institutions page's "members predicted right: 6/8" on an Assembly of 193 did
# not say that it counts the 8 member votes the scenario records; the CLI's words now.


def test_the_institutions_page_says_of_how_many_votes(client: TestClient) -> None:
    page = client.get("/institutions?scenario=ukraine-2025-02")
    assert page.status_code == 200
    said = _flat(page.text)
    for right, recorded in (("6/8", 8), ("4/5", 5)):  # A/ES-11/L.10 and L.11
        assert (
            f"members predicted right: {right} (of the {recorded} member votes the scenario's "
            "actual records, not of all 193 members)"
        ) in said


# Finding 14: an article pasted without a date was stored undated and the answer said nothing;
# the answer now says so and how to date it, and sending it again with a date dates it.


def test_an_undated_paste_is_said_and_can_be_dated(
    client: TestClient, auth: dict[str, str]
) -> None:
    done = client.post("/api/v1/ingest/text", json={"text": UNDATED}, headers=auth)
    assert done.status_code == 201, done.text
    answer = done.json()
    assert answer["added"] == 1 and answer["redated"] == 0
    [warning] = answer["warnings"]
    assert "has no date (none sent, none in its text): stored undated" in warning
    assert warning.endswith('send the same text again with "date": "YYYY-MM-DD" to date it')
    again = client.post(
        "/api/v1/ingest/text", json={"text": UNDATED, "date": "2025-03-11"}, headers=auth
    )
    assert again.status_code == 201, again.text
    assert (again.json()["already_present"], again.json()["redated"]) == (1, 1)
    assert again.json()["warnings"] == []
    [doc] = client.get("/api/v1/documents").json()
    assert (doc["date"], doc["date_from"]) == ("2025-03-11", "given")
    dated = client.post(
        "/api/v1/ingest/text",
        json={"text": UNDATED + " Later.", "date": "2025-03-12"},
        headers=auth,
    )
    assert dated.json()["warnings"] == []


def test_an_undated_upload_is_told_its_form_field(client: TestClient, auth: dict[str, str]) -> None:
    done = client.post("/api/v1/ingest", files={"file": ("a.txt", UNDATED.encode())}, headers=auth)
    assert done.status_code == 201, done.text
    [warning] = done.json()["warnings"]
    assert warning.endswith(
        "send the file again with the form field date_if_missing=YYYY-MM-DD to date it"
    )


def test_the_news_page_says_a_pasted_article_is_undated(browser: TestClient) -> None:
    page = browser.get("/news")
    token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    sent = browser.post(
        "/news/ingest", data={"text": UNDATED, "csrf_token": token}, follow_redirects=True
    )
    assert sent.status_code == 200, sent.text
    said = _flat(sent.text)
    assert "ingested: 1 added, 0 already stored" in said
    assert (
        "1 article stored undated (no date given, none in its text), so its events and evidence "
        "have no date: send it again with its date in the date field to date it"
    ) in said
