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


def test_report_tornado_shows_the_bargain_where_a_veto_holds() -> None:
    """A consent actor that refuses in every variant: the chart shows what moves the terms."""
    from accord.scenario import scenario_from_data

    data = {
        "id": "veto",
        "title": "Veto",
        "actors": [
            {"id": "A", "name": "A", "capability": 4.0},
            {"id": "B", "name": "B", "capability": 1.0},
        ],
        "issues": [{"id": "x", "title": "X", "status_quo": 0, "consent": ["A", "B"]}],
        "stances": [
            {"actor": "A", "issue": "x", "position": 90, "salience": 0.9},
            {"actor": "B", "issue": "x", "position": 5, "salience": 0.9},
        ],
    }
    made = forecast(scenario_from_data(data), "mean")
    assert made.issues[0].forecast == 0.0
    document = render_report(made)
    assert "What moves the bargain (the status quo holds throughout): X" in document
