"""Checking a resolution before it is appended: the scenario and issue (or draft) exist, the
outcome lies on the issue's scale (a draft's tally fits its body), and the date is not before
anything the forecasts knew.

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
from accord.ledger.records import DraftResult, ForecastRecord, Resolution

__all__ = [
    "DraftFacts",
    "IssueFacts",
    "draft_facts",
    "issue_facts",
    "new_draft_result",
    "new_resolution",
]


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


def _recorded(scenario_ref: str, ledger: Ledger) -> list[ForecastRecord]:
    """The ledger's records of ``scenario_ref``, oldest first, for a scenario accord cannot
    load; an :class:`UnknownScenarioError` where the ledger has none either."""
    records = ledger.records(scenario_ref)
    if not records:
        # a mistyped --db opens a new, empty ledger and a mistyped id reads as unknown: say
        # which (session 30)
        held = sorted({record.scenario_id for record in ledger.records()})
        shown = ", ".join(held[:10]) + (f" and {len(held) - 10} more" if len(held) > 10 else "")
        where = (
            f"; the ledger holds forecasts of: {shown}"
            if held
            else f"; the ledger {ledger.url} holds no forecast at all: is --db the one you meant?"
        )
        raise UnknownScenarioError(
            f"{scenario_ref}: not a bundled scenario, not a file, and no forecast of it in "
            f"the ledger{where}"
        ) from None
    return records


def issue_facts(scenario_ref: str, issue_id: str, ledger: Ledger) -> IssueFacts:
    """The facts of ``issue_id`` from the scenario (a bundled id or a file) or, for a scenario
    accord cannot load (a file since moved), from the ledger's records of it."""
    from accord.scenario import resolve

    try:
        scenario = resolve(scenario_ref)
    except UnknownScenarioError:
        records = _recorded(scenario_ref, ledger)
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
    check_date_and_source(facts.scenario_id, facts.as_of, on, source, records)
    if agreed and facts.horizon is not None and on > facts.horizon:
        raise ArgumentError(
            "on",
            "agreement on {on} came after the issue's horizon {horizon}; by the horizon "
            "nothing was agreed (record {agreed}no, with the outcome at the horizon)",
            on=on.isoformat(),
            horizon=facts.horizon.isoformat(),
        )


def check_date_and_source(
    scenario_id: str,
    as_of: dt.date | None,
    on: dt.date,
    source: str,
    records: list[ForecastRecord],
) -> None:
    """What every resolution (of an issue or a draft) must meet: a source, and a date not
    before the scenario's ``as_of`` nor before that of any recorded forecast of it."""
    if not source.strip():
        raise ArgumentError("source", "say where the outcome is documented (got an empty text)")
    if as_of is not None and on < as_of:
        raise ArgumentError(
            "on",
            "{on} is before the scenario's as_of {as_of}; "
            "a resolution reports what happened after the forecast",
            on=on.isoformat(),
            as_of=as_of.isoformat(),
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
            scenario=scenario_id,
        )


def _checked_types(outcome: object, agreed: object, on: object, source: object) -> dt.date:
    """Refuse values of the wrong type from Python before they are compared (``agreed="no"``
    would count as agreed, being a non-empty text); returns ``on`` as a date (a pandas
    ``Timestamp`` or ``datetime`` gives its day)."""
    if isinstance(outcome, bool) or not isinstance(outcome, numbers.Real):
        raise DataError(f"outcome must be a number on the issue's scale (got {outcome!r})")
    return _checked_common("agreed", agreed, on, source)


