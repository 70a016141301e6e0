"""The steps every held-out gold build shares (issue 14): pair the two annotators' files, merge
in the adjudicator's decisions, compute the agreement (scikit-learn's Cohen's kappa), check that
no sentence or page is already in another gold file, and write the gold files.

Sessions 10-15 each copied a build.py of 400-580 lines (docs/data/heldout-*/build/build.py,
kept as the record of what ran). From session 17 a build imports this module and keeps only what
is its own: its paths, the adjudicator's decisions (data) and its DOCUMENT comment. README.md
beside this file shows a whole build. Derived from the session-14 builds (heldout-2026-12-04-s14
and -s14b) and the code of session 15's (the drop of quotations not found again, the citation
check); the tests are tests/news/test_heldout_build_lib.py.

Every check raises ``BuildError`` naming the record, so a build stops at the first problem
instead of writing a gold file the tests would reject.
"""

from __future__ import annotations

import datetime as dt
import difflib
import importlib.util
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from sklearn.metrics import cohen_kappa_score

Record = dict[str, Any]
Labels = tuple[str, frozenset[str], frozenset[str]]
Stance = tuple[str, str, str | None]

# What the second annotator's copy of a record must share with the collector's: b labels the
# collector's sentences and never edits them.
EVENT_FIELDS = ("text", "date", "url", "publisher", "found_by")
EVIDENCE_FIELDS = ("scenario", "text", "url", "publisher", "date", "date_basis", "found_by")
# What a record's ``adjudication`` keeps of the adjudicator's event decision.
EVENT_DECISION = ("event", "mode", "source", "target", "follows", "reason")
# The date rule tests/news/test_evidence_gold_heldout.py applies to every evidence set after
# session 4's, and the date bases it accepts (besides "inferred from the events the report
# describes (...)" with a note).
DATE_RANGE = (dt.date(2014, 1, 1), dt.date(2026, 12, 31))
DATE_BASES = frozenset(
    {
        "stated on the page or in its URL",
        "inferred from the events the report describes (page undated)",
        "inferred from the time stamp in its URL",
    }
)
# Record ids as adjudication reasons cite them: event gold (HO26R-015, ACCORD-FRESH-006; from
# session 19 the prefixes run on as HO27A, HO27B...; after HO29Z, HO30A) and evidence gold
# (EV-189, EVH-040, EVH15-010).
CITED = re.compile(
    r"\b(?:HO(?:2[6-9]|3[0-9])[A-Z]?-\d{3}|ACCORD-[A-Z0-9]+-\d{3}|EV(?:H\d*)?-\d{3})\b"
)
KAPPA_METHOD = "sklearn.metrics.cohen_kappa_score over the event type labels, NONE included"


class BuildError(ValueError):
    """An input or a decision that would make a gold file the tests reject."""


# --- reading ------------------------------------------------------------------------------------


