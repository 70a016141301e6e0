"""Score stance evidence against gold sentences: precision, recall, and the updates it proposes.

The chain from news to a scenario's stances (:mod:`accord.news.evidence`, then
:mod:`accord.news.update`) is measured here on a gold file (issue 14, item 6): sentences quoted
as published in real reports, each labelled by people with the stances it states, as a
scenario actor id, a scenario issue id and the end of that issue's scale the stance points to
(``low`` or ``high``), or with no stance at all.

The gold file is JSON lines, one sentence a line::

    {"id": "EV-007", "scenario": "ukraine-2025-02", "text": "...", "url": "...",
     "publisher": "...", "date": "2025-02-17",
     "stances": [{"actor": "GBR", "issue": "peacekeeping", "direction": "high"}],
     "annotations": {...}, "adjudication": "..."}

``stances`` is the adjudicated gold (empty: the sentence states no stance of a scenario actor
on a scenario issue). ``annotations`` and ``adjudication`` keep each annotator's labels and the
reason for the final one; they are carried, not scored.

Each sentence is coded on its own, as a one-sentence document dated as the report
(:func:`accord.news.evidence.extract_evidence`; with a coder that parses, its clause agents find
the speaker). An evidence item is **correct** when its actor, issue and direction (the sign of
``direction``: + is ``high``) equal one of the sentence's gold stances. Then

* precision = correct items / items found, recall = gold stances found / gold stances with a
  direction (a gold stance without one can be found by no coder: it adds nothing to recall, and
  an item on its actor and issue counts as wrong); per scenario and overall;
* the same with direction ignored (``actor_issue``), to tell wrong directions from wrong
  actors or issues;
* the proposed changes: the items found in a scenario's sentences go through
  :func:`accord.news.update.propose`, and a change counts as one a careful reader would accept
  when the items of it that the gold confirms carry at least half its evidence weight and, on
  their own, point the same way with at least the update's minimum mean direction. The gold
  labels stand in for the careful reader: this is a mechanical reading of the gold, not a second
  review. Dates are left off the items for this step, so that sentences dated after a
  question's horizon (reports quoted for their wording) do not stop the update.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from accord.errors import AccordError, DataError, format_path
from accord.news.evidence import EvidenceRules, event_gate, extract_evidence
from accord.news.types import Document, StanceEvidence
from accord.news.update import MIN_DIRECTION, Change, propose
from accord.scenario.model import Scenario
from accord.text import shortened

if TYPE_CHECKING:
    from accord.news.coders import Coder

__all__ = [
    "Agreement",
    "EvidenceEvaluation",
    "GoldSentence",
    "GoldStance",
    "Score",
    "annotator_agreement",
    "evaluate_evidence",
    "evaluate_evidence_file",
    "load_evidence_gold",
    "load_evidence_golds",
]

Direction = Literal["low", "high"]


class GoldStance(BaseModel):
    """One stance a gold sentence states: who, on which issue, toward which end of its scale."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: str
    issue: str
    direction: Direction | None = None
    position: float | None = None


class Annotation(BaseModel):
    """One annotator's label of a sentence (carried in the gold file, not scored)."""

    model_config = ConfigDict(extra="allow")

    actor: str | None = None
    issue: str | None = None
    direction: Direction | None = None
    position: float | None = None
    note: str | None = None


class QuoteCheck(BaseModel):
    """Whether someone who did not collect the sentence found it in a stored copy of the
    cited report (``verbatim``), word for word on another report (``verbatim_other_url``),
    with small differences (``close``) or not at all (``not_found``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    status: Literal["verbatim", "verbatim_other_url", "close", "not_found"]
    url_checked: str | None = None
    differences: str | None = None
    by: str | None = None


class GoldSentence(BaseModel):
    """A sentence quoted as published, its citation, and its adjudicated stances."""

    model_config = ConfigDict(extra="forbid")

    id: str
    scenario: str
    text: str
    url: str
    publisher: str
    date: dt.date
    date_basis: str | None = None
    stances: list[GoldStance] = []
    annotations: dict[str, Annotation] = {}
    adjudication: str | None = None
    quote_check: QuoteCheck | None = None


def _where(path: Path | str, line: int) -> str:
    return f"{path}, line {line}"


SHOWN_VALUE_CHARS = 80
"""A refused value is quoted up to this many characters (a whole sentence or record is not)."""


def _shown(value: object) -> str:
    """``value`` as the error message quotes it: its repr, shortened when long."""
    text = repr(value)
    if len(text) <= SHOWN_VALUE_CHARS:
        return text
    return f"{shortened(text, SHOWN_VALUE_CHARS)} ({len(text)} characters)"


JSON_KINDS: dict[type, str] = {
    list: "array",
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    type(None): "null",
}
"""JSON's names for what ``json.loads`` makes of a line that is not an object."""