def _checked_common(flag: str, value: object, on: object, source: object) -> dt.date:
    """The yes/no ``value`` (named ``flag``), ``source`` and ``on`` of any resolution, checked
    as :func:`_checked_types` says; returns ``on`` as a date."""
    if not isinstance(value, bool):
        import numpy as np  # a pandas column's cell

        if not isinstance(value, np.bool_):
            raise DataError(f"{flag} must be True or False (got {value!r})")
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
    outcome: float | None = None,
    agreed: bool | None = None,
    on: dt.date,
    source: str,
    note: str | None = None,
    supersedes: int | None = None,
    annulled: str | None = None,
) -> Resolution:
    """Check a resolution and append it to ``ledger``; returns it with its id (a second
    resolution of the same issue must supersede the one in force: :meth:`Ledger.add_resolution`
    checks that atomically).

    A question is resolved with ``outcome`` and ``agreed``, or annulled with ``annulled`` (the
    reason, and neither of the two): an annulled question is listed and never scored."""
    if annulled is not None:
        given = (outcome, agreed, on, source, note, supersedes)
        return _annulled(ledger, scenario_ref, issue_id, given, annulled)
    if outcome is None or agreed is None:
        raise ArgumentError(
            "outcome" if outcome is None else "agreed",
            "give the outcome and whether an agreement was reached, or annul the question "
            "with {annulled}REASON",
        )
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


def _annul_reason(reason: object, what: str) -> str:
    """The reason an annulment gives, stripped; refused when it is empty or not text (``what``
    was annulled: "question", "vote")."""
    if not isinstance(reason, str) or not reason.strip():
        raise ArgumentError(
            "annulled", f"say why the {what} was annulled (got {{reason!r}})", reason=reason
        )
    return reason.strip()


def _annulled(
    ledger: Ledger,
    scenario_ref: str,
    issue_id: str,
    given: tuple[float | None, bool | None, object, object, str | None, int | None],
    reason: object,
) -> Resolution:
    """:func:`new_resolution` of an annulled question (``given``: its outcome, agreed, on,
    source, note and supersedes): a reason, no outcome and no ``agreed``, and the checks every
    resolution meets (the issue exists, a source, the date)."""
    outcome, agreed, on, source, note, supersedes = given
    if outcome is not None or agreed is not None:
        raise ArgumentError(
            "annulled",
            "an annulled question has no outcome and no agreement: give {annulled}REASON "
            "alone, or {outcome}and {agreed}without it",
        )
    why = _annul_reason(reason, "question")
    day = _checked_common("agreed", False, on, source)
    assert isinstance(source, str)
    facts = issue_facts(scenario_ref, issue_id, ledger)
    records = ledger.records(facts.scenario_id)
    check_date_and_source(facts.scenario_id, facts.as_of, day, source, records)
    return ledger.add_resolution(
        Resolution(
            scenario_id=facts.scenario_id,
            issue_id=issue_id,
            outcome=None,
            agreed=None,
            resolved_on=day,
            source=source.strip(),
            recorded_at=dt.datetime.now(dt.UTC),
            supersedes=supersedes,
            note=note,
            annulled=why,
        )
    )


@dataclass(frozen=True)
class DraftFacts:
    """What a draft's result is checked against: the scenario's ``as_of`` and the number of
    members sitting on the draft's body on its date (None where it cannot be known); the
    result the scenario's draft records (its ``actual``: adopted, then the tally), if any; and
    the draft's own date (``date``), if it has one."""

    scenario_id: str
    draft_id: str
    as_of: dt.date | None
    members: int | None
    recorded: tuple[bool, int, int, int] | None = None
    date: dt.date | None = None


def _unknown_draft(scenario_id: str, draft_id: str, known: list[str]) -> DataError:
    listed = f"drafts: {', '.join(known)}" if known else "it has no draft resolutions"
    return DataError(f"{scenario_id}: no draft {draft_id!r} ({listed})")


