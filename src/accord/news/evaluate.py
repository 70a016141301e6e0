"""Score the event coder against gold-standard sentences in the PLOVER gold format.

A gold file is a JSON list of records with ``text``, ``event``, optional ``mode``, and
``source`` / ``target`` lists of ``{"code": ...}`` (the format of the OEDA file
``PLOVER_GSR_CAMEO.*.json``), and optionally the ``url`` and ``title`` of the page it was
quoted from: the record's context, from which its home country is read
(:attr:`GoldRecord.home`) and passed to the coder, as ingest passes a document's.
``DOCUMENT`` records are skipped. Labels of PLOVER 0.5b1 are
mapped to PLOVER 2.0 types by :data:`OLD_TO_NEW`. Each text is coded on its own and the coder's
best event is compared with the gold event.

Measures (one prediction or none per record):

* event type: precision = correct / predicted, recall = correct / gold, micro-F1 their harmonic
  mean; a confusion matrix of gold type x predicted type (``NONE`` when nothing was coded);
* source and target accuracy: the share of records with gold actors whose predicted set of
  actor codes equals the gold set, organisation codes folded to their class (UN -> IGO) as in the
  0.5b1 gold files; a record with no prediction counts as wrong.

A record whose ``event`` is ``NONE`` expects no event (a statement, a background clause, a
headline without a verb): it adds nothing to recall, and a prediction on it counts against
precision (``false_alarms``). accord's own gold for the seed article uses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import DataError
from accord.news.coding import code_sentence
from accord.news.gazetteer import load
from accord.news.home import home_country
from accord.news.types import PLOVER_TYPES, ActorRef

if TYPE_CHECKING:
    from accord.news.coders import Coder

# PLOVER 0.5b1 gold labels -> PLOVER 2.0 types (PLOVER manual 2.0 and the NGEC codebook:
# DEMAND became REQUEST; DISAPPROVE and INVESTIGATE were merged into ACCUSE; FIGHT and ASSAULT
# into ASSAULT; YIELD was split into CONCEDE/RETREAT in 0.6 and is read as CONCEDE).
OLD_TO_NEW: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "ASSAULT": "ASSAULT",
    "YIELD": "CONCEDE",
    "ENGAGE": "COOPERATE",
    **{t: t for t in PLOVER_TYPES},
    "NONE": "NONE",  # the sentence reports no event: scored for precision only
}


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    event: str
    sources: frozenset[str]
    targets: frozenset[str]
    date: dt.date | None = None
    url: str | None = None  # the page the sentence was quoted from, if the file says
    title: str | None = None  # that page's title, if the file says

    @property
    def home(self) -> str | None:
        """The record's home country, read from its URL and title as a document's would be
        (:func:`accord.news.home.home_country`; the record has no text beyond its
        sentence)."""
        return home_country(self.title, self.url)


@dataclass
class Evaluation:
    n: int
    predicted: int
    correct: int
    source_correct: int
    source_n: int
    target_correct: int
    target_n: int
    confusion: dict[str, dict[str, int]]
    errors: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: int = 0  # predictions on records whose gold is NONE
    coder: str = "rules"

    def per_type(self) -> dict[str, dict[str, float | int]]:
        """Precision and recall of each PLOVER type, read off the confusion matrix."""
        predicted: Counter[str] = Counter()
        for row in self.confusion.values():
            predicted.update(row)
        out: dict[str, dict[str, float | int]] = {}
        for kind in sorted(set(self.confusion) | set(predicted)):
            if kind == "NONE":
                continue
            hits = self.confusion.get(kind, {}).get(kind, 0)
            n = sum(self.confusion.get(kind, {}).values())
            out[kind] = {
                "gold": n,
                "predicted": predicted[kind],
                "precision": round(hits / predicted[kind], 4) if predicted[kind] else 0.0,
                "recall": round(hits / n, 4) if n else 0.0,
            }
        return out

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def f1(self) -> float:
        return micro_f1(self.correct, self.predicted, self.n)

    def to_dict(self) -> dict[str, Any]:
        actor_n = self.source_n + self.target_n
        return {
            "n": self.n,
            "predicted": self.predicted,
            "false_alarms": self.false_alarms,
            "event_precision": round(self.precision, 4),
            "event_recall": round(self.recall, 4),
            "event_f1": round(self.f1, 4),
            "source_accuracy": round(self.source_correct / self.source_n, 4)
            if self.source_n
            else None,
            "target_accuracy": round(self.target_correct / self.target_n, 4)
            if self.target_n
            else None,
            "actor_accuracy": round((self.source_correct + self.target_correct) / actor_n, 4)
            if actor_n
            else None,
            "source_n": self.source_n,
            "target_n": self.target_n,
            "confusion": self.confusion,
            "per_type": self.per_type(),
            "coder": self.coder,
        }


def _codes(value: Any) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()  # a few gold records carry a context word where a list belongs
    out = set()
    for item in value:
        code = item.get("code") if isinstance(item, dict) else item
        if isinstance(code, str) and code.strip():
            out.add(code.strip())
    return frozenset(out)


HASH_HALVES = ("tune", "check")


def hash_half(record_id: str) -> str:
    """The deterministic half ("tune" or "check") of a gold record, by the SHA-1 of its id.

    Used to split a gold file with no ``split`` field (the OEDA dev file) before any error
    analysis: rules are developed on "tune" only and "check" measures them.
    """
    digest = hashlib.sha1(record_id.encode("utf-8")).digest()
    return HASH_HALVES[digest[0] % 2]


QUOTE_FOUND = frozenset({"verbatim", "verbatim_other_url"})
"""``quote_check.status`` values of a gold record whose sentence was found, word for word, in a
stored copy of a published report (see docs/validation-events/session-04.md, "the held-out
sets, scored once": each record's ``quote_check`` says how it was found)."""


def quote_found(item: Mapping[str, Any]) -> bool:
    """Whether a gold record's ``quote_check`` says its sentence was found as published."""
    check = item.get("quote_check")
    return isinstance(check, Mapping) and check.get("status") in QUOTE_FOUND


def _in_split(item: dict[str, Any], index: int, split: str | None) -> bool:
    if split is None:
        return True
    if "split" in item:
        return bool(item.get("split") == split)
    if split in HASH_HALVES:
        return hash_half(str(item.get("id", index))) == split
    return False


def _text_field(item: Mapping[str, Any], name: str) -> str | None:
    value = item.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_gold(
    path: str | Path, split: str | None = None, quoted_only: bool = False
) -> list[GoldRecord]:
    """Gold records of a PLOVER-format JSON file (DOCUMENT records skipped); with ``split``,
    only records whose ``split`` field equals it, or, for records without one, whose hash half
    (:func:`hash_half`: "tune" or "check") equals it; with ``quoted_only``, only records whose
    sentence was found as published (:func:`quote_found`)."""
    from accord.scenario.io import decode_text

    path = Path(path)
    try:
        content = decode_text(path.read_bytes(), str(path))  # binary or Latin-1: a FormatError
    except FileNotFoundError as exc:
        raise DataError(f"{path}: no such gold file") from exc
    except OSError as exc:  # a directory, no permission...
        raise DataError(f"{path}: cannot read the gold file ({exc.strerror or exc})") from exc
    if not content.strip():
        raise DataError(f"{path}: the file is empty")
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON: {exc}") from exc
    if not isinstance(data, list):
        raise DataError(f"{path}: expected a JSON list of records, got {type(data).__name__}")
    records = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            raise DataError(f"{path}: [{index}]: expected an object, got {item!r:.60}")
        event = str(item.get("event", "")).strip().upper()
        if event == "DOCUMENT" or not _in_split(item, index, split):
            continue
        if quoted_only and not quote_found(item):
            continue
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise DataError(f"{path}: [{index}].text: missing or empty (got {text!r:.60})")
        if event not in OLD_TO_NEW:
            raise DataError(f"{path}: [{index}].event: unknown PLOVER event type {event!r}")
        date = None
        if isinstance(item.get("date"), str):
            try:
                date = dt.date.fromisoformat(item["date"])
            except ValueError:
                date = None
        records.append(
            GoldRecord(
                str(item.get("id", index)),
                text,
                OLD_TO_NEW[event],
                _codes(item.get("source")),
                _codes(item.get("target")),
                date,
                _text_field(item, "url"),
                _text_field(item, "title"),
            )
        )
    return records


def micro_f1(correct: int, predicted: int, gold: int) -> float:
    """Event micro-F1 from the counts this module scores: ``correct`` events of ``predicted``
    ones, ``gold`` gold events (0.0 when nothing is right)."""
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def fold(actors: Sequence[ActorRef]) -> frozenset[str]:
    """Actor codes with organisations folded to their gold class (UN -> IGO, ICRC -> NGO)."""
    classes = load().org_classes
    return frozenset(classes.get(a.code, a.code) for a in actors)


def evaluate(
    records: Sequence[GoldRecord], keep_errors: bool = False, coder: Coder | None = None
) -> Evaluation:
    """Code every record's text with ``coder`` (default: the rules coder) and compare with its
    gold event and actors."""
    confusion: dict[str, Counter[str]] = {}
    predicted = correct = alarms = gold_n = 0
    s_ok = s_n = t_ok = t_n = 0
    errors: list[dict[str, Any]] = []
    classes = load().org_classes
    for record in records:
        home = record.home
        events = (
            coder.code_sentence(record.text, record.date, home)
            if coder is not None
            else code_sentence(record.text, record.date, home=home)
        )
        best = events[0] if events else None
        got = best.event_type if best else "NONE"
        confusion.setdefault(record.event, Counter())[got] += 1
        gold_n += record.event != "NONE"
        if best is not None:
            predicted += 1
            correct += got == record.event
            alarms += record.event == "NONE"
        gold_s = frozenset(classes.get(c, c) for c in record.sources)
        gold_t = frozenset(classes.get(c, c) for c in record.targets)
        src = fold(best.sources) if best else frozenset()
        tgt = fold(best.targets) if best else frozenset()
        if gold_s:
            s_n += 1
            s_ok += src == gold_s
        if gold_t:
            t_n += 1
            t_ok += tgt == gold_t
        if keep_errors and (
            got != record.event or (gold_s and src != gold_s) or (gold_t and tgt != gold_t)
        ):
            errors.append(
                {
                    "id": record.id,
                    "gold": record.event,
                    "got": got,
                    "gold_source": sorted(gold_s),
                    "source": sorted(src),
                    "gold_target": sorted(gold_t),
                    "target": sorted(tgt),
                    "trigger": best.trigger if best else None,
                    "text": record.text,
                }
            )
    table = {gold: dict(sorted(row.items())) for gold, row in sorted(confusion.items())}
    name = coder.name if coder is not None else "rules"
    return Evaluation(gold_n, predicted, correct, s_ok, s_n, t_ok, t_n, table, errors, alarms, name)


def evaluate_file(
    path: str | Path,
    keep_errors: bool = False,
    split: str | None = None,
    coder: Coder | None = None,
    quoted_only: bool = False,
) -> Evaluation:
    records = read_gold(path, split, quoted_only)
    if not records:
        which = (f" with split={split!r}" if split else "") + (
            " whose quote was found as published" if quoted_only else ""
        )
        raise DataError(f"{path}: no gold records{which}")
    return evaluate(records, keep_errors, coder)
