"""What the ledger stores: forecast records and resolutions, as typed, frozen values.

A *record* is one forecast exactly as it was made: which scenario (its id and a hash of its
content, so that a later edit of the file is visible), the information date (``as_of``) and
the latest dated evidence the scenario cites (the evidence cut-off), the engine, its variant,
parameters and seed, the accord version, when it was recorded, and the full JSON output of
``accord forecast --json``. A *resolution* says what happened on one issue: the outcome on the
issue's scale, whether an agreement was reached, the date and the public source. A *draft
result* says what happened to one of the scenario's draft resolutions when it was put to the
vote: adopted or not, and the tally where known; the record's forecast of it (P(adopted), body,
rule, date of the vote) is read from the recorded output (:meth:`ForecastRecord.drafts`).
None is ever changed once written (see :mod:`accord.ledger.db`); a correction is a new
resolution (or draft result) that names the one it supersedes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from accord.errors import ArgumentError, DataError, format_path
from accord.scenario.identity import evidence_cutoff, scenario_hash, scenario_identity

if TYPE_CHECKING:
    from accord.forecast import Forecast

__all__ = [
    "DraftForecast",
    "DraftResult",
    "ForecastRecord",
    "Resolution",
    "evidence_cutoff",
    "parse_agreed",
    "record_of",
    "scenario_hash",
    "scenario_identity",
]


@dataclass(frozen=True)
class ForecastRecord:
    """One recorded forecast (``id`` is None until the ledger has stored it)."""

    scenario_id: str
    scenario_hash: str
    as_of: dt.date | None
    evidence_cutoff: dt.date | None
    engine: str
    variant: str | None
    params: dict[str, Any]
    seed: int | None
    runs: int | None
    accord_version: str
    recorded_at: dt.datetime
    output: dict[str, Any] = field(repr=False)
    id: int | None = None
    accord_commit: str | None = None
    """The commit of the git checkout that made the forecast, ending ``.dirty`` where its
    ``src/`` differed (ledger revision 0005, session 34); None where unknown: a record made
    before that revision, or by an installed copy that is not a checkout."""

    @property
    def label(self) -> str:
        """The engine as scored: ``engine`` or ``engine:variant``."""
        return self.engine if self.variant is None else f"{self.engine}:{self.variant}"

    def issue(self, issue_id: str) -> dict[str, Any] | None:
        """The output's entry for one issue, or None when the forecast has no such issue."""
        for item in self.output.get("issues", []):
            if isinstance(item, dict) and item.get("id") == issue_id:
                return item
        return None

    def drafts(self) -> list[DraftForecast]:
        """The recorded forecast of each draft resolution of the scenario (none where the
        scenario has no drafts), read from the output's ``resolutions``."""
        return [
            DraftForecast.of(self, item)
            for item in self.output.get("resolutions", [])
            if isinstance(item, dict) and isinstance(item.get("id"), str)
        ]

    def draft(self, draft_id: str) -> DraftForecast | None:
        """The recorded forecast of one draft, or None when the forecast has no such draft."""
        return next((d for d in self.drafts() if d.draft_id == draft_id), None)

    def to_dict(self, output: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "scenario": self.scenario_id,
            "scenario_hash": self.scenario_hash,
            "as_of": _iso(self.as_of),
            "evidence_cutoff": _iso(self.evidence_cutoff),
            "engine": self.engine,
            "variant": self.variant,
            "params": self.params,
            "seed": self.seed,
            "runs": self.runs,
            "accord_version": self.accord_version,
            "accord_commit": self.accord_commit,  # None: unknown (session 34)
            "recorded_at": self.recorded_at.isoformat(),
        }
        if output:
            out["output"] = self.output
        return out


