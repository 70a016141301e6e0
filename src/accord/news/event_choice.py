"""Which event of a sentence the nlp coder puts first: a choice learned among both coders'
events (issue 14, session 17, s17-rank).

``accord events evaluate`` (and a reader of a sentence's events) takes the first event as the
sentence's main one. The nlp coder orders its events by its own parse; the rules coder, run on
the same sentence, often has the gold type where the nlp coder's first event has not. Here a
logistic regression, on facts of each candidate fixed before any fit (:data:`FEATURES`: its
coder, raw confidence, type, roles, negation and reported speech in the sentence, whether the
other coder agrees on its type or its actors or is silent, whether its trigger's clause is the
sentence's root; not its rank), estimates the probability that the candidate's type is the
sentence's gold event. In a sentence where the nlp coder codes something, the type of the
candidate with the highest probability comes first (:func:`reorder`, ``RoleRules.
learned_first``): the nlp coder's event of that type with its own actors, or, where it has
none of that type, the rules event put in front of its events; nothing is dropped. The rules
coder's events are the reading the nlp coder already holds for its calibration
(:meth:`~accord.news.nlp.coder.NlpCoder.agreement`: object recipients off, no antecedent;
s17-rank2), not a reading of their own (s17-rank's first version read every sentence once more,
+29 % of the coder's CPU). It was off by default in session 17: it cost +5-11 % of the nlp
coder's CPU in process, over the 5 % target (docs/validation-events/session-17-rank2.md); since
s18-r2cost, with the same output, about +4 % (a document's rows scored as one matrix, a rules
event put in front not read again; docs/validation-events/session-18-r2cost.md), so it is on
by default since session 18 (docs/data/heldout-2026-12-04-s18/declared.md). In a
sentence the nlp coder leaves uncoded (its fallback to the rules coder kept nothing), the
rules event with the highest probability can be emitted when that probability reaches a gate
chosen out of fold (:func:`gated`, ``RoleRules.learned_gate``, off: it puts back events the
coder refuses on purpose).

The model is fitted on the READING gold files (:func:`accord.news.event_confidence.
reading_sets`) and scored leave one file out (docs/validation-events/session-17-rank.md;
refitted on the cached reading's candidates in session-17-rank2.md).
Its coefficients are package data (``data/event-choice.json``), rebuilt by
``python -m accord.news.event_choice --out REPORT.json --write`` (needs the ``[nlp]`` extra
and ``../shared``; a few minutes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from accord.errors import DataError
from accord.news.evaluate import micro_f1
from accord.news.event_confidence import FEATURES as EVENT_FEATURES
from accord.news.event_confidence import sentence_features
from accord.news.types import Event, event_key

__all__ = [
    "FEATURES",
    "Candidates",
    "candidate_rows",
    "chosen",
    "gated",
    "load_model",
    "reorder",
]

BUNDLED = "data/event-choice.json"
_SHARED = slice(1, 24)  # event_features: the types ... log_words and the events of the sentence
_AGREE = slice(25, 27)  # event_features: agree_type, agree_actors (after the rank, not used)
FEATURES = (
    "nlp",
    "raw_nlp",
    "raw_rules",
    *EVENT_FEATURES[_SHARED],
    *EVENT_FEATURES[_AGREE],
    "other_silent",
    "root",
)
"""The model's inputs, in order (:func:`candidate_rows`), fixed before any fit: the calibration's
(:data:`accord.news.event_confidence.FEATURES`) less its raw number, split by coder, and its
rank; and three facts of the two coders' candidates together."""


def candidate_rows(
    nlp: Sequence[Event], rules: Sequence[Event], roots: Sequence[bool]
) -> list[list[float]]:
    """The input rows of a sentence's candidates, the nlp coder's events then the rules
    coder's; ``roots``: for each, whether its trigger's clause is the sentence's root."""
    if len(roots) != len(nlp) + len(rules):
        raise ValueError("candidate_rows: one root per candidate")
    rows = []
    at = iter(roots)
    for own, other, is_nlp in ((nlp, rules, 1.0), (rules, nlp, 0.0)):
        silent = float(not other)
        for x in sentence_features(own, other):
            raw = (x[0], 0.0) if is_nlp else (0.0, x[0])
            rows.append([is_nlp, *raw, *x[_SHARED], *x[_AGREE], silent, float(next(at))])
    return rows


def chosen(scores: Sequence[float]) -> int:
    """The index of the highest score; a tie goes to the earlier candidate (the nlp coder's
    before the rules coder's, then each coder's own order)."""
    return max(range(len(scores)), key=lambda k: (scores[k], -k))