def read_records(path: Path) -> list[Record]:
    """The records of a gold or annotation file: a JSON list (an event file, its DOCUMENT record
    included), a JSON object with an ``events`` list, or JSON lines (an evidence file)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    rows = json.loads(text)
    if isinstance(rows, dict):
        rows = rows.get("events", [])
    return [r for r in rows if isinstance(r, dict)]


def pair(
    first: Sequence[Record], second: Sequence[Record], fields: Sequence[str]
) -> list[tuple[Record, Record]]:
    """Each record of the collector's file with the second annotator's copy, in the first file's
    order. Both must hold the same ids, once each, with the same ``fields``."""
    ids = [r["id"] for r in first]
    by_id = {r["id"]: r for r in second}
    if len(set(ids)) != len(ids) or len(by_id) != len(second):
        raise BuildError("an id stands twice in one annotation file")
    if set(ids) != set(by_id):
        raise BuildError(f"the files differ in ids: {sorted(set(ids) ^ set(by_id))}")
    for record in first:
        other = by_id[record["id"]]
        for key in fields:
            if record.get(key) != other.get(key):
                raise BuildError(f"{record['id']}: the two files differ in {key!r}")
    return [(r, by_id[r["id"]]) for r in first]


def record_files(paths: Iterable[Path]) -> dict[str, str]:
    """Record id -> file name over gold files (for the citation check; pass the development
    files only, never the CHECK files)."""
    return {r["id"]: path.name for path in paths for r in read_records(path) if "id" in r}


def check_citations(
    reasons: Iterable[str], development: Mapping[str, str], own: Iterable[str] = ()
) -> list[str]:
    """The development records the adjudication reasons cite, sorted; each must be a record of
    ``development`` (id -> file name) or, no precedent but a mention, one of the set's ``own``
    ids. A cited id of a CHECK file is thus an error as long as the caller leaves those out."""
    found = {m for text in reasons for m in CITED.findall(text)}
    unknown = sorted(found - set(development) - set(own))
    if unknown:
        raise BuildError(f"reasons cite records of no development file: {unknown}")
    return sorted(found & set(development))


# --- events -------------------------------------------------------------------------------------


def event_labels(item: Mapping[str, Any]) -> Labels:
    """Event type, source codes and target codes of a gold record, an annotation or a decision
    (codes written bare or as ``{"code": ...}``)."""
    codes = [
        frozenset(a["code"] if isinstance(a, dict) else a for a in item[role])
        for role in ("source", "target")
    ]
    return item["event"], codes[0], codes[1]


def event_agreement(x: Sequence[Labels], y: Sequence[Labels]) -> dict[str, Any]:
    """Equal event types, Cohen's kappa of the types (3 decimals), equal source sets and equal
    target sets of two label lists: the figures docs/validation-events.md reports per pair."""
    kappa = float(cohen_kappa_score([p[0] for p in x], [q[0] for q in y]))
    return {
        "type": sum(p[0] == q[0] for p, q in zip(x, y, strict=True)),
        "kappa": round(kappa, 3),
        "source": sum(p[1] == q[1] for p, q in zip(x, y, strict=True)),
        "target": sum(p[2] == q[2] for p, q in zip(x, y, strict=True)),
    }


@dataclass(frozen=True)
class EventDecisions:
    """The adjudicator's decisions, by record id: the data of a session's build.py.

    ``adjudications``: where a and b differ in type, source set or target set, the final labels
    (event, mode, source, target), whom they follow ("a", "b" or "neither": in type, source and
    target; the mode may be the other annotator's, as the reason says) and the reason.
    ``modes_kept``: a mode-only difference where a's mode stays: why it is not clearly wrong.
    ``modes_taken``: a mode-only difference where b's mode is taken: (b's mode, the note).
    ``rechecked``: the adjudicator's quote check of a quotation b could not confirm.
    ``dropped``: a quotation not found again, left out of the gold: why."""

    adjudications: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    modes_kept: Mapping[str, str] = field(default_factory=dict)
    modes_taken: Mapping[str, tuple[str | None, str]] = field(default_factory=dict)
    rechecked: Mapping[str, Record] = field(default_factory=dict)
    dropped: Mapping[str, str] = field(default_factory=dict)


@dataclass
class EventBuild:
    """The gold records of an event set and the label lists its agreement is computed on (the
    records kept, in order)."""

    records: list[Record]
    a: list[Labels]
    b: list[Labels]
    gold: list[Labels]
    type_and_mode_agree: int

    def follows(self) -> Counter[str]:
        return Counter(r["adjudication"]["follows"] for r in self.records if "adjudication" in r)

    def summary(self) -> Record:
        """The events part of agreement.json."""
        types = Counter(r["event"] for r in self.records)
        return {
            "records": len(self.records),
            "a_b": event_agreement(self.a, self.b),
            "a_gold": event_agreement(self.a, self.gold),
            "b_gold": event_agreement(self.b, self.gold),
            "type_source_target_all_agree": sum(
                x == y for x, y in zip(self.a, self.b, strict=True)
            ),
            "type_and_mode_agree": self.type_and_mode_agree,
            "none_a": sum(x[0] == "NONE" for x in self.a),
            "none_b": sum(x[0] == "NONE" for x in self.b),
            "adjudicated": sum("adjudication" in r for r in self.records),
            "follows": dict(sorted(self.follows().items())),
            "final_types": dict(types.most_common()),
            "dates": [min(r["date"] for r in self.records), max(r["date"] for r in self.records)],
            "publishers": len({r["publisher"] for r in self.records}),
            "pages": len({r["url"] for r in self.records}),
            "kappa_method": KAPPA_METHOD,
        }


def _event_final(rid: str, ann_a: Record, ann_b: Record, decisions: EventDecisions) -> Record:
    """The final labels of one record: the adjudication where the labels differ, else a's, with
    b's mode where the adjudicator took it."""
    adj = decisions.adjudications.get(rid)
    one, two = event_labels(ann_a), event_labels(ann_b)
    if one != two:
        if adj is None:
            raise BuildError(f"{rid}: a and b differ and there is no adjudication")
        if rid in decisions.modes_kept or rid in decisions.modes_taken:
            raise BuildError(f"{rid}: a mode decision on an adjudicated record")
        missing = set(EVENT_DECISION) - set(adj)
        if missing or not str(adj["reason"]).strip():
            raise BuildError(f"{rid}: the adjudication lacks {sorted(missing) or ['a reason']}")
        followed = {"a": ann_a, "b": ann_b}.get(adj["follows"])
        if adj["follows"] == "neither":
            if event_labels(adj) in (one, two):
                raise BuildError(f"{rid}: follows neither but equals one annotation")
        elif followed is None:
            raise BuildError(f"{rid}: follows {adj['follows']!r}, not a, b or neither")
        elif event_labels(followed) != event_labels(adj):
            raise BuildError(f"{rid}: follows {adj['follows']} but differs from it")
        return dict(adj)
    if adj is not None:
        raise BuildError(f"{rid}: adjudicated, but a and b agree")
    final = dict(ann_a)
    if ann_a["mode"] == ann_b["mode"]:
        if rid in decisions.modes_kept or rid in decisions.modes_taken:
            raise BuildError(f"{rid}: a mode decision, but the modes agree")
    elif rid in decisions.modes_taken:
        if decisions.modes_taken[rid][0] != ann_b["mode"]:
            raise BuildError(f"{rid}: the mode taken is not b's")
        final["mode"] = ann_b["mode"]
    elif rid not in decisions.modes_kept:
        raise BuildError(f"{rid}: the modes differ and no decision says whose stays")
    return final


