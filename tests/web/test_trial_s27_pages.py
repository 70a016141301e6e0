"""Session 27's trial (docs/trial-2026-12-05-s27.md): the workbench pages a journalist quotes
from, findings 5 and 6 (the CLI's findings are in tests/cli/test_new_user_trial_s27.py)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

UKRAINE = "ukraine-2025-02"


def _identity(page: str) -> str:
    found = re.search(r'<p class="small" id="scenario-identity">([^<]*)</p>', page)
    assert found, "the forecast page names no scenario version"
    return found.group(1)


# Finding 5: after a news update the forecast pages of versions 0 and 1 had the same heading and
# said nowhere which version or as_of their numbers were of.


def test_the_forecast_page_says_which_version_and_as_of_it_forecasts(
    client: TestClient, auth: dict[str, str]
) -> None:
    address = f"/scenarios/{UKRAINE}/forecast?engine=mean&runs=5"
    bundled = _identity(client.get(address).text)
    assert bundled.startswith(f"scenario {UKRAINE}, as of 2025-02-25, sha256 ")
    assert bundled.endswith("; workbench version 0 (bundled)")
    got = client.get(f"/api/v1/scenarios/{UKRAINE}")
    data = got.json() | {"as_of": "2025-03-27", "version": 2}
    saved = client.put(
        f"/api/v1/scenarios/{UKRAINE}",
        json={"scenario": data},
        headers=auth | {"If-Match": got.headers["etag"]},
    )
    assert saved.status_code == 200, saved.text
    newest = _identity(client.get(address).text)
    assert newest.startswith(f"scenario {UKRAINE} version 2, as of 2025-03-27, sha256 ")
    assert newest.endswith("; workbench version 1")
    older = _identity(client.get(f"{address}&version=0").text)
    assert older.startswith(f"scenario {UKRAINE}, as of 2025-02-25, ")
    assert older.endswith("; workbench version 0 (bundled); the newest is version 1")


# Finding 6: the news page's evidence table had no column for the article a quotation is from,
# where `accord evidence` and the API give it.


def test_the_news_pages_evidence_names_the_article(
    client: TestClient, auth: dict[str, str]
) -> None:
    text = (
        "Jeddah, 11 March 2025. Ukraine said it was ready to accept an immediate 30-day "
        "ceasefire proposed by the United States."
    )
    done = client.post(
        "/api/v1/ingest/text", json={"title": "Jeddah talks", "text": text}, headers=auth
    )
    assert done.status_code == 201, done.text
    (doc_id,) = done.json()["added_ids"]
    page = client.get("/news", params={"scenario": UKRAINE}).text
    table = page[page.index('id="evidence"') :]
    table = table[: table.index("</table>")]
    assert "<th" in table and ">article</th>" in table
    # session 34: the cell links to the article's row in the Documents table
    assert (
        f'<td class="article"><a href="#doc-{doc_id[:12]}">Jeddah talks '
        f'<code class="small">news-{doc_id[:12]}</code></a></td>' in table
    )
