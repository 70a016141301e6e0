"""The report's "Forecasts over time" section: a scenario's forecasts from the ledger.

One row per recorded forecast of the scenario, oldest information first (``as_of``, then the
time of recording), with each issue's point forecast and, where the record has one, its
probability of agreement; with two records or more, one chart per issue of each engine's point
forecast record after record. Then each question's resolution in force in the ledger (agreed or
not with its outcome, annulled with its reason, or unresolved) and each record's scores against
the resolved ones (Brier of p_agreement, position error, made before or after the outcome:
:mod:`accord.ledger.scores`). It reads the records; it never recomputes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.text import probability_text, score_text

if TYPE_CHECKING:  # the ledger package imports SQLAlchemy: not for `accord forecast`
    from accord.ledger.records import ForecastRecord, Resolution


__all__ = ["history_section"]


def _cell(item: dict[str, Any] | None) -> str:
    if item is None:
        return '<td class="num"></td>'
    value = item.get("forecast")
    text = "" if not isinstance(value, int | float) else f"{value:.1f}"
    p = item.get("p_agreement")
    if isinstance(p, int | float) and not isinstance(p, bool):
        text += f" (p {probability_text(p, 2, exact_one=True)})"  # never 0.00 for 0.001
    return f'<td class="num">{escape(text)}</td>'


def _chart(ordered: Sequence[ForecastRecord], issue: str, low: float, high: float) -> str:
    """Each engine's latest point forecast of ``issue`` after each record (carried forward
    from the engine's first record), the status quo as the reference line."""
    from accord.report import svg

    engines = sorted({r.label for r in ordered})
    values = np.full((len(engines), len(ordered)), np.nan)
    status_quo: float | None = None
    for k, record in enumerate(ordered):
        item = record.issue(issue) or {}
        point = item.get("forecast")
        if isinstance(point, int | float) and not isinstance(point, bool):
            values[engines.index(record.label), k] = float(point)
        sq = item.get("status_quo")
        if isinstance(sq, int | float) and not isinstance(sq, bool):
            status_quo = float(sq)
    for row in values:  # carry each engine's forecast forward to the next record
        for k in range(1, row.size):
            if np.isnan(row[k]):
                row[k] = row[k - 1]
    series = [(e, svg.colour(i), values[i]) for i, e in enumerate(engines)]
    return svg.line_chart(
        f"Point forecast of {issue} by record",
        series,
        low,
        high,
        "forecast",
        reference=status_quo,
        reference_label="status quo",
        height=220,
        x_label="record (oldest information first)",
    )


def _resolution_cell(resolution: Resolution | None) -> str:
    if resolution is None:
        return "<td>unresolved</td><td></td><td></td>"
    on = escape(resolution.resolved_on.isoformat())
    if resolution.annulled is not None:
        what = f"annulled: {escape(resolution.annulled)} (not scored)"
    else:
        verdict = "agreed" if resolution.agreed else "not agreed"
        what = f"{verdict}, outcome {resolution.outcome:g}"
    source = escape(resolution.source)
    return f'<td>{what}</td><td class="nowrap">{on}</td><td class="source">{source}</td>'


def _resolved_part(
    ordered: Sequence[ForecastRecord], issues: Sequence[str], resolutions: Sequence[Resolution]
) -> str:
    """The questions' resolutions in force and a table of each record's scores against them."""
    from accord.ledger.scores import score

    own = {r.issue_id: r for r in resolutions if r.issue_id in issues}
    rows = "".join(
        f"<tr><td>{escape(issue)}</td>{_resolution_cell(own.get(issue))}</tr>" for issue in issues
    )
    part = (
        '<h3 id="history-resolutions">Resolutions and scores</h3>'
        "<p>What happened on each question, as the ledger records it (an annulled question is "
        "never scored), and each record's scores against it: Brier score of the probability of "
        "agreement (0 is perfect, 0.25 a coin toss) and position error in points of a 0-100 "
        "scale; <em>after</em> marks a forecast recorded on or after the outcome's date "
        "(hindsight).</p>"
        "<table><thead><tr><th>question</th><th>resolution</th><th>on</th><th>source</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )
    scored = score(ordered, [own[i] for i in issues if i in own])
    pairs = {(item.record_id, item.issue_id): item for item in scored.items}
    if not pairs:
        return part
    resolved = [i for i in issues if i in own and own[i].annulled is None]

    def cell(record: ForecastRecord, issue: str) -> str:
        item = pairs.get((record.id, issue))
        if item is None:
            return '<td class="num"></td>'
        bits = []
        if item.brier is not None:
            bits.append(f"Brier {score_text(item.brier, 'brier')}")
        if item.error is not None:
            bits.append(f"error {score_text(item.error, 'error')}")
        made = " (after)" if item.hindsight else ""
        return f'<td class="num">{escape(", ".join(bits) + made)}</td>'

    head = "".join(f'<th class="num">{escape(i)}</th>' for i in resolved)
    body = "".join(
        f'<tr><td>{r.id}</td><td class="nowrap">{escape(str(r.as_of or ""))}</td>'
        f"<td>{escape(r.label)}</td>{''.join(cell(r, i) for i in resolved)}</tr>"
        for r in ordered
        if any((r.id, i) in pairs for i in resolved)
    )
    return (
        part + "<table><thead><tr><th>record</th><th>as of</th><th>engine</th>"
        f"{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def history_section(
    records: Sequence[ForecastRecord],
    issues: Sequence[str],
    scales: Sequence[tuple[float, float]] | None = None,
    resolutions: Sequence[Resolution] = (),
) -> str:
    """HTML for the section, or "" when the ledger holds no record of the scenario; with the
    questions' resolutions in force (``resolutions``, of this scenario) and the scores."""
    if not records:
        return ""
    ordered = sorted(records, key=lambda r: (r.as_of is None, r.as_of, r.recorded_at))
    head = "".join(f'<th class="num">{escape(i)}</th>' for i in issues)
    rows = []
    for r in ordered:
        cells = "".join(_cell(r.issue(i)) for i in issues)
        rows.append(
            f'<tr><td>{r.id}</td><td class="nowrap">{escape(str(r.as_of or ""))}</td>'
            f'<td class="nowrap">{r.recorded_at:%Y-%m-%d %H:%M}</td>'
            f"<td>{escape(r.label)}</td><td>{escape(r.scenario_hash[:12])}</td>{cells}</tr>"
        )
    charts = ""
    if len(ordered) > 1 and scales is not None:
        charts = "".join(
            f'<div class="history-chart" data-issue="{escape(i)}">'
            f"{_chart(ordered, i, low, high)}</div>"
            for i, (low, high) in zip(issues, scales, strict=True)
        )
    return (
        '<h2 id="history">Forecasts over time</h2>'
        f"<p>{len(ordered)} forecasts of this scenario recorded in the ledger: point forecast "
        "per issue, with the probability of agreement where the record has one. A change of "
        "hash means the scenario itself changed between records.</p>"
        "<table><thead><tr><th>record</th><th>as of</th><th>recorded</th><th>engine</th>"
        f"<th>scenario hash</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + charts
        + _resolved_part(ordered, issues, resolutions)
    )
