"""One self-contained HTML file per forecast: tables, inline SVG plots and the evidence.

The file has no script, no external stylesheet, font or image and no network reference, so it
opens offline and can be mailed or archived as is. Every piece of text from a scenario or a
run is HTML-escaped. Sections that have nothing to show (a one-turn run, no ensemble, no draft
resolutions) are left out rather than drawn empty.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from accord.errors import DataError
from accord.forecast import Forecast
from accord.provenance import version_string
from accord.report import svg
from accord.report.history import history_section
from accord.scenario.identity import forecast_title, scenario_identity
from accord.scenario.io import write_atomic
from accord.scenario.model import Issue, Scenario
from accord.text import probability_text

if TYPE_CHECKING:  # the ledger package imports SQLAlchemy: not for `accord forecast`
    from accord.ledger.records import ForecastRecord, Resolution

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       margin: 0 auto; max-width: 1040px; padding: 24px 32px 64px; line-height: 1.45; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { border-bottom: 2px solid #ddd; padding-bottom: 4px; margin-top: 2em; }
h3 { margin-bottom: 0.3em; }
.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.92em; width: 100%; }
th, td { border: 1px solid #d6d6d6; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.evidence td:last-child { width: 45%; }
details.votes { margin: 0.8em 0; }
details.votes summary { cursor: pointer; }
table.compact { width: auto; min-width: 50%; }
tr:nth-child(even) td { background: #fafbfc; }
.issue { margin: 1.5em 0 2.5em; }
.question { color: #444; margin: 0.2em 0; }
.points { color: #555; font-size: 0.9em; margin: 0.2em 0 0.8em; }
.legend { font-size: 0.85em; color: #555; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
          margin: 0 4px 0 0; vertical-align: middle; }
svg { max-width: 100%; height: auto; display: block; }
td svg { display: inline-block; vertical-align: middle; }
.note { color: #555; font-size: 0.88em; }
pre { background: #f6f8fa; padding: 8px; overflow-x: auto; font-size: 0.85em; }
nav { display: flex; flex-wrap: wrap; }
nav a { margin-right: 1em; }
.forecast-value { color: #C00000; font-weight: bold; }
.warnings { border: 2px solid #E69F00; background: #fff8e6; padding: 6px 14px; margin: 1em 0; }
.warnings h2 { border: none; margin: 0.3em 0; font-size: 1.1em; }
.brief { border: 1px solid #d6d6d6; padding: 4px 16px 8px; margin: 1em 0; }
.brief h2 { margin-top: 0.6em; }
.brief h3 { margin: 0.8em 0 0.2em; font-size: 1em; }
.brief ul { margin: 0.2em 0; padding-left: 1.3em; }
ul.glossary { font-size: 0.85em; color: #444; list-style: none; padding-left: 0; }
@media (max-width: 640px) {
  body { padding: 12px 12px 48px; }
  table { display: block; overflow-x: auto; }
}
@media print {
  nav { display: none; }
  body { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, svg, .warnings { break-inside: avoid; }
  h1 { font-size: 1.3em; line-height: 1.2; }
  main > p.meta { display: none; }
  .brief { border: none; padding: 0; break-after: page; font-size: 0.72em; line-height: 1.25; }
  .brief table { font-size: 1em; margin: 0.3em 0; }
  .brief td, .brief th { padding: 1px 4px; }
  .brief h2 { margin-top: 0; }
  .brief h3 { margin: 0.5em 0 0.1em; }
  .brief p, .brief ul { margin: 0.1em 0; }
  .brief ul.changed { padding-left: 0; }
  .brief ul.changed li { display: inline; }
  .brief ul.changed li + li::before { content: "; "; }
  ul.glossary { columns: 2; column-gap: 1.5em; }
}
"""


def _t(value: object) -> str:
    """Escape any value for HTML text and attributes."""
    return escape("" if value is None else str(value), quote=True)


def _num(value: Any, digits: int = 1) -> str:
    if value is None:
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return _t(value)
    return svg.fmt_number(number, digits) if math.isfinite(number) else ""


def _agreement(p: float | None) -> str:
    """A p(agreement) with two decimals, ``< 0.01`` / ``> 0.99`` where it would print 0.00 or
    1.00 but is not 0 or 1 (a share of 1,000 runs of 0.001; session 44, tidy3)."""
    if p is None or not math.isfinite(p):
        return ""
    return _t(probability_text(p, 2, exact_one=True))


