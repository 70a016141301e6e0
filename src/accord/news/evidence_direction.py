"""A learned check of the direction of stance evidence findings (issue 14, item 6; session 19,
s19-evlearn).

Hand-written direction rules (sessions 18 and 19, s18-evdir and s19-evdir) each fixed a few
findings of the development gold and moved nothing on the held-out files. This module learns
the check instead: a logistic regression gives, for each finding the finder emits, the
probability that it is right (for most wrong findings of the development gold, right but for
the direction), from features fixed before any fit (:func:`features`):

* the finder's :class:`~accord.news.evidence.Signals` of how the finding was made (the cue's
  strength and sign, modal and policy cues, negation, flips, the low-label lean, the distance
  from cue to keyword, the sentence's length and how many cues, issues, actors and holders it
  has, where the holder came from, reported speech, quotation);
* the issue, the finding's direction, whether the direction turned from the cue's sign, the
  cue's words (alone and with the direction), the keyword words, the scale label words the
  sentence has on either side;
* TF-IDF of the words and word pairs of the cue's own clause.

The finder drops a finding (``EvidenceRules.direction_check = "drop"``) or turns its direction
(``"flip"``) when the probability is below the model's cut-off, chosen on out-of-fold
probabilities (:func:`choose_threshold`). One model per path (``words``: the rules coder's
word order; ``parse``: a coder's parse), bundled as coefficients in
``data/evidence-direction.json``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from accord.errors import DataError
from accord.news.evidence import Signals
from accord.news.types import StanceEvidence

__all__ = [
    "MODES",
    "SEED",
    "THRESHOLDS",
    "DirectionModel",
    "check",
    "choose_threshold",
    "features",
    "fit",
    "gain",
    "load_models",
    "nested_out_of_fold",
    "out_of_fold",
    "terms",
]

SEED = 0
"""The seed of every fit (lbfgs is deterministic; the seed is fixed all the same)."""
MIN_DF = 2
"""A clause term is a feature when at least this many training findings' clauses have it."""
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(20))
"""Cut-offs tried, 0.00 (the check does nothing) to 0.95."""
MODES = ("drop", "flip")
BUNDLED = "data/evidence-direction.json"
_NUMERIC = (
    *("strength", "against", "modal", "policy_cue"),  # the cue
    *("negated", "flipped", "low_lean"),  # what turned its sign
    *("saying", "quoted"),  # reported speech
)
"""The signals read as numbers (booleans as 0/1)."""
_COUNTS = ("gap", "tokens", "cues", "issues", "actors", "holders")
"""The signals read as log(1 + n)."""