def _refused(where: str, error: Any, record: dict[str, Any]) -> DataError:
    """The first validation error of a record as one line: file, line, field and value (a
    missing field has none: the record's id says which record it is)."""
    field_name = format_path(error["loc"])
    if error["type"] == "missing":
        return DataError(
            f"{where}: field {field_name!r}: required but missing "
            f"(the record with id {_shown(record.get('id'))})"
        )
    return DataError(
        f"{where}: field {field_name!r}: {error['msg']} (value {_shown(error.get('input'))})"
    )


def _check_ids(record: GoldSentence, scenario: Scenario, where: str) -> None:
    actors = {a.id for a in scenario.actors}
    issues = {i.id for i in scenario.issues}
    for k, stance in enumerate(record.stances):
        if stance.actor not in actors:
            raise DataError(
                f"{where}: field 'stances[{k}].actor': {_shown(stance.actor)} is not an actor "
                f"of scenario {scenario.id!r} (expected one of {', '.join(sorted(actors))})"
            )
        if stance.issue not in issues:
            raise DataError(
                f"{where}: field 'stances[{k}].issue': {_shown(stance.issue)} is not an issue "
                f"of scenario {scenario.id!r} (expected one of {', '.join(sorted(issues))})"
            )


def load_evidence_gold(
    path: Path | str, scenarios: dict[str, Scenario] | None = None
) -> tuple[list[GoldSentence], dict[str, Scenario]]:
    """Read and check a gold file: every line a valid record, ids unique, every scenario
    resolvable (bundled id or file) and every stance's actor and issue one of its own.

    Returns the records and the scenarios they name. A bad record is a
    :class:`~accord.errors.DataError` naming the file, the line, the field and the value."""
    from accord.scenario.catalogue import resolve
    from accord.scenario.io import decode_text

    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from None
    lines = decode_text(raw, str(path)).splitlines()  # binary or Latin-1: named, no traceback
    known = dict(scenarios or {})
    records: list[GoldSentence] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = _where(path, number)
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}: not a JSON object ({exc.msg}: {_shown(line)})") from None
        if not isinstance(raw, dict):
            raise DataError(
                f"{where}: the record is a JSON {JSON_KINDS[type(raw)]}, not an object with "
                f"the fields id, scenario, text, ... (value {_shown(raw)})"
            )
        try:
            record = GoldSentence.model_validate(raw)
        except ValidationError as exc:
            raise _refused(where, exc.errors()[0], raw) from None
        if record.id in seen:
            raise DataError(f"{where}: field 'id': {_shown(record.id)} appears twice")
        seen.add(record.id)
        if record.scenario not in known:
            try:
                known[record.scenario] = resolve(record.scenario)
            except AccordError as exc:
                raise DataError(
                    f"{where}: field 'scenario': {_shown(record.scenario)} cannot be read ({exc})"
                ) from None
        _check_ids(record, known[record.scenario], where)
        records.append(record)
    if not records:
        raise DataError(f"{path}: the gold file has no records")
    return records, known


def load_evidence_golds(
    paths: Sequence[Path | str],
) -> tuple[list[GoldSentence], dict[str, Scenario], dict[str, str]]:
    """Read and check several gold files (:func:`load_evidence_gold` each) as one development
    set: the records in file order, the scenarios they name, and each record's file (its name),
    which :func:`accord.news.evidence_cv.make_folds` uses to leave one file out.

    A record id that appears in two files is a :class:`~accord.errors.DataError` naming both."""
    if not paths:
        raise DataError("no gold file given")
    records: list[GoldSentence] = []
    scenarios: dict[str, Scenario] = {}
    files: dict[str, str] = {}
    for path in paths:
        found, scenarios = load_evidence_gold(path, scenarios)
        name = Path(path).name
        for record in found:
            if record.id in files:
                raise DataError(
                    f"{path}: field 'id': {record.id!r} appears in {files[record.id]} too"
                )
            files[record.id] = name
        records.extend(found)
    return records, scenarios, files


@dataclass(frozen=True)
class Score:
    """Counts behind precision and recall (``found_gold`` of ``gold``; ``correct`` of
    ``predicted``)."""

    gold: int = 0
    found_gold: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found_gold / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def __add__(self, other: Score) -> Score:
        return Score(
            self.gold + other.gold,
            self.found_gold + other.found_gold,
            self.predicted + other.predicted,
            self.correct + other.correct,
        )

    def to_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {
            "gold": self.gold,
            "found_gold": self.found_gold,
            "predicted": self.predicted,
            "correct": self.correct,
            "precision": r(self.precision),
            "recall": r(self.recall),
            "f1": r(self.f1),
        }


