"""The HTML report shows the agreement columns, a warnings box and a tornado chart per issue."""

from __future__ import annotations

from accord.forecast import forecast
from accord.report.html import render_report
from accord.scenario import load_bundled


def test_report_has_tornado_and_warnings() -> None:
    s = load_bundled("ukraine-2025-02")
    made = forecast(s, "bdm")
    assert made.warnings  # BDM cycles on this scenario
    document = render_report(made)
    assert '<div class="warnings" id="warnings">' in document
    assert "cycle with period 2" in document
    assert document.count('<svg class="tornado"') == len(s.issues)
    for issue in s.issues:
        assert f'data-tornado="{issue.id}"' in document
    assert "p(agreement)" in document and "if agreement" in document


def test_report_without_warnings_has_no_box() -> None:
    made = forecast(load_bundled("ec-emissions-1994"), "mean")
    assert made.warnings == []
    assert 'class="warnings"' not in render_report(made)
