"""Session 35 (s35-compare): the comparison page and the forecast's CSV in real headless Chromium,
by keyboard, with an axe-core scan (WCAG 2.1 A/AA and best practices), as test_a11y_s34.py
scans the other pages.

Skipped with the reason where Playwright or Chromium is missing (tests/web/helpers.py), the axe
scan where the ``axe-playwright-python`` package of the test extra is missing. With
``$ACCORD_SCREENSHOTS`` set (as for test_browser.py) the comparison page's screenshot is saved
there as ``compare.png``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from accord.scenario import load_bundled
from accord.scenario.io import scenario_to_data
from accord.web import WebSettings, create_app
from tests.web.helpers import (
    AXE_TAGS,
    CHROMIUM,
    CHROMIUM_FLAGS,
    browser_log_in,
    need_browser,
    serving,
)

UKRAINE = "ukraine-2025-02"
EDITED = "ukraine-edit"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, token: str) -> Iterator[str]:
    """The app over a fresh store on a loopback port."""
    need_browser()
    db = tmp_path_factory.mktemp("compare") / "web.db"
    with serving(create_app(WebSettings(db=str(db), token=token))) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str, token: str) -> Iterator[Any]:
    """A logged-in tab; a copy of ukraine-2025-02 saved with USA's ceasefire position moved.
    Console errors and page errors are collected (``tab.errors``) for the tests to check."""
    sync_playwright = need_browser()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        context = browser.new_context(
            viewport={"width": 1280, "height": 860}, accept_downloads=True
        )
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.on(
            "console",
            lambda msg: (
                errors.append(msg.text)
                if msg.type == "error" and "status of 4" not in msg.text
                else None
            ),
        )
        tab.errors = errors
        browser_log_in(tab, server, token)
        data = scenario_to_data(load_bundled(UKRAINE))
        data["id"] = EDITED
        for stance in data["stances"]:
            if stance["actor"] == "USA" and stance["issue"] == "ceasefire":
                stance["position"] = 10
        sent = tab.request.post(
            f"{server}/api/v1/scenarios",
            data={"scenario": data},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert sent.status == 201, sent.text()
        yield tab
        browser.close()


def _focused(page: Any) -> dict[str, Any]:
    return dict(
        page.evaluate(
            """() => { const e = document.activeElement;
            return {tag: e.tagName, id: e.id, name: e.getAttribute('name') || ''}; }"""
        )
    )


def _compare_by_keyboard(page: Any, server: str, b: str) -> None:
    """Open the page from the header's Compare link, then pick the second scenario and press
    Compare with the keyboard alone."""
    page.goto(f"{server}/scenarios/{UKRAINE}/forecast?engine=mean&runs=20")
    with page.expect_navigation():
        page.get_by_role("navigation", name="pages").get_by_role("link", name="Compare").click()
    assert page.title() == "Compare two scenarios · accord workbench"
    assert page.input_value("#pick-a") == UKRAINE  # the link names the scenario one came from
    page.focus("#pick-a")
    for expected in ("pick-a-version", "pick-b"):
        page.keyboard.press("Tab")
        assert _focused(page)["id"] == expected
    page.select_option("#pick-b", b)  # what arrow keys on the focused select do
    page.fill("#compare-runs", "30")
    page.focus("#compare-seed")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_two_scenarios_are_compared_by_keyboard_and_the_result_is_said(
    page: Any, server: str
) -> None:
    _compare_by_keyboard(page, server, EDITED)
    assert page.title() == f"Compare a: {UKRAINE} with b: {EDITED} · accord workbench"
    said = page.get_by_role("status").inner_text()
    assert said.startswith("7 issues in common") and "stances differ for USA" in said
    table = page.get_by_role("table", name="Forecasts side by side")
    assert table.get_by_role("row").count() == 8  # the header and one row per issue
    assert table.get_by_role("rowheader", name="ceasefire").count() == 1
    stances = page.get_by_role("table", name="Stances that differ")
    assert stances.get_by_role("rowheader", name="USA").count() == 1
    assert stances.get_by_role("cell", name="10").count() == 1
    page.wait_for_selector("#compare-chart[data-drawn] svg", timeout=30_000)
    label = page.get_attribute("#compare-chart", "aria-label") or ""
    assert page.get_attribute("#compare-chart", "role") == "img"
    assert "table Forecasts side by side" in label
    assert page.get_attribute("#compare-chart svg", "aria-hidden") == "true"
    assert page.errors == []
    folder = os.environ.get("ACCORD_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / "compare.png"), full_page=True)


def test_the_comparison_downloads_as_csv(page: Any, server: str) -> None:
    page.goto(f"{server}/compare?a={UKRAINE}&b={EDITED}&runs=20&seed=3")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    download = info.value
    assert download.suggested_filename == f"{UKRAINE}-vs-{EDITED}-mean.csv"
    frame = pd.read_csv(download.path())
    assert len(frame) == 7 and list(frame.columns[:3]) == ["issue", "title_a", "title_b"]
    assert {"forecast_a", "forecast_b", "difference", "p5_a", "p95_b", "accord_version"} <= set(
        frame.columns
    )
    assert set(frame["seed"]) == {3} and set(frame["runs"]) == {20}


def test_the_forecast_downloads_as_csv(page: Any, server: str) -> None:
    page.goto(f"{server}/scenarios/{UKRAINE}/forecast?engine=mean&engine=bdm&runs=20&seed=2")
    with page.expect_download() as info:
        page.get_by_role("link", name="bdm forecast as CSV").click()
    download = info.value
    assert download.suggested_filename == f"{UKRAINE}-bdm.csv"
    with open(download.path(), "rb") as handle:
        frame = pd.read_csv(io.BytesIO(handle.read()))
    assert list(frame["issue"]) == [i.id for i in load_bundled(UKRAINE).issues]
    assert set(frame["engine"]) == {"bdm"} and set(frame["seed"]) == {2}
    with page.expect_download() as info:
        page.click("#ensemble-csv")
    assert info.value.suggested_filename == f"{UKRAINE}-mean-20runs.csv"


def test_a_refused_comparison_names_its_field_and_takes_the_focus(page: Any, server: str) -> None:
    _compare_by_keyboard(page, server, UKRAINE)  # the same scenario twice
    assert page.title().startswith("Error: ")
    assert _focused(page)["id"] == "pick-b"
    assert page.get_attribute("#pick-b", "aria-invalid") == "true"
    described = page.get_attribute("#pick-b", "aria-describedby")
    assert described == "error-b"
    assert "the same scenario as the first" in page.inner_text(f"#{described}")
    assert page.locator("#compare-table").count() == 0
    page.goto(f"{server}/compare?a=doha-2020-02&b=ec-emissions-1994")
    assert _focused(page)["id"] == "pick-b"
    assert "no issue in common" in page.inner_text("#error-b")


def test_axe_core_finds_no_violation_on_the_comparison_page(page: Any, server: str) -> None:
    pytest.importorskip("axe_playwright_python", reason="the axe-playwright-python package")
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    for address in (
        "/compare",
        f"/compare?a={UKRAINE}&b={EDITED}&runs=20",
        f"/compare?a=minsk-2015-02&b={UKRAINE}&runs=20",
        f"/compare?a={UKRAINE}&b={UKRAINE}",
        f"/scenarios/{UKRAINE}/forecast?engine=mean&engine=bdm&runs=20",
    ):
        page.goto(server + address)
        page.wait_for_load_state("networkidle")
        page.wait_for_function(
            "() => [...document.querySelectorAll('.chart')].every(c => c.hasAttribute("
            "'data-drawn') || c.hasAttribute('data-error') || c.id === 'job-chart'"
            " || c.closest('details:not([open])'))",
            timeout=30_000,
        )
        answer = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        violations = [
            (v["id"], [n["target"] for n in v["nodes"][:3]]) for v in answer.response["violations"]
        ]
        if violations:
            found[address] = violations
    assert found == {}