def _pct(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return _t(value)
    if not math.isfinite(number):
        return ""
    # a member's vote probability: "> 99%" / "< 1%" where it would round to 100% or 0%, as
    # the drafts' P(adopted) (session 44, tidy3: a yes of 0.9996 printed "100%"); a vote the
    # scenario sets is an exact 1, "100%"
    return _t(probability_text(number, percent=True, exact_one=True))


def _chance(value: Any) -> str:
    """A draft's P(adopted) as a whole percentage, ``> 99%`` / ``< 1%`` where that would
    print 100% or 0% (:func:`accord.text.probability_text`); empty where it is not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return _t(value)
    return _t(probability_text(number, percent=True)) if math.isfinite(number) else ""


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int]) -> str:
    """A table from already-escaped cells; columns in ``numeric`` are right-aligned."""
    head = "".join(
        f'<th class="num">{h}</th>' if k in numeric else f"<th>{h}</th>"
        for k, h in enumerate(header)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{c}</td>' if k in numeric else f"<td>{c}</td>"
            for k, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def nearest_label(issue: Issue, value: float | None) -> str:
    """The scale's labelled point (ends included) closest to ``value``."""
    if value is None or not math.isfinite(value):
        return ""
    scale = issue.scale
    points = [(scale.low, scale.low_label), (scale.high, scale.high_label)]
    points += [(p.at, p.label) for p in scale.points]
    labelled = [(abs(at - value), label) for at, label in points if label]
    return min(labelled)[1] if labelled else ""


def _percentiles(samples: np.ndarray | None, k: int) -> tuple[float, float, float, float] | None:
    """Mean and 5th/50th/95th percentiles of issue ``k``'s Monte Carlo outcomes."""
    if samples is None:
        return None
    column = np.asarray(samples, dtype=float)[:, k]
    column = column[np.isfinite(column)]
    if column.size == 0:
        return None
    p5, p50, p95 = (float(v) for v in np.percentile(column, [5, 50, 95]))
    return float(column.mean()), p5, p50, p95


def _summary(result: Forecast) -> str:
    s = result.scenario
    run = result.run
    facts = [
        ("scenario", f"{_t(s.id)}" + (f", as of {_t(s.as_of)}" if s.as_of else "")),
        ("engine", _t(result.engine) + (f" (variant {_t(run.variant)})" if run.variant else "")),
        ("seed", _t(result.seed) if result.seed is not None else "none"),
        (
            "size",
            f"{len(s.actors)} actors, {len(s.issues)} issues, {len(s.stances)} stances, "
            f"{len(s.sources)} sources",
        ),
        ("turns", _t(max(int(np.asarray(run.trajectory).shape[0]) - 1, 0))),
    ]
    if result.ensemble is not None:
        facts.append(("runs", _t(result.ensemble.runs)))
    # which code made the report: the version and, in a git checkout, the commit (session 33)
    facts.append(("accord", _t(version_string())))
    if run.params:
        facts.append(("parameters", _t(json.dumps(run.params, sort_keys=True, default=str))))
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in facts)
    parts = [f"<table class='facts'><tbody>{rows}</tbody></table>"]
    if s.description:
        paragraphs = [p.strip() for p in s.description.strip().split("\n\n") if p.strip()]
        parts += [f"<p>{_t(' '.join(p.split()))}</p>" for p in paragraphs]
    actor_rows = [
        [
            f'<span class="swatch" style="background:{svg.colour(k)}"></span>'
            f'<span style="white-space:nowrap">{_t(a.id)}</span>',
            _t(a.name),
            _t(a.kind.value),
            _t(a.country or ""),
            _num(a.capability, 2),
            _t(", ".join(a.tags)),
            f'<span class="note">{_t(a.note or "")}</span>',
        ]
        for k, a in enumerate(s.actors)
    ]
    parts.append("<h3>Actors</h3>")
    parts.append(
        _table(["id", "name", "kind", "country", "capability", "tags", "note"], actor_rows, {4})
    )
    return "".join(parts)


def _interval_cell(result: Forecast, issue_id: str) -> str:
    """The issue's conformal interval (``accord forecast --interval``), empty off 0..100."""
    spans = (result.intervals or {}).get("issues") or {}
    if issue_id not in spans:
        return ""
    low, high = spans[issue_id]
    return f"{_num(low)}-{_num(high)}"