def draft_facts(scenario_ref: str, draft_id: str, ledger: Ledger) -> DraftFacts:
    """The facts of draft ``draft_id`` from the scenario (a bundled id or a file) or, for a
    scenario accord cannot load, from the ledger's latest record of it that has the draft."""
    from accord.institutions.resolutions import _sitting, institutions_of
    from accord.scenario import resolve

    try:
        scenario = resolve(scenario_ref)
    except UnknownScenarioError:
        records = _recorded(scenario_ref, ledger)
        for record in reversed(records):
            for item in record.output.get("resolutions", []):
                if isinstance(item, dict) and item.get("id") == draft_id:
                    votes = item.get("votes")
                    size = len(votes) if isinstance(votes, dict) and votes else None
                    day = record.draft(draft_id)
                    date = None if day is None else day.horizon
                    return DraftFacts(scenario_ref, draft_id, record.as_of, size, date=date)
        known = sorted({d.draft_id for r in records for d in r.drafts()})
        raise _unknown_draft(scenario_ref, draft_id, known) from None
    inst = scenario.institutions
    drafts = {d.id: d for d in inst.drafts}
    if draft_id not in drafts:
        raise _unknown_draft(scenario.id, draft_id, list(drafts))
    refs = {b.id: b for b in institutions_of(scenario).bodies}
    _, _, members = _sitting(drafts[draft_id], refs[drafts[draft_id].body])
    actual = drafts[draft_id].actual
    recorded = (
        None
        if actual is None
        else (actual.adopted, actual.in_favour, actual.against, actual.abstentions)
    )
    draft = drafts[draft_id]
    return DraftFacts(
        scenario.id, draft_id, scenario.as_of, len(members), recorded, draft.date or None
    )


TALLY = ("in_favour", "against", "abstentions")
"""The tally of a draft's vote, as a scenario's recorded result (``actual``) names it."""


def check_draft_result(
    facts: DraftFacts,
    tally: tuple[int | None, int | None, int | None],
    on: dt.date,
    source: str,
    records: list[ForecastRecord],
) -> None:
    """Raise :class:`ArgumentError` if the draft's result cannot be right: a tally given in
    part, a negative count, more votes than members; a vote before the scenario's ``as_of`` of a
    draft the scenario itself dates before it (said so: trial s26, ukraine-2025-02); then the
    checks of every resolution."""
    given = [name for name, count in zip(TALLY, tally, strict=True) if count is not None]
    if given and len(given) < len(TALLY):
        missing = [name for name in TALLY if name not in given]
        raise ArgumentError(
            missing[0],
            "a tally is all three counts (in favour, against, abstentions) or none",
        )
    for name, count in zip(TALLY, tally, strict=True):
        if count is not None and (isinstance(count, bool) or count < 0):
            raise ArgumentError(name, "a count of votes, 0 or more (got {count})", count=count)
    cast = sum(count for count in tally if count is not None)
    if given and facts.members is not None and cast > facts.members:
        raise ArgumentError(
            "in_favour",
            "{where}: {cast} votes cast, more than the {members} members of its body",
            where=f"{facts.scenario_id}/{facts.draft_id}",
            cast=cast,
            members=facts.members,
        )
    if facts.as_of is not None and facts.date is not None and facts.as_of > facts.date:
        # a retrodiction whatever --on says: a vote dated on or after the as_of is not a
        # postponed vote of a forecast draft here, as the scenario itself dates the draft
        # before its as_of (session 27: such a result was taken into the ledger)
        tail = (
            "its result is the draft's actual, which accord forecast shows beside the prediction"
            if facts.recorded
            else "give the result as the draft's actual, and accord forecast shows it beside "
            "the prediction"
        )
        raise ArgumentError(
            "on",
            "{on}{is_before}: the scenario dates draft {draft} {date}, before its own as_of"
            "{as_of_named}, so every forecast of it from this scenario came after the vote (a "
            "retrodiction, which the ledger does not score); {tail}",
            is_before=f" is before the scenario's as_of {facts.as_of}" if on < facts.as_of else "",
            as_of_named="" if on < facts.as_of else f" {facts.as_of}",
            on=on.isoformat(),
            as_of=facts.as_of.isoformat(),
            draft=facts.draft_id,
            date=facts.date.isoformat(),
            tail=tail,
        )
    check_date_and_source(facts.scenario_id, facts.as_of, on, source, records)


