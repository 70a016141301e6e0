"""The report's first section, "In brief": one page a reader without the models takes in.

Session 42's trial (a diplomat's staffer with a one-page briefing to write) found the report
opening with modelling warnings and the run's parameters, and the answers to the reader's
questions spread over six sections and 17 printed pages. This section answers them first, in
plain words, from the numbers the rest of the report (and ``accord forecast``) shows, computing
nothing new: each issue's most likely outcome by its horizon with the chance of agreement, the
terms if agreed, the spread and whose consent is needed; each draft resolution's chance and who
could block it; what moved since the ledger's previous forecast of the scenario by the same
engine; how far to trust it (the interval or the runs' spread, the warnings, the ledger's track
record on this scenario); where the data come from and of which date; and a short glossary.

:func:`brief` gives the parts as plain text (:class:`Brief`), :func:`brief_html` the report's
section and :func:`brief_markdown` the same page as Markdown (``accord forecast --report
FILE.md``), to paste into a note or a mail.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from accord.forecast import Forecast
from accord.scenario.identity import evidence_cutoff, scenario_hash, scenario_identity
from accord.text import probability_text

if TYPE_CHECKING:  # the ledger package imports SQLAlchemy: not for `accord forecast`
    from accord.ledger.records import ForecastRecord, Resolution

__all__ = ["GLOSSARY", "Brief", "brief", "brief_html", "brief_markdown"]

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        "most likely",
        "the expected outcome by the date: the terms if agreement is more likely than not, "
        "else the status quo",
    ),
    ("status quo", "what holds if nothing is agreed by then, as the scenario states it"),
    (
        "chance of agreement",
        "how likely all whose consent is needed accept the terms (one run: 0% or 100%; Monte "
        "Carlo runs: the share of runs); the report's p(agreement)",
    ),
    ("if agreed", "the terms the bargaining settles on"),
    (
        "consent needed",
        "those without whose acceptance nothing is agreed; refusing: who would reject the terms",
    ),
    (
        "range",
        "the engine's error interval on recorded EU decisions (--interval), else the runs' "
        "5th to 95th percentile (p5-p95)",
    ),
    (
        "could block",
        "members whose no instead of yes would at least halve a draft's chance of adoption",
    ),
    (
        "salience, capability",
        "how much an actor cares about an issue (0 to 1); its general weight, on the "
        "scenario's own scale, where only the ratios count (the actors' notes say how it was "
        "set: in the bundled Ukraine case from economic and military size)",
    ),
)
"""Plain words for the terms the report uses, in the order a reader meets them."""

MOVED = 0.5
"""Points of a 0..100 scale (scaled to other scales) a point forecast must move to be listed
under "What changed"; a chance of agreement is listed where its whole percentage changed."""


@dataclass(frozen=True)
class Brief:
    """The parts of the brief as plain text. ``rows``: one per issue under ``header``
    (question, by, most likely, chance of agreement, if agreed, range, consent needed; "by"
    folded into "most likely by DATE" where every issue has the same horizon);
    ``drafts``: a sentence per draft resolution; ``changed``: a heading sentence and one per
    issue that moved; ``trust``: sentences; ``data``: where the figures come from and of
    which date."""

    title: str
    header: tuple[str, ...] = ()
    rows: list[tuple[str, ...]] = field(default_factory=list)
    drafts: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    trust: list[str] = field(default_factory=list)
    data: str = ""


def _n(value: float | None) -> str:
    return "" if value is None or not math.isfinite(value) else f"{value:.1f}"


def _chance(p: float | None) -> str:
    if p is None or not math.isfinite(p):  # below: not 100% for 0.996 (session 44, tidy3)
        return ""
    return probability_text(p, percent=True, exact_one=True)


def _adoption(p: float | None) -> str:
    """A draft's P(adopted) as a percentage, ``> 99%`` / ``< 1%`` where it would round to 100%
    or 0% (:func:`accord.text.probability_text`; a p(agreement) of one run is 0 or 1 itself)."""
    return "" if p is None or not math.isfinite(p) else probability_text(p, percent=True)


def _quoted(label: str) -> str:
    return f" ({label})" if label else ""


def _range(result: Forecast, k: int, issue_id: str) -> str:
    """The conformal interval where one was asked, else the runs' 5th-95th percentile."""
    spans = (result.intervals or {}).get("issues") or {}
    if result.intervals is not None:  # none for an issue off the 0..100 scale
        return "{:.1f}-{:.1f}".format(*spans[issue_id]) if issue_id in spans else ""
    if result.samples is not None:
        from accord.report.html import _percentiles

        stats = _percentiles(result.samples, k)
        if stats is not None:
            return f"{stats[1]:.1f}-{stats[3]:.1f}"
    return ""