def _forecast_table(result: Forecast) -> str:
    with_mc = result.samples is not None
    ranged = result.intervals is not None
    header = ["issue", "title", "forecast"]
    if ranged:  # the command line's --interval, beside the forecast it surrounds (session 42)
        header.append(f"{result.intervals['level']:.0%} interval")  # type: ignore[index]
    header += ["scale", "nearest label", "status quo"]
    header += ["p(agreement)", "if agreement", "consent (refusing)", "horizon"]
    if with_mc:  # the runs' bargains (before consent), not the outcome: said in the header
        header += ["MC mean bargain", "p5", "p50", "p95"]
    rows = []
    for k, (item, issue) in enumerate(zip(result.issues, result.scenario.issues, strict=True)):
        row = [
            f'<a href="#issue-{_t(issue.id)}">{_t(item.id)}</a>',
            _t(item.title),
            f'<span class="forecast-value">{_num(item.forecast)}</span>',
            *([_interval_cell(result, item.id)] if ranged else []),
            f'<span style="white-space:nowrap">{item.scale[0]:g} to {item.scale[1]:g}</span>',
            _t(nearest_label(issue, item.forecast)),
            _num(issue.status_quo),
            _agreement(item.answer.p_agreement) if item.answer else "",
            _num(item.answer.if_agreement) if item.answer else "",
            _t(", ".join(issue.consent))
            + (
                f" ({_t(', '.join(item.answer.vetoes))})"
                if item.answer and item.answer.vetoes
                else ""
            ),
            _t(issue.horizon or ""),
        ]
        if with_mc:
            stats = _percentiles(result.samples, k)
            row += [_num(v) for v in stats] if stats else ["", "", "", ""]
        rows.append(row)
    shift = int(ranged)
    numeric = {2, 5, 6, 7} | ({10, 11, 12, 13} if with_mc else set())
    numeric = {k if k < 3 else k + shift for k in numeric} | ({3} if ranged else set())
    table = _table(header, rows, numeric)
    if ranged:
        intervals = result.intervals or {}
        table += (
            f'<p class="note">{intervals["level"]:.0%} conformal intervals from '
            f"{_t(intervals['engine'])}'s absolute errors on recorded EU decisions (radius "
            f"{_num(intervals['radius'])} points of 100; docs/validation-deu.md); none for an "
            "issue on another scale.</p>"
        )
    return table


def stance_svg(result: Forecast, k: int, issue: Issue) -> str:
    """The stance chart of ``issue`` (the ``k``-th) as an SVG document: the chart of the report
    and of a notebook's display (``Forecast.stance_chart`` returns it to save)."""
    s = result.scenario
    item = result.issues[k]
    markers = []
    for a_index, actor in enumerate(s.actors):
        stance = s.stance(actor.id, issue.id)
        if stance is None:
            continue
        markers.append(
            svg.Marker(
                actor=actor.id,
                name=actor.name,
                position=stance.position,
                salience=stance.salience,
                capability=actor.capability,
                uncertainty=stance.uncertainty,
                colour=svg.colour(a_index),
            )
        )
    stats = _percentiles(result.samples, k)
    plot = svg.stance_plot(
        title=f"Stances on {issue.title}",
        low=issue.scale.low,
        high=issue.scale.high,
        low_label=issue.scale.low_label,
        high_label=issue.scale.high_label,
        points=[(p.at, p.label) for p in issue.scale.points],
        markers=markers,
        forecast=item.forecast,
        status_quo=issue.status_quo,
        band=(stats[1], stats[3]) if stats else None,
    )
    return plot


def _issue_section(result: Forecast, k: int, issue: Issue) -> str:
    s = result.scenario
    item = result.issues[k]
    plot = stance_svg(result, k, issue)
    stats = _percentiles(result.samples, k)
    engaged = {a.id for a in s.actors if s.stance(a.id, issue.id) is not None}
    absent = [a.id for a in s.actors if a.id not in engaged]
    parts = [
        f'<section class="issue" id="issue-{_t(issue.id)}">',
        f"<h3>{_t(issue.title)} <small>({_t(issue.id)})</small></h3>",
    ]
    if issue.question:
        parts.append(f'<p class="question">{_t(issue.question)}</p>')
    label = nearest_label(issue, item.forecast)  # "" without labels: no "()" (session 28)
    parts.append(
        f'<p>Forecast: <span class="forecast-value">{_num(item.forecast)}</span>'
        + (f" ({_t(label)})" if label else "")
        + "</p>"
    )
    parts.append(f'<div class="plot" data-issue="{_t(issue.id)}">{plot}</div>')
    if issue.scale.points:
        points = "; ".join(f"{p.at:g}: {_t(p.label)}" for p in issue.scale.points)
        parts.append(f'<p class="points">Scale points: {points}.</p>')
    legend = (
        "Marker position: the actor's position; height: its salience; area: its capability; "
        "whiskers: one standard deviation of the position. Red dashed line: the forecast"
        + ("; pale band: 5th to 95th percentile of the Monte Carlo runs' bargains" if stats else "")
        + ("; grey dotted line: the status quo" if issue.status_quo is not None else "")
        + "."
    )
    if absent:
        legend += " Not engaged on this issue: " + _t(", ".join(absent)) + "."
    parts.append(f'<p class="legend">{legend}</p>')
    if issue.note:
        parts.append(f'<p class="note">{_t(issue.note)}</p>')
    parts.append("</section>")
    return "".join(parts)


