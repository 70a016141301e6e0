"""Propose a revised scenario from stance evidence, conservatively, with every change justified.

The rule, per (actor, issue) pair that has a stance in the scenario and at least one evidence
item:

* weight ``w = sum(strength_i)`` and mean direction ``d = sum(strength_i * direction_i) / w``
  (``d`` in [-1, 1]; + means toward the high end of the issue's scale);
* with the stance's unit position ``u = (position - low) / (high - low)``, the evidence
  **agrees** with the stance when ``d > 0`` and ``u >= 0.5`` or ``d < 0`` and ``u <= 0.5``,
  and **disagrees** otherwise; evidence with ``|d| < 0.2`` (mixed) changes nothing;
* agreement raises salience by ``min(0.05 * w, 0.10)`` (capped at 1): repeated public
  statements on an issue show that the actor cares about it, not that it moved;
* disagreement moves the position toward the end the evidence points to by
  ``min(0.05 * w, 0.10) * |d|`` of the scale span: at most a tenth of the scale per update, so
  one article cannot overturn a sourced stance.

Changes below 0.005 of the scale (position) or 0.005 (salience) are dropped. Each change adds
:class:`~accord.scenario.model.Evidence` items (the quotation, the document as a
:class:`~accord.scenario.model.Source`) to the stance. Evidence for actor-issue pairs without a
stance is reported but proposes nothing: adding a stance needs a person's judgement of where on
the scale the actor stands. The rule is a heuristic of this project, not a published model; its
caps are chosen to keep proposals small and reviewable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from accord.errors import DataError
from accord.news.types import Document, StanceEvidence
from accord.scenario.model import Evidence, Scenario, Source
from accord.text import shortened

STEP_PER_WEIGHT = 0.05
MAX_STEP = 0.10
MIN_DIRECTION = 0.2
MIN_CHANGE = 0.005
QUOTE_CHARS = 240


@dataclass(frozen=True)
class Change:
    """One proposed change to a stance, with the evidence behind it."""

    actor: str
    issue: str
    field: str  # "position" or "salience"
    old: float
    new: float
    direction: float
    weight: float
    evidence: tuple[StanceEvidence, ...]

    def describe(self) -> str:
        return (
            f"{self.actor} / {self.issue}: {self.field} {self.old:g} -> {self.new:g} "
            f"(evidence weight {self.weight:.2f}, direction {self.direction:+.2f}, "
            f"{len(self.evidence)} item{'s' if len(self.evidence) != 1 else ''})"
        )


@dataclass
class Proposal:
    scenario: Scenario
    changes: list[Change]
    unmatched: list[StanceEvidence]  # evidence for pairs without a stance
    # findings left out for coming from one of the scenario's own sources (the scenario was
    # written from that article: counting it again would move a stance for what it holds)
    skipped: list[StanceEvidence] = field(default_factory=list)

    def skipped_line(self, option: str = "--include-sources") -> str | None:
        """One line on the findings left out as the scenario's own sources, or ``None``;
        ``option`` is what counts them where the line is read (the API's query parameter)."""
        if not self.skipped:
            return None
        ids = sorted({i.already_source or "?" for i in self.skipped})
        n = len(self.skipped)
        return (
            f"skipped {n} finding{'s' if n != 1 else ''} from the scenario's own source"
            f"{'s' if len(ids) != 1 else ''} ({', '.join(ids)}): the scenario was written "
            f"from them, so they are not counted again ({option} counts them)"
        )


def source_id(document_id: str | None) -> str:
    return f"news-{(document_id or 'unknown')[:12]}"


def _quote(text: str) -> str:
    """A finding's quotation as an Evidence item's text: one line, in double quotes, cut at a
    word boundary beyond :data:`QUOTE_CHARS` (:func:`accord.text.shortened`; before session 28
    it was cut mid-word, then "...")."""
    text = re.sub(r"\s+", " ", text).strip().replace('"', "'")
    return f'"{shortened(text, QUOTE_CHARS)}"'


def _recorded(quote: str, texts: set[str]) -> bool:
    """Whether the quotation ``quote`` is among the Evidence ``texts`` of a stance: as
    :func:`_quote` writes it, or as a cut that an earlier version wrote (session 27 and before:
    mid-word, then "..."), which the quotation starts with."""
    if _quote(quote) in texts:
        return True
    whole = _quote(quote)[1:-1]
    return any(
        len(t) > QUOTE_CHARS // 2 and t.endswith('..."') and whole.startswith(t[1:-4].rstrip())
        for t in texts
    )


def _round(value: float) -> float:
    return float(round(value, 3))


def propose(
    scenario: Scenario,
    evidence: Sequence[StanceEvidence],
    documents: Iterable[Document] = (),
    include_sources: bool = False,
) -> Proposal:
    """A new scenario with revised stances; ``scenario`` itself is not modified.

    A finding from one of the scenario's own sources (its ``already_source``, or its document
    among ``documents`` matched by :func:`accord.news.sources.source_of`) proposes nothing and
    is listed in :attr:`Proposal.skipped`, unless ``include_sources``."""
    from accord.news.sources import scenario_sources, text_fingerprint

    docs = {d.id: d for d in documents}
    marks = scenario_sources(scenario, docs.values())
    data = scenario.model_copy(deep=True)
    grouped: dict[tuple[str, str], list[StanceEvidence]] = defaultdict(list)
    skipped: list[StanceEvidence] = []
    for item in evidence:
        own = item.already_source or marks.get(item.document_id or "")
        if own and not include_sources:
            skipped.append(item if item.already_source else replace(item, already_source=own))
            continue
        grouped[(item.actor, item.issue)].append(item)
    changes: list[Change] = []
    unmatched: list[StanceEvidence] = []
    used_docs: set[str] = set()
    for (actor_id, issue_id), items in sorted(grouped.items()):
        stance = data.stance(actor_id, issue_id)
        if stance is None:
            unmatched.extend(items)
            continue
        # evidence already recorded on the stance (a scenario written by an earlier update)
        # has been counted once; counting it again would move the stance twice for one article
        recorded: dict[str, set[str]] = defaultdict(set)
        for e in stance.evidence:
            recorded[e.source].add(e.text)
        items = [i for i in items if not _recorded(i.quote, recorded[source_id(i.document_id)])]
        weight = sum(i.strength for i in items)
        if weight <= 0:
            continue
        direction = sum(i.strength * i.direction for i in items) / weight
        if abs(direction) < MIN_DIRECTION:
            continue
        scale = data.issue(issue_id).scale
        unit = (stance.position - scale.low) / scale.span
        step = min(STEP_PER_WEIGHT * weight, MAX_STEP)
        agrees = (direction > 0 and unit >= 0.5) or (direction < 0 and unit <= 0.5)
        if agrees:
            new = _round(min(1.0, stance.salience + step))
            if new - stance.salience < MIN_CHANGE:
                continue
            change = Change(
                actor_id,
                issue_id,
                "salience",
                stance.salience,
                new,
                direction,
                weight,
                tuple(items),
            )
            stance.salience = new
            supports = "salience"
        else:
            target = scale.high if direction > 0 else scale.low
            moved = stance.position + step * abs(direction) * scale.span * (
                1 if target > stance.position else -1
            )
            new = _round(min(scale.high, max(scale.low, moved)))
            if abs(new - stance.position) < MIN_CHANGE * scale.span:
                continue
            change = Change(
                actor_id,
                issue_id,
                "position",
                stance.position,
                new,
                direction,
                weight,
                tuple(items),
            )
            stance.position = new
            supports = "position"
        changes.append(change)
        for item in items:
            sid = source_id(item.document_id)
            used_docs.add(item.document_id or "unknown")
            stance.evidence.append(
                Evidence(source=sid, date=item.date, text=_quote(item.quote), supports=supports)
            )
    known = {s.id for s in data.sources}
    for doc_id in sorted(used_docs):
        sid = source_id(doc_id)
        if sid in known:
            continue
        doc = docs.get(doc_id)
        title = (doc.title if doc and doc.title else None) or f"news document {doc_id}"
        data.sources.append(
            Source(
                id=sid,
                title=title,
                publisher=doc.source if doc else None,
                date=doc.date if doc else None,
                url=doc.url if doc else None,
                # the article's file as ingested: without it a text file's source had a title
                # and a date only, and news-ID could not be traced to the article (session 27)
                file=doc.path if doc else None,
                # its text's fingerprint: a copy under another name is known as this source
                # when the revision is updated again (session 28)
                text_sha256=text_fingerprint(doc.text) if doc and doc.text else None,
            )
        )
        known.add(sid)
    dates = [i.date for c in changes for i in c.evidence if i.date]
    if dates and (data.as_of is None or max(dates) > data.as_of):
        latest = max(dates)  # checked before it is set: the model refuses as_of after a horizon
        closed = [i.id for i in data.issues if i.horizon is not None and i.horizon < latest]
        if closed:
            # A question read at its horizon cannot take evidence from after it: record what
            # happened (accord ledger resolve) and set a later horizon before updating.
            raise DataError(
                f"evidence dated {latest.isoformat()} is after the horizon of issue(s) "
                f"{', '.join(closed)}: those questions have closed; resolve them in the ledger "
                "and set later horizons before updating with this evidence"
                + _late_documents(
                    changes, docs, min(h for i in data.issues if (h := i.horizon) and h < latest)
                )
            )
        data.as_of = latest
    if changes:  # a revision: its number tells it from the scenario it revises
        data.version = (scenario.version or 1) + 1
    # re-validate the whole scenario: a proposal must be a valid scenario
    revised = Scenario.model_validate(data.model_dump())
    return Proposal(revised, changes, unmatched, skipped)


def _late_documents(
    changes: Sequence[Change], docs: dict[str, Document], horizon: dt.date | None
) -> str:
    """The articles that gave the evidence dated after ``horizon`` (the earliest closed one),
    for the refusal above: session 27's trial got a refusal that named a date only, from an
    article dated by its file's modification time, which the user could not tell from the
    others."""
    late = sorted(
        {
            i.document_id
            for c in changes
            for i in c.evidence
            if i.document_id and isinstance(i.date, dt.date) and horizon and i.date > horizon
        }
    )
    if not late:
        return ""
    named = []
    for doc_id in late[:3]:
        doc = docs.get(doc_id)
        title = doc.title if doc and doc.title else ""
        cut = shortened(title, 60)
        dated = (doc.meta.get("date_from") if doc else None) or "?"
        how = {"mtime": "its file's modification time", "text": "its text"}.get(dated, dated)
        where = f", {doc.path}" if doc and doc.path else ""
        named.append(f"{doc_id[:12]} {cut!r} ({doc.date if doc else '?'}, from {how}{where})")
    more = f" and {len(late) - 3} more" if len(late) > 3 else ""
    advice = ""
    if any((d := docs.get(x)) is not None and d.meta.get("date_from") == "mtime" for x in late):
        advice = (
            "; an article dated by its file's modification time takes its publication date "
            "from `accord ingest FILE --date-if-missing YYYY-MM-DD` (docs/news.md)"
        )
    return f"; the evidence after {horizon} is from {'; '.join(named)}{more}{advice}"


def accept(
    scenario: Scenario,
    evidence: Sequence[StanceEvidence],
    documents: Sequence[Document],
    pairs: Iterable[tuple[str, str]],
    include_sources: bool = False,
) -> tuple[Proposal, list[tuple[str, str]]]:
    """The proposal with only the changes of the chosen (actor, issue) ``pairs`` (the others
    rejected), and the chosen pairs the evidence proposes no change for, sorted: the caller
    refuses those, since a decision on a change that is not on offer must not pass as
    recorded. A pair's change rests on its own evidence alone, so each accepted change is
    the one :func:`propose` shows for it. The workbench's accept and ``accord update
    --accept`` both call this; ``include_sources`` as in :func:`propose`."""
    wanted = set(pairs)
    chosen = [item for item in evidence if (item.actor, item.issue) in wanted]
    # once: a pair's change is its own
    proposal = propose(scenario, chosen, documents, include_sources)
    return proposal, sorted(wanted - {(c.actor, c.issue) for c in proposal.changes})


def diff_lines(proposal: Proposal) -> list[str]:
    """A readable review of the proposal: one block per change with its quotations."""
    lines: list[str] = []
    for change in proposal.changes:
        lines.append(change.describe())
        for item in change.evidence:
            when = item.date.isoformat() if isinstance(item.date, dt.date) else "undated"
            lines.append(
                f"    {item.direction:+.0f} x{item.strength:.2f} [{source_id(item.document_id)}, "
                f"{when}] {_quote(item.quote)}"
            )
    if proposal.unmatched:
        pairs = sorted({(i.actor, i.issue) for i in proposal.unmatched})
        lines.append(
            "evidence without a stance in the scenario (no change proposed): "
            + ", ".join(f"{a}/{i}" for a, i in pairs)
        )
    if not proposal.changes and not proposal.unmatched:
        lines.append("no change proposed")
    skipped = proposal.skipped_line()
    if skipped:
        lines.append(skipped)
    return lines
