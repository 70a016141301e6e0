"""The PLOVER event-type head: multinomial logistic regression on sentence embeddings.

The head maps the embedding of a predicate's clause (:mod:`accord.news.nlp.models`) to the
16 PLOVER 2.0 types plus ``NONE`` (no event: statements, opinions, background). Probabilities
are the softmax of a linear map, p = softmax(W x + b) (multinomial logistic regression;
Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, 2nd ed., sec. 4.4).
The fitted ``W`` and ``b`` ship as package data (``data/type_head.npz`` and its
``type_head.json`` record of how it was built); :mod:`accord.news.nlp.train` rebuilds them.

Training examples (see :func:`weak_examples` and :mod:`accord.news.nlp.train`): the PLOVER
development gold sentences (OEDA ``PLOVER_GSR_CAMEO.dev.json`` and accord's own development
files; since session 5 all of them, the former held-out news sets included), plus weak labels
from the CAMEO verb dictionary of PETRARCH2: each verb pattern becomes a short phrase
("officials accused ... of violating") labelled with the PLOVER type of its CAMEO code by the
OEDA CAMEO2PLOVER table (as :func:`accord.news.coding.cameo_to_plover` reads it: CAMEO 163 is
SANCTION, PLOVER 2.0), and CAMEO 01 (statements) patterns label ``NONE``. Weak phrases are
sampled per type with a seeded generator and weighted below gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError
from accord.news.types import PLOVER_TYPES

NONE = "NONE"
LABELS: tuple[str, ...] = (*PLOVER_TYPES, NONE)
HEAD_FILE = "type_head.npz"
META_FILE = "type_head.json"
WEAK_SUBJECT = "Officials"


@dataclass(frozen=True)
class TypeHead:
    """A fitted linear head: ``coef`` (labels x dims), ``intercept`` (labels), ``threshold``
    (the least probability of the best type for an event to be coded)."""

    labels: tuple[str, ...]
    coef: NDArray[np.float64]
    intercept: NDArray[np.float64]
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def proba(self, x: NDArray[np.float32]) -> NDArray[np.float64]:
        """Class probabilities, one row per embedding (numerically stable softmax)."""
        z = np.asarray(x, dtype=np.float64) @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: NDArray[np.float64] = e / e.sum(axis=1, keepdims=True)
        return out

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            folder / HEAD_FILE,
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
        )
        meta = {**self.meta, "labels": list(self.labels), "threshold": self.threshold}
        (folder / META_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")


def read_head(folder: Path) -> TypeHead:
    """A head saved by :meth:`TypeHead.save`."""
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        with np.load(folder / HEAD_FILE) as data:
            coef = np.asarray(data["coef"], dtype=np.float64)
            intercept = np.asarray(data["intercept"], dtype=np.float64)
    except (OSError, ValueError, KeyError) as exc:
        raise DataError(f"{folder}: no readable type head ({exc})") from None
    labels = tuple(meta.pop("labels"))
    if coef.shape[0] != len(labels) or intercept.shape != (len(labels),):
        raise DataError(f"{folder / HEAD_FILE}: coef {coef.shape} does not match labels")
    return TypeHead(labels, coef, intercept, float(meta.pop("threshold")), meta)


@lru_cache(maxsize=1)
def packaged_head() -> TypeHead:
    """The head trained on MiniLM clause embeddings, shipped in ``accord/news/nlp/data``
    (the default until session 4; selectable as ``--coder nlp-minilm``)."""
    folder = Path(str(resources.files("accord.news.nlp") / "data"))
    return read_head(folder)


minilm_head = packaged_head


@lru_cache(maxsize=1)
def static_head() -> TypeHead:
    """The head trained on static clause embeddings (``accord/news/nlp/data/static``; see
    :func:`accord.news.nlp.models.static_embed`): the default head (:func:`default_head`)."""
    folder = Path(str(resources.files("accord.news.nlp") / "data" / "static"))
    return read_head(folder)


HEADS = {"minilm": minilm_head, "static": static_head}
"""The shipped type heads by the clause encoder they were trained on."""
DEFAULT_HEAD = "static"
"""The default head of ``--coder nlp``: the static one, by a rule declared before its CV was run
(docs/validation-events/session-03.md, "What changed in the nlp coder", its paragraph "The
default type head"): its CV event F1 on the development data (0.6954) is within one standard
error over the folds of MiniLM's (0.7004 - 0.0278), and it codes about 2.4 times as many articles
per CPU second (docs/benchmarks-news.md). Retrained in session 5 on all development gold
(training set and setting by grouped CV; the MiniLM head was not retrained); rebuilt by the same
command in session 8 (its inputs had changed since: docs/event-coding.md, "Rebuilding the type
head")."""


def default_head() -> TypeHead:
    """The type head the ``nlp`` coder uses unless given another (:data:`DEFAULT_HEAD`)."""
    return HEADS[DEFAULT_HEAD]()


PRIOR_SCALE = 1.0


def verb_prior(verb: str, particle: str = "") -> NDArray[np.float32]:
    """A one-hot of the PLOVER type that the CAMEO verb dictionary gives a verb form (with its
    particle, "called for"), over :data:`LABELS` (CAMEO 01 statements: ``NONE``); all zeros
    for a verb the dictionary does not know. Appended to the embedding, it lets the head learn
    how far to trust the dictionary (the weak labels' own source)."""
    from accord.news.coding import cameo_to_plover, lexicon

    out = np.zeros(len(LABELS), dtype=np.float32)
    verbs = lexicon().verbs
    keys = [(verb.upper(), particle.upper()), (verb.upper(),)] if particle else [(verb.upper(),)]
    for key in keys:
        for sense in verbs.get(key, []):
            code = sense.code.strip()
            label = NONE if code.startswith("01") else (cameo_to_plover(code) or ("",))[0]
            if label in LABELS:
                out[LABELS.index(label)] = PRIOR_SCALE
                return out
    return out


def pattern_prior(text: str, char: int) -> NDArray[np.float32]:
    """The dictionary prior of the verb at character ``char`` of ``text`` read with the CAMEO
    patterns in context (PETRARCH2 dictionary matching, :func:`accord.news.coding.
    find_triggers`: "accused ... of violating" is not "accused" alone): a one-hot of the PLOVER
    type of the matched CAMEO code over :data:`LABELS`; falls back to :func:`verb_prior` of the
    bare word when no trigger covers that character."""
    from accord.news.coding import cameo_to_plover

    tokens, triggers = _sentence_triggers(text)
    out = np.zeros(len(LABELS), dtype=np.float32)
    for trig in triggers:
        if tokens[trig.start].start <= char < tokens[trig.end - 1].end:
            code = trig.cameo.strip()
            label = NONE if code.startswith("01") else (cameo_to_plover(code) or ("",))[0]
            if label in LABELS:
                out[LABELS.index(label)] = PRIOR_SCALE
            return out
    word = next((t.text for t in tokens if t.start <= char < t.end), "")
    return verb_prior(word)


@lru_cache(maxsize=512)
def _sentence_triggers(text: str) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The gazetteer tokens of a sentence and its CAMEO triggers, computed once per sentence
    (every predicate of a sentence asks for them; read only)."""
    from accord.news.coding import find_triggers

    tokens = sentence_tokens(text)
    return tokens, tuple(find_triggers(list(tokens)))


@lru_cache(maxsize=1024)
def sentence_tokens(text: str) -> tuple[Any, ...]:
    """The gazetteer's tokens of a sentence, computed once (the coder's mentions and the
    dictionary prior both read them)."""
    from accord.news.gazetteer import tokenize

    return tuple(tokenize(text))


def features(embeddings: NDArray[np.float32], priors: NDArray[np.float32]) -> NDArray[np.float32]:
    """The head's input: the sentence embedding and the dictionary prior side by side."""
    return np.hstack([embeddings, priors]).astype(np.float32)


def _phrase(words: tuple[frozenset[str], ...]) -> list[str]:
    return [sorted(alternatives)[0].lower() for alternatives in words]


def weak_examples(per_type: int, seed: int) -> list[tuple[str, str, str]]:
    """Weakly labelled phrases from the CAMEO verb dictionary: (text, verb, PLOVER type or
    NONE).

    Every (verb form, pattern) pair of the packaged PETRARCH2 dictionary gives a phrase
    "Officials <pre> <verb> <post>"; its CAMEO code gives the label (CAMEO 01 statements:
    ``NONE``; codes without a PLOVER type are skipped). ``per_type`` phrases per label are
    drawn without replacement by ``numpy.random.default_rng(seed)``.
    """
    from accord.news.coding import cameo_to_plover, lexicon

    pools: dict[str, set[tuple[str, str]]] = {label: set() for label in LABELS}
    for form, senses in lexicon().verbs.items():
        verb = " ".join(form).lower()
        for sense in senses:
            for pattern in sense.patterns:
                code = pattern.code.strip()
                if code.startswith("01"):
                    label = NONE
                else:
                    mapped = cameo_to_plover(code)
                    if mapped is None:
                        continue
                    label = mapped[0]
                words = [*_phrase(pattern.pre), verb, *_phrase(pattern.post)]
                pools[label].add((f"{WEAK_SUBJECT} {' '.join(words)}", verb))
    rng = np.random.default_rng(seed)
    out: list[tuple[str, str, str]] = []
    for label in LABELS:
        pool = sorted(pools[label])
        if not pool:
            continue
        take = rng.choice(len(pool), size=min(per_type, len(pool)), replace=False)
        out.extend((*pool[int(i)], label) for i in sorted(take))
    return out


def fit_head(
    x: NDArray[np.float32],
    y: list[str],
    weights: NDArray[np.float64],
    *,
    c: float,
    threshold: float,
    seed: int,
    meta: dict[str, Any] | None = None,
) -> TypeHead:
    """Fit the multinomial logistic regression (scikit-learn, lbfgs, L2 penalty ``1/c``).

    BLAS runs on one thread here: on the shared 2-core machine a multi-threaded fit of the
    head took about 40 times the CPU of a one-thread fit (spinning workers; measured 2026-12-02
    at load 8, 2.4 s against 0.06 s), and one thread gives the same sums whatever the number of
    cores. Not whatever the CPU: OpenBLAS picks its kernels by CPU at run time (AVX-512 on an
    Intel Xeon, AVX2 on an AMD EPYC), and the solver, stopped at its tolerance, keeps their
    last-digit differences (about 1e-5 in the type head's weights: docs/event-coding.md,
    "Rebuilding the type head")."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    model = LogisticRegression(C=c, max_iter=2000, random_state=seed)
    with threadpool_limits(limits=1):
        model.fit(x, y, sample_weight=weights)
    classes = [str(k) for k in model.classes_]
    coef = np.zeros((len(LABELS), x.shape[1]))
    intercept = np.full(len(LABELS), -30.0)  # a label absent from training is never chosen
    for row, label in enumerate(classes):
        k = LABELS.index(label)
        if len(classes) > 2:
            coef[k], intercept[k] = model.coef_[row], model.intercept_[row]
        else:  # binary: scikit-learn keeps one row, the logit of classes_[1] against [0]
            coef[k] = model.coef_[0] if row == 1 else 0.0
            intercept[k] = model.intercept_[0] if row == 1 else 0.0
    return TypeHead(LABELS, coef, intercept, threshold, dict(meta or {}))