def reorder(nlp: list[Event], rules: Sequence[Event], scores: Sequence[float]) -> list[Event]:
    """``nlp`` (a sentence's events of the nlp coder, non-empty) with the chosen candidate of
    ``nlp`` + ``rules`` first. The model chooses a type (its target): the nlp event of the
    chosen one's :func:`~accord.news.types.event_key` goes first if there is one, else the
    first nlp event of its type (the coder's own actors), else the rules event itself; the
    others follow in their order."""
    pick = [*nlp, *rules][chosen(scores)]
    key = event_key(pick)
    head = next(
        (e for e in nlp if event_key(e) == key),
        next((e for e in nlp if e.event_type == pick.event_type), pick),
    )
    return [head, *(e for e in nlp if e is not head)]


def gated(rules: Sequence[Event], scores: Sequence[float], gate: float) -> list[Event]:
    """For a sentence the nlp coder leaves uncoded: the rules coder's event of ``rules`` with
    the highest score (ties to the earlier) when that score is at least ``gate``, else none."""
    if not rules:
        return []
    k = chosen(scores)
    return [rules[k]] if scores[k] >= gate else []


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The bundled model (an :class:`accord.news.evidence_confidence.ConfidenceModel`, its
    ``threshold`` the gate of :func:`gated`) and the type head it was fitted with, or None
    when the file is absent."""
    from accord.news.evidence_confidence import ConfidenceModel

    ref = resources.files("accord.news").joinpath(BUNDLED)
    if not ref.is_file():
        return None
    data = json.loads(ref.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise DataError(f"{BUNDLED}: the model has other features; rebuild it")
    mean, scale, coef = (tuple(data[k]) for k in ("mean", "scale", "coef"))
    model = ConfidenceModel(mean, scale, coef, float(data["intercept"]), float(data["threshold"]))
    return model, data.get("head")


@lru_cache(maxsize=4)
def choice_digest(head: object) -> str | None:
    """A digest of the bundled choice model (12 hex digits of the SHA-256 of its file) when it
    was fitted with the type head ``head``, else None: the nlp coder's version names it while
    ``learned_first`` is on (:class:`accord.news.nlp.coder.NlpCoder`), since which event comes
    first depends on it, so that stores coded with another choice (or none) are told apart
    (:func:`accord.news.ingest.coder_name`)."""
    bundled = load_model()
    if bundled is None or bundled[1] != head:
        return None
    data = resources.files("accord.news").joinpath(BUNDLED).read_bytes()
    return hashlib.sha256(data).hexdigest()[:12]


# -- fitting and scoring on the gold files ----------------------------------------------------
@dataclass
class Candidates:
    """Both coders' events of each gold record, as rows: the inputs, whether each candidate's
    type (and type and actors) is the gold's, its record and its coder."""

    x: np.ndarray[Any, Any]
    right: np.ndarray[Any, Any]
    full: np.ndarray[Any, Any]
    keys: list[tuple[str, tuple[str, ...], tuple[str, ...]]]  # per row: its event_key
    record: np.ndarray[Any, Any]  # the row's record index
    nlp: np.ndarray[Any, Any]  # the row is an nlp coder's event
    files: list[str]  # per record
    gold: list[str]  # per record
    actors: list[tuple[int, int]]  # per record: gold source set named, gold target set named
    hits: list[tuple[bool, bool]]  # per row: its source set right, its target set right