@dataclass(frozen=True)
class Resolution:
    """What happened on one issue of a scenario, from a public source.

    ``outcome`` is a position on the issue's scale (the status quo when nothing was agreed);
    ``agreed`` whether an agreement settled the issue by ``resolved_on``. An *annulled* question
    (``annulled``: the reason, e.g. the matter was left to a later negotiation, so neither yes
    nor no is true) has no outcome and no ``agreed`` (both None); it is listed and never scored
    (:func:`accord.ledger.scores.score` counts it apart). ``origin`` is
    ``"ledger"`` for a resolution recorded with ``accord ledger resolve`` and ``"bundled"`` for
    one shipped with accord for a bundled historic case.
    """

    scenario_id: str
    issue_id: str
    outcome: float | None
    agreed: bool | None
    resolved_on: dt.date
    source: str
    recorded_at: dt.datetime
    supersedes: int | None = None
    note: str | None = None
    id: int | None = None
    origin: str = "ledger"
    annulled: str | None = None

    @property
    def verdict(self) -> str:
        """How the tables say it: ``agreed``, ``not agreed`` or ``annulled``."""
        if self.annulled is not None:
            return "annulled"
        return "agreed" if self.agreed else "not agreed"

    @property
    def key(self) -> str:
        """How ``ledger list`` and ``ledger score`` name it: a number, or ``bundled:...``."""
        if self.origin == "bundled":
            return f"bundled:{self.scenario_id}/{self.issue_id}"
        return str(self.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "scenario": self.scenario_id,
            "issue": self.issue_id,
            "outcome": self.outcome,
            "agreed": self.agreed,
            "on": self.resolved_on.isoformat(),
            "source": self.source,
            "note": self.note,
            "supersedes": self.supersedes,
            "recorded_at": self.recorded_at.isoformat(),
            "origin": self.origin,
            "annulled": self.annulled,
        }


@dataclass(frozen=True)
class DraftForecast:
    """A recorded forecast of one draft resolution: the draft, the body it is put to and the
    rule decided on, the record's ``as_of``, the date of the vote (``horizon``: the draft's
    ``date``, None where the scenario gives none) and P(adopted).

    ``p_adopted`` is the ensemble's estimate where the forecast ran one (as an issue's
    ``p_agreement`` is then the ensemble's share), else the exact probability at the forecast;
    ``p_basis`` says which (``"ensemble"`` or ``"exact"``). ``rule`` and ``horizon`` are None in
    records made before accord wrote them into the output (session 25).
    """

    record_id: int | None
    scenario_id: str
    draft_id: str
    title: str | None
    body: str | None
    rule: str | None
    as_of: dt.date | None
    horizon: dt.date | None
    p_adopted: float | None
    p_basis: str

    @classmethod
    def of(cls, record: ForecastRecord, item: dict[str, Any]) -> DraftForecast:
        """The draft's entry of a recorded output (``resolutions[]``) as a typed value."""
        from accord.institutions.resolutions import forecast_adoption

        p_adopted, p_basis = forecast_adoption(item)
        date = item.get("date")
        return cls(
            record_id=record.id,
            scenario_id=record.scenario_id,
            draft_id=str(item["id"]),
            title=item.get("title"),
            body=item.get("body"),
            rule=item.get("rule"),
            as_of=record.as_of,
            horizon=dt.date.fromisoformat(date) if isinstance(date, str) else None,
            p_adopted=p_adopted,
            p_basis=p_basis,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.record_id,
            "scenario": self.scenario_id,
            "draft": self.draft_id,
            "title": self.title,
            "body": self.body,
            "rule": self.rule,
            "as_of": _iso(self.as_of),
            "horizon": _iso(self.horizon),
            "p_adopted": self.p_adopted,
            "p_basis": self.p_basis,
        }