def _quote_check(record: Record, cited: str, checked: Record, recheck: Record | None) -> Record:
    """The quote check the gold keeps: b's, or the adjudicator's where b could not confirm the
    quotation on the ``cited`` page (the collector's URL); either way the sentence must stand
    word for word on the record's page."""
    if recheck is not None:
        if checked["status"] == "verbatim" and checked["url_checked"] == cited:
            raise BuildError(f"{record['id']}: re-checked, but b had confirmed it")
        checked = recheck
    if checked["status"] != "verbatim" or checked["url_checked"] != record["url"]:
        raise BuildError(f"{record['id']}: the quotation is not confirmed on its page")
    return dict(checked)


def merge_events(
    pairs: Sequence[tuple[Record, Record]], decisions: EventDecisions, split: str = "heldout"
) -> EventBuild:
    """The gold records of an event set from (a's record, b's record) pairs: final labels, both
    annotations, the adjudication and notes, and the quote check. A decision for a record that
    needs none, or for no record of the set, is an error (a slip in the build's data)."""
    build = EventBuild([], [], [], [], 0)
    for ra, rb in _kept(pairs, decisions):
        rid = ra["id"]
        ann_a, ann_b = ra["annotations"]["a"], rb["annotations"]["b"]
        final = _event_final(rid, ann_a, ann_b, decisions)
        record: Record = {key: ra[key] for key in ("id", *EVENT_FIELDS)}
        record |= {
            "split": split,
            "event": final["event"],
            "mode": final["mode"],
            "source": [{"code": c} for c in final["source"]],
            "target": [{"code": c} for c in final["target"]],
            "annotations": {"a": ann_a, "b": ann_b},
        }
        if rid in decisions.adjudications:
            record["adjudication"] = {k: final[k] for k in EVENT_DECISION}
        if rid in decisions.modes_taken:
            record["mode_note"] = decisions.modes_taken[rid][1]
        record["quote_check"] = _quote_check(
            record, ra["url"], rb["quote_check"], decisions.rechecked.get(rid)
        )
        build.records.append(record)
        build.a.append(event_labels(ann_a))
        build.b.append(event_labels(ann_b))
        build.gold.append(event_labels(final))
        modes = (ann_a["event"], ann_a["mode"]) == (ann_b["event"], ann_b["mode"])
        build.type_and_mode_agree += modes
    unknown = _decided(decisions) - {ra["id"] for ra, _ in pairs}
    if unknown:
        raise BuildError(f"decisions for records the set does not hold: {sorted(unknown)}")
    return build


