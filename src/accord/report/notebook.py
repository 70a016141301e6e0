"""What a forecast shows in a notebook (``_repr_html_``): its table and a stance chart per issue.

Built from the same pieces as the HTML report (:mod:`accord.report.html`), so a notebook and
the report never disagree. Since session 42 also a sweep's chart (:func:`sweep_chart`).

The charts are SVG drawn by :mod:`accord.report.svg`, not Vega-Lite: the Python side of accord
draws every picture that way (the report, a notebook's :class:`Chart`, ``accord timeline
--plot``), with no plotting library and nothing to fetch; Vega-Lite is drawn only by the
workbench's pages in a browser (:mod:`accord.web`), so a second, Vega-Lite way of drawing from
Python would be two ways of doing one thing.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import ArgumentError, DataError
from accord.report import svg
from accord.report.html import _forecast_table, _issue_section, _t

if TYPE_CHECKING:
    from accord.forecast import Forecast
    from accord.forecast.sweep import SweepResult

__all__ = [
    "Chart",
    "forecast_html",
    "stance_chart",
    "sweep_chart",
]

CHART_MARK = "<!-- accord chart -->"
"""The first line of a sweep's chart: accord's mark (:data:`accord.outputs.MARKS`), so that
``accord sweep --plot`` replaces a chart it wrote without ``--force`` (session 42)."""


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
        browser, an editor or a page opens it as it is. The file is written atomically (a
        temporary file renamed into place, since session 42)."""
        target = Path(path)
        if target.suffix.lower() != ".svg":
            raise ArgumentError(
                "path",
                "{path}: a chart is saved as SVG: name the file .svg (got {suffix!r})",
                path=str(target),
                suffix=target.suffix,
            )
        from accord.scenario.io import write_atomic

        write_atomic(target, self.svg)
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


MEASURES = {"forecast": "forecast", "if_agreement": "bargain"}
"""What a sweep's chart can draw: the table's column, and its name on the chart (the bargain is
the outcome if the issue is agreed, ``if_agreement``)."""


def sweep_chart(result: SweepResult, measure: str = "auto") -> Chart:
    """A chart of a sweep (session 42): for a one-at-a-time sweep (``design="oat"``) a tornado
    per issue of :meth:`~accord.forecast.sweep.SweepResult.ranking` (a bar per dimension from
    the outcome with the input at the low end of its range to the outcome at the high end,
    around the base case, largest swing first); for a sweep of one dimension (grid or
    hypercube) the outcome of each issue against the varied value.

    ``measure``: ``forecast``, ``if_agreement`` (the bargain) or ``auto``: a tornado of the
    forecast where some dimension moves it and one of the bargain where some dimension moves
    it and it is not the forecast (a consent actor's refusal can hold the forecast at the
    status quo while the terms move); a line chart draws the forecast where it moves, else
    the bargain.
    An issue that nothing moves is named under the chart, not drawn. The caption gives the
    scenario, engine, seed and what was asked; the SVG's ``<metadata>`` holds JSON:
    ``accord.sweep`` (:meth:`~accord.forecast.sweep.SweepResult.metadata`, as in the Parquet
    files) and ``chart`` (the numbers drawn)."""
    if measure not in ("auto", *MEASURES):
        raise ArgumentError(
            "measure", "expected auto, forecast or if_agreement (got {measure!r})", measure=measure
        )
    if result.design == "oat":
        charts, data, still = _tornadoes(result, measure)
    elif len(result.dimensions) == 1:
        charts, data, still = _sweep_lines(result, measure)
    else:
        raise DataError(
            "a chart of a sweep needs --design oat (a tornado of the ranking) or one --vary (a "
            f"line against its values); this is --design {result.design} with "
            f"{len(result.dimensions)} --vary"
        )
    runs = f", {result.runs} runs a point" if result.runs else ""
    design = "one at a time" if result.design == "oat" else f"{result.design} sweep"
    caption = [f"{result.scenario}: {design} by {result.engine}{runs}, seed {result.seed}"]
    if result.request is not None:
        import shlex

        asked = [f"--vary {shlex.quote(spec)}" for spec in result.request.vary if spec]
        size = (
            f"--samples {result.request.samples}"
            if result.design == "lhs"
            else f"--points {result.request.points}"
        )
        caption.append(" ".join(["asked:", *asked, size]))
    from accord.forecast.sweep import UNITS

    for kind, meaning in UNITS.items():
        labels = [d.label for d in result.dimensions if d.kind == kind]
        if labels:
            caption.append(f"{', '.join(labels)}: {meaning}")
    if still:
        caption.append(f"not moved by any dimension: {', '.join(still)}")
    if result.design == "oat":
        caption.append(
            "each input moves alone from the base case (red line), so interactions are not "
            "shown (--design grid or lhs)"
        )
    metadata = json.dumps({"accord.sweep": result.metadata(), "chart": data}, ensure_ascii=False)
    drawn = svg.stacked(caption[0], charts, caption, metadata)
    return Chart(f"sweep of {result.scenario}", f"{CHART_MARK}\n{drawn}")


def _range(row: dict[str, Any]) -> str:
    """A ranking row's dimension with its range, in its units: ``EU.x.position -20 to +20``,
    ``USA.capability x0.5 to x1.5``, ``USA.x.salience 0.2 to 0.8``."""
    low, high = row["low"], row["high"]

    def shown(value: Any) -> str:
        if row["kind"] == "offset":
            return f"{value:+g}"
        if row["kind"] == "factor":
            return f"x{value:g}"
        return f"{value:g}" if isinstance(value, float | int) else str(value)

    span = shown(low) if low == high else f"{shown(low)} to {shown(high)}"
    return f"{row['dimension']} {span}"