def collect(sets: Sequence[Any]) -> tuple[Candidates, str]:
    """The candidates of every record of ``sets`` (the nlp coder with the choice off, on the
    record's text as ``accord events evaluate`` codes it, and the rules coder's reading of it
    that the nlp coder holds, :meth:`~accord.news.nlp.coder.NlpCoder.agreement`, as the choice
    reads it) and the nlp coder's type head digest."""
    from dataclasses import replace

    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder, Readings, trigger_roots
    from accord.news.nlp.models import spacy_pipeline

    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=False))
    classes = load().org_classes
    rows: list[list[float]] = []
    right: list[bool] = []
    hits: list[tuple[bool, bool]] = []
    record: list[int] = []
    keys: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    nlp_flag: list[bool] = []
    files: list[str] = []
    gold: list[str] = []
    actors: list[tuple[int, int]] = []
    for dev in sets:
        for item in read_gold(dev.path, dev.split):
            readings: Readings = {}
            nlp = coder.raw_sentence(item.text, item.date, item.home, readings)
            rules = list(coder.agreement(item.date, item.home, readings)(item.text))
            sents = list(spacy_pipeline()(item.text).sents)
            roots = [*trigger_roots(sents, nlp), *trigger_roots(sents, rules)]
            gold_s = frozenset(classes.get(c, c) for c in item.sources)
            gold_t = frozenset(classes.get(c, c) for c in item.targets)
            rows.extend(candidate_rows(nlp, rules, roots))
            for k, event in enumerate([*nlp, *rules]):
                right.append(event.event_type == item.event)
                hits.append((fold(event.sources) == gold_s, fold(event.targets) == gold_t))
                record.append(len(files))
                keys.append(event_key(event))
                nlp_flag.append(k < len(nlp))
            files.append(dev.name)
            gold.append(item.event)
            actors.append((int(bool(gold_s)), int(bool(gold_t))))
    x = np.asarray(rows, dtype=float).reshape(len(right), len(FEATURES))
    ok = np.asarray(right, bool)
    s_ok = np.asarray([h[0] for h in hits], bool)
    t_ok = np.asarray([h[1] for h in hits], bool)
    named = np.asarray([actors[r] for r in record], bool).reshape(len(record), 2)
    full = ok & (~named[:, 0] | s_ok) & (~named[:, 1] | t_ok)
    out = Candidates(
        x,
        ok,
        full,
        keys,
        np.asarray(record, int),
        np.asarray(nlp_flag, bool),
        files,
        gold,
        actors,
        hits,
    )
    return out, str(coder.head.meta.get("digest"))


Picker = Callable[[np.ndarray[Any, Any]], int | None]
"""A record's row indices -> the row it emits first (None: nothing)."""


def score(c: Candidates, pick: Picker, records: Sequence[int]) -> dict[str, Any]:
    """``accord events evaluate``'s counts of the rows ``pick`` chooses for ``records``, and
    the records right (type and named actors as the gold; a NONE record: nothing chosen)."""
    gold = predicted = correct = alarms = right = ok = named = 0
    starts = np.searchsorted(c.record, np.arange(len(c.files) + 1))
    for r in records:
        k = pick(np.arange(starts[r], starts[r + 1]))
        gold += c.gold[r] != "NONE"
        named += sum(c.actors[r])
        if k is None:
            right += c.gold[r] == "NONE"
            continue
        predicted += 1
        alarms += c.gold[r] == "NONE"
        correct += bool(c.right[k])
        right += bool(c.full[k])
        ok += sum(a and h for a, h in zip(c.actors[r], c.hits[k], strict=True))
    return figures(len(records), gold, predicted, correct, alarms, (ok, named), right)


def figures(
    records: int,
    gold: int,
    predicted: int,
    correct: int,
    alarms: int,
    actors: tuple[int, int],
    right: int,
) -> dict[str, Any]:
    """The figures of a picker from its counts; ``actors``: gold actor sets matched, named."""
    ok, named = actors
    return {
        "records": records,
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
        "false_alarms": alarms,
        "event_f1": round(micro_f1(correct, predicted, gold), 4),
        "actor_ok": ok,
        "actor_n": named,
        "actor_accuracy": round(ok / named, 4) if named else 0.0,
        "records_right": right,
    }


def shipped(c: Candidates) -> Picker:
    """The nlp coder's first event, as shipped."""
    return lambda rows: next((int(k) for k in rows if c.nlp[k]), None)


def learned(
    c: Candidates, p: np.ndarray[Any, Any], gate: float | None = None, typed: bool = True
) -> Picker:
    """C1: where the nlp coder has events, the highest ``p`` among both coders' (ties to the
    earlier row), with ``typed`` as :func:`reorder` reads it (the nlp event of its key, else
    of its type, else itself; without ``typed``, session 17's declared C1 and C2: the nlp
    event of its key, else itself); with ``gate`` (C2), where it has none, the rules event
    with the highest ``p`` when ``p`` >= ``gate``."""

    def pick(rows: np.ndarray[Any, Any]) -> int | None:
        if not len(rows):
            return None
        best = int(rows[chosen([p[k] for k in rows])])
        mine = [int(k) for k in rows if c.nlp[k]]
        if not mine:
            return best if gate is not None and p[best] >= gate else None
        kind = c.keys[best][0]
        same = [k for k in mine if c.keys[k] == c.keys[best]]
        same += [k for k in mine if typed and c.keys[k][0] == kind]
        return same[0] if same else best

    return pick