def _kept(
    pairs: Iterable[tuple[Record, Record]], decisions: EventDecisions | EvidenceDecisions
) -> Iterator[tuple[Record, Record]]:
    """The pairs whose quotation stays in the gold. A dropped one must be a quotation the
    second annotator could not confirm, and carry no other decision."""
    for ra, rb in pairs:
        rid = ra["id"]
        if rid not in decisions.dropped:
            yield ra, rb
        elif rb["quote_check"]["status"] == "verbatim":
            raise BuildError(f"{rid}: dropped, but the second annotator confirmed it")
        elif rid in _decided(decisions, "dropped"):
            raise BuildError(f"{rid}: dropped, and decided on too")


def _decided(decisions: EventDecisions | EvidenceDecisions, *leaving: str) -> set[str]:
    """The ids any decision names, but those of the ``leaving`` kinds."""
    parts = vars(decisions)
    return {rid for kind, part in parts.items() if kind not in leaving for rid in part}


# --- an event set from its folder (from session 26) ---------------------------------------------

# An event annotation's labels, as the collector's file gives them on the record.
EVENT_LABEL = ("event", "mode", "source", "target", "note")
# The license of every held-out event file's DOCUMENT record.
EVENT_LICENSE = "quotations for research (short citation); labels CC BY-SA 4.0"
# The day session 18's DOCUMENT comment (kept in its build.py, reused since) writes in its title.
COMMENT_DAY = "2026-12-04"

# A set's DOCUMENT comment as session 18's build writes it: (records, the agreement summary,
# the near duplicates, the decisions, (title, scope, build folder)) -> text.
Comment = Callable[
    [
        Sequence[Record],
        Mapping[str, Any],
        Mapping[str, Record],
        EventDecisions,
        tuple[str, str, str],
    ],
    str,
]


def with_labels(record: Mapping[str, Any], name: str) -> Record:
    """An event annotation with its labels under ``annotations[name]``, the form ``pair`` and
    ``merge_events`` read: moved there from the record (the collectors' files, and the second
    annotators' up to session 24, as session 17's ``with_annotation``), or the record as it is
    where they already stand there and only there (most second annotators' files since session
    24)."""
    if "annotations" not in record:
        out = {k: v for k, v in record.items() if k not in EVENT_LABEL}
        out["annotations"] = {name: {k: record[k] for k in EVENT_LABEL}}
        return out
    if set(record["annotations"]) != {name} or set(EVENT_LABEL) & set(record):
        raise BuildError(f"{record['id']}: labels of another annotator, or on the record too")
    return dict(record)