def range_name(result: Forecast) -> str:
    """What the brief's range column holds, for its header."""
    if result.intervals is not None:
        return f"range ({result.intervals['level']:.0%} interval)"
    return "range (runs, p5-p95)" if result.samples is not None else "range"


def _rows(result: Forecast) -> list[tuple[str, ...]]:
    from accord.report.html import nearest_label

    rows: list[tuple[str, ...]] = []
    for k, (item, issue) in enumerate(zip(result.issues, result.scenario.issues, strict=True)):
        answer = item.answer
        likely = f"{_n(item.forecast)}{_quoted(nearest_label(issue, item.forecast))}"
        if answer is not None and issue.status_quo is not None and answer.p_agreement <= 0.5:
            likely = "no agreement: status quo " + likely
        agreed = ""
        if answer is not None and answer.if_agreement is not None:
            agreed = _n(answer.if_agreement) + _quoted(nearest_label(issue, answer.if_agreement))
            if agreed == likely:  # agreement is the most likely outcome: said once
                agreed = "as most likely"
        consent = ", ".join(issue.consent) or "none named: nobody can refuse"
        if answer is not None and answer.vetoes:
            consent += f" ({', '.join(answer.vetoes)} refusing)"
        rows.append(
            (
                item.title or item.id,
                issue.horizon.isoformat() if issue.horizon else "end of the bargaining",
                likely,
                _chance(answer.p_agreement) if answer is not None else "",
                agreed,
                _range(result, k, item.id),
                consent,
            )
        )
    return rows


def _body_name(body_id: str) -> str:
    from accord.errors import AccordError
    from accord.institutions.rules import load_body

    try:
        return load_body(body_id).name or body_id
    except (AccordError, OSError, ValueError):  # a body of the scenario's own: its id
        return body_id


def _drafts(result: Forecast) -> list[str]:
    from accord.institutions.resolutions import blockers_text

    if not result.resolutions:
        return []
    out = []
    for draft in result.resolutions.to_list():
        p = draft.get("adoption_probability")
        votes = draft.get("votes")
        members = len(votes) if isinstance(votes, Mapping) else 0
        blockers = [str(b) for b in draft.get("could_block") or []]
        who = blockers_text(blockers, float(p or 0.0), members, "the report's table lists them")
        text = (
            f"{draft.get('id', '')} ({_body_name(str(draft.get('body', '')))}"
            + (f", {draft['date']}" if draft.get("date") else "")
            + f"): {draft.get('outcome', '')}, chance of adoption {_adoption(p)}; "
            + f"could block: {who}."
        )
        actual = draft.get("actual")
        if isinstance(actual, Mapping) and actual.get("adopted") is not None:
            tally = "-".join(str(actual.get(k, "?")) for k in ("yes", "no", "abstain"))
            verdict = "adopted" if actual["adopted"] else "not adopted"
            text += f" Recorded: {verdict} {tally}."
        out.append(text)
    return out


def _label(result: Forecast) -> str:
    return result.engine + (f":{result.run.variant}" if result.run.variant else "")