@dataclass(frozen=True)
class DraftResult:
    """What happened to one draft resolution of a scenario when it was put to the vote, from a
    public source: ``adopted``, and the tally (in favour, against, abstentions) where known
    (all three or none). Recorded with ``accord ledger resolve-draft``. An *annulled* draft
    (``annulled``: the reason, e.g. the vote was postponed sine die or the draft withdrawn) has
    no ``adopted`` (None) and no tally; it is listed and never scored, as an annulled question.
    """

    scenario_id: str
    draft_id: str
    adopted: bool | None
    resolved_on: dt.date
    source: str
    recorded_at: dt.datetime
    in_favour: int | None = None
    against: int | None = None
    abstentions: int | None = None
    supersedes: int | None = None
    note: str | None = None
    id: int | None = None
    origin: str = "ledger"
    annulled: str | None = None

    @property
    def verdict(self) -> str:
        """How the tables say it: ``adopted``, ``not adopted`` or ``annulled``."""
        if self.annulled is not None:
            return "annulled"
        return "adopted" if self.adopted else "not adopted"

    @property
    def key(self) -> str:
        """How the ledger's commands name it (its number; draft results have no bundled ones)."""
        return str(self.id)

    @property
    def tally(self) -> str | None:
        """``in favour-against-abstentions``, or None where the tally is not known."""
        if self.in_favour is None or self.against is None or self.abstentions is None:
            return None
        return f"{self.in_favour}-{self.against}-{self.abstentions}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.key,
            "scenario": self.scenario_id,
            "draft": self.draft_id,
            "adopted": self.adopted,
            "in_favour": self.in_favour,
            "against": self.against,
            "abstentions": self.abstentions,
            "on": self.resolved_on.isoformat(),
            "source": self.source,
            "note": self.note,
            "supersedes": self.supersedes,
            "recorded_at": self.recorded_at.isoformat(),
            "annulled": self.annulled,
        }


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def record_of(result: Forecast, *, recorded_at: dt.datetime | None = None) -> ForecastRecord:
    """The ledger record of a forecast just made (not yet stored)."""
    from accord import __version__
    from accord.provenance import provenance
    from accord.scenario.io import non_finite_numbers

    document = result.to_dict()
    found = next(non_finite_numbers(document, ("output",)), None)
    if found is not None:  # json.dumps(allow_nan=False) would raise a bare ValueError
        raise DataError(
            f"the {result.engine} forecast of {result.scenario.id} has a non-finite number "
            f"at {format_path(found[0])} ({found[1]!r}): the ledger stores JSON, which has no "
            "NaN or infinity; nothing recorded"
        )
    output = json.loads(json.dumps(document, allow_nan=False))
    made = provenance()
    runs = result.ensemble.runs if result.ensemble else None
    return ForecastRecord(
        scenario_id=result.scenario.id,
        scenario_hash=scenario_hash(result.scenario),
        as_of=result.scenario.as_of,
        evidence_cutoff=evidence_cutoff(result.scenario),
        engine=result.engine,
        variant=result.run.variant,
        params=dict(output.get("params") or {}),
        seed=result.seed,
        runs=int(runs) if runs is not None else None,
        accord_version=__version__,
        recorded_at=recorded_at or dt.datetime.now(dt.UTC),
        output=output,
        accord_commit=commit_label(made["commit"], made["dirty"]),
    )


def commit_label(commit: str | None, dirty: bool | None) -> str | None:
    """A ledger record's ``accord_commit``: the commit, with ``.dirty`` where ``src/`` differed
    from it; None without a commit."""
    if not commit:
        return None
    return commit + (".dirty" if dirty else "")


def parse_agreed(value: str | bool, name: str = "agreed") -> bool:
    """``yes``/``no`` (also true/false, y/n, 1/0) as a bool; anything else is a DataError
    naming the argument ``name`` (``agreed`` of an issue, ``adopted`` of a draft)."""
    if isinstance(value, bool):
        return value
    text = value.strip().lower()
    if text in {"yes", "y", "true", "1"}:
        return True
    if text in {"no", "n", "false", "0"}:
        return False
    raise ArgumentError(name, "expected yes or no (got {value!r})", value=value)


_WHOLE = ("seed", "runs", "supersedes", "record", "in_favour", "against", "abstentions")
LIST_COLUMNS: dict[str, str] = {
    "kind": "string",
    **{
        name: "Int64" if name in _WHOLE
        else "Float64" if name in ("outcome", "p_adopted")
        else "boolean" if name in ("agreed", "adopted")
        else "string"
        for name in (
            "id", "scenario", "scenario_hash", "as_of", "evidence_cutoff", "engine", "variant",
            "params", "seed", "runs", "accord_version", "accord_commit", "recorded_at",
            "issue", "outcome", "agreed", "on", "source", "note", "supersedes", "origin",
            "annulled", "record", "draft", "title", "body", "rule", "horizon", "p_adopted",
            "p_basis", "adopted", "in_favour", "against", "abstentions",
        )
    },
}  # fmt: skip
"""The columns of ``accord ledger list --format csv|parquet`` (a record's, a resolution's, a
draft forecast's and a draft result's ``to_dict()`` keys, told apart by ``kind``) and their
pandas dtypes (:func:`accord.frames.typed_columns`): every column whatever kinds the ledger
holds, a number or a yes/no typed by its name, not by its cells (session 44, tidy3); a date or
a time is typed by :func:`accord.frames.parquet_typed`. ``annulled`` is the reason (text)."""
