"""Source URLs in a scenario become links in the report only when they are web addresses: a
``javascript:`` or ``data:`` URL from an untrusted scenario file must not become a live link."""

from __future__ import annotations

import pytest

from accord.forecast import forecast
from accord.report import render_report
from accord.scenario import load_bundled


def _report_with_url(url: str) -> str:
    scenario = load_bundled("ec-emissions-1994")
    data = scenario.model_dump()
    data["sources"] = [*data["sources"], {"id": "s1", "title": "A source", "url": url}]
    return render_report(forecast(type(scenario).model_validate(data), "mean"))


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
    ],
)
def test_unsafe_source_url_is_not_a_link(url: str) -> None:
    document = _report_with_url(url)
    assert 'href="java' not in document.lower().replace("\t", "")
    assert 'href="data:' not in document and 'href="vbscript:' not in document
    assert 'href=" javascript' not in document.lower()
    assert "<script>alert" not in document


@pytest.mark.parametrize("url", ["https://example.org/a?b=1&c=2", "http://example.org/"])
def test_web_source_url_is_a_link(url: str) -> None:
    document = _report_with_url(url)
    assert f'href="{url.replace("&", "&amp;")}"' in document
