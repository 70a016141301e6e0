"""The nlp coder's type head, leave-one-file-out over the eleven development files (issue 14,
session 7, s7-recall).

Protocol (written here before the run): for each development file F of
``accord.news.nlp.rules_cv.dev_sets`` (the ten of session 6's ``recall_lofo.py`` and
``news-heldout-s6b.json``), the rules coder's lexicon candidates are those chosen without F
(session 5, rounds 1 and 3; a file outside a round's folds takes the round's choice on all
files), and F is coded by the rules coder and by the nlp coder with each head below, every
head trained without F (the weak CAMEO phrases always in training, seed 0, 120 per type):

* ``shipped``: the shipped head's recipe and training data, the seven files of its command
  (docs/event-coding.md) less F, setting (C 8, weak weight 0.03, threshold 0.3): **the
  baseline of the adoption rule**;
* ``all``: the same recipe on all ten other development files (candidate 1a, the training
  data; session 6's "nlp" column);
* ``types``: ``all`` with per-type thresholds (candidate 4) chosen inside the ten training
  files by grouped 5-fold CV of the head, 3 repeats
  (:func:`accord.news.nlp.train.type_thresholds`; grid 0.15 ... 0.5, ties keep 0.3);
* ``recipe``: ``all`` with (C, weak weight, threshold) chosen inside the ten training files
  from ``train.py``'s grid by its grouped CV (:func:`accord.news.nlp.train.cv_run`, 3 repeats;
  candidate 1c, the recipe's settings by nested CV);
* ``balanced``: ``all`` with the gold records weighted inversely to their type's frequency
  (scikit-learn's "balanced", rescaled to mean 1 over the gold rows; candidate 1b, class
  weights; no parameter).

Adoption rule: a candidate is adopted only if, out of file, its event F1 and its actor accuracy
are not lower than the ``shipped`` head's on any of the eleven files; the rules coder's figures
are reported beside them. Output: JSON (each cell the counts of ``rules_lofo.figures``).

    python docs/data/recall-cv-2026-12-03-s7/recall_lofo.py > recall-lofo.json
    python docs/data/recall-cv-2026-12-03-s7/table.py recall-lofo.json

No candidate was adopted and the code they need (``TypeHead.per_type``,
``train.type_thresholds``, ``coder.object_prior``) was removed afterwards: run this script
with the ``src/`` of commit 475f4a7 (branch s7-recall).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
TYPES = HERE.parent / "types-cv-2026-12-03-s5"
STACK = HERE.parent / "stack-cv-2026-12-03-s6"
sys.path.insert(0, str(TYPES))
sys.path.insert(0, str(STACK))

import head_cv
import rules_lofo
import stack_lofo
from head_cv import SEED, WEAK
from rules_lofo import figures, only

import accord.news.nlp.coder as nlp_coder
from accord.news.coders import RulesCoder
from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.classifier import TypeHead, fit_head
from accord.news.nlp.coder import NlpCoder
from accord.news.nlp.train import TrainingSet, best_setting, cv_run, training_set

S6 = "tests/data/news/news-heldout-s6.json"
S6B = "tests/data/news/news-heldout-s6b.json"
FILES = (*stack_lofo.FILES, S6, S6B)
SPECS = {**stack_lofo.SPECS, "s6": f"{S6}@url", "s6b": f"{S6B}@url"}
FILE_OF = {**stack_lofo.FILE_OF, "s6": S6, "s6b": S6B}
SHIPPED_SPECS = ("oeda", "dipl_dev", "dipl_heldout", "seed", "real", "fresh", "ho2025", "ho2026")
"""The seven files of the shipped head's command (diplomacy-2025 as its two splits here)."""
SETTING = (8.0, 0.03, 0.3)
REPEATS = 3
HEADS = tuple(a for a in sys.argv[1:] if not a.startswith("-")) or (
    "shipped",
    "all",
    "types",
    "recipe",
    "balanced",
)


