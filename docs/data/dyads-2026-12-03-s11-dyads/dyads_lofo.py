"""The deciding run of s11-dyads (issue 14 item 5, session 11): the nlp coder's same-actor
filter ``_same`` before (main's, copied below as :func:`_same_main`) and after (the branch's,
with the sector test ``_side``), each file coded with a type head trained without it.

The harness is ``../events-2026-12-03-s10-combined/combined_lofo.py`` (the fold heads of
``events-2026-12-03-s10-nlptypes/types_foldheads.py``, the shipped setting, the rules coder's
session-5 candidate rules as chosen out of fold), copied here with two changes: the files are
those of session 10 plus ``news-heldout-s10.json`` (development data since its one scoring;
not in the shipped head's training, like the other held-out files after 2026), and the
configurations are ``before`` / ``after`` (both ``DEFAULT_RULES``) beside the rules coder.
Adoption rule (docs/validation-events.md, "session 11 (s11-dyads)"): no file lower after than
before in event F1 or actor accuracy, and the pooled figures not lower, one of them higher.

Run from the repository root: ``PYTHONPATH=src nice python
docs/data/dyads-2026-12-03-s11-dyads/dyads_lofo.py > dyads-lofo.json``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s10-nlptypes"))
sys.path.insert(0, str(HERE.parent / "events-2026-12-03-s9-nlpactors"))
sys.path.insert(0, str(HERE.parent / "recall-cv-2026-12-03-s8"))

S10 = "tests/data/news/news-heldout-s10.json"


def _same_main(a: Any, b: Any, gaz: Any = None, bare: Any = frozenset()) -> bool:
    """``accord.news.nlp.coder._same`` as on main at 3943ee5 (the extra arguments unused)."""
    if a.code != b.code:
        return False
    names = a.name == b.name or not a.name or not b.name
    roles = a.role == b.role or not a.role or not b.role
    return names and roles


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
    from types_foldheads import FILES as FILES10

    import accord.news.nlp.coder as nlp_coder
    import accord.news.nlp.train as nlp_train
    from accord.news.coders import RulesCoder
    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import outcome_rows
    from accord.news.nlp.train import training_set

    files = (*FILES10, S10)
    branch_same = nlp_coder._same
    rules_lofo.CANDIDATES = {**stack_lofo.ROUND1, **rules_lofo.CANDIDATES}
    rules_lofo.FILES = files
    stack_lofo.FILES = files
    parser = stack_lofo._CachedParser()
    nlp_coder.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    nlp_train.spacy_pipeline = lambda: parser  # type: ignore[assignment]
    chosen = stack_lofo._rules_choice()
    gold = {f: read_gold(f) for f in files}
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
    result: dict[str, Any] = {"setting": SETTING, "files": {}}
    clock = time.process_time()
    for held in files:
        rows = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] not in {held} & shipped])]
        head = fit(subset(data, rows), 0, *SETTING)
        cells = {}
        with only(chosen[held]):
            for name, same in (("before", _same_main), ("after", branch_same)):
                nlp_coder._same = same  # type: ignore[assignment]
                coder = NlpCoder(head, rules=DEFAULT_RULES)
                cells[name] = counts(outcome_rows(gold[held], coder))
            nlp_coder._same = branch_same  # type: ignore[assignment]
            cells["rules coder"] = counts(outcome_rows(gold[held], RulesCoder()))
        result["files"][held] = cells
        print(held, round(time.process_time() - clock), file=sys.stderr)
        print(
            {k: (round(f1(v), 3), round(actor(v), 3)) for k, v in cells.items()},
            file=sys.stderr,
            flush=True,
        )
    per_file = result["files"]
    result["pooled"] = {k: pool([per_file[f][k] for f in files]) for k in per_file[files[0]]}
    result["figures"] = {
        f: {k: [round(f1(v), 4), round(actor(v), 4)] for k, v in cells.items()}
        for f, cells in [*per_file.items(), ("pooled", result["pooled"])]
    }
    result["after_lower_than_before"] = [
        f
        for f in files
        if f1(per_file[f]["after"]) < f1(per_file[f]["before"]) - 1e-12
        or actor(per_file[f]["after"]) < actor(per_file[f]["before"]) - 1e-12
    ]
    result["cpu_seconds"] = round(time.process_time() - clock)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