def dated(comment: Comment, day: str) -> Comment:
    """``comment`` with ``day`` in place of ``COMMENT_DAY`` in its title, "(session 26, ...)"
    (session 18's comment names the day sessions 17-20 ran); stops if the title is not there
    once."""

    def with_day(
        records: Sequence[Record],
        events: Mapping[str, Any],
        near: Mapping[str, Record],
        decided: EventDecisions,
        which: tuple[str, str, str],
    ) -> str:
        text = comment(records, events, near, decided, which)
        title = f"({which[0]}, {COMMENT_DAY})"
        if text.count(title) != 1:
            raise BuildError(f"the DOCUMENT comment no longer says {title!r} once")
        return text.replace(title, f"({which[0]}, {day})")

    return with_day


def build_event_set(
    folder: Path,
    path: Path,
    decided: EventDecisions,
    which: tuple[str, str, str],
    others: Sequence[Path],
    comment: Comment,
    correct: Callable[[Record], Record] | None = None,
) -> tuple[Record, dict[str, Record]]:
    """An event set from the files in ``folder`` (the collector's events-a.json and the second
    annotator's events-b.json, labels in either form ``with_labels`` reads), written to ``path``
    (session 19's build ran these steps, sessions 24-26 each a variant of them): each record
    corrected by ``correct`` where given (the page's text), the near duplicates of ``others``
    left out, the ``decided`` labels merged, the file refused while a duplicate of ``others``
    stands; its DOCUMENT record named after the file, with ``comment``'s text for ``which``.
    Returns the agreement summary (``EventBuild.summary``) and the near duplicates, by id."""
    a = [with_labels(r, "a") for r in read_records(folder / "events-a.json")]
    b = [with_labels(r, "b") for r in read_records(folder / "events-b.json")]
    if correct is not None:
        a, b = [correct(r) for r in a], [correct(r) for r in b]
    near = near_duplicates(a, others)
    build = merge_events([p for p in pair(a, b, EVENT_FIELDS) if p[0]["id"] not in near], decided)
    events = build.summary()
    document = {
        "id": f"ACCORD-HELDOUT-{path.stem.rsplit('-', 1)[1].upper()}-DOC",
        "event": "DOCUMENT",
        "comment": comment(build.records, events, near, decided, which),
        "license": EVENT_LICENSE,
    }
    write_gold(path, event_gold_text(document, build.records), build.records, others)
    return events, near


# --- evidence -----------------------------------------------------------------------------------


def stance_list(label: Mapping[str, Any]) -> list[Record]:
    """An evidence annotator's stances in their order: the first label, then its ``also`` list
    (a label without an actor is no stance)."""
    return [
        {"actor": item["actor"], "issue": item["issue"], "direction": item.get("direction")}
        for item in [label, *(label.get("also") or [])]
        if item.get("actor")
    ]


def stance_set(label: Mapping[str, Any]) -> set[Stance]:
    return {(s["actor"], s["issue"], s["direction"]) for s in stance_list(label)}


@dataclass(frozen=True)
class EvidenceDecisions:
    """The adjudicator's decisions on an evidence set, by record id.

    ``adjudications``: where A's and B's stance sets differ, "follows A: ..." or "follows B:
    ..." with the reason. ``rechecked``: the adjudicator's quote check of a quotation B could not
    confirm (or found at another address). ``url_fixes``: (the collector's URL, the page's).
    ``text_fixes``: (wrong text, the page's text). ``dropped``: quotations not found again."""

    adjudications: Mapping[str, str] = field(default_factory=dict)
    rechecked: Mapping[str, Record] = field(default_factory=dict)
    url_fixes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    text_fixes: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    dropped: Mapping[str, str] = field(default_factory=dict)


