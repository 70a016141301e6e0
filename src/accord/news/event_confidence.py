"""A calibrated confidence for each coded event: the probability that its type is right
(issue 14, users' "how far to trust"; session 16, s16-confidence).

The coders' own numbers are no probabilities: the rules coder's is a heuristic of how its
trigger matched, the nlp coder's the probability its type head gives the chosen type. Here a
logistic regression per coder, on a few facts of each event fixed before any fit
(:data:`FEATURES`: the raw number, the type, the roles, negation and reported speech in the
sentence, how many events the sentence gives and the event's rank among them, and for the nlp
coder whether the rules coder agrees on the sentence), estimates the probability that the
event's type matches the gold event of its sentence. It is fitted on the READING gold files and
scored leave one file out against the constant baseline (the training files' precision)
through :func:`accord.news.evidence_confidence.fit` and
:func:`~accord.news.evidence_confidence.out_of_fold`
(docs/validation-events/session-16.md has the protocol and the figures).

The coefficients are package data (``data/event-confidence.json``), rebuilt by
``python -m accord.news.event_confidence --out REPORT.json --write`` (needs the ``[nlp]``
extra and ``../shared``), which codes with the nlp coder the bundled model was fitted on
(``learned_first`` off, :data:`FIT_LEARNED_FIRST`, not the coder's default since session 18).
A coder without a bundled model (or the nlp coder with another type
head than the one fitted) keeps its raw number: :func:`calibrate` leaves it alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from accord.errors import DataError
from accord.news.types import PLOVER_TYPES, Event, event_key

__all__ = [
    "AFTER_FIT",
    "CHECK_SETS",
    "CUTS",
    "FEATURES",
    "FIT_LEARNED_FIRST",
    "Examples",
    "bundled_entries",
    "calibrate",
    "calibration_digest",
    "collect",
    "coverage",
    "event_features",
    "load_models",
    "scores",
]

BUNDLED = "data/event-confidence.json"
CHECK_SETS = ("heldout-s15", "heldout-s15b")
"""Session 16's CHECK files: never collected for a fit (:func:`reading_sets`)."""
AFTER_FIT = (
    "heldout-s17",
    "heldout-s17b",
    "heldout-s18",
    "heldout-s18b",
    "heldout-s19",
    "heldout-s19b",
    "heldout-s20",
    "heldout-s20b",
    "heldout-s21",
    "heldout-s21b",
    "heldout-s21c",
    "heldout-s22",
    "heldout-s22b",
    "heldout-s22c",
    "heldout-s23",
    "heldout-s23b",
    "heldout-s23c",
    "heldout-s24",
    "heldout-s24b",
    "heldout-s24c",
    "heldout-s25",
    "heldout-s25b",
    "heldout-s25c",
    "heldout-s26",
    "heldout-s26b",
    "heldout-s26c",
    "heldout-s27",
    "heldout-s27b",
    "heldout-s27c",
    "heldout-s28",
    "heldout-s28b",
    "heldout-s28c",
    "heldout-s29",
    "heldout-s29b",
    "heldout-s29c",
    "heldout-s30",
    "heldout-s30b",
    "heldout-s30c",
    "heldout-s31",
    "heldout-s31b",
    "heldout-s31c",
    "heldout-s32",
    "heldout-s32b",
    "heldout-s32c",
    "heldout-s33",
    "heldout-s33b",
    "heldout-s33c",
    "heldout-s34",
    "heldout-s34b",
    "heldout-s34c",
    "heldout-s35",
    "heldout-s35b",
    "heldout-s35c",
    "heldout-s36",
    "heldout-s36b",
    "heldout-s36c",
    "heldout-s37",
    "heldout-s37b",
    "heldout-s37c",
    "heldout-s38",
    "heldout-s38b",
    "heldout-s38c",
    "heldout-s39",
    "heldout-s39b",
    "heldout-s39c",
    "heldout-s40",
    "heldout-s40b",
    "heldout-s40c",
    "heldout-s41",
    "heldout-s41b",
    "heldout-s41c",
    "heldout-s42",
    "heldout-s42b",
    "heldout-s42c",
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
    "heldout-s45",
    "heldout-s45b",
    "heldout-s45c",
    "heldout-s46",
    "heldout-s46b",
    "heldout-s46c",
    "heldout-s47",
    "heldout-s47b",
    "heldout-s47c",
)
"""Development sets scored after the bundled models (this module's and
:mod:`accord.news.event_choice`'s) were fitted, left out of :func:`reading_sets` so that the
rebuild commands give the bundled models again; a refit that takes them in is a new model, to
be chosen by the protocol (docs/validation-events.md)."""
MIN_EVENTS = 20
"""A fold binds the adoption rule only when its file gives at least this many events."""
CUTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
"""The cut-offs of the precision/coverage table."""
FEATURES = (
    "raw",
    *(f"type_{t}" for t in PLOVER_TYPES),
    "has_target",
    "sources",
    "mode",
    "negation",
    "speech",
    "log_words",
    "events",
    "rank",
    "agree_type",
    "agree_actors",
)
"""The model's inputs, in order (:func:`event_features`), fixed before any fit."""
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|without)\b|n't\b", re.IGNORECASE)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|stated|added|according to)\b|[\"\u201c\u201d]", re.IGNORECASE
)

