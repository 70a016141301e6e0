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

Session 21 (s21-rank): the same choice for the rules coder's own events (:func:`rules_first`,
:func:`accord.news.coding.code_sentence`'s ``learned_first``), on inputs it has without a parse
(:data:`RULES_FEATURES`), its fit's setting chosen by leave one file out
(:func:`chosen_setting`); its model is ``data/rules-choice.json``, rebuilt by
``python -m accord.news.event_choice --coder rules --out REPORT.json --write`` (needs
``../shared``; about 5 minutes: the nested leave one file out;
docs/validation-events/session-21-rank.md).
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
from accord.news.event_confidence import feature_rows, sentence_features
from accord.news.types import Event, event_key

__all__ = [
    "FEATURES",
    "RULES_FEATURES",
    "RULES_SETTINGS",
    "Candidates",
    "candidate_rows",
    "chosen",
    "chosen_setting",
    "collect_rules",
    "fitted",
    "gated",
    "load_model",
    "load_rules_model",
    "reorder",
    "rules_first",
    "rules_rows",
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


def _stored(name: str, features: Sequence[str]) -> tuple[Any, dict[str, Any]] | None:
    """The model of package data file ``name`` (an :class:`accord.news.evidence_confidence.
    ConfidenceModel`) and the file's entry, or None when the file is absent; an error when
    it was fitted on other ``features``."""
    from accord.news.evidence_confidence import ConfidenceModel

    ref = resources.files("accord.news").joinpath(name)
    if not ref.is_file():
        return None
    data = json.loads(ref.read_text(encoding="utf-8"))
    if list(data["features"]) != list(features):
        raise DataError(f"{name}: the model has other features; rebuild it")
    mean, scale, coef = (tuple(data[k]) for k in ("mean", "scale", "coef"))
    gate = data.get("threshold")
    model = ConfidenceModel(
        mean, scale, coef, float(data["intercept"]), None if gate is None else float(gate)
    )
    return model, data


@lru_cache(maxsize=1)
def load_model() -> Any:
    """The bundled model (an :class:`accord.news.evidence_confidence.ConfidenceModel`, its
    ``threshold`` the gate of :func:`gated`) and the type head it was fitted with, or None
    when the file is absent."""
    found = _stored(BUNDLED, FEATURES)
    return None if found is None else (found[0], found[1].get("head"))


# -- the rules coder's first event (session 21, s21-rank) --------------------------------------
RULES_BUNDLED = "data/rules-choice.json"
RULES_FEATURES = (*EVENT_FEATURES, "position")
"""The rules coder's chooser's inputs (:func:`rules_rows`), fixed before any fit: the
calibration's (:data:`accord.news.event_confidence.FEATURES`: raw confidence, type, roles,
mode, negation and reported speech in the sentence, its words, its events, the event's rank in
the coder's own order; the agreement features are 0 for the rules coder) and where its trigger
begins in the sentence. Not whether the trigger heads the main clause (the nlp chooser's
``root``): the rules coder has no parse, and one would cost it many times its CPU."""


def rules_rows(events: Sequence[Event]) -> list[list[float]]:
    """The input rows (:data:`RULES_FEATURES`) of the rules coder's events, in its order."""
    return [[*x, _position(e)] for x, e in zip(feature_rows(events), events, strict=True)]


def _position(event: Event) -> float:
    """Where the event's trigger first occurs in its sentence: 0 at the start, near 1 at the
    end (0 when the sentence or the trigger is unknown)."""
    sentence = event.sentence or ""
    return max(sentence.find(event.trigger or "\0"), 0) / max(len(sentence), 1)


@lru_cache(maxsize=1)
def load_rules_model() -> Any:
    """The bundled model of the rules coder's choice, or None when the file is absent."""
    found = _stored(RULES_BUNDLED, RULES_FEATURES)
    return None if found is None else found[0]


def rules_first(events: list[Event]) -> list[Event]:
    """A sentence's events of the rules coder (:func:`accord.news.coding.code_sentence`, in
    its rules' order) with the one that the bundled model scores highest first, the others
    in their order, nothing dropped (:func:`reorder`, the nlp coder's choice, with no events
    of another coder: the rules coder's events have one :func:`~accord.news.types.event_key`
    each). Unchanged with fewer than two events or without the model."""
    model = load_rules_model() if len(events) > 1 else None
    if model is None:
        return events
    return reorder(events, (), model.probabilities(rules_rows(events)))


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
    """The candidate events of each gold record (both coders' for the nlp coder's choice, the
    rules coder's own for its choice), as rows: the inputs, whether each candidate's type (and
    type and actors) is the gold's, its record and its coder."""

    x: np.ndarray[Any, Any]
    right: np.ndarray[Any, Any]
    full: np.ndarray[Any, Any]
    keys: list[tuple[str, tuple[str, ...], tuple[str, ...]]]  # per row: its event_key
    record: np.ndarray[Any, Any]  # the row's record index
    nlp: np.ndarray[Any, Any]  # the row is the reordered coder's event (nlp; rules: every row)
    files: list[str]  # per record
    gold: list[str]  # per record
    actors: list[tuple[int, int]]  # per record: gold source set named, gold target set named
    hits: list[tuple[bool, bool]]  # per row: its source set right, its target set right


class _Rows:
    """The rows of :class:`Candidates`, record by record."""

    def __init__(self) -> None:
        from accord.news.gazetteer import load

        self.classes = load().org_classes
        self.rows: list[list[float]] = []
        self.right: list[bool] = []
        self.hits: list[tuple[bool, bool]] = []
        self.record: list[int] = []
        self.keys: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
        self.own: list[bool] = []
        self.files: list[str] = []
        self.gold: list[str] = []
        self.actors: list[tuple[int, int]] = []

    def add(
        self, file: str, item: Any, events: Sequence[Event], rows: list[list[float]], own: int
    ) -> None:
        """Gold record ``item`` of ``file`` with its candidates ``events`` and their input
        ``rows``, the first ``own`` of them the reordered coder's."""
        from accord.news.evaluate import fold

        gold_s = frozenset(self.classes.get(c, c) for c in item.sources)
        gold_t = frozenset(self.classes.get(c, c) for c in item.targets)
        self.rows.extend(rows)
        for k, event in enumerate(events):
            self.right.append(event.event_type == item.event)
            self.hits.append((fold(event.sources) == gold_s, fold(event.targets) == gold_t))
            self.record.append(len(self.files))
            self.keys.append(event_key(event))
            self.own.append(k < own)
        self.files.append(file)
        self.gold.append(item.event)
        self.actors.append((int(bool(gold_s)), int(bool(gold_t))))

    def candidates(self, width: int) -> Candidates:
        """The rows gathered, ``width`` inputs each."""
        ok = np.asarray(self.right, bool)
        s_ok = np.asarray([h[0] for h in self.hits], bool)
        t_ok = np.asarray([h[1] for h in self.hits], bool)
        named = np.asarray([self.actors[r] for r in self.record], bool).reshape(len(ok), 2)
        return Candidates(
            np.asarray(self.rows, dtype=float).reshape(len(ok), width),
            ok,
            ok & (~named[:, 0] | s_ok) & (~named[:, 1] | t_ok),
            self.keys,
            np.asarray(self.record, int),
            np.asarray(self.own, bool),
            self.files,
            self.gold,
            self.actors,
            self.hits,
        )


def collect(sets: Sequence[Any]) -> tuple[Candidates, str]:
    """The candidates of every record of ``sets`` (the nlp coder with the choice off, on the
    record's text as ``accord events evaluate`` codes it, and the rules coder's reading of it
    that the nlp coder holds, :meth:`~accord.news.nlp.coder.NlpCoder.agreement`, as the choice
    reads it) and the nlp coder's type head digest."""
    from dataclasses import replace

    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder, Readings, trigger_roots
    from accord.news.nlp.models import spacy_pipeline

    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=False))
    out = _Rows()
    for dev in sets:
        for item in read_gold(dev.path, dev.split):
            readings: Readings = {}
            nlp = coder.raw_sentence(item.text, item.date, item.home, readings)
            rules = list(coder.agreement(item.date, item.home, readings)(item.text))
            sents = list(spacy_pipeline()(item.text).sents)
            roots = [*trigger_roots(sents, nlp), *trigger_roots(sents, rules)]
            out.add(dev.name, item, [*nlp, *rules], candidate_rows(nlp, rules, roots), len(nlp))
    return out.candidates(len(FEATURES)), str(coder.head.meta.get("digest"))