def _evidence_record(ra: Record, decisions: EvidenceDecisions) -> Record:
    """The collector's fields of one evidence record, with the adjudicator's URL and text
    corrections, checked against the tests' date rule."""
    rid = ra["id"]
    keys = ("id", "scenario", "text", "url", "publisher", "date", "date_basis")
    record: Record = {key: ra[key] for key in keys}
    if rid in decisions.url_fixes:
        old, new = decisions.url_fixes[rid]
        if record["url"] != old:
            raise BuildError(f"{rid}: the URL to correct is not the record's")
        record["url"] = new
    if rid in decisions.text_fixes:
        old, new = decisions.text_fixes[rid]
        if old not in record["text"]:
            raise BuildError(f"{rid}: the text to correct is not in the sentence")
        record["text"] = record["text"].replace(old, new)
    basis = record["date_basis"]
    inferred = basis.startswith("inferred from the events the report describes (")
    if basis not in DATE_BASES and not inferred:
        raise BuildError(f"{rid}: date basis {basis!r}")
    if not DATE_RANGE[0] <= dt.date.fromisoformat(record["date"]) <= DATE_RANGE[1]:
        raise BuildError(f"{rid}: dated outside {DATE_RANGE[0]}..{DATE_RANGE[1]}")
    return record


def merge_evidence(
    pairs: Sequence[tuple[Record, Record]], decisions: EvidenceDecisions
) -> list[Record]:
    """The gold records of an evidence set from (A's record, B's record) pairs: the stances
    both gave, or those of the annotator the adjudication follows, both annotations, the
    adjudication and the quote check."""
    out: list[Record] = []
    for ra, rb in _kept(pairs, decisions):
        rid = ra["id"]
        label_a, label_b = ra["annotations"]["A"], rb["annotations"]["B"]
        record = _evidence_record(ra, decisions)
        decision = decisions.adjudications.get(rid)
        if stance_set(label_a) == stance_set(label_b):
            if decision is not None:
                raise BuildError(f"{rid}: adjudicated, but A and B agree")
            record["stances"] = stance_list(label_a)
        elif decision is None:
            raise BuildError(f"{rid}: A and B differ and there is no adjudication")
        elif decision.startswith(("follows A", "follows B")):
            record["stances"] = stance_list(label_a if decision[8] == "A" else label_b)
        else:
            raise BuildError(f"{rid}: an adjudication must start 'follows A' or 'follows B'")
        record["annotations"] = {"A": label_a, "B": label_b}
        if decision is not None:
            record["adjudication"] = decision
        record["quote_check"] = _quote_check(
            record, ra["url"], rb["quote_check"], decisions.rechecked.get(rid)
        )
        out.append(record)
    unknown = _decided(decisions) - {ra["id"] for ra, _ in pairs}
    if unknown:
        raise BuildError(f"decisions for records the set does not hold: {sorted(unknown)}")
    return out


def sentence_issue_agreement(
    records: Sequence[Record], issues: Callable[[str], Sequence[str]]
) -> Record:
    """A's and B's agreement on one label per (sentence, issue of its scenario): the
    direction(s) the annotator's stances give that issue, any actor ("high+low" where two
    actors point different ways), else "none"; ``issues`` gives a scenario's issue ids."""
    labels: dict[str, list[str]] = {"A": [], "B": []}
    for record in records:
        for issue in issues(record["scenario"]):
            for name, acc in labels.items():
                stances = stance_set(record["annotations"][name])
                directions = sorted({d or "none" for (_, i, d) in stances if i == issue})
                acc.append("+".join(directions) or "none")
    a, b = labels["A"], labels["B"]
    return {
        "pairs": len(a),
        "agree": sum(x == y for x, y in zip(a, b, strict=True)),
        "kappa": round(float(cohen_kappa_score(a, b)), 3),
    }


def evidence_summary(
    records: Sequence[Record],
    decisions: EvidenceDecisions,
    path: Path,
    issues: Callable[[str], Sequence[str]],
) -> Record:
    """The evidence part of agreement.json (from session 18): the counts, whom the
    adjudications follow, the sentences whose stance sets A and B gave equal, the module's
    per-field agreement on the written file at ``path`` and the (sentence, issue) agreement."""
    verdicts = decisions.adjudications.values()
    return {
        "records": len(records),
        "adjudicated": len(decisions.adjudications),
        "follows": {who: sum(d.startswith(f"follows {who}") for d in verdicts) for who in "AB"},
        "exact_stance_set_agree": sum(
            stance_set(r["annotations"]["A"]) == stance_set(r["annotations"]["B"]) for r in records
        ),
        "annotator_agreement_module": evidence_agreement(path),
        "sentence_issue": sentence_issue_agreement(records, issues),
    }