RulesEvents = Callable[[str], Sequence[Event]]
"""The rules coder's events of a sentence (the nlp coder's agreement features)."""


def event_features(
    event: Event, events: int, rank: int, rules: Sequence[Event] | None = None
) -> list[float]:
    """An event's input vector (:data:`FEATURES`): ``events`` coded in its sentence, ``rank``
    its place among them (0: best); ``rules``: the rules coder's events of the sentence, for
    the nlp coder's agreement features (``None``: 0, as for the rules coder itself)."""
    return _features(event, events, rank, _sentence_facts(event.sentence or ""), _agreed(rules))


def sentence_features(events: Sequence[Event], rules: Sequence[Event] | None) -> list[list[float]]:
    """:func:`event_features` of each of ``events``, all counted as coded in one sentence
    (``len(events)``) with rank 0, against the same ``rules``: what they share worked out once
    (:mod:`accord.news.event_choice` scores every event of a sentence this way)."""
    agreed = _agreed(rules)
    return [_features(e, len(events), 0, _sentence_facts(e.sentence or ""), agreed) for e in events]


_Agreed = tuple[frozenset[str], frozenset[tuple[str, tuple[str, ...], tuple[str, ...]]]]
"""The types and the :func:`~accord.news.types.event_key` of the rules coder's events of a
sentence (empty sets when there are none to agree with)."""


def _agreed(rules: Sequence[Event] | None) -> _Agreed:
    if not rules:
        return frozenset(), frozenset()
    return frozenset(e.event_type for e in rules), frozenset(event_key(e) for e in rules)


@lru_cache(maxsize=256)
def _sentence_facts(sentence: str) -> tuple[float, float, float]:
    """The inputs a sentence gives all its events: negation, reported speech, log words
    (cached: :func:`event_features` asks once per event)."""
    return (
        float(bool(_NEGATION.search(sentence))),
        float(bool(_SPEECH.search(sentence))),
        math.log1p(len(sentence.split())),
    )


_ONE_HOT = {t: tuple(float(t == u) for u in PLOVER_TYPES) for t in PLOVER_TYPES}
"""Each type's indicators in :data:`PLOVER_TYPES`' order, built once (the calibration and the
event choice ask for them once per event)."""
_NO_TYPE = (0.0,) * len(PLOVER_TYPES)


def _features(
    event: Event, events: int, rank: int, facts: tuple[float, float, float], agreed: _Agreed
) -> list[float]:
    """:func:`event_features` with the sentence's facts and the rules coder's reading worked
    out once per sentence (:func:`feature_rows`), not once per event."""
    types, keys = agreed
    return [
        float(event.confidence),
        *_ONE_HOT.get(event.event_type, _NO_TYPE),
        float(bool(event.targets)),
        float(min(len(event.sources), 3)),
        float(bool(event.mode)),
        *facts,
        float(events),
        float(min(rank, 3)),
        float(event.event_type in types),
        float(event_key(event) in keys),
    ]


def sentence_groups(events: Sequence[Event]) -> list[list[Event]]:
    """``events`` (a coder's output, sentence by sentence, best first) cut into the runs of
    one sentence (the same document and sentence text)."""
    groups: list[list[Event]] = []
    for event in events:
        last = groups[-1][-1] if groups else None
        if last is not None and (last.document_id, last.sentence) == (
            event.document_id,
            event.sentence,
        ):
            groups[-1].append(event)
        else:
            groups.append([event])
    return groups


def feature_rows(events: Sequence[Event], rules: RulesEvents | None = None) -> list[list[float]]:
    """:func:`event_features` of each of ``events``; ``rules`` gives the rules coder's events
    of a sentence for the agreement features (called once per sentence)."""
    rows: list[list[float]] = []
    for group in sentence_groups(events):
        sentence = group[0].sentence or ""
        agreed = _agreed(rules(sentence) if rules is not None else None)
        facts = _sentence_facts(sentence)
        rows.extend(_features(e, len(group), k, facts, agreed) for k, e in enumerate(group))
    return rows