def _trajectory_section(result: Forecast) -> str:
    run = result.run
    trajectory = np.asarray(run.trajectory, dtype=float)
    if trajectory.ndim != 3 or trajectory.shape[0] <= 1:
        return ""
    actor_index = {a.id: k for k, a in enumerate(result.scenario.actors)}
    parts = [
        '<h2 id="trajectories">Trajectories</h2>',
        f"<p>Positions after each of the {trajectory.shape[0] - 1} turns "
        "(turn 0 is the start).</p>",
    ]
    for k, issue_id in enumerate(run.issues):
        issue = _issue_or_none(result.scenario, issue_id)
        low, high = (issue.scale.low, issue.scale.high) if issue else _range(trajectory[:, :, k])
        series = [
            (actor, svg.colour(actor_index.get(actor, a)), trajectory[:, a, k])
            for a, actor in enumerate(run.actors)
            if np.isfinite(trajectory[:, a, k]).any()
        ]
        title = issue.title if issue else issue_id
        chart = svg.line_chart(
            f"Positions over turns: {title}",
            series,
            low,
            high,
            "position",
            reference=float(run.outcome[k]) if k < len(run.outcome) else None,
        )
        parts.append(
            f'<div class="trajectory" data-issue="{_t(issue_id)}"><h3>{_t(title)}</h3>{chart}</div>'
        )
    if run.probabilities is not None:
        probabilities = np.asarray(run.probabilities, dtype=float)
        if probabilities.ndim == 2 and probabilities.shape[0] > 1:
            series = [
                (actor, svg.colour(actor_index.get(actor, a)), probabilities[:, a])
                for a, actor in enumerate(run.actors)
            ]
            chart = svg.line_chart(
                "Probability that each actor's position prevails, by turn",
                series,
                0.0,
                1.0,
                "probability",
            )
            parts.append(
                f'<div class="probabilities"><h3>Probability of prevailing</h3>{chart}</div>'
            )
    return "".join(parts)


def _issue_or_none(scenario: Scenario, issue_id: str) -> Issue | None:
    try:
        return scenario.issue(issue_id)
    except KeyError:
        return None


def _range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 0.0, 1.0
    lo, hi = float(finite.min()), float(finite.max())
    return (lo, hi) if hi > lo else (lo - 1.0, hi + 1.0)


def _distribution_section(result: Forecast) -> str:
    if result.samples is None:
        return ""
    samples = np.asarray(result.samples, dtype=float)
    about = f"{samples.shape[0]} Monte Carlo runs"
    if result.ensemble is not None:
        about += f", seed {_t(result.ensemble.seed)}"
        spread = result.ensemble.to_dict()["perturbation"]
        about += "; perturbation " + _t(
            ", ".join(f"{key} {value}" for key, value in spread.items())
        )
    parts = [
        '<h2 id="distributions">Bargain distributions</h2>',
        f"<p>{about}. Each run's bargain, before the agreement rule: on an issue with consent "
        "actors, the terms on offer, which hold only in the runs where every consent actor "
        "accepts them (p(agreement)); in the others the status quo holds. Solid line: median; "
        "dashed: 5th and 95th percentiles; red dashed: the point forecast of the unperturbed "
        "scenario.</p>",
    ]
    for k, (item, issue) in enumerate(zip(result.issues, result.scenario.issues, strict=True)):
        chart = svg.histogram(
            f"Monte Carlo bargains: {issue.title}",
            samples[:, k],
            issue.scale.low,
            issue.scale.high,
            forecast=item.forecast,
        )
        parts.append(
            f'<div class="distribution" data-issue="{_t(issue.id)}"><h3>{_t(issue.title)}</h3>'
            f"{chart}</div>"
        )
    return "".join(parts)