def collect_rules(sets: Sequence[Any]) -> Candidates:
    """The rules coder's events of every record of ``sets`` (as ``accord events evaluate``
    codes its text, with the choice off), all of them the coder's own (``nlp``)."""
    from accord.news.coding import code_sentence
    from accord.news.evaluate import read_gold

    out = _Rows()
    for dev in sets:
        for item in read_gold(dev.path, dev.split):
            events = code_sentence(item.text, item.date, home=item.home, learned_first=False)
            out.add(dev.name, item, events, rules_rows(events), len(events))
    return out.candidates(len(RULES_FEATURES))


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


Setting = tuple[str, str]
"""A fit of the rules coder's choice: its target (``type``: the candidate's type is the gold's;
``full``: and the gold's named source and target sets) and the records it is fitted on
(``all``; ``contested``: those with two candidates or more, the only ones a choice moves)."""
RULES_SETTINGS: tuple[Setting, ...] = tuple(
    (target, rows) for target in ("type", "full") for rows in ("all", "contested")
)
"""The settings tried for the rules coder's choice, one chosen by leave one file out
(:func:`chosen_setting`)."""


def _probabilities(
    c: Candidates,
    train: np.ndarray[Any, Any],
    held: np.ndarray[Any, Any],
    setting: Setting = ("type", "all"),
) -> Any:
    """The probabilities of the rows of the ``held`` records from a model fitted on the rows
    of the ``train`` records with ``setting`` (the nlp coder's choice: the default); 0 for the
    others."""
    model = fitted(c, train, setting)
    z = model.intercept + ((c.x - model.mean) / model.scale) @ np.asarray(model.coef)
    return np.where(held[c.record], 1.0 / (1.0 + np.exp(-z)), 0.0)


