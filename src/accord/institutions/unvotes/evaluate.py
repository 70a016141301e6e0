"""Out-of-sample evaluation: train on sessions before ``N``, predict every vote of session ``N``.

Reported side by side with three baselines: always "yes"; each member's most frequent vote in
the training sessions; and each member's vote on the most similar roll call (TF-IDF cosine of
title and description) of the two previous sessions on which it voted ("yes" if none), the
carry-forward forecast. The protocol is rolling-origin (Tashman 2000, "Out-of-sample tests of
forecasting accuracy", IJF 16(4)): for a held-out session ``N`` the model sees sessions before
``N`` only (:func:`accord.forecast.splits.training_periods`).
Adoption follows the Assembly's simple majority: a roll call passes when yes > no among the
members voting yes or no (abstentions do not count, Charter Art. 18(3), rules 125-127).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.errors import DataError
from accord.forecast.splits import rolling_origin, training_periods
from accord.institutions.unvotes import irt
from accord.institutions.unvotes.data import VOTES, RollCalls
from accord.institutions.unvotes.predict import (
    Model,
    Settings,
    carry_forward,
    train,
    vote_matrix,
)

F64 = NDArray[np.float64]


def f1_scores(truth: NDArray[np.int8], guess: NDArray[np.int64]) -> dict[str, float]:
    """Per-class F1, one class against the other two: ``2 tp / (2 tp + fp + fn)``, the harmonic
    mean of precision and recall (scikit-learn's ``f1_score(average=None)``; 0 where a class is
    neither present nor predicted, its ``zero_division=0``)."""
    out: dict[str, float] = {}
    for c, name in enumerate(VOTES):
        tp = float(np.sum((guess == c) & (truth == c)))
        fp = float(np.sum((guess == c) & (truth != c)))
        fn = float(np.sum((guess != c) & (truth == c)))
        out[name] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn > 0 else 0.0
    return out


def adopted(votes: NDArray[np.int8]) -> NDArray[np.bool_]:
    """(q,) yes > no on each row of a (q, m) vote matrix (-1 = absent)."""
    return np.asarray(np.sum(votes == 2, axis=1) > np.sum(votes == 0, axis=1))


def adoption_probability(probs: F64) -> F64:
    """P(yes > no) per roll call from independent member probabilities (q, m, 3), by the
    normal approximation to the yes-minus-no count (with a continuity correction)."""
    d = probs[..., 2] - probs[..., 0]
    mean = d.sum(axis=1)
    var = (probs[..., 2] + probs[..., 0] - d**2).sum(axis=1)
    from scipy.special import ndtr

    return np.asarray(ndtr((mean - 0.5) / np.sqrt(np.maximum(var, 1e-9))))


def reliability(probs: F64, truth: NDArray[np.int8], bins: int = 10) -> list[dict[str, float]]:
    """Top-label reliability table: votes grouped by the probability of the predicted class
    (equal-width bins ``[k / bins, (k + 1) / bins)``, the last closed; empty bins left out),
    with each bin's mean confidence and observed accuracy (Guo et al. 2017, "On calibration of
    modern neural networks", ICML, section 2). The edges are ``k / bins``, so 0.6 is the float
    0.6: ``np.linspace`` gave 0.6000000000000001 and put a confidence of 0.6 in the bin below
    (session 40's trial, finding 5)."""
    conf = probs.max(axis=1)
    hit = probs.argmax(axis=1) == truth
    edges = np.arange(bins + 1) / bins
    which = np.clip(np.searchsorted(edges, conf, side="right") - 1, 0, bins - 1)
    table = []
    for b in range(bins):
        inside = which == b
        if inside.any():
            table.append(
                {
                    "low": float(edges[b]),
                    "high": float(edges[b + 1]),
                    "n": int(inside.sum()),
                    "confidence": float(conf[inside].mean()),
                    "accuracy": float(hit[inside].mean()),
                }
            )
    return table


def calibration_error(table: list[dict[str, float]]) -> float:
    """Expected calibration error: the count-weighted mean |accuracy - confidence| of a
    reliability table (Guo et al. 2017, eq. 3); an empty table (no vote scored) is an error,
    not a division by zero."""
    total = sum(row["n"] for row in table)
    if total == 0:
        raise DataError("calibration error: the reliability table holds no vote")
    return float(sum(row["n"] * abs(row["accuracy"] - row["confidence"]) for row in table) / total)


LOG_LOSS_FLOOR = 1e-12
"""The smallest probability of the vote cast that :func:`log_loss` takes (a miss costs at most
``ln 1e12`` = 27.6): the model's probabilities are never exactly 0, so it binds on none."""


def log_loss(probs: F64, truth: NDArray[np.int8]) -> float:
    """Mean log loss of the votes cast: ``-mean(ln p(vote cast))``, natural log, each ``p``
    floored at :data:`LOG_LOSS_FLOOR` (Good 1952; scikit-learn's ``log_loss`` up to its own
    floor, the float's epsilon); no votes is an error, not NaN."""
    if truth.size == 0:
        raise DataError("log loss: no vote to score")
    cast = probs[np.arange(truth.size), truth]
    return float(-np.mean(np.log(np.maximum(cast, LOG_LOSS_FLOOR))))


@dataclass
class Evaluation:
    holdout: int
    result: dict[str, Any]
    model: Model


def evaluate(
    rc: RollCalls,
    holdout: int,
    settings: Settings | None = None,
    points: irt.IdealPoints | None = None,
) -> Evaluation:
    """Train on the sessions before ``holdout`` of ``rc`` (the last ``settings.sessions`` of
    them) and score the predictions for ``holdout`` (``points``: ideal points already fitted
    to those sessions, to compare settings)."""
    s = settings or Settings()
    test = rc.session == holdout
    train_mask = training_periods(rc.session, holdout, s.sessions)
    if not test.any():
        raise DataError(f"holdout session {holdout}: no roll calls in the data")
    if not train_mask.any():
        raise DataError(f"holdout session {holdout}: no earlier sessions to train on")
    # Only the sessions used, and only their voters: the same figures whichever other
    # sessions the caller loaded.
    rc = rc.subset(train_mask | test).compact()
    test = rc.session == holdout
    train_mask = training_periods(rc.session, holdout, s.sessions)
    past = rc.subset(train_mask)
    model = train(past, s, points)
    future = rc.subset(test)
    votes = vote_matrix(future)  # (q, m)
    texts = [future.text(k) for k in range(future.n_calls)]
    probs = model.predict(texts, future.issues, np.maximum(future.amend, 0).astype(np.int8))
    seen = votes >= 0
    truth = votes[seen]
    guess = probs.argmax(axis=2)
    pred = guess[seen]
    # Baselines.
    counts = np.zeros((len(rc.members), 3))
    np.add.at(counts, (past.vote_member, past.vote), 1.0)
    frequent = np.where(counts.sum(axis=1) > 0, counts.argmax(axis=1), 2)
    cf_vote, _ = carry_forward(
        model.history, model.vectorizer.transform(texts), holdout, s.carry_back
    )
    similar = np.where(cf_vote >= 0, cf_vote, 2).astype(np.int64)
    baselines = {
        "always_yes": float(np.mean(truth == 2)),
        "most_frequent": float(np.mean(frequent[None, :].repeat(votes.shape[0], 0)[seen] == truth)),
        "similar_resolution": float(np.mean(similar[seen] == truth)),
    }
    expected = np.where(seen[..., None], probs, 0.0)
    pred_adopt = expected[..., 2].sum(axis=1) > expected[..., 0].sum(axis=1)
    true_adopt = adopted(votes)
    sim_votes = np.where(seen, similar, -1).astype(np.int8)
    table = reliability(probs[seen], truth)
    result: dict[str, Any] = {
        "holdout_session": holdout,
        "trained_sessions": list(model.trained_sessions),
        "accuracy": float(np.mean(pred == truth)),
        "n": int(truth.size),
        "roll_calls": int(votes.shape[0]),
        "f1": f1_scores(truth, pred),
        "adoption_accuracy": float(np.mean(pred_adopt == true_adopt)),
        "log_loss": log_loss(probs[seen], truth),
        "calibration_error": calibration_error(table),
        "reliability": table,
        "baselines": baselines,
        "margin": float(np.mean(pred == truth)) - baselines["similar_resolution"],
        "baseline_f1": {"similar_resolution": f1_scores(truth, similar[seen])},
        "baseline_adoption_accuracy": {
            "always_yes": float(np.mean(true_adopt)),
            "similar_resolution": float(np.mean(adopted(sim_votes) == true_adopt)),
        },
        "settings": dict(vars(s)),
    }
    return Evaluation(holdout, result, model)


def rolling(
    rc: RollCalls,
    first: int,
    last: int,
    settings: Settings | None = None,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """The rolling-origin protocol: for every session ``N`` from ``first`` to ``last``, train
    on sessions before ``N`` only and score ``N`` (:func:`evaluate`); then each session's
    margin over each baseline, their mean and the worst (smallest) margin.

    ``progress`` is called with each session's result as soon as it is known.
    """
    s = settings or Settings()
    sessions: list[dict[str, Any]] = []
    for split in rolling_origin(rc.session, first, last, s.sessions):
        keep = split.train | split.test
        result = evaluate(rc.subset(keep), split.origin, s).result
        result.pop("settings", None)
        sessions.append(result)
        if progress is not None:
            progress(result)
    names = list(sessions[0]["baselines"])
    margins = {b: [r["accuracy"] - r["baselines"][b] for r in sessions] for b in names}
    summary = {
        "sessions": [first, last],
        "mean_accuracy": float(np.mean([r["accuracy"] for r in sessions])),
        "mean_log_loss": float(np.mean([r["log_loss"] for r in sessions])),
        "mean_baseline": {b: float(np.mean([r["baselines"][b] for r in sessions])) for b in names},
        "mean_margin": {b: float(np.mean(m)) for b, m in margins.items()},
        "worst_margin": {b: float(np.min(m)) for b, m in margins.items()},
        "sessions_beaten": {b: int(np.sum(np.asarray(m) > 0)) for b, m in margins.items()},
    }
    return {"summary": summary, "settings": dict(vars(s)), "per_session": sessions}
