"""The nlp type head's training set and settings by grouped, repeated CV (issue 14, session 5).

Step ``choose``: all development gold (the specs below, grouped by source family: OEDA by
sentence, accord's 2025 diplomacy file by date, the seed article and ``news-heldout-2025``
each as one document, the news files by article URL) is split into the same 5 grouped folds
(``accord.news.nlp.train.grouped_folds``, seeds 0, 1, 2). Each training-set option is trained
on its own files' records of the four training folds (plus the weak CAMEO phrases) and scored
on *every* record of the test fold, so all options are scored on the same records. The
(option, C, weak weight, threshold) with the best mean fold event F1 wins (as in ``train.py``).

Step ``lofo``: the nlp coder end to end, per development file F, with a head trained without
F: "before" = session 4's recipe (OEDA, 2025 dev, seed; setting 8, 0.1, 0.3; the rules
coder's lexicon without the session-5 candidates), "after" = the chosen option and setting
with the session-5 lexicon. Output: JSON lines.

    python docs/data/types-cv-2026-12-03-s5/head_cv.py choose > head-cv-choose.json
    python docs/data/types-cv-2026-12-03-s5/head_cv.py lofo OPTION C,W,T > head-cv-lofo.json
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from rules_lofo import FILES, figures, only

from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.classifier import TypeHead, fit_head
from accord.news.nlp.train import (
    GoldSpec,
    TrainingSet,
    decide,
    event_f1,
    grouped_folds,
    training_set,
)

SPECS = {
    "oeda": "../shared/reference/plover/PLOVER_GSR_CAMEO.dev.json@text",
    "dipl_dev": "tests/data/news/diplomacy-2025.json:dev@date",
    "seed": "tests/data/news/seed-article.json@file",
    "real": "tests/data/news/news-real-2025.json@url",
    "dipl_heldout": "tests/data/news/diplomacy-2025.json:heldout@date",
    "fresh": "tests/data/news/news-fresh-2025.json@url",
    "ho2025": "tests/data/news/news-heldout-2025.json@file",
    "ho2026": "tests/data/news/news-heldout-2026.json@url",
}
OPTIONS = {
    "s4": ("oeda", "dipl_dev", "seed"),
    "s4+real": ("oeda", "dipl_dev", "seed", "real"),
    "all": tuple(SPECS),
    "news": ("dipl_dev", "seed", "real", "dipl_heldout", "fresh", "ho2025", "ho2026"),
}
GRID_C, GRID_W, GRID_T = (2.0, 8.0, 32.0), (0.01, 0.03, 0.1), (0.2, 0.3, 0.4)
REPEATS = (0, 1, 2)
SEED = 0
WEAK = 120
FILE_OF = {  # which development file (rules_lofo.FILES) each spec reads
    "oeda": FILES[0],
    "dipl_dev": FILES[1],
    "dipl_heldout": FILES[1],
    "seed": FILES[2],
    "real": FILES[3],
    "fresh": FILES[4],
    "ho2025": FILES[5],
    "ho2026": FILES[6],
}


def spec_rows() -> np.ndarray:
    """The spec name of each gold row of ``training_set(SPECS.values())``."""
    names = []
    for name, spec in SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    return np.asarray(names)


def fit(data: TrainingSet, rows: np.ndarray, c: float, w: float, t: float) -> TypeHead:
    weak = np.flatnonzero(~data.gold)
    train = np.concatenate([rows, weak])
    weights = np.where(data.gold[train], 1.0, w)
    labels = list(np.asarray(data.labels)[train])
    return fit_head(data.x[train], labels, weights, c=c, threshold=t, seed=SEED)


def choose() -> None:
    data = training_set(list(SPECS.values()), SEED, WEAK, "static")
    names = spec_rows()
    labels = np.asarray(data.labels)
    gold_idx = np.flatnonzero(data.gold)
    assert len(names) == len(gold_idx)
    scores: dict[tuple[str, float, float, float], dict[str, list[float]]] = {}
    for rep in REPEATS:
        folds = grouped_folds(data, SEED + rep)
        oof: dict[tuple[str, float, float, float], dict[int, str]] = {}
        for option, files in OPTIONS.items():
            member = np.isin(names, files)
            for c, w in itertools.product(GRID_C, GRID_W):
                for k, test in enumerate(folds):
                    rows = np.concatenate([f for j, f in enumerate(folds) if j != k])
                    rows = rows[member[rows]]
                    head = fit(data, rows, c, w, 0.0)
                    for t in GRID_T:
                        got = decide(
                            TypeHead(head.labels, head.coef, head.intercept, t), data.x[test]
                        )
                        key = (option, c, w, t)
                        f1 = event_f1(list(labels[test]), got)
                        scores.setdefault(key, {"folds": [], "pooled": []})["folds"].append(f1)
                        oof.setdefault(key, {}).update(zip(test.tolist(), got, strict=True))
        for key, pred in oof.items():
            rows_ = sorted(pred)
            scores[key]["pooled"].append(event_f1(list(labels[rows_]), [pred[r] for r in rows_]))
        print(f"repeat {rep} done", file=sys.stderr)
    out = []
    for key, s in scores.items():
        out.append(
            {
                "option": key[0],
                "C": key[1],
                "weak_weight": key[2],
                "threshold": key[3],
                "mean_fold_f1": round(float(np.mean(s["folds"])), 4),
                "fold_sd": round(float(np.std(s["folds"], ddof=1)), 4),
                "pooled_f1": [round(f, 4) for f in s["pooled"]],
            }
        )
    out.sort(key=lambda r: (-r["mean_fold_f1"], r["C"]))
    best_per_option = {}
    for r in out:
        best_per_option.setdefault(r["option"], r)
    json.dump(
        {"best": out[0], "best_per_option": best_per_option, "all": out}, sys.stdout, indent=1
    )
    print()


def lofo(option: str, setting: str) -> None:
    c, w, t = (float(v) for v in setting.split(","))
    from accord.news.nlp.coder import NlpCoder

    gold = {f: read_gold(f) for f in FILES}
    result: dict[str, Any] = {"option": option, "setting": [c, w, t], "files": {}}
    for state, (files, (cc, ww, tt), on) in {
        "before": (OPTIONS["s4"], (8.0, 0.1, 0.3), set()),
        "after": (OPTIONS[option], (c, w, t), None),
    }.items():
        with only(on if on is not None else _all()):
            data = training_set(list(SPECS.values()), SEED, WEAK, "static")
            names = spec_rows()
            gold_idx = np.flatnonzero(data.gold)
            for held in FILES:
                keep = [s for s in files if FILE_OF[s] != held]
                rows = gold_idx[np.isin(names, keep)]
                head = fit(data, rows, cc, ww, tt)
                fig = figures(evaluate(gold[held], coder=NlpCoder(head=head)))
                result["files"].setdefault(held, {})[state] = fig
                print(state, held, fig, file=sys.stderr)
    json.dump(result, sys.stdout, indent=1)
    print()


def _all() -> set[str]:
    from rules_lofo import CANDIDATES

    return set(CANDIDATES)


if __name__ == "__main__":
    if sys.argv[1] == "choose":
        choose()
    else:
        lofo(sys.argv[2], sys.argv[3])