def fitted(c: Candidates, train: np.ndarray[Any, Any], setting: Setting) -> Any:
    """The model fitted on the rows of the ``train`` records with ``setting``."""
    from accord.news.evidence_confidence import fit

    target, which = setting
    rows = train[c.record]
    if which == "contested":
        rows &= np.bincount(c.record)[c.record] > 1
    y = c.full if target == "full" else c.right
    return fit(c.x[rows], y[rows].astype(float))


def chosen_setting(c: Candidates, train: np.ndarray[Any, Any]) -> Setting | None:
    """The setting of :data:`RULES_SETTINGS` chosen on the ``train`` records, left one file out
    among their files: of those whose pooled figures pass the adoption rule's test against the
    shipped first event (at least one more record right, neither event F1 nor actor accuracy
    lower), the one with the most records right (ties: the earlier); None when none passes
    (the choice then leaves the coder's order)."""
    files = np.asarray(c.files)
    records = [int(r) for r in np.flatnonzero(train)]
    base = score(c, shipped(c), records)
    best: tuple[int, Setting] | None = None
    for setting in RULES_SETTINGS:
        p = np.zeros(len(c.right))
        for name in dict.fromkeys(files[train]):
            held = files == name
            p += _probabilities(c, train & ~held, held, setting)
        got = score(c, learned(c, p), records)
        passes = (
            got["records_right"] > base["records_right"]
            and got["event_f1"] >= base["event_f1"]
            and got["actor_accuracy"] >= base["actor_accuracy"]
        )
        if passes and (best is None or got["records_right"] > best[0]):
            best = (got["records_right"], setting)
    return None if best is None else best[1]


