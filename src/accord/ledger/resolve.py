"""Checking a resolution before it is appended: the scenario and issue exist, the outcome lies
on the issue's scale, and the date is not before anything the forecasts knew.

Resolutions are never changed once written, so everything that can be checked is checked
here, with a message naming the option and the value at fault.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from dataclasses import dataclass

from accord.errors import ArgumentError, DataError, UnknownScenarioError
from accord.ledger.db import Ledger
from accord.ledger.records import ForecastRecord, Resolution

__all__ = ["IssueFacts", "issue_facts", "new_resolution"]


@dataclass(frozen=True)
class IssueFacts:
    """What a resolution is checked against: the issue's scale, the scenario's ``as_of`` and
    the issue's horizon (when the scenario gives one)."""

    scenario_id: str
    issue_id: str
    low: float
    high: float
    as_of: dt.date | None
    horizon: dt.date | None


def _from_records(
    scenario_id: str, issue_id: str, records: list[ForecastRecord]
) -> IssueFacts | None:
    for record in reversed(records):
        issue = record.issue(issue_id)
        if issue is not None:
            low, high = (float(v) for v in issue.get("scale", [0.0, 100.0]))
            horizon = issue.get("horizon")
            return IssueFacts(
                scenario_id,
                issue_id,
                low,
                high,
                record.as_of,
                dt.date.fromisoformat(horizon) if isinstance(horizon, str) else None,
            )
    return None


def issue_facts(scenario_ref: str, issue_id: str, ledger: Ledger) -> IssueFacts:
    """The facts of ``issue_id`` from the scenario (a bundled id or a file) or, for a scenario
    accord cannot load (a file since moved), from the ledger's records of it."""
    from accord.scenario import resolve

    try:
        scenario = resolve(scenario_ref)
    except UnknownScenarioError:
        records = ledger.records(scenario_ref)
        if not records:
            raise UnknownScenarioError(
                f"{scenario_ref}: not a bundled scenario, not a file, and no forecast of it in "
                "the ledger"
            ) from None
        facts = _from_records(scenario_ref, issue_id, records)
        if facts is None:
            known = sorted({i["id"] for r in records for i in r.output.get("issues", [])})
            raise DataError(
                f"{scenario_ref}: no issue {issue_id!r} in its recorded forecasts "
                f"(issues: {', '.join(known)})"
            ) from None
        return facts
    ids = [i.id for i in scenario.issues]
    if issue_id not in ids:
        raise DataError(f"{scenario.id}: no issue {issue_id!r} (issues: {', '.join(ids)})")
    issue = scenario.issue(issue_id)
    return IssueFacts(
        scenario.id, issue_id, issue.scale.low, issue.scale.high, scenario.as_of, issue.horizon
    )


def check_resolution(
    facts: IssueFacts,
    outcome: float,
    agreed: bool,
    on: dt.date,
    source: str,
    records: list[ForecastRecord],
) -> None:
    """Raise :class:`DataError` if the resolution cannot be right (see the module doc)."""
    where = f"{facts.scenario_id}/{facts.issue_id}"
    if not math.isfinite(outcome) or not facts.low <= outcome <= facts.high:
        raise ArgumentError(
            "outcome",
            "{where} is scored on [{low:g}, {high:g}] (got {outcome:g})",
            where=where,
            low=facts.low,
            high=facts.high,
            outcome=outcome,
        )
    if not source.strip():
        raise ArgumentError("source", "say where the outcome is documented (got an empty text)")
    if facts.as_of is not None and on < facts.as_of:
        raise ArgumentError(
            "on",
            "{on} is before the scenario's as_of {as_of}; "
            "a resolution reports what happened after the forecast",
            on=on.isoformat(),
            as_of=facts.as_of.isoformat(),
        )
    later = [r for r in records if r.as_of is not None and on < r.as_of]
    if later:
        first = later[0]
        assert first.as_of is not None
        raise ArgumentError(
            "on",
            "{on} is before the as_of {as_of} of forecast record {record} of {scenario}",
            on=on.isoformat(),
            as_of=first.as_of.isoformat(),
            record=first.id,
            scenario=facts.scenario_id,
        )
    if agreed and facts.horizon is not None and on > facts.horizon:
        raise ArgumentError(
            "on",
            "agreement on {on} came after the issue's horizon {horizon}; by the horizon "
            "nothing was agreed (record {agreed}no, with the outcome at the horizon)",
            on=on.isoformat(),
            horizon=facts.horizon.isoformat(),
        )


def _checked_types(outcome: object, agreed: object, on: object, source: object) -> dt.date:
    """Refuse values of the wrong type from Python before they are compared (``agreed="no"``
    would count as agreed, being a non-empty text); returns ``on`` as a date (a pandas
    ``Timestamp`` or ``datetime`` gives its day)."""
    if isinstance(outcome, bool) or not isinstance(outcome, numbers.Real):
        raise DataError(f"outcome must be a number on the issue's scale (got {outcome!r})")
    if not isinstance(agreed, bool):
        import numpy as np  # a pandas column's cell

        if not isinstance(agreed, np.bool_):
            raise DataError(f"agreed must be True or False (got {agreed!r})")
    if not isinstance(source, str):
        raise DataError(
            f"source must be a text naming where the outcome is documented (got {source!r})"
        )
    if isinstance(on, dt.datetime):
        return on.date()
    if not isinstance(on, dt.date):
        raise DataError(f"on must be a datetime.date (got {on!r})")
    return on


def new_resolution(
    ledger: Ledger,
    scenario_ref: str,
    issue_id: str,
    *,
    outcome: float,
    agreed: bool,
    on: dt.date,
    source: str,
    note: str | None = None,
    supersedes: int | None = None,
) -> Resolution:
    """Check a resolution and append it to ``ledger``; returns it with its id (a second
    resolution of the same issue must supersede the one in force: :meth:`Ledger.add_resolution`
    checks that atomically)."""
    on = _checked_types(outcome, agreed, on, source)
    facts = issue_facts(scenario_ref, issue_id, ledger)
    records = ledger.records(facts.scenario_id)
    check_resolution(facts, outcome, agreed, on, source, records)
    return ledger.add_resolution(
        Resolution(
            scenario_id=facts.scenario_id,
            issue_id=issue_id,
            outcome=float(outcome),
            agreed=bool(agreed),
            resolved_on=on,
            source=source.strip(),
            recorded_at=dt.datetime.now(dt.UTC),
            supersedes=supersedes,
            note=note,
        )
    )