def _resolutions_section(result: Forecast) -> str:
    if not result.resolutions:
        return ""
    # Rendered from the JSON form, the one a stored forecast has too.
    resolutions = result.resolutions.to_list()
    rows = []
    details = []
    for index, draft in enumerate(resolutions):
        rid = draft.get("id", f"#{index}")
        expected = draft.get("expected")
        counts = ""
        if isinstance(expected, Mapping):
            counts = ", ".join(f"{_t(k)} {_num(v)}" for k, v in expected.items())
        blockers = draft.get("could_block")
        raw_actual = draft.get("actual")
        actual: Mapping[str, Any] = raw_actual if isinstance(raw_actual, Mapping) else {}
        recorded = ""
        if actual:
            tally = "-".join(str(actual.get(k, "?")) for k in ("yes", "no", "abstain"))
            adopted = actual.get("adopted")
            verdict = "" if adopted is None else "adopted" if adopted else "not adopted"
            recorded = _t(f"{verdict} {tally}".strip())
            if actual.get("symbol"):
                recorded += f"<br>{_t(actual['symbol'])}"
            votes_of = draft.get("votes")
            if actual.get("members_correct") and isinstance(votes_of, Mapping):
                from accord.institutions.resolutions import members_correct_text

                right = members_correct_text(str(actual["members_correct"]), len(votes_of))
                recorded += f"<br>{_t(right)}"
        rows.append(
            [
                f'<a href="#resolution-{_t(rid)}">{_t(rid)}</a>',
                _t(draft.get("body", "")),
                _t(draft.get("title", "")),
                _chance(draft.get("adoption_probability")),
                _t(draft.get("outcome", "")),
                _t(draft.get("reason", "")),
                counts,
                _blockers(draft, blockers),
                recorded,
            ]
        )
        votes = draft.get("votes") or {}
        if not isinstance(votes, Mapping) or not votes:
            continue
        cells = [p if isinstance(p, Mapping) else {} for p in votes.values()]
        has_absent = any("absent" in p for p in cells)
        has_predicted = any("predicted" in p for p in cells)
        has_source = any("source" in p for p in cells)
        raw_votes = actual.get("votes")
        actual_votes: Mapping[str, Any] = raw_votes if isinstance(raw_votes, Mapping) else {}
        vote_rows = []
        for member, p in zip(votes, cells, strict=True):
            yes, no, abstain, absent = (
                _float(p.get(key)) for key in ("yes", "no", "abstain", "absent")
            )
            row = [_t(member)]
            row += [_t(p.get("predicted", ""))] if has_predicted else []
            row += [_pct(yes), _pct(no), _pct(abstain)]
            row += [_pct(absent)] if has_absent else []
            row += [_t(p.get("source", ""))] if has_source else []
            row += [_t(actual_votes.get(member, ""))] if actual_votes else []
            row.append(svg.vote_bar(yes, no, abstain, absent))
            vote_rows.append(row)
        header = ["member"] + ["predicted"] * has_predicted + ["yes", "no", "abstain"]
        header += ["absent"] * has_absent + ["basis"] * has_source
        header += ["recorded"] * bool(actual_votes) + ["chart"]
        first = 1 + has_predicted
        numeric = set(range(first, first + 3 + has_absent))
        table = _table(header, vote_rows, numeric).replace("<table>", '<table class="compact">', 1)
        title = f": {_t(draft.get('title'))}" if draft.get("title") else ""
        is_open = " open" if len(vote_rows) <= 20 else ""
        details.append(
            f'<details class="votes" id="resolution-{_t(rid)}"{is_open}>'
            f"<summary><strong>Votes on {_t(rid)}{title}</strong> "
            f"({len(vote_rows)} members)</summary>{table}</details>"
        )
    header = ["id", "body", "title", "adoption probability", "outcome", "reason"]
    header += ["expected votes", "could block", "recorded result"]
    from accord.forecast.contrasts import rule_contrasts

    notes = "".join(
        f'<p class="note rule-contrast">Note: {_t(c.sentence())}</p>'
        for c in rule_contrasts(result)
    )
    from accord.institutions.resolutions import assembly_note

    assembly = assembly_note(resolutions)
    if assembly:
        notes += f'<p class="note assembly-tally">Note: {_t(assembly)}</p>'
    return (
        '<h2 id="resolutions">Draft resolutions</h2>'
        + _table(header, rows, {3})
        + notes
        + "".join(details)
        + '<p class="legend">Bars: probability of yes (green), abstain (grey), no (red), '
        "absent (white).</p>"
    )


def _blockers(draft: Mapping[str, Any], blockers: Any) -> str:
    """The "could block" cell: the members, or below a small P(adopted) how many
    (:func:`accord.institutions.resolutions.blockers_text`)."""
    from accord.institutions.resolutions import blockers_text

    if not isinstance(blockers, list):
        return ""
    p = _float(draft.get("adoption_probability"))
    votes = draft.get("votes")
    members = len(votes) if isinstance(votes, Mapping) else len(blockers)
    return _t(blockers_text([str(b) for b in blockers], p, members, "the JSON lists them"))


