"""Session 44's tidy3: the report's member vote probabilities, the rule-contrast notes'
p(agreement) and a draft forecast's repr print a figure that is not 0 or 1 as ``> 99%`` /
``< 0.01``, never as 100% or 0.00 (:func:`accord.text.probability_text`); each test fails on
the code before the fix."""

from __future__ import annotations

import html

import accord
from accord.forecast.contrasts import RuleContrast
from accord.report import render_report
from accord.report.html import _pct


def test_a_member_vote_near_one_is_not_printed_as_100_percent() -> None:
    assert html.unescape(_pct(0.9996)) == "> 99%"
    assert html.unescape(_pct(0.0004)) == "< 1%"
    assert (_pct(1.0), _pct(0.0), _pct(0.45)) == ("100%", "0%", "45%")  # a set vote: exact
    page = html.unescape(render_report(accord.forecast("ukraine-2025-02", "mean", seed=1)))
    row = '<td>USA</td><td>yes</td><td class="num">> 99%</td><td class="num">< 1%</td>'
    assert row in page  # was 100%, beside a no of 0%


def test_a_contrast_notes_p_agreement_near_zero_is_not_printed_as_zero() -> None:
    def note(p: float) -> str:
        return RuleContrast("mission", "D1", "unsc", None, p, 0.9, ()).sentence()

    assert note(0.004).startswith("issue mission: p(agreement) < 0.01, but draft D1")
    assert note(1.0).startswith("issue mission: p(agreement) 1.00, but")  # every run agreed
    assert note(0.0).startswith("issue mission: p(agreement) 0.00, but")


def test_a_draft_forecasts_repr_does_not_round_to_one() -> None:
    result = accord.forecast("ukraine-2025-02", "mean", seed=1).resolutions
    shown = {r.draft.id: repr(r) for r in result}
    assert "adoption_probability > 0.99," in shown["A/ES-11/L.10"]
    assert "adoption_probability=1.00" not in " ".join(shown.values())


def test_the_other_places_that_print_a_probability() -> None:
    from accord.report.brief import _chance
    from accord.report.history import _cell
    from accord.report.svg import vote_bar

    assert "yes: &gt; 99%" in vote_bar(0.9996, 0.0004, 0.0)  # the bar's tooltips
    assert "no: &lt; 1%" in vote_bar(0.9996, 0.0004, 0.0)
    assert "yes: 100%" in vote_bar(1.0, 0.0, 0.0)
    assert _chance(0.996) == "> 99%" and _chance(1.0) == "100%"  # the brief's chance
    assert "(p &lt; 0.01)" in _cell({"forecast": 50.0, "p_agreement": 0.001})  # the history
    shown = repr(accord.forecast("ukraine-2025-02", "mean", seed=1).resolutions)
    assert "=1.00" not in shown and "> 0.99" in shown