@dataclass(frozen=True)
class Calibrator:
    """A coder's bundled model and, for the nlp coder, the type head it was fitted with."""

    model: Any  # accord.news.evidence_confidence.ConfidenceModel
    head: str | None = None


@lru_cache(maxsize=1)
def bundled_entries() -> dict[str, dict[str, Any]]:
    """The bundled file's model entries by coder name, as stored (none when it is absent)."""
    ref = resources.files("accord.news").joinpath(BUNDLED)
    if not ref.is_file():
        return {}
    models: dict[str, dict[str, Any]] = json.loads(ref.read_text(encoding="utf-8"))["models"]
    return models


def calibration_digest(coder: str, version: str) -> str | None:
    """A digest of the model that calibrates ``coder`` at ``version`` (12 hex digits of the
    SHA-256 of its bundled entry), or None when none does: the coder's recorded version names
    it (:func:`accord.news.ingest.coder_name`), since the stored confidences depend on it. As
    in :func:`calibrate`, a model fitted with a type head applies only to that head, which the
    nlp coder's version names (``+head-DIGEST``)."""
    entry = bundled_entries().get(coder)
    if entry is None or (entry.get("head") and f"+head-{entry['head']}" not in version):
        return None
    text = json.dumps(entry, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@lru_cache(maxsize=1)
def load_models() -> dict[str, Calibrator]:
    """The bundled models by coder name (none when the file is absent)."""
    from accord.news.evidence_confidence import ConfidenceModel

    out = {}
    for name, entry in bundled_entries().items():
        if list(entry["features"]) != list(FEATURES):
            raise DataError(f"{BUNDLED}: the {name} model has other features; rebuild it")
        model = ConfidenceModel(
            tuple(entry["mean"]),
            tuple(entry["scale"]),
            tuple(entry["coef"]),
            float(entry["intercept"]),
        )
        out[name] = Calibrator(model, entry.get("head"))
    return out


def calibrate(
    events: list[Event], coder: str, rules: RulesEvents | None = None, head: str | None = None
) -> list[Event]:
    """``events`` with their confidence replaced by the bundled model's probability that the
    type is right (rounded to 3 places); unchanged when ``coder`` has no model, or when its
    model was fitted with another type head than ``head``. Nothing else of an event changes."""
    found = load_models().get(coder)
    if found is None or not events or (found.head is not None and found.head != head):
        return events
    rows = feature_rows(events, rules)
    return [
        replace(e, confidence=round(found.model.probability(x), 3))
        for e, x in zip(events, rows, strict=True)
    ]


# -- fitting and scoring on the gold files ----------------------------------------------------
@dataclass
class Examples:
    """The coded events of gold records: inputs, the two targets, and each event's file."""

    x: np.ndarray[Any, Any]
    right: np.ndarray[Any, Any]  # the type equals the record's gold event
    full: np.ndarray[Any, Any]  # and the gold's source and target sets, where it names them
    files: list[str]
    records: int


FIT_LEARNED_FIRST = False
"""``RoleRules.learned_first`` of the nlp coder the bundled nlp model is fitted on (its entry
records it as ``learned_first``): off, as in session 16, though the coder has it on since
session 18. A refit on the switch-on events was not adopted (s18-recal: out of file it is no
better on the READING files, nor on the CHECK files, than this model, whose probabilities the
switch hardly moves; docs/validation-events/session-18-recal.md). :func:`raw_coder` builds that
coder, so that the rebuild command gives the bundled model back."""


def raw_coder(
    name: str, learned_first: bool = FIT_LEARNED_FIRST
) -> tuple[Callable[..., list[Event]], Any, str | None]:
    """A function coding one text with coder ``name``'s raw confidence, a function giving the
    rules coder's events of a sentence for the agreement features from a date and a home (nlp
    only), and the type head's digest (nlp only). The nlp coder is built with the default rules
    but ``learned_first`` (by default :data:`FIT_LEARNED_FIRST`, that of the bundled model, not
    the coder's default), since which event comes first is the model's strongest input."""
    if name == "rules":
        from accord.news.coding import code_sentence

        def code_rules(text: str, date: Any, home: str | None) -> list[Event]:
            return code_sentence(text, date, home=home)

        return code_rules, None, None
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder

    coder = NlpCoder(rules=replace(DEFAULT_RULES, learned_first=learned_first))
    return coder.raw_sentence, coder.agreement, str(coder.head.meta.get("digest"))


def reading_sets(root: Path, shared: Path, check: bool = False) -> list[Any]:
    """The READING sets of :func:`accord.news.nlp.rules_cv.dev_sets` that the bundled models
    were fitted on (or, with ``check``, the CHECK sets :data:`CHECK_SETS` only); the sets of
    :data:`AFTER_FIT` are in neither."""
    from accord.news.nlp.rules_cv import dev_sets

    sets = [d for d in dev_sets(root, shared) if d.name not in AFTER_FIT]
    return [d for d in sets if (d.name in CHECK_SETS) == check]


def collect(
    name: str, sets: Sequence[Any], learned_first: bool = FIT_LEARNED_FIRST
) -> tuple[Examples, str | None]:
    """Every event coder ``name`` emits on the records of ``sets``, as :class:`Examples`,
    and the type head's digest (nlp); ``learned_first``: the nlp coder's (:func:`raw_coder`)."""
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load

    code, rules, head = raw_coder(name, learned_first)
    classes = load().org_classes
    rows: list[list[float]] = []
    right: list[bool] = []
    full: list[bool] = []
    files: list[str] = []
    records = 0
    for dev in sets:
        for record in read_gold(dev.path, dev.split):
            records += 1
            events = code(record.text, record.date, record.home)
            agree = rules(record.date, record.home) if rules is not None else None
            gold_s = frozenset(classes.get(c, c) for c in record.sources)
            gold_t = frozenset(classes.get(c, c) for c in record.targets)
            rows.extend(feature_rows(events, agree))
            for event in events:
                hit = event.event_type == record.event
                right.append(hit)
                full.append(
                    hit
                    and (not gold_s or fold(event.sources) == gold_s)
                    and (not gold_t or fold(event.targets) == gold_t)
                )
                files.append(dev.name)
    x = np.asarray(rows, dtype=float).reshape(len(right), len(FEATURES))
    return Examples(x, np.asarray(right, bool), np.asarray(full, bool), files, records), head


def scores(p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> dict[str, float]:
    """Brier score and log loss (natural log) of probabilities ``p`` for outcomes ``y``; the
    log loss takes ``p`` clipped to [1e-6, 1 - 1e-6] (the ledger clips at 0.001, the UN vote
    model floors at 1e-12: each its own convention, session 40's trial, finding 13)."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return {
        "brier": round(float(np.mean((p - y) ** 2)), 4),
        "log_loss": round(float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))), 4),
    }


def reliability(p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> list[dict[str, Any]]:
    """Ten bins of width 0.1: events, mean probability and share right in each."""
    out = []
    for k in range(10):
        lo, hi = k / 10, (k + 1) / 10
        inside = (p >= lo) & ((p < hi) if k < 9 else (p <= hi))
        n = int(inside.sum())
        out.append(
            {
                "bin": f"{lo:.1f}-{hi:.1f}",
                "events": n,
                "mean_p": round(float(p[inside].mean()), 3) if n else None,
                "right": round(float(y[inside].mean()), 3) if n else None,
            }
        )
    return out


def coverage(
    p: np.ndarray[Any, Any], y: np.ndarray[Any, Any], cuts: Sequence[float] = CUTS
) -> list[dict[str, Any]]:
    """Per cut-off of ``cuts``: events kept (count and share) and their precision."""
    out = []
    for cut in cuts:
        keep = p >= cut
        n = int(keep.sum())
        out.append(
            {
                "cut": cut,
                "kept": n,
                "share": round(n / len(p), 3) if len(p) else 0.0,
                "precision": round(float(y[keep].mean()), 3) if n else None,
            }
        )
    return out


def out_of_file(ex: Examples) -> dict[str, Any]:
    """Leave one file out: per fold and pooled, Brier and log loss of the calibrated, raw and
    constant probabilities, the adoption rule's verdict, and the out-of-fold reliability and
    precision/coverage tables (both targets)."""
    from accord.news.evidence_confidence import out_of_fold

    y = ex.right.astype(float)
    files = np.asarray(ex.files)
    p = out_of_fold(ex.x, y, ex.files)
    constant = np.zeros(len(y))
    folds: list[dict[str, Any]] = []
    for name in dict.fromkeys(ex.files):
        held = files == name
        constant[held] = y[~held].mean()
        row: dict[str, Any] = {
            "file": name,
            "events": int(held.sum()),
            "precision": round(float(y[held].mean()), 4),
            "calibrated": scores(p[held], y[held]),
            "constant": scores(constant[held], y[held]),
            "raw": scores(ex.x[held, 0], y[held]),
        }
        row["beats_constant"] = row["calibrated"]["brier"] < row["constant"]["brier"]
        folds.append(row)
    binding = [f for f in folds if f["events"] >= MIN_EVENTS]
    full = ex.full.astype(float)
    best = ex.x[:, FEATURES.index("rank")] == 0
    return {
        "events": len(y),
        "records": ex.records,
        "precision": round(float(y.mean()), 4),
        "full_precision": round(float(full.mean()), 4),
        "folds": folds,
        "binding_folds": len(binding),
        "beaten_in": sum(f["beats_constant"] for f in binding),
        "passes": all(f["beats_constant"] for f in binding),
        "pooled": {
            "calibrated": scores(p, y),
            "constant": scores(constant, y),
            "raw": scores(ex.x[:, 0], y),
            "full_calibrated": scores(p, full),
            "full_raw": scores(ex.x[:, 0], full),
        },
        "best": best_events(p[best], y[best], files[best]),
        "reliability": {
            "calibrated": reliability(p, y),
            "raw": reliability(ex.x[:, 0], y),
        },
        "coverage": {
            "calibrated": coverage(p, y),
            "raw": coverage(ex.x[:, 0], y),
            "calibrated_full": coverage(p, full),
        },
    }


def best_events(
    p: np.ndarray[Any, Any], y: np.ndarray[Any, Any], files: np.ndarray[Any, Any]
) -> dict[str, Any]:
    """The events ``accord events evaluate`` scores (each record's first) alone: out-of-fold
    Brier against their own constant (the training files' precision on first events), the
    files where the calibrated one is not better, and the precision/coverage table."""
    constant = np.zeros(len(y))
    binding: list[str] = []
    lost: list[str] = []
    for name in dict.fromkeys(files.tolist()):
        held = files == name
        constant[held] = y[~held].mean()
        if held.sum() >= MIN_EVENTS:
            binding.append(name)
            if scores(p[held], y[held])["brier"] >= scores(constant[held], y[held])["brier"]:
                lost.append(name)
    return {
        "events": len(y),
        "precision": round(float(y.mean()), 4),
        "calibrated": scores(p, y),
        "constant": scores(constant, y),
        "binding_folds": len(binding),
        "beaten_in": len(binding) - len(lost),
        "not_beaten_in": lost,
        "coverage": coverage(p, y),
    }


def model_entry(
    ex: Examples, head: str | None, learned_first: bool | None = None
) -> dict[str, Any]:
    """The model fitted on every event of ``ex``, as the bundled file stores it; the nlp
    coder's entry records its type head and its ``learned_first`` (``None``: no field, the
    rules coder)."""
    from accord.news.evidence_confidence import fit

    model = fit(ex.x, ex.right.astype(float))
    entry = model.to_dict()
    entry["features"] = list(FEATURES)
    entry.pop("threshold")
    entry["head"] = head
    if learned_first is not None:
        entry["learned_first"] = learned_first
    return entry


def rebundled(
    bundled: dict[str, Any], fitted: dict[str, Any], coders: Sequence[str]
) -> dict[str, Any]:
    """The models of the bundled file after a rebuild of ``coders`` only: each rebuilt coder's
    new model (none where it failed the rule), every other coder's kept as it was, so that
    ``--coders nlp --write`` does not drop the rules coder's model.

    >>> rebundled({"rules": 1, "nlp": 2}, {"nlp": 3}, ["nlp"])
    {'rules': 1, 'nlp': 3}
    >>> rebundled({"rules": 1, "nlp": 2}, {}, ["nlp"])
    {'rules': 1}
    """
    kept = {name: model for name, model in bundled.items() if name not in coders}
    return {**kept, **fitted}


def main(argv: Sequence[str] | None = None) -> None:
    """Collect both coders' events on the READING files, score leave one file out, write the
    report, and with ``--write`` bundle the model of each coder that passes the rule."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".")
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--coders", default="rules,nlp")
    parser.add_argument("--out", required=True)
    parser.add_argument("--write", action="store_true", help="bundle the passing models")
    args = parser.parse_args(argv)
    sets = reading_sets(Path(args.root), Path(args.shared))
    report: dict[str, Any] = {"sets": [d.name for d in sets]}
    models: dict[str, Any] = {}
    for name in args.coders.split(","):
        ex, head = collect(name, sets)
        report[name] = out_of_file(ex)
        print(name, json.dumps(report[name]["pooled"]), report[name]["passes"], flush=True)
        if report[name]["passes"]:
            models[name] = model_entry(ex, head, FIT_LEARNED_FIRST if name == "nlp" else None)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if args.write:
        target = Path(__file__).parent / BUNDLED
        models = rebundled(bundled_entries(), models, args.coders.split(","))
        text = json.dumps({"models": models}, indent=1) + "\n"
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