def _float(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _evidence_section(scenario: Scenario) -> str:
    sources = {src.id: src for src in scenario.sources}
    issue_order = {i.id: k for k, i in enumerate(scenario.issues)}
    actor_order = {a.id: k for k, a in enumerate(scenario.actors)}
    stances = sorted(
        scenario.stances,
        key=lambda st: (issue_order.get(st.issue, 0), actor_order.get(st.actor, 0)),
    )
    rows = []
    for st in stances:
        for item in st.evidence:
            src = sources.get(item.source)
            cited = _t(item.source)
            if src is not None:
                cited = (
                    f'<a href="#source-{_t(src.id)}" title="{_t(src.title)}">{_t(src.id)}</a>'
                    + (
                        f'<br><span class="note">{_t(src.publisher)}</span>'
                        if src.publisher
                        else ""
                    )
                )
            rows.append(
                [
                    _t(st.actor),
                    _t(st.issue),
                    _num(st.position, 0)
                    + (f" \u00b1 {st.uncertainty:g}" if st.uncertainty else ""),
                    _num(st.salience, 2),
                    cited,
                    f'<span style="white-space:nowrap">'
                    f"{_t(item.date or (src.date if src else '') or '')}</span>",
                    _t(item.supports),
                    _t(item.text)
                    + (f'<br><span class="note">{_t(item.note)}</span>' if item.note else ""),
                ]
            )
    backing = _backing_paragraph(scenario)
    if not rows:
        return f'<h2 id="evidence">Evidence</h2><p>The scenario cites no evidence.</p>{backing}'
    table = _table(
        ["actor", "issue", "position", "salience", "source", "date", "supports", "text"],
        rows,
        {2, 3},
    )
    table = table.replace("<table>", '<table class="evidence">', 1)
    return f'<h2 id="evidence">Evidence</h2>{backing}{table}'


_FIELD_WORDS = {
    "capability": ("capability", "capabilities"),
    "status_quo": ("status quo", "status quos"),
    "position": ("position", "positions"),
    "salience": ("salience", "saliences"),
    "uncertainty": ("uncertainty (\u00b1)", "uncertainties (\u00b1)"),
    "leverage": ("leverage", "leverages"),
    "draft_position": ("draft position", "draft positions"),
}


def _backing_paragraph(scenario: Scenario) -> str:
    """What backs each input number, in words (session 45's fact-checking trial): how many
    rest on evidence, on a note only, or on nothing, and which those last are; the evidence
    table below shows a stance's salience and uncertainty beside evidence that may back its
    position alone. ``accord show SCENARIO --provenance`` lists every number."""
    from accord.scenario.audit import input_provenance, provenance_summary, uncited_sources

    rows = input_provenance(scenario)
    if not rows:
        return ""
    summary = provenance_summary(rows)
    fields = list(_FIELD_WORDS)

    def words(field: str, n: int) -> str:
        one, many = _FIELD_WORDS.get(field, (field, field))
        return f"{n} {one if n == 1 else many}"

    def counted_by_field(backing: str) -> str:
        by_field = Counter(r.field for r in rows if r.backing == backing)
        return ", ".join(words(f, by_field[f]) for f in fields if by_field[f])

    parts = [
        f"<p>What backs each of the scenario's {summary['total']} input numbers: "
        f"{summary['evidence']} cite evidence ({_t(counted_by_field('evidence'))})"
    ]
    if summary["note"]:
        parts.append(
            f"; {summary['note']} are explained by a note only "
            f"({_t(counted_by_field('note'))}: the actors' and the issues' notes are shown "
            "above, a draft's description by the command below)"
        )
    if summary["judgement"]:
        parts.append(
            f"; {summary['judgement']} rest on no stated source, the analyst's judgement "
            f"({_t(counted_by_field('judgement'))})"
        )
    parts.append(
        ". A salience or uncertainty shown beside evidence below is backed by it only where "
        "<em>supports</em> says so (<code>salience</code> or <code>both</code>). "
        f"<code>accord show {_t(scenario.id)} --provenance --format csv</code> lists every "
        "number with its sources.</p>"
    )
    judged = [
        r for r in rows if r.backing == "judgement" and r.field not in ("uncertainty", "position")
    ]
    if judged:
        items = ", ".join(
            _t(" ".join(x for x in (r.actor, r.issue) if x)) + " salience " + _num(r.value, 2)
            if r.field == "salience"
            else _t(f"{r.place} {r.value:g}")
            for r in judged
        )
        parts.append(f'<p class="note">No stated source: {items}.</p>')
    unused = uncited_sources(scenario, rows)
    if unused:
        parts.append(
            f'<p class="note">Listed sources that back no number: {_t(", ".join(unused))}.</p>'
        )
    return "".join(parts)


def _is_web_address(url: str) -> bool:
    """Whether ``url`` is an http(s) or relative address, safe to put in an ``href``."""
    compact = "".join(ch for ch in url if ch.isprintable() and not ch.isspace()).lower()
    scheme, colon, _ = compact.partition(":")
    return not colon or "/" in scheme or scheme in ("http", "https")


def _sources_section(scenario: Scenario) -> str:
    if not scenario.sources:
        return ""
    rows = []
    for src in scenario.sources:
        where = src.file or ""
        if src.url and _is_web_address(src.url):
            # a hyperlink is navigation, not a resource the page loads
            where = f'<a href="{_t(src.url)}">{_t(src.url)}</a>' + (
                f"<br>{_t(src.file)}" if src.file else ""
            )
        else:
            # any other scheme (javascript:, data:...) is shown as text, never made a live link
            where = "<br>".join(_t(w) for w in (src.url, src.file) if w)
        rows.append(
            [
                f'<span id="source-{_t(src.id)}">{_t(src.id)}</span>',
                _t(src.title),
                _t(src.publisher or ""),
                _t(src.date or ""),
                where,
            ]
        )
    table = _table(["id", "title", "publisher", "date", "where"], rows, set())
    return f'<h2 id="sources">Sources</h2>{table}'


def _narrative_section(result: Forecast) -> str:
    lines = result.run.narrative
    if not lines:
        return ""
    items = "".join(f"<li>{_t(line)}</li>" for line in lines)
    if len(lines) <= 12:
        return f'<h2 id="narrative">Narrative</h2><ul>{items}</ul>'
    # long engine logs (SMP writes one line per bargain) fold away; the last line is the summary
    return (
        f'<h2 id="narrative">Narrative</h2><p>{_t(lines[-1])}</p>'
        f"<details><summary>All {len(lines)} lines</summary><ul>{items}</ul></details>"
    )


def _warnings_box(result: Forecast) -> str:
    if not result.warnings:
        return ""
    items = "".join(f"<li>{_t(line)}</li>" for line in result.warnings)
    return f'<div class="warnings" id="warnings"><h2>Warnings</h2><ul>{items}</ul></div>'


TORNADO_BARS = 8
"""Inputs drawn per issue in the report's tornado charts."""


def _tornado_section(result: Forecast) -> str:
    """Per issue, the inputs that move the forecast most (``accord explain``)."""
    from accord.errors import EngineError
    from accord.forecast.explain import explain

    try:
        why = explain(
            result.scenario,
            result.engine,
            params=result.run.params,
            seed=result.seed,
            top=TORNADO_BARS,
        )
    except EngineError as exc:
        return f'<h2 id="why">Why</h2><p class="note">No tornado: {_t(exc)}</p>'
    parts = [
        '<h2 id="why">Why: what moves the forecast</h2>',
        "<p>Each input is moved alone by its stated uncertainty or a default (position +/- 5% "
        "of the scale, salience +/- 0.10, capability x exp(+/-0.2)) and the engine reruns; the "
        "bars run from the baseline forecast to the forecast with the input at its low and "
        "high end (docs/forecast-questions.md, <code>accord explain</code>).</p>",
    ]
    for item in why.issues:
        # each name isolated (<bdi>): "الجزائر 5%" in a left-to-right line showed the share
        # before the name, next to the previous actor's (session 35's trial)
        shares = ", ".join(f"<bdi>{_t(a)}</bdi> {100 * s:.0f}%" for a, s in item.shares.items())
        if any(b.swing > 0 for b in item.tornado):
            bars = [(b.input.label, b.at_low, b.at_high) for b in item.tornado]
            what, baseline = "the forecast", item.forecast
        else:  # a veto holds the status quo whatever moves: show what moves the terms
            bars = [(b.input.label, b.bargain_at_low, b.bargain_at_high) for b in item.tornado]
            what, baseline = "the bargain (the status quo holds throughout)", item.if_agreement
        chart = svg.tornado(
            f"What moves {what}: {item.title}",
            [(label, lo, hi) for label, lo, hi in bars if lo is not None and hi is not None],
            baseline,
        )
        parts.append(
            f'<div class="tornado" data-tornado="{_t(item.id)}"><h3>{_t(item.title)}</h3>'
            f'<p class="note">Weight shares (capability x salience): {shares}</p>'
            f"{chart}</div>"
        )
    return "".join(parts)


def _other_extras(result: Forecast) -> str:
    other = {k: v for k, v in result.extras.items() if k not in {"resolutions", "ensemble"}}
    if not other:
        return ""
    text = json.dumps(other, indent=2, sort_keys=True, default=str, ensure_ascii=False)
    return (
        '<h2 id="extras">Other results</h2><details><summary>JSON</summary>'
        f"<pre>{_t(text)}</pre></details>"
    )


def _check(result: Forecast) -> None:
    """Refuse a forecast whose arrays do not match its scenario, naming what is wrong."""
    m = len(result.scenario.issues)
    if len(result.issues) != m:
        raise DataError(f"forecast has {len(result.issues)} issue forecasts for {m} issues")
    if result.samples is not None:
        shape = np.shape(result.samples)
        if len(shape) != 2 or shape[1] != m or shape[0] < 1:
            raise DataError(f"forecast.samples must have shape (runs, {m}); got {shape}")
    trajectory = np.shape(result.run.trajectory)
    n = len(result.run.actors)
    if len(trajectory) != 3 or trajectory[1:] != (n, len(result.run.issues)):
        raise DataError(
            f"run.trajectory must have shape (turns, {n}, {len(result.run.issues)}); "
            f"got {trajectory}"
        )


def render_report(
    result: Forecast,
    history: Sequence[ForecastRecord] = (),
    resolutions: Sequence[Resolution] = (),
) -> str:
    """The complete HTML document for one forecast, as a string; ``history``: the ledger's
    records of the scenario, shown as "Forecasts over time" (left out when empty), with each
    question's resolution in force (``resolutions``; "unresolved" where none) and the records'
    scores against it."""
    _check(result)
    s = result.scenario
    title = forecast_title(s, result.engine)
    sections = [
        ("summary", "Scenario", _summary(result)),
        ("forecasts", "Forecasts", _forecast_table(result)),
        (
            "issues",
            "Stances by issue",
            "".join(_issue_section(result, k, issue) for k, issue in enumerate(s.issues)),
        ),
    ]
    body = [
        f"<h1>{_t(title)}</h1>",
        f'<p class="meta">accord report for {_t(scenario_identity(s))}</p>',
    ]
    # the answers first, in plain words (session 42's trial: a briefing), then the warnings
    from accord.report.brief import brief_html

    body.append(brief_html(result, history, resolutions))
    body.append(_warnings_box(result))
    nav = ['<a href="#brief">In brief</a>']
    nav += [f'<a href="#{key}">{name}</a>' for key, name, _ in sections]
    extra_sections = [
        ("why", "Why", _tornado_section(result)),
        ("trajectories", "Trajectories", _trajectory_section(result)),
        ("distributions", "Distributions", _distribution_section(result)),
        ("resolutions", "Resolutions", _resolutions_section(result)),
        ("narrative", "Narrative", _narrative_section(result)),
        ("evidence", "Evidence", _evidence_section(s)),
        ("sources", "Sources", _sources_section(s)),
        ("extras", "Other results", _other_extras(result)),
        (
            "history",
            "Over time",
            history_section(
                history,
                [i.id for i in s.issues],
                [(i.scale.low, i.scale.high) for i in s.issues],
                resolutions,
            ),
        ),
    ]
    nav += [f'<a href="#{key}">{name}</a>' for key, name, html in extra_sections if html]
    body.append(f"<nav>{''.join(nav)}</nav>")
    for key, name, html in sections:
        body.append(f'<h2 id="{key}">{name}</h2>{html}')
    body += [html for _, _, html in extra_sections if html]
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="accord">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_t(title)}</title><style>{CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def write_report(
    result: Forecast,
    path: str | Path,
    history: Sequence[ForecastRecord] = (),
    resolutions: Sequence[Resolution] = (),
) -> Path:
    """Write the forecast's report to ``path`` (atomically) and return the path (``history``
    and ``resolutions``: :func:`render_report`); a name ending ``.md`` gets its brief alone, as
    Markdown (:func:`accord.report.brief.brief_markdown`), any other name the HTML."""
    target = Path(path)
    if target.is_dir():
        raise DataError(f"{target}: is a directory; give a file name such as report.html")
    if target.suffix.lower() == ".md":  # the brief alone, as Markdown (session 42's trial)
        from accord.report.brief import brief_markdown

        text = brief_markdown(result, history, resolutions)
    else:
        text = render_report(result, history, resolutions)
    try:
        write_atomic(target, text)
        target.chmod(0o644)  # a report is for reading; the atomic temp file was private
    except OSError as exc:
        raise DataError(f"{target}: cannot write the report ({exc.strerror or exc})") from exc
    return target
