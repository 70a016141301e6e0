"""What a forecast shows in a notebook (``_repr_html_``): its table and a stance chart per issue.

Built from the same pieces as the HTML report (:mod:`accord.report.html`), so a notebook and
the report never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accord.report.html import _forecast_table, _issue_section, _t

if TYPE_CHECKING:
    from accord.forecast import Forecast


def forecast_html(result: Forecast) -> str:
    """An HTML fragment: title, forecast table, then each issue's stance chart."""
    title = f"{result.scenario.title}: forecast by {result.engine}"
    sections = "".join(
        _issue_section(result, k, issue) for k, issue in enumerate(result.scenario.issues)
    )
    return (
        f'<div class="accord-forecast"><h3>{_t(title)}</h3>{_forecast_table(result)}'
        f"<details><summary>Stances by issue</summary>{sections}</details></div>"
    )
