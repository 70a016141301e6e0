"""Information only, after the deciding READING run of ``reported_statement`` (which fixed
one record in one file and so failed rule 1): the same before / after with the SHIPPED head
(in sample: the head was trained on most of these files), over the 17 READING files, listing
the records whose wholly-right status changes. The CHECK files are not read.

Run from the repository root (at commit f0df1c8, where the switch exists)::

    PYTHONPATH=src nice python3 docs/data/actors-2026-12-04-s12-nlpactors2/reported_in_sample.py \\
        > docs/data/actors-2026-12-04-s12-nlpactors2/reported-in-sample.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset({"heldout-s11", "heldout-s11b"})


def main() -> None:
    import numpy as np

    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import dev_sets, figures, outcome_rows

    root = Path.cwd()
    before = NlpCoder(rules=dataclasses.replace(DEFAULT_RULES, reported_statement=False))
    coders = {
        "before": before,
        "after": NlpCoder(
            head=before.head, rules=dataclasses.replace(DEFAULT_RULES, reported_statement=True)
        ),
    }
    out: dict[str, Any] = {"changed": {}}
    pooled: dict[str, list[Any]] = {k: [] for k in coders}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = read_gold(dev.path, dev.split)
        right = {}
        for name, coder in coders.items():
            r = outcome_rows(records, coder)
            pooled[name].append(r)
            n, predicted, correct, _a, s_n, s_ok, t_n, t_ok = r.T
            right[name] = ((n == 0) & (predicted == 0)) | (
                (n == 1) & (correct == 1) & (s_ok == s_n) & (t_ok == t_n)
            )
        ids = [r.id for r in records]
        fixed = [i for i, x in zip(ids, right["after"] & ~right["before"], strict=True) if x]
        broken = [i for i, x in zip(ids, right["before"] & ~right["after"], strict=True) if x]
        if fixed or broken:
            out["changed"][dev.name] = {"fixed": fixed, "broken": broken}
        print(dev.name, fixed, broken, file=sys.stderr, flush=True)
    out["pooled"] = {k: figures(np.vstack(v)) for k, v in pooled.items()}
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
