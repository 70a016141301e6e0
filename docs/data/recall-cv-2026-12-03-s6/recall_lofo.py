"""The nlp coder's candidates, leave-one-file-out over the ten development files (issue 14,
session 6, s6-recall2).

Candidates (from ``stages.py``: where the nlp coder drops a gold event):

* ``crowd_place`` (``RoleRules``): an unnamed crowd as agent ("thousands of people",
  "protesters") takes the country of the place the sentence names as source;
* ``prior_agrees`` (``RoleRules``; second run, written while the first run went on, before
  its table was read): a label under the head's threshold is taken when it is the CAMEO type
  of the predicate's verb in the dictionary (its ``verb_prior_in``);
* ``threshold`` = t: the head's threshold, chosen inside the training files from
  :data:`GRID` (nested: each of the nine training files coded by a head trained without it
  and without F; objective pooled event F1 + actor accuracy; ties: the shipped 0.3).

Per development file F (``rules_cv.dev_sets``; the nine of ``stack_lofo.py`` plus
``news-heldout-s6.json``): the type head is trained without F (shipped recipe, setting 8,
0.03, 0.3); the rules coder's lexicon candidates are those chosen without F (rounds 1 and 3
of session 5; a file outside a round's folds takes the round's choice on all files); F is
coded by the rules coder, the shipped nlp coder and each candidate.

Neither switch was adopted and their code was removed afterwards: run this script with the
``src/`` of commit deb10d1 (branch s6-recall2, on main b14cf6f), where ``RoleRules`` has both.

Adoption rule (written before the run): a candidate is adopted only if, out of file, it is
not lower than the shipped nlp coder in event F1 or in actor accuracy on any of the ten
files; figures against the rules coder per file are reported too. Output: JSON.

    python docs/data/recall-cv-2026-12-03-s6/recall_lofo.py > recall-lofo.json
    python docs/data/recall-cv-2026-12-03-s6/recall_lofo.py prior_agrees --no-threshold \
        > prior-lofo.json
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
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
from head_cv import SEED, WEAK, fit
from rules_lofo import figures, only

import accord.news.nlp.coder as nlp_coder
from accord.news.coders import RulesCoder
from accord.news.evaluate import evaluate, read_gold
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
from accord.news.nlp.train import training_set

S6 = "tests/data/news/news-heldout-s6.json"
FILES = (*stack_lofo.FILES, S6)
SPECS = {**stack_lofo.SPECS, "s6": f"{S6}@url"}
FILE_OF = {**stack_lofo.FILE_OF, "s6": S6}
GRID = (0.3, 0.15, 0.2, 0.25)  # the shipped threshold first: ties keep it
SWITCHES = tuple(a for a in sys.argv[1:] if not a.startswith("-")) or ("crowd_place",)
NESTED = "--no-threshold" not in sys.argv
"""The switches measured (argv; default ``crowd_place``); ``--no-threshold`` skips the nested
threshold choice (the second run: ``prior_agrees``)."""


def score(fig: dict[str, int]) -> float:
    return rules_lofo.f1(fig) + rules_lofo.actor(fig)


def main() -> None:
    import rules_lofo3  # noqa: F401  (its candidates, merged with round 1's below)

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
    assert len(gold_idx) == len(names_a)

    def head_without(*files: str) -> Any:
        keep = [s for s in SPECS if FILE_OF[s] not in files]
        return fit(data, gold_idx[np.isin(names_a, keep)], 8.0, 0.03, 0.3)

    def grid_figures(head: Any, file: str) -> dict[float, dict[str, int]]:
        return {
            t: figures(evaluate(gold[file], coder=NlpCoder(head=replace(head, threshold=t))))
            for t in GRID
        }

    result: dict[str, Any] = {"grid": GRID, "switches": SWITCHES, "files": {}}
    start = time.time()
    for held in FILES:
        out: dict[str, Any] = {"rules_candidates": sorted(chosen[held])}
        train = [f for f in FILES if f != held]
        with only(chosen[held]):
            head = head_without(held)
            held_out: dict[str, Any] = {"rules": figures(evaluate(gold[held], coder=RulesCoder()))}
            grid = grid_figures(head, held)
            held_out["nlp"] = grid[0.3]
            for name in SWITCHES:
                coder = NlpCoder(head=head, rules=replace(DEFAULT_RULES, **{name: True}))
                held_out[f"nlp+{name}"] = figures(evaluate(gold[held], coder=coder))
            inner_figs = (
                {g: grid_figures(head_without(held, g), g) for g in train} if NESTED else {}
            )
        if NESTED:
            inner = {t: score(rules_lofo.pool([inner_figs[g][t] for g in train])) for t in GRID}
            t_best = max(GRID, key=lambda t: inner[t])  # max keeps the first: 0.3 on ties
            out["inner"] = {str(t): round(v, 4) for t, v in inner.items()}
            out["chosen_threshold"] = t_best
            held_out["nlp+threshold"] = grid[t_best]
        held_out.update({f"grid {t}": fig for t, fig in grid.items()})
        out["held"] = held_out
        result["files"][held] = out
        took = round(time.time() - start)
        print(held, out.get("chosen_threshold"), took, held_out, file=sys.stderr, flush=True)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