def _changed(result: Forecast, history: Sequence[ForecastRecord]) -> list[str]:
    """What moved since the ledger's latest record of the scenario by the same engine made on
    other content (another scenario hash: an update, an edit) and not on later information."""
    s = result.scenario
    own = scenario_hash(s)
    label = _label(result)
    earlier = [
        r
        for r in history
        if r.label == label
        and r.scenario_hash != own
        and (s.as_of is None or r.as_of is None or r.as_of <= s.as_of)
    ]
    if not earlier:
        # said of what was read: a report made without a ledger (no --db, none in the
        # environment; the workbench's before its ledger is made) has read none
        return [
            f"No earlier forecast of this scenario by {label} on other content was read from a "
            "ledger: record this one (accord forecast --record; --db names the ledger a report "
            "reads) to see next time what moved."
        ]
    before = max(earlier, key=lambda r: (r.as_of is None, r.as_of, r.recorded_at))
    when = f"as of {before.as_of.isoformat()}" if before.as_of else "undated"
    head = f"Since ledger record {before.id} ({when}, {label}):"
    moves = []
    for item in result.issues:
        old = before.issue(item.id) or {}
        span = item.scale[1] - item.scale[0] or 1.0
        was, now = old.get("forecast"), item.forecast
        bits = []
        if (
            isinstance(was, int | float)
            and now is not None
            and abs(now - was) * 100 / span >= MOVED
        ):
            bits.append(f"most likely {_n(was)} -> {_n(now)}")
        p_was = old.get("p_agreement")
        p_now = item.answer.p_agreement if item.answer else None
        if isinstance(p_was, int | float) and _chance(p_was) != _chance(p_now):
            bits.append(f"chance of agreement {_chance(p_was)} -> {_chance(p_now)}")
        if bits:
            moves.append(f"{item.title or item.id}: {', '.join(bits)}")
    if not moves:
        return [f"{head} no issue moved (by {MOVED:g} points of 100, or a whole percent)."]
    return [head, *moves]


def _trust(
    result: Forecast, history: Sequence[ForecastRecord], resolutions: Sequence[Resolution]
) -> list[str]:
    out = []
    if result.intervals is not None:
        out.append(
            f"The range is the {result.intervals['level']:.0%} interval from {result.engine}'s "
            f"errors on recorded EU decisions (plus or minus {result.intervals['radius']:.1f} "
            "points of 100): read the most likely outcome as the centre of a wide range."
        )
    elif result.ensemble is not None:
        out.append(
            f"The range is the spread of {result.ensemble.runs} Monte Carlo runs over the "
            "stated uncertainty of the positions; it leaves out the model's own error "
            "(accord forecast --interval 0.8 adds it)."
        )
    else:
        out.append(
            "One run, no range: accord forecast --runs 1000 --seed 1 gives the spread over the "
            "stated uncertainty, --interval 0.8 the engine's measured error."
        )
    if result.warnings:
        out.append(
            f"{len(result.warnings)} modelling warning(s): the full report's Warnings list them."
        )
    out.append(_record_line(result, history, resolutions))
    return out


def _record_line(
    result: Forecast, history: Sequence[ForecastRecord], resolutions: Sequence[Resolution]
) -> str:
    """The ledger's track record of this engine on this scenario, or that there is none."""
    label = _label(result)
    own = [r for r in resolutions if r.annulled is None]
    if not history or not own:
        return (
            "Track record: no resolved question of this scenario was read from a ledger, so "
            "none here; the ledger's scores of the bundled past cases are in docs/ledger.md."
        )
    from accord.ledger.scores import score

    scored = score([r for r in history if r.label == label], own)
    row = next(
        (x for x in scored.rows if x.scenario == result.scenario.id and x.engine == label),
        None,
    )
    if row is None or row.brier is None:
        return f"Track record: {len(own)} question(s) resolved, none forecast by {label}."
    made = (
        f", {row.n_hindsight} of them made after the outcome (hindsight)" if row.n_hindsight else ""
    )
    return (
        f"Track record: {len(own)} question(s) of this scenario resolved; {label}'s Brier score "
        f"{row.brier:.3f} over {row.n_brier} forecast(s) (0 perfect, 0.25 a coin toss){made}."
    )


def _data(result: Forecast) -> str:
    s = result.scenario
    newest = evidence_cutoff(s)
    runs = f", {result.ensemble.runs} Monte Carlo runs" if result.ensemble else ""
    seed = f", seed {result.seed}" if result.seed is not None else ""
    return (
        f"{scenario_identity(s)}; latest source date "
        + (newest.isoformat() if newest else "undated")
        + f"; {len(s.sources)} sources (the full report lists them); forecast by {_label(result)}"
        + f"{runs}{seed}."
    )


