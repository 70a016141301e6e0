"""The report's "Forecasts over time" section: a scenario's forecasts from the ledger.

One row per recorded forecast of the scenario, oldest information first (``as_of``, then the
time of recording), with each issue's point forecast and, where the record has one, its
probability of agreement. It reads the records; it never recomputes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from accord.ledger.records import ForecastRecord

__all__ = ["history_section"]


def _cell(item: dict[str, Any] | None) -> str:
    if item is None:
        return '<td class="num"></td>'
    value = item.get("forecast")
    text = "" if not isinstance(value, int | float) else f"{value:.1f}"
    p = item.get("p_agreement")
    if isinstance(p, int | float) and not isinstance(p, bool):
        text += f" (p {p:.2f})"
    return f'<td class="num">{escape(text)}</td>'


def history_section(records: Sequence[ForecastRecord], issues: Sequence[str]) -> str:
    """HTML for the section, or "" when the ledger holds no record of the scenario."""
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
    return (
        '<h2 id="history">Forecasts over time</h2>'
        f"<p>{len(ordered)} forecasts of this scenario recorded in the ledger: point forecast "
        "per issue, with the probability of agreement where the record has one. A change of "
        "hash means the scenario itself changed between records.</p>"
        "<table><thead><tr><th>record</th><th>as of</th><th>recorded</th><th>engine</th>"
        f"<th>scenario hash</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