@dataclass(frozen=True)
class ChangeReview:
    """A proposed change and whether the gold confirms it."""

    scenario: str
    change: Change
    confirmed_weight: float
    confirmed_direction: float | None
    accepted: bool

    def to_dict(self) -> dict[str, Any]:
        c = self.change
        return {
            "scenario": self.scenario,
            "actor": c.actor,
            "issue": c.issue,
            "field": c.field,
            "old": c.old,
            "new": c.new,
            "direction": round(c.direction, 3),
            "weight": round(c.weight, 3),
            "confirmed_weight": round(self.confirmed_weight, 3),
            "accepted": self.accepted,
            "evidence": [e.document_id for e in c.evidence],
        }


@dataclass
class EvidenceEvaluation:
    """Precision and recall of the evidence found, and the review of the proposed changes."""

    coder: str
    sentences: int
    with_stance: int
    overall: Score
    by_scenario: dict[str, Score]
    actor_issue: Score
    changes: list[ChangeReview]
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accepted_share(self) -> float | None:
        if not self.changes:
            return None
        return sum(c.accepted for c in self.changes) / len(self.changes)

    def to_dict(self) -> dict[str, Any]:
        share = self.accepted_share
        return {
            "coder": self.coder,
            "sentences": self.sentences,
            "sentences_with_stance": self.with_stance,
            "overall": self.overall.to_dict(),
            "by_scenario": {k: v.to_dict() for k, v in sorted(self.by_scenario.items())},
            "actor_issue": self.actor_issue.to_dict(),
            "changes": len(self.changes),
            "changes_accepted": sum(c.accepted for c in self.changes),
            "accepted_share": None if share is None else round(share, 3),
            "changes_by_field": {
                name: {
                    "proposed": sum(c.change.field == name for c in self.changes),
                    "accepted": sum(c.accepted and c.change.field == name for c in self.changes),
                }
                for name in ("position", "salience")
            },
            "change_reviews": [c.to_dict() for c in self.changes],
        }


Key = tuple[str, str, str]  # actor, issue, "low" | "high"


def _key(item: StanceEvidence) -> Key:
    return (item.actor, item.issue, "high" if item.direction > 0 else "low")


def _gold_keys(record: GoldSentence) -> set[Key]:
    return {(s.actor, s.issue, s.direction) for s in record.stances if s.direction is not None}


def _score(record: GoldSentence, found: Sequence[StanceEvidence]) -> tuple[Score, Score]:
    gold = _gold_keys(record)
    keys = {_key(e) for e in found}
    exact = Score(len(gold), len(gold & keys), len(keys), len(keys & gold))
    pairs_gold = {(a, i) for a, i, _ in gold}
    pairs = {(a, i) for a, i, _ in keys}
    loose = Score(len(pairs_gold), len(pairs_gold & pairs), len(pairs), len(pairs & pairs_gold))
    return exact, loose


def _review(
    scenario: Scenario, found: list[StanceEvidence], gold: dict[str, set[Key]]
) -> list[ChangeReview]:
    undated = [replace(e, date=None) for e in found]
    reviews = []
    for change in propose(scenario, undated).changes:
        confirmed = [e for e in change.evidence if _key(e) in gold.get(e.document_id or "", set())]
        weight = sum(e.strength for e in confirmed)
        direction = (
            sum(e.strength * e.direction for e in confirmed) / weight if weight > 0 else None
        )
        accepted = (
            direction is not None
            and weight >= 0.5 * change.weight
            and direction * change.direction > 0
            and abs(direction) >= MIN_DIRECTION
        )
        reviews.append(ChangeReview(scenario.id, change, weight, direction, accepted))
    return reviews


