"""What a forecast shows in a notebook (``_repr_html_``): its table and a stance chart per issue.

Built from the same pieces as the HTML report (:mod:`accord.report.html`), so a notebook and
the report never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from accord.errors import ArgumentError
from accord.report.html import _forecast_table, _issue_section, _t

if TYPE_CHECKING:
    from accord.forecast import Forecast


def forecast_html(result: Forecast) -> str:
    """An HTML fragment: title, forecast table, then each issue's stance chart."""
    from accord.scenario.identity import forecast_title

    title = forecast_title(result.scenario, result.engine)
    sections = "".join(
        _issue_section(result, k, issue) for k, issue in enumerate(result.scenario.issues)
    )
    return (
        f'<div class="accord-forecast"><h3>{_t(title)}</h3>{_forecast_table(result)}'
        f"<details><summary>Stances by issue</summary>{sections}</details></div>"
    )


@dataclass(frozen=True)
class Chart:
    """A chart of a forecast as an SVG document (``svg``): shown by a notebook, saved by
    :meth:`save`. The charts are the HTML report's, drawn by :mod:`accord.report.svg`."""

    name: str
    svg: str

    def save(self, path: str | Path) -> Path:
        """Write the chart to ``path``, an ``.svg`` file (UTF-8), and return the path; a
        browser, an editor or a page opens it as it is."""
        target = Path(path)
        if target.suffix.lower() != ".svg":
            raise ArgumentError(
                "path",
                "{path}: a chart is saved as SVG: name the file .svg (got {suffix!r})",
                path=str(target),
                suffix=target.suffix,
            )
        target.write_text(self.svg, encoding="utf-8")
        return target

    def _repr_svg_(self) -> str:
        return self.svg


def stance_chart(result: Forecast, issue: str) -> Chart:
    """The stance chart of ``result``'s issue ``issue`` (its id)."""
    from accord.report.html import stance_svg

    ids = [item.id for item in result.scenario.issues]
    if issue not in ids:
        raise ArgumentError(
            "issue",
            "no issue {issue!r} in {scenario} (its issues: {ids})",
            issue=issue,
            scenario=result.scenario.id,
            ids=", ".join(ids),
        )
    k = ids.index(issue)
    return Chart(f"stances on {issue}", stance_svg(result, k, result.scenario.issues[k]))