def _nested(chosen: dict[str, Setting | None]) -> Callable[..., Any]:
    """Out of file probabilities for the rules coder's choice: each held file's from the
    setting chosen on the other files (:func:`chosen_setting`, recorded in ``chosen``); all 0
    (the coder's order) where none is."""

    def held_out(c: Candidates, train: np.ndarray[Any, Any], held: np.ndarray[Any, Any]) -> Any:
        setting = chosen_setting(c, train)
        chosen[c.files[int(np.flatnonzero(held)[0])]] = setting
        if setting is None:
            return np.zeros(len(c.right))
        return _probabilities(c, train, held, setting)

    return held_out


def out_of_file(
    c: Candidates,
    labels: Sequence[str] = LABELS,
    held_out: Callable[..., Any] = _probabilities,
) -> dict[str, Any]:
    """Leave one file out: the shipped first event and the pickers of ``labels`` (C1, C2
    with its gate chosen by an inner leave one file out on the training files...), per file
    and pooled; and the gate of the model fitted on every file, chosen the same way on all of
    them (``gate``; None without C2). ``held_out(c, train, held)``: the probabilities of the
    ``held`` records' rows from a fit on the ``train`` records (the rules coder's: the setting
    chosen on the training files, :func:`_nested`). The rules coder's choice is C1 (its
    events are all its own: C2 has nothing to gate)."""
    files = np.asarray(c.files)
    names = list(dict.fromkeys(c.files))
    p = np.zeros(len(c.right))
    gates: dict[str, float] = {}
    gating = any(label.startswith("C2") for label in labels)
    for name in names:
        held = files == name
        p += held_out(c, ~held, held)
        if not gating:
            continue
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
    for label in labels:
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
    gate = (
        max(CUTS, key=lambda t: (score(c, learned(c, p, t), everything)["event_f1"], t))
        if gating
        else None
    )
    verdict = {}
    for label in labels[1:]:
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


RULES_SETS = (
    "oeda",
    "diplomacy",
    "seed",
    "real",
    "heldout-2025",
    "fresh-2025",
    "heldout-2026",
    *(f"heldout-s{n}" for n in ("5", "5c", "6", "6b", "7", "8", "8b", "9", "9b", "10")),
    *(f"heldout-s{n}{b}" for n in (11, 12, 13, 14, 15, 17, 18) for b in ("", "b")),
)
"""The sets of :func:`accord.news.nlp.rules_cv.dev_sets` the rules coder's choice is fitted on
and scored leave one file out: session 21's READING files (every set but its CHECK files,
heldout-s19, s19b, s20 and s20b, and the sets added after it)."""


def main(argv: Sequence[str] | None = None) -> None:
    """Collect the candidates of the READING files, score the choice leave one file out
    (``--coder nlp``: C1 and C2; ``rules``: C1), write the report, and with ``--write``
    bundle the model fitted on every file."""
    from accord.news.event_confidence import reading_sets
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--coder", choices=("nlp", "rules"), default="nlp")
    parser.add_argument("--out", required=True)
    parser.add_argument("--write", action="store_true", help="bundle the model")
    args = parser.parse_args(argv)
    root, shared = Path(args.root), Path(args.shared)
    setting: Setting | None = ("type", "all")
    if args.coder == "rules":
        sets = [d for d in dev_sets(root, shared) if d.name in RULES_SETS]
        c, head = collect_rules(sets), None
        folds: dict[str, Setting | None] = {}
        report = {"candidates": len(c.right), **out_of_file(c, LABELS[:2], _nested(folds))}
        setting = chosen_setting(c, np.ones(len(c.files), bool))
        report.update(folds=folds, setting=setting)
        name, features = RULES_BUNDLED, RULES_FEATURES
    else:
        sets = reading_sets(root, shared)
        c, head = collect(sets)
        report = {"candidates": len(c.right), **out_of_file(c)}
        name, features = BUNDLED, FEATURES
    report["sets"] = [d.name for d in sets]
    print(json.dumps({k: report[k] for k in ("pooled", "verdict", "setting") if k in report}))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.write and setting is not None:
        entry = fitted(c, np.ones(len(c.files), bool), setting).to_dict()
        entry["setting"] = list(setting)
        entry["threshold"] = report["gate"]
        entry["features"] = list(features)
        if head is not None:
            entry["head"] = head
        target = Path(__file__).parent / name
        target.write_text(json.dumps(entry, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
