"""Which records the object-noun prior changes, out of file (a diagnosis after
``objects_lofo.py``, not a choice): per development file F, the shipped recipe's head and the
``objects`` head, both trained without F on the shipped head's files, code each record of F
alone; the records whose events differ are listed with the gold label and both outputs.

    python docs/data/recall-cv-2026-12-03-s7/objects_diff.py > objects-diff.json

No candidate was adopted and the code they need (``TypeHead.per_type``,
``train.type_thresholds``, ``coder.object_prior``) was removed afterwards: run this script
with the ``src/`` of commit 475f4a7 (branch s7-recall).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import recall_lofo as base
from recall_lofo import FILE_OF, FILES, SETTING, SHIPPED_SPECS, SPECS, fit, subset

import accord.news.nlp.coder as nlp_coder
from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.classifier import TypeHead
from accord.news.nlp.coder import NlpCoder
from accord.news.nlp.train import training_set


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401
    import stack_lofo
    from head_cv import GoldSpec
    from rules_lofo import only

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES
    stack_lofo.FILES = FILES
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    with only(set(rules_lofo.CANDIDATES)):
        plain = training_set(list(SPECS.values()), base.SEED, base.WEAK, "static")
        objects = training_set(list(SPECS.values()), base.SEED, base.WEAK, "static", True)
    names: list[str] = []
    for name, spec in SPECS.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(plain.gold)
    out: dict[str, Any] = {}
    for held in FILES:
        others = [s for s in SPECS if FILE_OF[s] != held and s in SHIPPED_SPECS]
        rows = gold_idx[np.isin(names_a, others)]
        shipped = fit(subset(plain, rows), *SETTING)
        h = fit(subset(objects, rows), *SETTING)
        obj = TypeHead(h.labels, h.coef, h.intercept, h.threshold, {"object_prior": True})
        diffs = []
        with only(chosen[held]):
            for record in read_gold(held):
                got = {}
                for label, head in (("shipped", shipped), ("objects", obj)):
                    ev = evaluate([record], coder=NlpCoder(head=head))
                    got[label] = (ev.correct, ev.predicted, ev.source_correct + ev.target_correct)
                    got[label + "_events"] = [
                        [e.event_type, [a.code for a in e.sources], [a.code for a in e.targets]]
                        for e in NlpCoder(head=head).code_sentence(record.text, record.date)
                    ]
                if got["shipped"] != got["objects"]:
                    diffs.append(
                        {"id": record.id, "gold": record.event, "text": record.text, **got}
                    )
        out[held] = diffs
        print(held, len(diffs), file=sys.stderr, flush=True)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
