"""Session 45's fact-checking trial (docs/trial-2026-12-07-s45-factcheck.md): the forecast page
showed each stance's position and salience with no source, and no source list at all. It now
has "Where these numbers come from": every input number with what backs it and its sources,
linked to the scenario's source list (an address a live link only where it is http(s)).

The page is checked as served (TestClient) and in real headless Chromium (skipped, with the
reason, where Playwright or Chromium is missing: tests/web/helpers.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accord.scenario import load_bundled
from accord.scenario.audit import input_provenance, provenance_summary
from accord.web import WebSettings, create_app
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, browser_log_in, need_browser, serving

PAGE = "/scenarios/ukraine-2025-02/forecast"


def _section(html: str) -> str:
    return html.split('<details id="provenance">')[1].split("</details>")[0]


def test_the_forecast_page_lists_every_number_and_its_sources(browser: TestClient) -> None:
    page = browser.get(PAGE)
    assert page.status_code == 200
    section = _section(page.text)
    summary = provenance_summary(input_provenance(load_bundled("ukraine-2025-02")))
    assert (
        f"{summary['total']} input numbers, {summary['evidence']} citing evidence, "
        f"{summary['note']} explained by a note only, {summary['judgement']} with no stated "
        "source" in unescape(section)
    )
    rows = re.findall(r'<tr class="backing-(\w+)">', section)
    assert len(rows) == summary["total"]
    # a salience without evidence, printed as the stance table prints it
    row = re.search(r"<tr[^>]*><td>stances\[2\]\.salience</td>.*?</tr>", section)
    assert row is not None
    assert '<td class="num">0.70</td><td>judgement</td>' in row[0]
    # a position's sources link to the source list, which links the UN address
    row = re.search(r"<tr[^>]*><td>stances\[4\]\.position</td>.*?</tr>", section)
    assert row is not None and '<a href="#source-un_sc_2774">un_sc_2774</a>' in row[0]
    assert '<tr id="source-un_sc_2774">' in section
    assert '<a href="https://undocs.org/S/RES/2774(2025)" rel="noreferrer">' in section
    assert "Listed sources that back no number: putin_2025_02_24, ua112_2025_02_24." in section


def test_an_address_that_is_not_http_is_never_a_link(browser: TestClient, auth: Any) -> None:
    from accord.scenario.io import scenario_to_data

    data = scenario_to_data(load_bundled("ukraine-2025-02"))
    data["id"] = "ukraine-js"
    data["sources"][1]["url"] = "javascript:alert(1)"
    sent = browser.post("/api/v1/scenarios", json={"scenario": data}, headers=auth)
    assert sent.status_code == 201, sent.text
    section = _section(browser.get("/scenarios/ukraine-js/forecast").text)
    assert 'href="javascript:' not in section
    assert "javascript:alert(1)" in section  # shown as text


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, token: str) -> Iterator[str]:
    need_browser()
    db = tmp_path_factory.mktemp("provenance") / "web.db"
    with serving(create_app(WebSettings(db=str(db), token=token))) as url:
        yield url


def test_in_chromium_the_list_opens_and_a_source_link_leads_to_the_source(
    server: str, token: str
) -> None:
    sync_playwright = need_browser()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_context(viewport={"width": 1280, "height": 860}).new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        browser_log_in(tab, server, token)
        tab.goto(f"{server}{PAGE}")
        assert not tab.locator("#provenance-table").is_visible()
        tab.locator("#provenance > summary").click()
        assert tab.locator("#provenance-table").is_visible()
        assert tab.locator("#provenance-table tbody tr").count() == 149
        link = tab.locator('#provenance-table a[href="#source-seed"]').first
        link.click()
        assert tab.url.endswith("#source-seed")
        assert tab.locator("#source-seed").is_visible()
        assert "Daljoog News" in tab.locator("#source-seed").inner_text()
        browser.close()
        assert not errors, errors
