"""The deciding run of s12-nlpactors2's second candidate on the READING files (issue 14,
session 12): the nlp coder without and with ``RoleRules.reported_statement`` (a statement type
on a reported clause whose verb is no act of that type is the speaker's, about the clause's
subject), on top of ``domestic_default`` (adopted before this run), each file coded with a
type head trained without it.

The harness is s12-nlpactors' ``../actors-2026-12-04-s12-nlpactors/members_lofo.py`` (s11-dyads'
fold heads), with the same 17 READING files (the CHECK files ``news-heldout-s11.json`` and
``news-heldout-s11b.json`` are not read); ``before`` = ``DEFAULT_RULES`` with the switch off,
``after`` = with it on; the ids of the records fixed and broken (READING files only) are
written too. Adoption rule: docs/validation-events.md, "session 12 (s12-nlpactors2)".

Run from the repository root: ``PYTHONPATH=src nice python3
docs/data/actors-2026-12-04-s12-nlpactors2/reported_lofo.py > reported-lofo.json``.
"""

from __future__ import annotations

import dataclasses
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


def record_right(rows: Any) -> Any:
    """Per record (one row of ``outcome_rows`` each), whether it is wholly right: no event on
    a NONE record, or the right type with every gold actor slot right."""
    n, predicted, correct, _alarms, s_n, s_ok, t_n, t_ok = rows.T
    none = (n == 0) & (predicted == 0)
    event = (n == 1) & (correct == 1) & (s_ok == s_n) & (t_ok == t_n)
    return none | event


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
    configs = {
        "before": dataclasses.replace(DEFAULT_RULES, reported_statement=False),
        "after": dataclasses.replace(DEFAULT_RULES, reported_statement=True),
    }
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
    changed: dict[str, dict[str, int]] = {}
    ids: dict[str, dict[str, list[str]]] = {}
    clock = time.process_time()
    for held in files:
        rows = gold_idx[np.isin(names_a, [s for s in specs if FILE_OF[s] not in {held} & shipped])]
        head = fit(subset(data, rows), 0, *SETTING)
        cells = {}
        with only(chosen[held]):
            right = {}
            for name, rules in configs.items():
                coder = NlpCoder(head, rules=rules)
                rows = outcome_rows(gold[held], coder)
                cells[name] = counts(rows)
                right[name] = record_right(rows)
            changed[held] = {
                "fixed": int((right["after"] & ~right["before"]).sum()),
                "broken": int((right["before"] & ~right["after"]).sum()),
            }
            rids = [r.id for r in gold[held]]
            ids[held] = {
                "fixed": [
                    i for i, x in zip(rids, right["after"] & ~right["before"], strict=True) if x
                ],
                "broken": [
                    i for i, x in zip(rids, right["before"] & ~right["after"], strict=True) if x
                ],
            }
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
    result["records_fixed_broken"] = changed
    result["record_ids_fixed_broken"] = ids
    result["records_fixed_broken_pooled"] = {
        k: sum(c[k] for c in changed.values()) for k in ("fixed", "broken")
    }
    result["cpu_seconds"] = round(time.process_time() - clock)
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
