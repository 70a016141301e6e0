"""The READING run of s13-nlptargets' second candidate (issue 14, session 13 protocol;
docs/validation-events.md, "s13-nlptargets"): the nlp coder on the 19 READING event files
(``accord.news.nlp.rules_cv.dev_sets`` less the CHECK files ``heldout-s12`` and
``heldout-s12b``, never read), shipped head, ``before`` = ``DEFAULT_RULES`` with
``rules_recipient`` off (the session-start behaviour), ``after`` = on. Writes per file and
pooled: event F1, source / target / actor accuracy, and the ids of the records fixed and
broken (a record is right when it has no event and the gold is NONE, or the gold type with
every gold actor slot right). Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/targets-2026-12-04-s13-nlptargets/reading_runs2.py \
        > docs/data/targets-2026-12-04-s13-nlptargets/reading-runs2.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset({"heldout-s12", "heldout-s12b"})


def right(rows: Any) -> Any:
    n, predicted, correct, _alarms, s_n, s_ok, t_n, t_ok = rows.T
    return ((n == 0) & (predicted == 0)) | (
        (n == 1) & (correct == 1) & (s_ok == s_n) & (t_ok == t_n)
    )


def main() -> None:
    import numpy as np

    import accord.news.nlp.coder as nc
    from accord.news.evaluate import read_gold
    from accord.news.nlp.rules_cv import dev_sets, figures, outcome_rows

    configs = {
        "before": dataclasses.replace(nc.DEFAULT_RULES, rules_recipient=False),
        "after": dataclasses.replace(nc.DEFAULT_RULES, rules_recipient=True),
    }
    first = nc.NlpCoder(rules=configs["before"])
    coders = {k: nc.NlpCoder(head=first.head, rules=v) for k, v in configs.items()}
    root = Path.cwd()
    out: dict[str, Any] = {"files": {}, "ids": {}}
    pooled: dict[str, list[Any]] = {k: [] for k in configs}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = read_gold(dev.path, dev.split)
        ids = [r.id for r in records]
        rows = {name: outcome_rows(records, coder) for name, coder in coders.items()}
        for name, r in rows.items():
            pooled[name].append(r)
        ok = {k: right(v) for k, v in rows.items()}
        out["files"][dev.name] = {k: figures(v) for k, v in rows.items()}
        pairs = list(zip(ids, ok["before"], ok["after"], strict=True))
        out["ids"][dev.name] = {
            "fixed": [i for i, a, b in pairs if b and not a],
            "broken": [i for i, a, b in pairs if a and not b],
        }
        print(dev.name, out["files"][dev.name], file=sys.stderr, flush=True)
    out["pooled"] = {k: figures(np.vstack(v)) for k, v in pooled.items()}
    out["fixed_broken"] = {
        "fixed": sum(len(f["fixed"]) for f in out["ids"].values()),
        "broken": sum(len(f["broken"]) for f in out["ids"].values()),
        "files_net_worse_than_2": [
            n for n, f in out["ids"].items() if len(f["broken"]) - len(f["fixed"]) > 2
        ],
        "files_fixed": sorted(n for n, f in out["ids"].items() if f["fixed"]),
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