def evaluate_evidence(
    records: Iterable[GoldSentence],
    scenarios: dict[str, Scenario],
    coder: Coder | None = None,
    *,
    keep_errors: bool = False,
    rules: EvidenceRules | None = None,
    min_confidence: float | None = None,
) -> EvidenceEvaluation:
    """Run the evidence extraction on every gold sentence and score it (see the module
    docstring). ``coder``: the coder whose parse finds speakers (its ``clause_agents``), or
    ``None``/the rules coder for the nearest-actor rule of :mod:`accord.news.evidence`;
    ``rules``: the matcher's precision rules (default: its default); ``min_confidence``:
    :func:`accord.news.evidence.event_gate` on the events ``coder`` (the rules coder when
    ``None``) codes in each sentence, read as ``accord events evaluate`` codes a record."""
    finder = getattr(coder, "clause_agents", None)
    name = getattr(coder, "name", "rules")
    if min_confidence is not None and coder is None:
        from accord.news.coders import RulesCoder

        coder = RulesCoder()
    by_scenario: dict[str, Score] = defaultdict(Score)
    loose_total = Score()
    found_by_scenario: dict[str, list[StanceEvidence]] = defaultdict(list)
    gold_by_id: dict[str, set[Key]] = {}
    errors: list[dict[str, Any]] = []
    n = with_stance = 0
    for record in records:
        n += 1
        with_stance += bool(record.stances)
        scenario = scenarios[record.scenario]
        doc = Document(
            id=record.id,
            title="",
            text=record.text,
            date=record.date,
            source=record.publisher,
            url=record.url,
        )
        found = (
            extract_evidence(doc, scenario, finder)
            if rules is None
            else extract_evidence(doc, scenario, finder, rules)
        )
        if min_confidence is not None and found and coder is not None:
            from accord.news.coding import document_home

            coded = coder.code_sentence(record.text, record.date, home=document_home(doc))
            of_sentence = dict.fromkeys(found, coded)  # one sentence: its items share them
            found = event_gate(found, of_sentence.__getitem__, scenario, min_confidence)
        exact, loose = _score(record, found)
        by_scenario[record.scenario] += exact
        loose_total += loose
        found_by_scenario[record.scenario].extend(found)
        gold_by_id[record.id] = _gold_keys(record)
        if keep_errors and (exact.correct < exact.predicted or exact.found_gold < exact.gold):
            errors.append(
                {
                    "id": record.id,
                    "gold": sorted("/".join(k) for k in _gold_keys(record)),
                    "found": sorted("/".join(_key(e)) for e in found),
                    "text": record.text,
                }
            )
    overall = sum(by_scenario.values(), Score())
    changes: list[ChangeReview] = []
    for scenario_id, found in sorted(found_by_scenario.items()):
        changes.extend(_review(scenarios[scenario_id], found, gold_by_id))
    return EvidenceEvaluation(
        coder=name,
        sentences=n,
        with_stance=with_stance,
        overall=overall,
        by_scenario=dict(by_scenario),
        actor_issue=loose_total,
        changes=changes,
        errors=errors,
    )


def evaluate_evidence_file(
    path: Path | str,
    coder: Coder | None = None,
    *,
    keep_errors: bool = False,
    rules: EvidenceRules | None = None,
    quoted_only: bool = False,
    min_confidence: float | None = None,
) -> EvidenceEvaluation:
    """:func:`load_evidence_gold` then :func:`evaluate_evidence`; with ``quoted_only``, only
    the sentences found as published (``quote_check``, :data:`accord.news.evaluate.QUOTE_FOUND`);
    ``min_confidence`` as in :func:`evaluate_evidence`."""
    from accord.news.evaluate import QUOTE_FOUND

    records, scenarios = load_evidence_gold(path)
    if quoted_only:
        records = [r for r in records if r.quote_check and r.quote_check.status in QUOTE_FOUND]
        if not records:
            raise DataError(f"{path}: no gold sentence whose quote was found as published")
    return evaluate_evidence(
        records,
        scenarios,
        coder,
        keep_errors=keep_errors,
        rules=rules,
        min_confidence=min_confidence,
    )


@dataclass(frozen=True)
class Agreement:
    """Agreement of two annotators on one field: the share of sentences with the same label and
    Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educational and
    Psychological Measurement 20(1)), which discounts the agreement expected by chance."""

    field: str
    n: int
    percent: float
    kappa: float


def annotator_agreement(
    records: Iterable[GoldSentence], first: str = "A", second: str = "B"
) -> list[Agreement]:
    """Per field (``actor``, ``issue``, ``direction``, each with "none" for no label, and
    ``stance``: whether the sentence states one at all), how far the annotators ``first`` and
    ``second`` agree on the sentences both labelled (their first label each). Kappa is
    scikit-learn's ``cohen_kappa_score``; where both annotators used one and the same label on
    every sentence it is undefined (chance agreement 1, kappa 0 / 0) and reported as 1.0, a
    convention: the agreement is then complete but says nothing beyond chance."""
    from sklearn.metrics import cohen_kappa_score

    pairs = [
        (r.annotations[first], r.annotations[second])
        for r in records
        if first in r.annotations and second in r.annotations
    ]
    if not pairs:
        raise DataError(f"no sentence is labelled by both {first!r} and {second!r}")
    labels: dict[str, tuple[list[str], list[str]]] = {
        name: ([str(getattr(a, name)) for a, _ in pairs], [str(getattr(b, name)) for _, b in pairs])
        for name in ("actor", "issue", "direction")
    }
    labels["stance"] = (
        [str(a.actor is not None) for a, _ in pairs],
        [str(b.actor is not None) for _, b in pairs],
    )
    result = []
    for name, (left, right) in labels.items():
        same = sum(x == y for x, y in zip(left, right, strict=True)) / len(left)
        kappa = float(cohen_kappa_score(left, right)) if len(set(left) | set(right)) > 1 else 1.0
        result.append(Agreement(name, len(left), round(same, 3), round(kappa, 3)))
    return result