CUTS = tuple(round(0.05 * k, 2) for k in range(1, 20))
"""C2's gates tried."""
LABELS = ("shipped", "C1", "C2", "C1t", "C2t")
"""The pickers scored: the shipped first event; session 17's declared C1 and C2; and C1t,
C2t, the same with :func:`reorder`'s type-level reading (declared after C2's tests)."""


def _probabilities(c: Candidates, train: np.ndarray[Any, Any], held: np.ndarray[Any, Any]) -> Any:
    from accord.news.evidence_confidence import fit

    rows = train[c.record]
    model = fit(c.x[rows], c.right[rows].astype(float))
    z = model.intercept + ((c.x - model.mean) / model.scale) @ np.asarray(model.coef)
    return np.where(held[c.record], 1.0 / (1.0 + np.exp(-z)), 0.0)


def out_of_file(c: Candidates) -> dict[str, Any]:
    """Leave one file out: the shipped first event, C1 and C2 (its gate chosen by an inner
    leave one file out on the training files), per file and pooled; and the gate of the
    model fitted on every file, chosen the same way on all of them (``gate``)."""
    files = np.asarray(c.files)
    names = list(dict.fromkeys(c.files))
    p = np.zeros(len(c.right))
    gates: dict[str, float] = {}
    for name in names:
        held = files == name
        p += _probabilities(c, ~held, held)
        inner = np.zeros(len(c.right))
        for other in names:
            if other != name:
                inner += _probabilities(c, ~held & (files != other), files == other)
        train = [int(r) for r in np.flatnonzero(~held)]
        gates[name] = max(
            CUTS, key=lambda t: (score(c, learned(c, inner, t), train)["event_f1"], t)
        )
    per_file: dict[str, Any] = {}
    pooled: dict[str, Any] = {}
    for label in LABELS:
        for name in names:
            records = [int(r) for r in np.flatnonzero(files == name)]
            if label == "shipped":
                pick = shipped(c)
            else:
                gate = gates[name] if label.startswith("C2") else None
                pick = learned(c, p, gate, label.endswith("t"))
            per_file.setdefault(name, {})[label] = score(c, pick, records)
        table = [per_file[n][label] for n in names]
        total = {k: sum(row[k] for row in table) for k in table[0]}
        pooled[label] = figures(
            total["records"],
            total["gold"],
            total["predicted"],
            total["correct"],
            total["false_alarms"],
            (total["actor_ok"], total["actor_n"]),
            total["records_right"],
        )
    everything = list(range(len(c.files)))
    gate = max(CUTS, key=lambda t: (score(c, learned(c, p, t), everything)["event_f1"], t))
    verdict = {}
    for label in LABELS[1:]:
        nets = {
            n: per_file[n][label]["records_right"] - per_file[n]["shipped"]["records_right"]
            for n in names
        }
        a, b = pooled[label], pooled["shipped"]
        verdict[label] = {
            "net_records": a["records_right"] - b["records_right"],
            "worst_file_net": min(nets.values()),
            "files_better": sorted(n for n, v in nets.items() if v > 0),
            "files_worse": sorted(n for n, v in nets.items() if v < 0),
            "qualifies": a["event_f1"] >= b["event_f1"]
            and a["actor_accuracy"] >= b["actor_accuracy"]
            and a["records_right"] >= b["records_right"] + 1
            and min(nets.values()) >= -2,
        }
    return {
        "pooled": pooled,
        "verdict": verdict,
        "gates": gates,
        "gate": gate,
        "per_file": per_file,
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Collect the candidates of the READING files, score C1 and C2 leave one file out,
    write the report, and with ``--write`` bundle the model fitted on every file."""
    from accord.news.event_confidence import reading_sets
    from accord.news.evidence_confidence import fit

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--out", required=True)
    parser.add_argument("--write", action="store_true", help="bundle the model")
    args = parser.parse_args(argv)
    sets = reading_sets(Path(args.root), Path(args.shared))
    c, head = collect(sets)
    report = {"sets": [d.name for d in sets], "candidates": len(c.right), **out_of_file(c)}
    print(json.dumps({"pooled": report["pooled"], "verdict": report["verdict"]}, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.write:
        entry = fit(c.x, c.right.astype(float)).to_dict()
        entry["threshold"] = report["gate"]
        entry["features"] = list(FEATURES)
        entry["head"] = head
        target = Path(__file__).parent / BUNDLED
        target.write_text(json.dumps(entry, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