def build_evidence_set(
    folder: Path,
    path: Path,
    decisions: EvidenceDecisions,
    others: Sequence[Path],
    issues: Callable[[str], Sequence[str]],
    fields: Sequence[str] = EVIDENCE_FIELDS,
) -> tuple[Record, dict[str, Record]]:
    """An evidence set from the files in ``folder`` (the collector's evidence-A.jsonl and the
    second annotator's evidence-B.jsonl), written to ``path`` (from session 20; session 19's
    build ran these steps itself): the near duplicates of ``others`` left out, the decisions
    merged, the file refused while a duplicate of ``others`` stands. ``fields``: what B's copy
    must share with A's (from session 21, whose B file was made from a sentence file without
    the collector's ``found_by``, which the gold does not keep). Returns the evidence part of
    agreement.json (``evidence_summary``) and the near duplicates, by id."""
    a = read_records(folder / "evidence-A.jsonl")
    b = read_records(folder / "evidence-B.jsonl")
    near = near_duplicates(a, others)
    records = merge_evidence([p for p in pair(a, b, fields) if p[0]["id"] not in near], decisions)
    write_gold(path, evidence_gold_text(records), records, others)
    return evidence_summary(records, decisions, path, issues), near


def evidence_agreement(path: Path) -> list[Record]:
    """A's and B's agreement per field (field, n, percent, kappa) on a written evidence gold
    file: accord's own ``annotator_agreement``, the figures the held-out tests recompute."""
    from accord.news.evidence_gold import annotator_agreement, load_evidence_gold

    records = load_evidence_gold(path)[0]
    return [
        {"field": a.field, "n": a.n, "percent": a.percent, "kappa": a.kappa}
        for a in annotator_agreement(records)
    ]


# --- duplicates ---------------------------------------------------------------------------------


