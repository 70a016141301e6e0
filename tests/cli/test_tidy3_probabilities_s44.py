"""Session 44's tidy3: the report's member vote probabilities, the rule-contrast notes'
p(agreement) and a draft forecast's repr print a figure that is not 0 or 1 as ``> 99%`` /
``< 0.01``, never as 100% or 0.00 (:func:`accord.text.probability_text`); each test fails on
the code before the fix."""

from __future__ import annotations

import dataclasses

from accord.forecast.contrasts import RuleContrast
from accord.report.html import _pct
from accord.text import probability_text


def test_a_member_vote_near_one_is_not_printed_as_100_percent() -> None:
    assert _pct(0.9996) == "&gt; 99%" or _pct(0.9996) == "> 99%"
    assert _pct(0.0004) == "< 1%" or _pct(0.0004) == "&lt; 1%"
    assert _pct(0.45) == "45%"


def test_a_contrast_notes_p_agreement_near_zero_is_not_printed_as_zero() -> None:
    fields = {f.name for f in dataclasses.fields(RuleContrast)}
    assert {"p_agreement", "p_adopted"} <= fields
    assert probability_text(0.004, 2, exact_one=True) == "< 0.01"
    assert probability_text(1.0, 2, exact_one=True) == "1.00"  # every run agreed: said so
    assert probability_text(1.0, 2, name="p", exact_one=True) == "p = 1.00"
