"""The one run of s12-nlpactors2's second candidate on session 12's CHECK event files (issue 14,
session 12 protocol, docs/validation-events.md): ``news-heldout-s11.json`` and
``news-heldout-s11b.json`` coded by the nlp coder with the shipped head, without
(``before``: ``DEFAULT_RULES`` with ``reported_statement`` off) and with the candidate
(``after``: on); s12-nlpactors' ``check_once.py`` with the switch changed. Prints AGGREGATE
figures only (per file and pooled: event F1, source / target / actor accuracy, and the number
of records fixed and broken); no record,
error or per-record output is printed or written. The rules coder's code is not changed by
the candidate, so it is not run.

Run once, from the repository root::

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s12-nlpactors2/check_reported.py \\
        > docs/data/actors-2026-12-04-s12-nlpactors2/check-reported.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any

CHECK = ("tests/data/news/news-heldout-s11.json", "tests/data/news/news-heldout-s11b.json")


def main() -> None:
    import numpy as np

    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import figures, outcome_rows

    configs = {
        "before": dataclasses.replace(DEFAULT_RULES, reported_statement=False),
        "after": dataclasses.replace(DEFAULT_RULES, reported_statement=True),
    }
    before = NlpCoder(rules=configs["before"])
    coders = {"before": before, "after": NlpCoder(head=before.head, rules=configs["after"])}
    out: dict[str, Any] = {"files": {}}
    pooled: dict[str, list[Any]] = {name: [] for name in configs}
    fixed = broken = 0
    for path in CHECK:
        records = read_gold(path)
        rows = {name: outcome_rows(records, coder) for name, coder in coders.items()}
        right = {}
        for name, r in rows.items():
            n, predicted, correct, _alarms, s_n, s_ok, t_n, t_ok = r.T
            right[name] = ((n == 0) & (predicted == 0)) | (
                (n == 1) & (correct == 1) & (s_ok == s_n) & (t_ok == t_n)
            )
            pooled[name].append(r)
        f = int((right["after"] & ~right["before"]).sum())
        b = int((right["before"] & ~right["after"]).sum())
        fixed, broken = fixed + f, broken + b
        out["files"][path] = {
            **{name: figures(r) for name, r in rows.items()},
            "records_fixed": f,
            "records_broken": b,
        }
    out["pooled"] = {name: figures(np.vstack(rs)) for name, rs in pooled.items()}
    out["pooled"]["records_fixed"] = fixed
    out["pooled"]["records_broken"] = broken
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
