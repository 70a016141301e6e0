"""The nlp coder's recall switches, leave-one-file-out (issue 14, session 5, round 2).

For each development file F (``rules_lofo.FILES``): the nlp type head is trained without F
(the shipped recipe: all development gold but F, setting 8, 0.03, 0.3, as ``head_cv.py lofo
all 8,0.03,0.3``), and F is coded with the rules coder's lexicon candidates chosen without F
(``rules-lofo-rules.json``) by three coders: the rules coder, the nlp coder with its shipped
role rules (``DEFAULT_RULES``), and the nlp coder with each candidate switch added. A switch
is adopted only if neither event F1 nor actor accuracy is lower on any file. Output: JSON.

    python docs/data/recall-cv-2026-12-03-s5/recall_lofo.py rules_when_silent > X.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
TYPES = HERE.parent / "types-cv-2026-12-03-s5"
sys.path.insert(0, str(TYPES))

from head_cv import FILE_OF, OPTIONS, SEED, SPECS, WEAK, fit, spec_rows
from rules_lofo import CANDIDATES, FILES, figures, only

from accord.news.coders import RulesCoder
from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
from accord.news.nlp.train import training_set


def main(switches: list[str]) -> None:
    chosen = {
        f: set(v["chosen"])
        for f, v in json.loads((TYPES / "rules-lofo-rules.json").read_text())["folds"].items()
    }
    gold = {f: read_gold(f) for f in FILES}
    with only(set(CANDIDATES)):
        data = training_set(list(SPECS.values()), SEED, WEAK, "static")
    names = spec_rows()
    gold_idx = np.flatnonzero(data.gold)
    result: dict[str, Any] = {"switches": switches, "files": {}}
    for held in FILES:
        keep = [s for s in OPTIONS["all"] if FILE_OF[s] != held]
        head = fit(data, gold_idx[np.isin(names, keep)], 8.0, 0.03, 0.3)
        out: dict[str, Any] = {"rules_candidates": sorted(chosen[held])}
        with only(chosen[held]):
            out["rules"] = figures(evaluate(gold[held], coder=RulesCoder()))
            out["nlp"] = figures(evaluate(gold[held], coder=NlpCoder(head=head)))
            for name in switches:
                rules = replace(DEFAULT_RULES, **{name: True})
                coder = NlpCoder(head=head, rules=rules)
                out[f"nlp+{name}"] = figures(evaluate(gold[held], coder=coder))
        result["files"][held] = out
        print(held, out, file=sys.stderr)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
