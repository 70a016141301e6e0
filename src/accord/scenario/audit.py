"""Where each input number of a scenario comes from: a provenance list a fact-checker can audit.

Every number a forecast reads from a scenario (each actor's capability, each issue's status
quo, each stance's position, salience, uncertainty and leverage, each draft resolution's
positions) gets one row: its place in the file, its value, and what backs it.

- ``evidence``: evidence items of the stance that say they support this number (``supports``:
  ``position`` or ``both`` for a position, ``salience`` or ``both`` for a salience, ``leverage``
  for a leverage), with their source ids; for a draft, the sources its ``sources`` names.
- ``note``: no evidence item, but the actor's, issue's or institutions' ``note`` (or the draft's
  ``description``) says how the number was chosen; source ids named in that text are listed.
- ``judgement``: nothing in the file backs it: the analyst's judgement. An uncertainty is always
  this (the format has no evidence for it).

Session 45's fact-checking trial (docs/trial-2026-12-07-s45-factcheck.md): the report and the
workbench showed evidence beside positions, but nothing said which saliences, uncertainties,
capabilities, status quos and draft positions rest on no cited source.

>>> from accord.scenario import load_bundled
>>> rows = input_provenance(load_bundled("ukraine-2025-02"))
>>> rows[0].place, rows[0].value, rows[0].backing
('actors[0].capability', 100.0, 'note')
>>> sorted({row.backing for row in rows})
['evidence', 'judgement', 'note']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accord.scenario.model import Evidence, Scenario

__all__ = ["BACKINGS", "InputNumber", "input_provenance", "provenance_summary", "uncited_sources"]

BACKINGS = ("evidence", "note", "judgement")
"""What may back an input number, strongest first."""

_WORD = re.compile(r"[A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class InputNumber:
    """One input number of a scenario and what backs it (see the module's docstring)."""

    place: str  # where it is in the file: ``stances[3].salience``
    field: str  # capability, status_quo, position, salience, uncertainty, leverage, draft_position
    actor: str | None
    issue: str | None
    value: float
    backing: str  # one of BACKINGS
    sources: tuple[str, ...]  # source ids (or a draft's addresses), in order, no repeats
    evidence: tuple[int, ...]  # indices into the stance's evidence list
    basis: str  # the note or description that explains it, or what is missing

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``sources`` and ``evidence`` as lists."""
        row = asdict(self)
        row["sources"] = list(self.sources)
        row["evidence"] = list(self.evidence)
        return row


def _named_sources(text: str | None, known: set[str]) -> tuple[str, ...]:
    """The source ids of ``known`` that ``text`` names as words, in order of first mention."""
    if not text:
        return ()
    seen: dict[str, None] = {}
    for word in _WORD.findall(text):
        word = word.strip(".-")
        if word in known:
            seen.setdefault(word, None)
    return tuple(seen)


def _unique(ids: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


_SUPPORTED_BY = {
    "position": ("position", "both"),
    "salience": ("salience", "both"),
    "leverage": ("leverage",),
}


def _stance_row(
    place: str, fld: str, actor: str, issue: str, value: float, evidence: list[Evidence]
) -> InputNumber:
    kinds = _SUPPORTED_BY.get(fld, ())
    hits = [k for k, e in enumerate(evidence) if e.supports.value in kinds]
    if hits:
        return InputNumber(
            place,
            fld,
            actor,
            issue,
            value,
            "evidence",
            _unique([evidence[k].source for k in hits]),
            tuple(hits),
            "",
        )
    why = (
        "the format has no evidence for an uncertainty"
        if fld == "uncertainty"
        else f"no evidence item supports the {fld}"
    )
    return InputNumber(place, fld, actor, issue, value, "judgement", (), (), why)


def _noted(
    place: str,
    fld: str,
    actor: str | None,
    issue: str | None,
    value: float,
    note: str | None,
    known: set[str],
) -> InputNumber:
    if note and note.strip():
        named = _named_sources(note, known)
        return InputNumber(place, fld, actor, issue, value, "note", named, (), note.strip())
    why = f"no note on the {fld}"
    return InputNumber(place, fld, actor, issue, value, "judgement", (), (), why)


def input_provenance(scenario: Scenario) -> list[InputNumber]:
    """Every input number of ``scenario`` with what backs it, in file order: actors'
    capabilities, issues' status quos, each stance's numbers, then the drafts' positions."""
    known = {s.id for s in scenario.sources}
    rows: list[InputNumber] = []
    for k, actor in enumerate(scenario.actors):
        rows.append(
            _noted(
                f"actors[{k}].capability",
                "capability",
                actor.id,
                None,
                float(actor.capability),
                actor.note,
                known,
            )
        )
    for k, issue in enumerate(scenario.issues):
        if issue.status_quo is not None:
            rows.append(
                _noted(
                    f"issues[{k}].status_quo",
                    "status_quo",
                    None,
                    issue.id,
                    float(issue.status_quo),
                    issue.note,
                    known,
                )
            )
    for k, st in enumerate(scenario.stances):
        numbers: list[tuple[str, float | None]] = [
            ("position", st.position),
            ("salience", st.salience),
            ("uncertainty", st.uncertainty),
            ("leverage", st.leverage),
        ]
        for fld, value in numbers:
            if value is not None:
                rows.append(
                    _stance_row(
                        f"stances[{k}].{fld}", fld, st.actor, st.issue, float(value), st.evidence
                    )
                )
    drafts = scenario.institutions.drafts
    for k, draft in enumerate(drafts):
        for issue_id, value in draft.positions.items():
            place = f"institutions.drafts[{k}].positions.{issue_id}"
            if draft.sources:
                rows.append(
                    InputNumber(
                        place,
                        "draft_position",
                        draft.id,
                        issue_id,
                        float(value),
                        "evidence",
                        _unique(list(draft.sources)),
                        (),
                        draft.description.strip() if draft.description else "",
                    )
                )
            else:
                basis = draft.description or scenario.institutions.note
                rows.append(
                    _noted(place, "draft_position", draft.id, issue_id, float(value), basis, known)
                )
    return rows


def uncited_sources(scenario: Scenario, rows: list[InputNumber] | None = None) -> list[str]:
    """Ids of the scenario's sources that back no input number (neither an evidence item, a
    draft's ``sources`` nor a note names them), in the order listed."""
    rows = input_provenance(scenario) if rows is None else rows
    used = {sid for row in rows for sid in row.sources}
    used |= {e.source for st in scenario.stances for e in st.evidence}
    return [s.id for s in scenario.sources if s.id not in used]


def provenance_summary(rows: list[InputNumber]) -> dict[str, int]:
    """How many input numbers each backing has, every backing named (zero included), and
    ``total``."""
    counts = Counter(row.backing for row in rows)
    summary = {b: counts.get(b, 0) for b in BACKINGS}
    summary["total"] = len(rows)
    return summary
