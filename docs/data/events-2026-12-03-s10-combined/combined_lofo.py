"""The nlp coder's two session-10 adoptions together (issue 14, session 10, lead's check).

s10-fallback (``rules_when_silent`` + ``fallback_not_conditional`` + ``fallback_not_rejected``)
and s10-nlptypes (``rules_type_same_trigger``) were each measured against a base without the
other, and before s10-rules3 changed the rules coder both borrow from. Before the held-out
scoring, this codes every development file with a type head trained without it (the harness of
``events-2026-12-03-s10-nlptypes/types_foldheads.py``, without its inner margin choice; the
margin stays at the shipped 1.0) under four configurations: ``start`` (the four switches off:
the session-start nlp rules), ``fallback``, ``types`` and ``final`` (``DEFAULT_RULES``), and
the rules coder beside. Check: ``final`` not lower than ``start`` on any file in event F1 or
actor accuracy (a combination check, not a new choice: nothing here is tuned).

Run from the repository root: ``PYTHONPATH=src nice python
docs/data/events-2026-12-03-s10-combined/combined_lofo.py > combined.json``.
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
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s10-nlptypes"))
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s9-nlpactors"))
sys.path.insert(0, str(HERE.parent / "recall-cv-2026-12-03-s8"))

SWITCHES = ("rules_when_silent", "fallback_not_conditional", "fallback_not_rejected")


def main() -> None:
    sys.argv[1:] = ["main"]
    import actors_lofo  # noqa: F401
    import recall8_lofo as r8
    import rules_lofo
    import rules_lofo3  # noqa: F401
    import stack_lofo
    from actors_lofo import actor, counts, f1, pool
    from head_cv import GoldSpec
    from recall8_lofo import FILE_OF, SETTING, SHIPPED_SPECS, SPECS, fit, subset
    from rules_lofo import only
    from types_foldheads import FILES

    import accord.news.nlp.coder as nlp_coder
    import accord.news.nlp.train as nlp_train
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import outcome_rows
    from accord.news.nlp.train import training_set

    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = FILES
    stack_lofo.FILES = FILES
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in FILES}
    specs = {s: v for s, v in SPECS.items() if s in SHIPPED_SPECS}
    with only(set(rules_lofo.CANDIDATES)):
        data = training_set(list(specs.values()), 0, r8.base.WEAK, "static")
    names: list[str] = []
    for name, spec in specs.items():
        parsed = GoldSpec.parse(spec)
        names += [name] * len(read_gold(parsed.path, parsed.split))
    names_a = np.asarray(names)
    gold_idx = np.flatnonzero(data.gold)
    shipped = {FILE_OF[s] for s in specs}
    start_rules = replace(
        DEFAULT_RULES, **dict.fromkeys((*SWITCHES, "rules_type_same_trigger"), False)
    )
    configs = {
        "start": start_rules,
        "fallback": replace(start_rules, **dict.fromkeys(SWITCHES, True)),
        "types": replace(start_rules, rules_type_same_trigger=True),
        "final": DEFAULT_RULES,
    }
    result: dict[str, Any] = {"setting": SETTING, "files": {}}
    clock = time.process_time()
    for held in FILES:
        rows = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] not in {held} & shipped])]
        head = fit(subset(data, rows), 0, *SETTING)
        cells = {}
        with only(chosen[held]):
            for name, rules in configs.items():
                cells[name] = counts(outcome_rows(gold[held], NlpCoder(head, rules=rules)))
            cells["rules coder"] = counts(outcome_rows(gold[held], RulesCoder()))
        result["files"][held] = cells
        print(held, round(time.process_time() - clock), file=sys.stderr)
        print(
            {k: (round(f1(v), 3), round(actor(v), 3)) for k, v in cells.items()},
            file=sys.stderr,
            flush=True,
        )
    files = result["files"]
    result["pooled"] = {k: pool([files[f][k] for f in FILES]) for k in files[FILES[0]]}
    result["figures"] = {
        f: {k: [round(f1(v), 4), round(actor(v), 4)] for k, v in cells.items()}
        for f, cells in [*files.items(), ("pooled", result["pooled"])]
    }
    result["final_lower_than_start"] = [
        f
        for f in FILES
        if f1(files[f]["final"]) < f1(files[f]["start"]) - 1e-12
        or actor(files[f]["final"]) < actor(files[f]["start"]) - 1e-12
    ]
    result["cpu_seconds"] = round(time.process_time() - clock)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