def brief(
    result: Forecast,
    history: Sequence[ForecastRecord] = (),
    resolutions: Sequence[Resolution] = (),
) -> Brief:
    """The brief of one forecast (``history``, ``resolutions``: the ledger's records and
    resolutions of the scenario, as the report's "Forecasts over time" has them)."""
    rows = _rows(result)
    dates = {row[1] for row in rows}
    one_run = result.ensemble is None
    header: tuple[str, ...] = ("question", "by", "most likely")
    header += ("chance of agreement" + (" (one run: 0% or 100%)" if one_run else ""),)
    header += ("if agreed", range_name(result), "consent needed (refusing)")
    if len(dates) == 1:  # one horizon for all: said once, in the header (a page, in print)
        header = (header[0], f"most likely by {dates.pop()}", *header[3:])
        rows = [(row[0], *row[2:]) for row in rows]
    return Brief(
        title=result.scenario.title or result.scenario.id,
        header=header,
        rows=rows,
        drafts=_drafts(result),
        changed=_changed(result, history),
        trust=_trust(result, history, resolutions),
        data=_data(result),
    )


def _list(items: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def brief_html(
    result: Forecast,
    history: Sequence[ForecastRecord] = (),
    resolutions: Sequence[Resolution] = (),
) -> str:
    """The report's "In brief" section (printed on a page of its own)."""
    made = brief(result, history, resolutions)
    head = "".join(f"<th>{escape(h)}</th>" for h in made.header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in made.rows
    )
    parts: list[Any] = [
        '<section class="brief" id="brief"><h2>In brief</h2>',
        f'<p class="meta">{escape(made.data)}</p>',
        "<h3>Most likely outcome</h3>",
        f'<table class="brief-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>',
    ]
    if made.drafts:
        parts += ["<h3>Draft resolutions: who could block</h3>", _list(made.drafts)]
    parts += ["<h3>What changed</h3>", f"<p>{escape(made.changed[0])}</p>"]
    if made.changed[1:]:
        parts.append(_list(made.changed[1:]).replace("<ul>", '<ul class="changed">', 1))
    parts += ["<h3>How far to trust it</h3>", _list(made.trust)]
    terms = "".join(f"<li><strong>{escape(t)}</strong>: {escape(d)}</li>" for t, d in GLOSSARY)
    parts.append(f'<h3>Terms</h3><ul class="glossary">{terms}</ul></section>')
    return "".join(parts)


def _cell(text: str) -> str:
    """A Markdown table cell: its bars escaped, on one line."""
    return " ".join(text.replace("|", "\\|").split())


def brief_markdown(
    result: Forecast,
    history: Sequence[ForecastRecord] = (),
    resolutions: Sequence[Resolution] = (),
) -> str:
    """The brief as a Markdown document of its own, with the report's title (session 42's
    trial: accord wrote no Markdown, and the briefing went to a word processor)."""
    from accord.provenance import version_string
    from accord.scenario.identity import forecast_title

    made = brief(result, history, resolutions)
    # the comment marks the file as accord's (accord.outputs.MARKS): a later run replaces it
    lines = ["<!-- accord brief -->", f"# {forecast_title(result.scenario, result.engine)}"]
    lines += ["", made.data, ""]
    lines += ["## Most likely outcome", ""]
    lines += ["| " + " | ".join(_cell(h) for h in made.header) + " |"]
    lines += ["|" + "---|" * len(made.header)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in made.rows]
    if made.drafts:
        lines += ["", "## Draft resolutions: who could block", ""]
        lines += [f"- {d}" for d in made.drafts]
    lines += ["", "## What changed", "", made.changed[0]]
    lines += [""] + [f"- {c}" for c in made.changed[1:]] if made.changed[1:] else []
    lines += ["", "## How far to trust it", ""] + [f"- {t}" for t in made.trust]
    lines += ["", "## Terms", ""] + [f"- **{t}**: {d}" for t, d in GLOSSARY]
    lines += [
        "",
        f"Made by accord {version_string()}; the full report (stances, evidence, sources, "
        "drafts' votes) is the same command's `--report FILE.html`.",
    ]
    return "\n".join(lines) + "\n"
