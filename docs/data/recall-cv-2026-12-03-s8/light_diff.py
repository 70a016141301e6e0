"""Which records the light verbs' object prior changes, out of file (a diagnosis after
``recall8_lofo.py main``, not a choice; session 7's ``objects_diff.py`` on the twelve files):
per development file F, the seed-0 head of the shipped recipe and the ``light`` head, both
trained without F on the shipped head's files, code each record of F alone; the records whose
events differ are listed with the gold label and both outputs.

    python docs/data/recall-cv-2026-12-03-s8/light_diff.py > light-diff.json

Needs the ``src/`` of commit 0b2b76d (the light verbs' code, removed afterwards: see
``recall8_lofo.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from recall8_lofo import FILES8, fit  # noqa: E402
from recall_lofo import FILE_OF, SETTING, SHIPPED_SPECS, SPECS, subset  # noqa: E402

import accord.news.nlp.coder as nlp_coder  # noqa: E402
import accord.news.nlp.train as nlp_train  # noqa: E402
from accord.news.evaluate import evaluate, read_gold  # noqa: E402
from accord.news.nlp.coder import NlpCoder  # noqa: E402
from accord.news.nlp.train import training_set  # noqa: E402


def main() -> None:
    import rules_lofo
    import rules_lofo3  # noqa: F401
    import stack_lofo
    from head_cv import WEAK, GoldSpec
    from rules_lofo import only

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES8
    stack_lofo.FILES = FILES8
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    specs = {s: v for s, v in SPECS.items() if s in SHIPPED_SPECS}
    with only(set(rules_lofo.CANDIDATES)):
        plain = training_set(list(specs.values()), 0, WEAK, "static")
        light = training_set(list(specs.values()), 0, WEAK, "static", objects=True)
    names: list[str] = []
    for name, spec in specs.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(plain.gold)
    out: dict[str, Any] = {}
    for held in FILES8:
        rows = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] != held])]
        heads = {
            "seed 0": fit(subset(plain, rows), 0, *SETTING),
            "light": fit(subset(light, rows), 0, *SETTING, object_prior=True),
        }
        diffs = []
        with only(chosen[held]):
            for record in read_gold(held):
                got: dict[str, Any] = {}
                for label, head in heads.items():
                    ev = evaluate([record], coder=NlpCoder(head=head))
                    got[label] = (ev.correct, ev.predicted, ev.source_correct + ev.target_correct)
                    got[label + " events"] = [
                        [e.event_type, [a.code for a in e.sources], [a.code for a in e.targets]]
                        for e in NlpCoder(head=head).code_sentence(record.text, record.date)
                    ]
                if got["seed 0"] != got["light"]:
                    diffs.append({"id": record.id, "gold": record.event, "text": record.text} | got)
        out[held] = diffs
        print(held, len(diffs), file=sys.stderr, flush=True)
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