def subset(data: TrainingSet, rows: np.ndarray) -> TrainingSet:
    """The gold rows ``rows`` (with their groups) and every weak phrase."""
    weak = np.flatnonzero(~data.gold)
    keep = np.concatenate([rows, weak])
    labels = [data.labels[i] for i in keep]
    gold = np.zeros(len(keep), dtype=bool)
    gold[: len(rows)] = True
    groups = tuple(data.groups[i] for i in rows)
    return TrainingSet(data.x[keep], labels, gold, len(weak), groups)


def fit(sub: TrainingSet, c: float, w: float, t: float, balanced: bool = False) -> TypeHead:
    weights = np.where(sub.gold, 1.0, w)
    if balanced:
        gold_labels = np.asarray(sub.labels)[sub.gold]
        kinds, counts = np.unique(gold_labels, return_counts=True)
        per = dict(zip(kinds, len(gold_labels) / (len(kinds) * counts), strict=True))
        gw = np.asarray([per[lab] for lab in gold_labels])
        weights[sub.gold] = gw / gw.mean()
    return fit_head(sub.x, list(sub.labels), weights, c=c, threshold=t, seed=SEED)


def main() -> None:
    import rules_lofo3  # noqa: F401  (its candidates, merged with round 1's below)

    from accord.news.nlp.train import type_thresholds  # at 475f4a7 only

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES
    stack_lofo.FILES = FILES
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in FILES}
    with only(set(rules_lofo.CANDIDATES)):
        data = training_set(list(SPECS.values()), SEED, WEAK, "static")
    names: list[str] = []
    for name, spec in SPECS.items():
        parsed = head_cv.GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(data.gold)
    assert len(gold_idx) == len(names_a) == len(data.groups)

    result: dict[str, Any] = {"heads": HEADS, "setting": SETTING, "files": {}}
    start = time.process_time()
    for held in FILES:
        out: dict[str, Any] = {"rules_candidates": sorted(chosen[held])}
        others = [s for s in SPECS if FILE_OF[s] != held]
        rows_all = gold_idx[np.isin(names_a, others)]
        rows_shipped = gold_idx[np.isin(names_a, [s for s in others if s in SHIPPED_SPECS])]
        sub = subset(data, rows_all)
        heads: dict[str, TypeHead] = {}
        if "shipped" in HEADS:
            heads["shipped"] = fit(subset(data, rows_shipped), *SETTING)
        if "all" in HEADS:
            heads["all"] = fit(sub, *SETTING)
        if "types" in HEADS:
            per_type = type_thresholds(sub, SEED, REPEATS, SETTING)
            out["per_type"] = dict(per_type)
            base = heads.get("all") or fit(sub, *SETTING)
            heads["types"] = TypeHead(base.labels, base.coef, base.intercept, 0.3, {}, per_type)
        if "recipe" in HEADS:
            setting = best_setting(cv_run(sub, SEED, REPEATS).folds)
            out["recipe"] = setting
            heads["recipe"] = fit(sub, *setting)
        if "balanced" in HEADS:
            heads["balanced"] = fit(sub, *SETTING, balanced=True)
        held_out: dict[str, Any] = {}
        with only(chosen[held]):
            held_out["rules"] = figures(evaluate(gold[held], coder=RulesCoder()))
            for name, head in heads.items():
                held_out[name] = figures(evaluate(gold[held], coder=NlpCoder(head=head)))
        out["held"] = held_out
        result["files"][held] = out
        took = round(time.process_time() - start)
        print(held, took, {k: v for k, v in out.items() if k != "held"}, file=sys.stderr)
        print(
            {k: (rules_lofo.f1(v), rules_lofo.actor(v)) for k, v in held_out.items()},
            file=sys.stderr,
            flush=True,
        )
    result["cpu_seconds"] = round(time.process_time() - start)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
