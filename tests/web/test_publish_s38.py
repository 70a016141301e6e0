"""What a data journalist needs to publish a chart from the workbench
(docs/trial-2026-12-07-s38-web.md): each test failed on 73f7888f's source and names the finding
it checks. They drive headless Chromium (tests/web/helpers.py) and are skipped, with the reason,
where Playwright or Chromium is missing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from accord.web import WebSettings, create_app
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, browser_log_in, need_browser, serving

UKRAINE = "ukraine-2025-02"
FORECAST = f"/scenarios/{UKRAINE}/forecast?engine=mean&engine=bdm&mc=bdm&runs=20&seed=7"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, token: str) -> Iterator[str]:
    need_browser()
    db = tmp_path_factory.mktemp("publish") / "web.db"
    with serving(create_app(WebSettings(db=str(db), token=token))) as url:
        yield url


@pytest.fixture(scope="module")
def context(server: str, token: str) -> Iterator[Any]:
    sync_playwright = need_browser()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        ctx = browser.new_context(viewport={"width": 1280, "height": 860}, accept_downloads=True)
        tab = ctx.new_page()
        browser_log_in(tab, server, token)
        tab.close()
        yield ctx
        browser.close()


def _forecast(context: Any, server: str, width: int = 1280) -> Any:
    tab = context.new_page()
    tab.set_viewport_size({"width": width, "height": 860})
    tab.goto(server + FORECAST)
    for chart in ("stance", "trajectory", "explain", "ensemble"):
        tab.wait_for_selector(f"#{chart}-chart[data-drawn] svg", timeout=60_000)
    return tab


def test_a_chart_saves_as_svg_png_spec_and_csv(context: Any, server: str) -> None:
    # finding 1: the charts had no export at all (Vega-Embed's actions were off)
    tab = _forecast(context, server)
    files = "#ensemble-chart + .chart-files"
    with tab.expect_download() as got:
        tab.locator(f"{files} a.chart-svg").click()
    svg = Path(got.value.path()).read_text(encoding="utf-8")
    assert got.value.suggested_filename == f"{UKRAINE}-bdm-20runs-seed7.svg"
    assert svg.startswith("<svg") and "seed 7" in svg
    with tab.expect_download() as got:
        tab.locator(f"{files} a.chart-png").click()
    assert Path(got.value.path()).read_bytes().startswith(b"\x89PNG")
    with tab.expect_download() as got:
        tab.locator(f"{files} a.chart-vl-json").click()
    spec = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
    assert spec["$schema"].endswith("vega-lite/v6.json") and spec["data"]["values"]
    with tab.expect_download() as got:
        tab.locator("#stance-chart + .chart-files a.chart-data-csv").click()
    csv = Path(got.value.path()).read_text(encoding="utf-8").splitlines()
    assert csv[0].startswith("issue,actor,position,salience"), csv[0]
    assert any(line.startswith("ceasefire,USA,") for line in csv), csv[:3]
    tab.close()


def test_a_chart_is_captioned_with_model_seed_scenario_and_date(context: Any, server: str) -> None:
    # finding 2: a chart (and so its exported image) named no model, seed, date or source
    tab = _forecast(context, server)
    texts = {
        chart: " ".join(tab.locator(f"#{chart}-chart svg text").all_text_contents())
        for chart in ("stance", "trajectory", "ensemble")
    }
    for chart, text in texts.items():
        assert "accord 0." in text and "seed 7" in text, (chart, text[-300:])
        assert f"scenario {UKRAINE}" in text and re.search(r"drawn \d{4}-\d\d-\d\d", text), chart
    assert "engines mean, bdm" in texts["stance"]
    assert "engine mean;" in texts["trajectory"]  # the menu's first engine
    assert "Monte Carlo ensemble of bdm, 20 runs" in texts["ensemble"]
    tab.close()


def test_a_phone_wide_page_does_not_scroll_sideways(context: Any, server: str) -> None:
    # finding 3: at 390 px the forecast page was 1,031 px wide (its tables and charts)
    tab = _forecast(context, server, width=390)
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    tab.close()


def test_the_printed_page_leaves_out_the_controls(context: Any, server: str) -> None:
    # finding 4: printing to PDF printed the navigation, the forms, the job panel and buttons
    tab = _forecast(context, server)
    tab.emulate_media(media="print")
    hidden = tab.evaluate(
        """() => ['header', '#engine-form', '#job', '#play'].map(
            s => getComputedStyle(document.querySelector(s)).display)"""
    )
    assert hidden == ["none"] * 4, hidden
    assert tab.locator("#stance-chart svg.marks").is_visible()
    assert tab.locator("#forecast-table").is_visible()
    tab.close()


def test_a_whatif_request_that_fails_says_what_to_do(context: Any, server: str) -> None:
    # finding 5: "failed: Failed to fetch", and Cancel stayed on as if the request still ran
    tab = context.new_page()
    tab.goto(f"{server}/scenarios/{UKRAINE}/whatif")
    tab.wait_for_selector("#whatif-chart[data-runs] svg", timeout=60_000)
    tab.route("**/api/v1/compare", lambda route: route.abort())
    slider = tab.locator("input[type=range]").first
    slider.fill("30")
    status = tab.locator("#whatif-status")
    status.filter(has_text="did not answer").wait_for(timeout=30_000)
    text = status.inner_text()
    assert "accord serve" in text and "kept" in text, text
    assert slider.input_value() == "30"
    tab.wait_for_function("() => document.querySelector('#whatif-cancel').disabled")
    tab.close()
