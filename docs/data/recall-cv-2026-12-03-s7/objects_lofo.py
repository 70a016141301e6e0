"""Second run of the s7-recall leave-one-file-out (issue 14, session 7): the object-noun prior
and the first run's candidates on the shipped head's training files.

Written while ``recall_lofo.py`` ran, after its first fold (OEDA) was printed: there every
head trained on all ten other files was lower in event F1 than the shipped head's training
data (seven files), so the candidates are also measured on the shipped training data. The
``balanced7`` head was added after nine of the first run's eleven folds had been printed.

Heads (each trained without F; same folds, lexicon choices and adoption rule as
``recall_lofo.py``: not lower than ``shipped`` in event F1 or actor accuracy on any of the
eleven files):

* ``shipped``: as in ``recall_lofo.py`` (the baseline);
* ``objects``: the shipped recipe and training files, with the object-noun prior
  (:func:`accord.news.nlp.coder.object_prior`: a predicate whose verb gives no type or a
  statement takes the dictionary type of its direct object, "carried out strikes", "announced
  new tariffs"), in training (the gold records' main clauses) and in coding;
* ``objects-all``: the same on all ten other files;
* ``types7``: the shipped recipe and training files with per-type thresholds chosen inside
  them (:func:`accord.news.nlp.train.type_thresholds`, as ``types`` in ``recall_lofo.py``);
* ``balanced7``: the shipped recipe and training files with the gold records weighted
  inversely to their type's frequency (as ``balanced`` in ``recall_lofo.py``).

    python docs/data/recall-cv-2026-12-03-s7/objects_lofo.py > objects-lofo.json

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

sys.path.insert(0, str(Path(__file__).parent))

import recall_lofo as base
from recall_lofo import FILE_OF, FILES, SETTING, SHIPPED_SPECS, SPECS, fit, subset

import accord.news.nlp.coder as nlp_coder
from accord.news.coders import RulesCoder
from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.classifier import TypeHead
from accord.news.nlp.coder import NlpCoder
from accord.news.nlp.train import training_set, type_thresholds

HEADS = tuple(a for a in sys.argv[1:] if not a.startswith("-")) or (
    "shipped",
    "objects",
    "objects-all",
    "types7",
    "balanced7",
)


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401
    import stack_lofo
    from head_cv import GoldSpec
    from rules_lofo import figures, only

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES
    stack_lofo.FILES = FILES
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in FILES}
    with only(set(rules_lofo.CANDIDATES)):
        plain = training_set(list(SPECS.values()), base.SEED, base.WEAK, "static")
        objects = training_set(list(SPECS.values()), base.SEED, base.WEAK, "static", True)
    names: list[str] = []
    for name, spec in SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(plain.gold)
    changed = int((plain.x[gold_idx] != objects.x[gold_idx]).any(axis=1).sum())
    result: dict[str, Any] = {"heads": HEADS, "gold_rows_with_object_prior": changed, "files": {}}
    print("gold rows whose prior the object noun changes:", changed, file=sys.stderr)
    start = time.process_time()
    for held in FILES:
        out: dict[str, Any] = {}
        others = [s for s in SPECS if FILE_OF[s] != held]
        rows_all = gold_idx[np.isin(names_a, others)]
        rows_7 = gold_idx[np.isin(names_a, [s for s in others if s in SHIPPED_SPECS])]
        heads: dict[str, TypeHead] = {}
        if "shipped" in HEADS:
            heads["shipped"] = fit(subset(plain, rows_7), *SETTING)
        if "objects" in HEADS:
            h = fit(subset(objects, rows_7), *SETTING)
            heads["objects"] = TypeHead(
                h.labels, h.coef, h.intercept, h.threshold, {"object_prior": True}
            )
        if "objects-all" in HEADS:
            h = fit(subset(objects, rows_all), *SETTING)
            heads["objects-all"] = TypeHead(
                h.labels, h.coef, h.intercept, h.threshold, {"object_prior": True}
            )
        if "types7" in HEADS:
            sub = subset(plain, rows_7)
            per_type = type_thresholds(sub, base.SEED, base.REPEATS, SETTING)
            out["per_type7"] = dict(per_type)
            h = fit(sub, *SETTING)
            heads["types7"] = TypeHead(h.labels, h.coef, h.intercept, 0.3, {}, per_type)
        if "balanced7" in HEADS:
            heads["balanced7"] = fit(subset(plain, rows_7), *SETTING, balanced=True)
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
            {
                k: (round(rules_lofo.f1(v), 3), round(rules_lofo.actor(v), 3))
                for k, v in held_out.items()
            },
            file=sys.stderr,
            flush=True,
        )
    result["cpu_seconds"] = round(time.process_time() - start)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