def new_draft_result(
    ledger: Ledger,
    scenario_ref: str,
    draft_id: str,
    *,
    adopted: bool | None = None,
    on: dt.date,
    source: str,
    in_favour: int | None = None,
    against: int | None = None,
    abstentions: int | None = None,
    note: str | None = None,
    supersedes: int | None = None,
    annulled: str | None = None,
) -> DraftResult:
    """Check the recorded result of a draft's vote and append it to ``ledger``; returns it with
    its id (a second result of the same draft must supersede the one in force, as for an
    issue: :meth:`Ledger.add_draft_result`).

    Given no tally, the result the scenario's draft records (its ``actual``) is taken: its
    tally, and ``adopted`` where that is not given (a given ``adopted`` must then agree with
    it); a given tally always wins. ``adopted`` may be left out only for such a draft.

    A draft whose vote was not held (postponed sine die, withdrawn) is annulled with
    ``annulled`` (the reason), and neither ``adopted`` nor a tally: it is listed, never scored."""
    if annulled is not None:
        given = (adopted, (in_favour, against, abstentions), on, source, note, supersedes)
        return _annulled_draft(ledger, scenario_ref, draft_id, given, annulled)
    if adopted is not None:
        _checked_common("adopted", adopted, on, source)
    for name, count in zip(TALLY, (in_favour, against, abstentions), strict=True):
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, numbers.Integral)
        ):
            raise DataError(f"{name} must be a whole number of votes (got {count!r})")
    facts = draft_facts(scenario_ref, draft_id, ledger)
    tally: tuple[int | None, int | None, int | None] = (in_favour, against, abstentions)
    if facts.recorded is not None and tally == (None, None, None):
        was_adopted, *counts = facts.recorded
        if adopted is not None and bool(adopted) != was_adopted:
            raise ArgumentError(
                "adopted",
                "{said}, but the scenario's draft {where} records it {recorded}: give the "
                "tally with it, or correct the scenario's actual",
                said="yes" if adopted else "no",
                where=f"{facts.scenario_id}/{facts.draft_id}",
                recorded="adopted" if was_adopted else "not adopted",
            )
        adopted = was_adopted
        tally = (counts[0], counts[1], counts[2])
    if adopted is None:
        raise ArgumentError(
            "adopted",
            "say whether the draft was adopted (yes or no): {where} records no result "
            "(actual) to take it from",
            where=f"{facts.scenario_id}/{facts.draft_id}",
        )
    on = _checked_common("adopted", adopted, on, source)
    records = ledger.records(facts.scenario_id)
    check_draft_result(facts, tally, on, source, records)
    return ledger.add_draft_result(
        DraftResult(
            scenario_id=facts.scenario_id,
            draft_id=draft_id,
            adopted=bool(adopted),
            in_favour=tally[0],
            against=tally[1],
            abstentions=tally[2],
            resolved_on=on,
            source=source.strip(),
            recorded_at=dt.datetime.now(dt.UTC),
            supersedes=supersedes,
            note=note,
        )
    )


def _annulled_draft(
    ledger: Ledger,
    scenario_ref: str,
    draft_id: str,
    given: tuple[
        bool | None,
        tuple[int | None, int | None, int | None],
        object,
        object,
        str | None,
        int | None,
    ],
    reason: object,
) -> DraftResult:
    """:func:`new_draft_result` of a draft whose vote was annulled (``given``: its adopted,
    tally, on, source, note and supersedes): a reason, no ``adopted`` and no tally, and the
    checks every result meets (the draft exists, a source, the date; the scenario's recorded
    ``actual`` is not taken)."""
    adopted, tally, on, source, note, supersedes = given
    if adopted is not None or tally != (None, None, None):
        raise ArgumentError(
            "annulled",
            "an annulled draft has no result and no tally: give {annulled}REASON alone, or "
            "{adopted}(and the tally) without it",
        )
    why = _annul_reason(reason, "vote")
    day = _checked_common("adopted", False, on, source)
    assert isinstance(source, str)
    facts = draft_facts(scenario_ref, draft_id, ledger)
    records = ledger.records(facts.scenario_id)
    check_date_and_source(facts.scenario_id, facts.as_of, day, source, records)
    return ledger.add_draft_result(
        DraftResult(
            scenario_id=facts.scenario_id,
            draft_id=draft_id,
            adopted=None,
            resolved_on=day,
            source=source.strip(),
            recorded_at=dt.datetime.now(dt.UTC),
            supersedes=supersedes,
            note=note,
            annulled=why,
        )
    )
