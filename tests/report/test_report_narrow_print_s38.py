"""The HTML report read on a phone and printed (docs/trial-2026-12-07-s38-web.md, finding 6):
at 390 px the report was 1,471 px wide (its tables pushed the page sideways) and printing it
printed the section links. Headless Chromium (tests/web/helpers.py); skipped, with the reason,
where Playwright or Chromium is missing. Both checks fail on the CSS before session 38."""

from __future__ import annotations

from pathlib import Path

from accord.forecast import forecast
from accord.report import write_report
from accord.scenario import load_bundled
from tests.web.helpers import CHROMIUM, CHROMIUM_FLAGS, need_browser


def test_the_report_fits_a_phone_and_prints_without_its_links(tmp_path: Path) -> None:
    sync_playwright = need_browser()
    page = tmp_path / "report.html"
    write_report(forecast(load_bundled("ukraine-2025-02"), "bdm", seed=1, runs=50), page)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        tab = browser.new_page(viewport={"width": 390, "height": 800})
        tab.goto(page.as_uri())
        width = tab.evaluate("document.documentElement.scrollWidth")
        widest = tab.evaluate(
            "Math.max(...[...document.querySelectorAll('table')].map(t => t.scrollWidth))"
        )
        assert width <= 390, f"the page is {width} px wide at 390 px"
        assert widest > 390, "no table is wider than the phone: the check would prove nothing"
        tab.emulate_media(media="print")
        assert tab.evaluate("getComputedStyle(document.querySelector('nav')).display") == "none"
        browser.close()