def _measure_of(moves: dict[str, bool], measure: str) -> str | None:
    """The column a line chart draws: ``measure``, or for ``auto`` the forecast where it moves,
    else the bargain; None where the chosen one does not move."""
    if measure == "auto":
        return next((m for m in MEASURES if moves[m]), None)
    return measure if moves[measure] else None


def _tornado_columns(rows: list[dict[str, Any]], measure: str) -> list[str]:
    """Which outcomes of an issue get a tornado: ``measure`` where some dimension moves it; for
    ``auto`` the forecast where it moves, and the bargain where it moves and differs from the
    forecast at some end (a consent actor's refusal holds the forecast at the status quo while
    the terms move: session 41's trial asked which input moves the bargain most)."""
    moves = {
        "forecast": any(r["swing"] for r in rows),
        "if_agreement": any(r["bargain_swing"] for r in rows),
    }
    if measure != "auto":
        return [measure] if moves[measure] else []
    ends = ("base", "at_low", "at_high")
    differs = any(r[f"forecast_{e}"] != r[f"if_agreement_{e}"] for r in rows for e in ends)
    chosen = ["forecast"] if moves["forecast"] else []
    if moves["if_agreement"] and (differs or not chosen):
        chosen.append("if_agreement")
    return chosen


def _tornadoes(
    result: SweepResult, measure: str
) -> tuple[list[tuple[str, str]], dict[str, Any], list[str]]:
    """A one-at-a-time sweep's tornado charts (heading, SVG), their numbers, and the issues
    that nothing moves."""
    ranked = result.ranking()
    charts: list[tuple[str, str]] = []
    panels: list[dict[str, Any]] = []
    still: list[str] = []
    for issue in result.issues:
        mine = [r for r in ranked if r["issue"] == issue]
        columns = _tornado_columns(mine, measure)
        if not columns:
            still.append(issue)
        for column in columns:
            swing = "swing" if column == "forecast" else "bargain_swing"
            rows = sorted(mine, key=lambda r: -r[swing])  # stable: ties as the ranking has them
            words = MEASURES[column]
            base = rows[0][f"{column}_base"]
            bars = [
                {"dimension": r["dimension"], "kind": r["kind"], "low": r["low"],
                 "high": r["high"], "at_low": r[f"{column}_at_low"],
                 "at_high": r[f"{column}_at_high"]}
                for r in rows
                if r[f"{column}_at_low"] is not None and r[f"{column}_at_high"] is not None
            ]  # fmt: skip
            heading = f"{issue}: what moves the {words}"
            if column == "if_agreement":
                held = "forecast" not in columns and measure == "auto"
                heading += (
                    " (the outcome if agreed; the forecast holds at the status quo throughout)"
                    if held
                    else " (the outcome if agreed)"
                )
            chart = svg.tornado(
                heading,
                [(_range(b), b["at_low"], b["at_high"]) for b in bars],
                base,
                measure=words,
                axis_label=(
                    f"{words} of {issue} (the issue's scale units) with each input at the low "
                    "(blue) and high (orange) end of its range"
                ),
            )
            charts.append((heading, chart))
            panels.append({"issue": issue, "measure": column, "base": base, "bars": bars})
    return charts, {"kind": "tornado", "panels": panels}, still


def _sweep_lines(
    result: SweepResult, measure: str
) -> tuple[list[tuple[str, str]], dict[str, Any], list[str]]:
    """A one-dimension sweep's outcome per issue against the varied value (in increasing
    order), its numbers, and the issues that it does not move."""
    from accord.forecast.sweep import _MEASURES, _spread

    dim = result.dimensions[0]
    given = [point[0] for point in result.points]
    for value in given:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise DataError(
                f"a line chart needs numbers: --vary {dim.label} has the value {value!r}"
            )
    order = sorted(range(len(given)), key=lambda k: given[k])
    xs = [float(given[k]) for k in order]
    at = {name: k for k, name in enumerate(_MEASURES)}
    outcome = result.outcome[order]
    moved = {
        m: [i for k, i in enumerate(result.issues) if _spread(outcome[:, k, at[m]]) > 0]
        for m in MEASURES
    }
    column = _measure_of({m: bool(v) for m, v in moved.items()}, measure) or (
        "forecast" if measure == "auto" else measure
    )
    drawn = moved[column] or list(result.issues)  # nothing moves: every issue, flat
    still = [i for i in result.issues if i not in drawn]
    series = []
    values: list[list[float | None]] = []
    for n, issue in enumerate(drawn):
        line = outcome[:, result.issues.index(issue), at[column]]
        series.append((issue, svg.colour(n), line))
        values.append([v if math.isfinite(v) else None for v in map(float, line)])
    finite = [v for line in values for v in line if v is not None]
    low, high = (min(finite), max(finite)) if finite else (0.0, 1.0)
    pad = max((high - low) * 0.05, 1.0 if high == low else 0.0)
    units = {
        "offset": "offset added to its own value",
        "factor": "factor on its own value",
        "choice": "engine option",
    }.get(dim.kind, "its value")
    words = MEASURES[column]
    heading = f"{words} against {dim.label}"
    chart = svg.line_chart(
        heading,
        series,
        low - pad,
        high + pad,
        f"{words} (the issue's scale units)",
        x_label=f"{dim.label} ({units})",
        x_values=xs,
    )
    lines = [{"issue": i, "values": v} for i, v in zip(drawn, values, strict=True)]
    data = {"kind": "line", "measure": column, "dimension": dim.label, "x": xs, "series": lines}
    return [(heading, chart)], data, still