def terms(clause: str) -> list[str]:
    """The words (letters only, lower case) and adjacent word pairs of a clause."""
    words = [w.lower() for w in clause.split() if w.isalpha()]
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def features(s: Signals, idf: Mapping[str, float]) -> dict[str, float]:
    """A finding's features: its signals, its words, and the TF-IDF (l2-normed) of its
    clause's terms that ``idf`` has."""
    direction = f"{s.direction:+d}"
    out: dict[str, float] = {f"s:{n}": float(getattr(s, n)) for n in _NUMERIC}
    out.update({f"log:{n}": math.log1p(getattr(s, n)) for n in _COUNTS})
    categories = [
        f"holder={s.holder}",
        f"issue={s.issue}",
        f"direction={direction}",
        f"issue_direction={s.issue}{direction}",
        f"turned={int(s.direction != s.polarity)}",
        f"cue={s.cue_words}",
        f"cue_direction={s.cue_words}{direction}",
        *(f"keyword={w}" for w in s.keywords.split()),
        *(f"low={w}" for w in s.low_words.split()),
        *(f"high={w}" for w in s.high_words.split()),
    ]
    out.update(dict.fromkeys(categories, 1.0))
    counts = Counter(t for t in terms(s.clause) if t in idf)
    weights = {t: n * idf[t] for t, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    out.update({f"clause={t}": v / norm for t, v in weights.items()})
    return out


def _idf(clauses: Sequence[str]) -> dict[str, float]:
    """Smoothed inverse document frequency of the terms in at least :data:`MIN_DF` clauses."""
    df = Counter(t for c in clauses for t in set(terms(c)))
    n = len(clauses)
    return {t: math.log((1 + n) / (1 + k)) + 1.0 for t, k in sorted(df.items()) if k >= MIN_DF}


@dataclass(frozen=True)
class DirectionModel:
    """A fitted logistic regression over :func:`features`, and its cut-off for each of
    :data:`MODES` (chosen for what that mode buys)."""

    idf: dict[str, float]
    coef: dict[str, float]
    intercept: float
    cuts: dict[str, float] = field(default_factory=dict)

    def probability(self, s: Signals) -> float:
        """The estimated probability that a finding with signals ``s`` is right."""
        x = features(s, self.idf)
        z = self.intercept + sum(self.coef.get(k, 0.0) * v for k, v in sorted(x.items()))
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self) -> dict[str, Any]:
        return {
            "idf": {t: round(v, 6) for t, v in sorted(self.idf.items())},
            "coef": {k: round(v, 6) for k, v in sorted(self.coef.items())},
            "intercept": round(self.intercept, 6),
            "cuts": dict(sorted(self.cuts.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DirectionModel:
        return cls(
            dict(data["idf"]), dict(data["coef"]), float(data["intercept"]), dict(data["cuts"])
        )


def fit(signals: Sequence[Signals], y: Sequence[bool], seed: int = SEED) -> DirectionModel:
    """A logistic regression (scikit-learn's defaults: L2, C = 1, lbfgs) on the findings'
    :func:`features`, the clause vocabulary and its IDF taken from these findings only."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    idf = _idf([s.clause for s in signals])
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([features(s, idf) for s in signals])
    model = LogisticRegression(random_state=seed, max_iter=2000)
    model.fit(x, np.asarray(y, dtype=int))
    names = vectorizer.get_feature_names_out()
    coef = {str(k): float(c) for k, c in zip(names, model.coef_[0], strict=True)}
    return DirectionModel(idf, coef, float(model.intercept_[0]))


def out_of_fold(
    signals: Sequence[Signals],
    y: Sequence[bool],
    groups: Sequence[str],
    fitted: Sequence[bool] | None = None,
) -> np.ndarray[Any, Any]:
    """Each finding's probability from a model fitted on the other groups (files); with
    ``fitted``, on those of their findings only (every finding still gets a probability)."""
    g = np.asarray(groups)
    use = np.ones(len(y), dtype=bool) if fitted is None else np.asarray(fitted, dtype=bool)
    p = np.zeros(len(y))
    for name in sorted(set(groups)):
        held = np.flatnonzero(g == name).tolist()
        train = np.flatnonzero((g != name) & use).tolist()
        model = fit([signals[i] for i in train], [y[i] for i in train])
        p[held] = [model.probability(signals[i]) for i in held]
    return p


def gain(
    p: Sequence[float], y: Sequence[bool], opposite: Sequence[bool], cut: float, mode: str
) -> int:
    """What the check at ``cut`` buys: ``drop``, wrong findings removed less right ones lost;
    ``flip``, right findings gained (a wrong finding whose gold has the other direction)
    less right ones turned wrong."""
    below = [i for i, v in enumerate(p) if v < cut]
    if mode == "drop":
        return sum(1 - 2 * int(y[i]) for i in below)
    return sum(int(opposite[i]) - int(y[i]) for i in below)


def choose_threshold(
    p: Sequence[float], y: Sequence[bool], opposite: Sequence[bool], mode: str
) -> float:
    """The cut-off of :data:`THRESHOLDS` with the highest :func:`gain` (ties: the lowest, so
    0.0, no check, unless a cut-off gains)."""
    best, best_gain = THRESHOLDS[0], 0
    for cut in THRESHOLDS[1:]:
        g = gain(p, y, opposite, cut, mode)
        if g > best_gain:
            best, best_gain = cut, g
    return best


def nested_out_of_fold(
    signals: Sequence[Signals],
    y: Sequence[bool],
    opposite: Sequence[bool],
    groups: Sequence[str],
    mode: str,
    fitted: Sequence[bool] | None = None,
) -> tuple[np.ndarray[Any, Any], dict[str, float]]:
    """Each finding's probability from a model fitted on the other groups, and each group's
    cut-off, chosen on the other groups' own out-of-fold probabilities (leave one group out
    inside them): nothing of a held group is seen by its model or its cut-off. ``fitted``: as
    in :func:`out_of_fold` (the cut-off is still chosen on every finding)."""
    g = np.asarray(groups)
    use = np.ones(len(y), dtype=bool) if fitted is None else np.asarray(fitted, dtype=bool)
    p = np.zeros(len(y))
    cuts: dict[str, float] = {}
    for name in sorted(set(groups)):
        held = np.flatnonzero(g == name).tolist()
        train = np.flatnonzero(g != name).tolist()
        sub = [signals[i] for i in train]
        sub_y = [y[i] for i in train]
        sub_use = [bool(use[i]) for i in train]
        inner = out_of_fold(sub, sub_y, [groups[i] for i in train], sub_use)
        cuts[name] = choose_threshold(inner.tolist(), sub_y, [opposite[i] for i in train], mode)
        model = fit(
            [v for v, u in zip(sub, sub_use, strict=True) if u],
            [v for v, u in zip(sub_y, sub_use, strict=True) if u],
        )
        p[held] = [model.probability(signals[i]) for i in held]
    return p, cuts


@lru_cache(maxsize=1)
def load_models() -> dict[str, DirectionModel]:
    """The bundled models, ``words`` (rules path) and ``parse`` (a coder's parse)."""
    ref = resources.files("accord.news").joinpath(BUNDLED)
    try:
        data = json.loads(ref.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(f"{BUNDLED} is not bundled: the direction check has no model") from exc
    return {name: DirectionModel.from_dict(data[name]) for name in ("words", "parse")}


_Item = tuple[StanceEvidence, int, Signals]


def check(kept: list[_Item], coded: bool, mode: str) -> list[_Item]:
    """``kept`` (the finder's items of a sentence) with those below the bundled cut-off of
    their path dropped (``mode`` ``"drop"``) or turned (``"flip"``)."""
    if mode not in MODES:
        raise ValueError(f"direction_check must be one of {MODES}, not {mode!r}")
    model = load_models()["parse" if coded else "words"]
    if mode not in model.cuts:
        raise DataError(f"{BUNDLED} has no cut-off for {mode!r}; rebuild it")
    out: list[_Item] = []
    for item, gap, signals in kept:
        if model.probability(signals) >= model.cuts[mode]:
            out.append((item, gap, signals))
        elif mode == "flip":
            out.append((replace(item, direction=-item.direction), gap, signals))
    return out