def url_key(url: str) -> str:
    """A page's address without what varies between citations of the same page: the scheme,
    a leading "www." and trailing slashes (case kept: paths are case-sensitive)."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.IGNORECASE)
    return re.sub(r"^www\.", "", bare, flags=re.IGNORECASE).rstrip("/")


def find_duplicates(records: Sequence[Record], text: str, others: Iterable[Path]) -> list[str]:
    """What the held-out tests would reject, one line each: a sentence of ``records`` whose
    first 60 characters stand in another gold file, a page another file already cites, and a
    sentence of another file whose first 60 characters stand in ``text`` (the new file as it
    will be written: its reasons and comment may not quote other gold)."""
    problems = []
    for path in others:
        blob = path.read_text(encoding="utf-8")
        rows = [r for r in read_records(path) if isinstance(r.get("text"), str)]
        pages = {url_key(r["url"]): r["id"] for r in rows if r.get("url")}
        for record in records:
            if record["text"][:60] in blob:
                problems.append(f"{record['id']}: its sentence stands in {path.name}")
            if url_key(record["url"]) in pages or record["url"] in blob:
                problems.append(f"{record['id']}: its page is cited in {path.name}")
        problems += [
            f"{path.name} {r.get('id')}: its sentence is quoted in the new file"
            for r in rows
            if r["text"].strip() and r["text"][:60] in text
        ]
    return problems


WORD = re.compile(r"\w+")
# From session 18: a sentence another gold file already holds in other words (another copy of
# the same wire story: "had" for "have", a clause of a longer sentence) is left out. The first 60
# characters that find_duplicates compares let such copies through.
NEAR_DUPLICATE = 0.9


def near_duplicates(
    records: Sequence[Record], others: Iterable[Path], threshold: float = NEAR_DUPLICATE
) -> dict[str, Record]:
    """The records whose sentence nearly repeats one of another gold file, by id, each with the
    closest sentence's file, id and figures. Compared as lower-cased word sequences with
    difflib: a near duplicate has a ratio of at least ``threshold``, or the words matched in
    order cover at least ``threshold`` of the new sentence's words (a new sentence that is a
    clause of a longer one)."""
    sentences = [
        (path.name, r.get("id"), WORD.findall(r["text"].lower()))
        for path in others
        for r in read_records(path)
        if isinstance(r.get("text"), str) and r["text"].strip()
    ]
    found: dict[str, Record] = {}
    for record in records:
        words = WORD.findall(record["text"].lower())
        shared = set(words)
        best: Record = {"cover": 0.0}
        for name, rid, other in sentences:
            if 2 * len(shared & set(other)) < len(shared):
                continue  # half the words missing: neither measure comes near the threshold
            match = difflib.SequenceMatcher(None, words, other, autojunk=False)
            cover = sum(block.size for block in match.get_matching_blocks()) / len(words)
            ratio = match.ratio()
            if max(cover, ratio) > max(best["cover"], best.get("ratio", 0.0)):
                best = {"file": name, "id": rid, "ratio": round(ratio, 3), "cover": round(cover, 3)}
        if max(best["cover"], best.get("ratio", 0.0)) >= threshold:
            found[record["id"]] = best
    return found


# --- writing ------------------------------------------------------------------------------------


def event_gold_text(document: Record, records: Sequence[Record]) -> str:
    """An event gold file: its DOCUMENT record, then the records (JSON, one-space indent)."""
    return json.dumps([document, *records], ensure_ascii=False, indent=1) + "\n"


def evidence_gold_text(records: Sequence[Record]) -> str:
    """An evidence gold file: one JSON record a line."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def write_gold(path: Path, text: str, records: Sequence[Record], others: Iterable[Path]) -> None:
    """Write a gold file once nothing in it is in the ``others`` (every other gold file)."""
    problems = find_duplicates(records, text, others)
    if problems:
        raise BuildError("; ".join(problems))
    path.write_text(text, encoding="utf-8")


def write_agreement(path: Path, result: Mapping[str, Any]) -> None:
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_build(path: Path) -> ModuleType:
    """Another session's build.py as a module, for its helpers (a later build of the same
    session reuses the first's): the docs/data folders are no packages."""
    spec = importlib.util.spec_from_file_location(f"build_{path.parent.parent.name}", path)
    if spec is None or spec.loader is None:
        raise BuildError(f"no build module at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- agreement tables for docs/validation-events ------------------------------------------------

FIELD_TITLES = {
    "actor": "actor (or none)",
    "issue": "issue (or none)",
    "direction": "direction (low / high / none)",
    "stance": "stance or no stance",
}


def evidence_table(name: str, figures: Iterable[Mapping[str, Any]]) -> str:
    """The docs' table of an evidence set's agreement (rows of
    ``accord.news.evidence_gold.annotator_agreement`` as dicts: field, n, percent, kappa), in
    the form tests/news/test_evidence_gold_heldout.py finds in the docs."""
    rows = [f"| field ({name}) | share equal | kappa |", "| --- | ---: | ---: |"]
    rows += [
        f"| {FIELD_TITLES[f['field']]} | {f['percent']:.3f} | {f['kappa']:.3f} |" for f in figures
    ]
    return "\n".join(rows) + "\n"


def event_table(summary: Mapping[str, Any]) -> str:
    """The docs' table of an event set's agreement (from ``EventBuild.summary``)."""
    n = summary["records"]
    rows = [
        "| pair | event type | kappa | source sets | target sets |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for key, title in (("a_b", "a / b"), ("a_gold", "a / gold"), ("b_gold", "b / gold")):
        f = summary[key]
        rows.append(
            f"| {title} | {f['type']}/{n} | {f['kappa']:.3f} | {f['source']}/{n} "
            f"| {f['target']}/{n} |"
        )
    return "\n".join(rows) + "\n"
