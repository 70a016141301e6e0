"""The nlp coder's type head: the CV figures the choice rests on and the choice itself
(issue 14 item 4, session 4; the rule and its figures: docs/validation-events/session-03.md)."""

from __future__ import annotations

import numpy as np
import pytest

from accord.news.coders import nlp_available


def _toy_set(seed: int) -> object:
    """Two separable gold classes plus weak rows: enough for the CV's folds and grid."""
    from accord.news.nlp.train import TrainingSet

    rng = np.random.default_rng(seed)
    n_gold, n_weak = 40, 20
    labels = ["AGREE" if k % 2 else "NONE" for k in range(n_gold + n_weak)]
    centre = np.array([[1.0, 0.0] if y == "AGREE" else [0.0, 1.0] for y in labels])
    x = (centre + rng.normal(0.0, 0.6, size=centre.shape)).astype(np.float32)
    gold = np.zeros(n_gold + n_weak, dtype=bool)
    gold[:n_gold] = True
    return TrainingSet(x, labels, gold, n_weak)


def test_cv_scores_keep_every_fold_and_cross_validate_takes_the_best_mean() -> None:
    from accord.news.nlp.train import (
        C_GRID,
        FOLDS,
        THRESHOLD_GRID,
        WEAK_WEIGHT_GRID,
        best_setting,
        cross_validate,
        cv_scores,
    )

    data = _toy_set(3)
    scores = cv_scores(data, seed=0)  # type: ignore[arg-type]
    assert len(scores) == len(C_GRID) * len(WEAK_WEIGHT_GRID) * len(THRESHOLD_GRID)
    assert all(len(folds) == FOLDS for folds in scores.values())
    assert all(0.0 <= f <= 1.0 for folds in scores.values() for f in folds)
    best = best_setting(scores)
    means = {key: float(np.mean(v)) for key, v in scores.items()}
    assert means[best] == max(means.values())
    params, mean = cross_validate(data, seed=0)  # type: ignore[arg-type]
    assert (params["C"], params["weak_weight"], params["threshold"]) == best
    assert mean == pytest.approx(means[best])
    assert cv_scores(data, seed=0) == scores  # type: ignore[arg-type]  # same seed, same folds


def test_best_setting_breaks_ties_by_the_smaller_c() -> None:
    from accord.news.nlp.train import best_setting

    assert best_setting({(8.0, 0.1, 0.3): [0.5, 0.7], (2.0, 0.1, 0.3): [0.6, 0.6]}) == (
        2.0,
        0.1,
        0.3,
    )


@pytest.mark.skipif(not nlp_available(), reason="the [nlp] extra is not installed")
def test_the_default_head_is_the_static_one_and_minilm_stays_selectable() -> None:
    from accord.news.coders import get_coder
    from accord.news.nlp.classifier import DEFAULT_HEAD, default_head, minilm_head, static_head
    from accord.news.nlp.models import embed, static_embed

    assert DEFAULT_HEAD == "static" and default_head() is static_head()
    nlp = get_coder("nlp", strict=True).coder
    minilm = get_coder("nlp-minilm", strict=True).coder
    assert nlp.embed is static_embed and minilm.embed is embed  # type: ignore[attr-defined]
    assert minilm.head is minilm_head()  # type: ignore[attr-defined]
    digest = str(static_head().meta["digest"])
    assert nlp.version.endswith(f"+head-{digest}")
    assert minilm.version.endswith(f"+head-{minilm_head().meta['digest']}")
