"""The first READING run of s13-nlptargets (runs as it is at commit 989d559, where both
switches exist; the second candidate's run is ``reading_runs2.py``; issue 14, session 13
protocol): the nlp coder on the 19 READING event files
(``accord.news.nlp.rules_cv.dev_sets`` less the CHECK files
``heldout-s12`` and ``heldout-s12b``, never read), shipped head, with

* ``before``: ``DEFAULT_RULES`` with both session-13 switches off (the session-start code);
* ``direct``: ``rules_recipient`` on (the largest class fixed directly: no recipient left ->
  the rules coder's recipients of the same type, by the rules coder's same-actor test);
* ``selector``: the rule chosen by leave-one-file-out over the READING files
  (``select_lofo.py``), each file coded with the rule fitted WITHOUT it: in 18 folds "take the
  rules coder's recipients when the nlp coder has none or the predicate is reported"
  (``rules_recipient`` + ``rules_recipient_reported``); in the OEDA fold "when it has none, or
  when no rules event of the type shares a source's country" (patched below).

Writes per file and pooled: event F1, source / target / actor accuracy, and the ids of the
records fixed and broken against ``before`` (a record is right when it has no event and the
gold is NONE, or the gold type with every gold actor slot right). Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/targets-2026-12-04-s13-nlptargets/reading_runs.py \
        > docs/data/targets-2026-12-04-s13-nlptargets/reading-runs.json
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

    base = dataclasses.replace(
        nc.DEFAULT_RULES, rules_recipient=False, rules_recipient_reported=False
    )
    configs = {
        "before": base,
        "direct": dataclasses.replace(base, rules_recipient=True),
        "selector": dataclasses.replace(base, rules_recipient=True, rules_recipient_reported=True),
    }
    first = nc.NlpCoder(rules=base)
    coders = {k: nc.NlpCoder(head=first.head, rules=v) for k, v in configs.items()}
    original = nc.NlpCoder._prefer_rules

    def oeda_fold(self: Any, cand: Any, targets: Any) -> bool:
        """The OEDA fold's rule: none of its own, or no rules event of the type (with
        recipients) shares a source's country."""
        if not targets:
            return True
        own = {a.code for a in cand.sources}
        same = [e for e in self._rules_sentence(cand, None) if e.targets]
        return bool(same) and not any(own & {a.code for a in e.sources} for e in same)

    root = Path.cwd()
    out: dict[str, Any] = {"files": {}, "ids": {}}
    pooled: dict[str, list[Any]] = {k: [] for k in configs}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = read_gold(dev.path, dev.split)
        ids = [r.id for r in records]
        rows = {}
        for name, coder in coders.items():
            if name == "selector" and dev.name == "oeda":
                nc.NlpCoder._prefer_rules = oeda_fold  # type: ignore[method-assign]
            try:
                rows[name] = outcome_rows(records, coder)
            finally:
                nc.NlpCoder._prefer_rules = original  # type: ignore[method-assign]
            pooled[name].append(rows[name])
        ok = {k: right(v) for k, v in rows.items()}
        out["files"][dev.name] = {k: figures(v) for k, v in rows.items()}
        out["ids"][dev.name] = {
            k: {
                "fixed": [
                    i for i, a, b in zip(ids, ok["before"], ok[k], strict=True) if b and not a
                ],
                "broken": [
                    i for i, a, b in zip(ids, ok["before"], ok[k], strict=True) if a and not b
                ],
            }
            for k in configs
            if k != "before"
        }
        print(
            dev.name,
            {k: (v["event_f1"], v["actor_accuracy"]) for k, v in out["files"][dev.name].items()},
            file=sys.stderr,
            flush=True,
        )
    out["pooled"] = {k: figures(np.vstack(v)) for k, v in pooled.items()}
    out["fixed_broken"] = {
        k: {
            "fixed": sum(len(f[k]["fixed"]) for f in out["ids"].values()),
            "broken": sum(len(f[k]["broken"]) for f in out["ids"].values()),
            "files_net_worse_than_2": [
                n for n, f in out["ids"].items() if len(f[k]["broken"]) - len(f[k]["fixed"]) > 2
            ],
            "files_fixed": sorted(n for n, f in out["ids"].items() if f[k]["fixed"]),
        }
        for k in configs
        if k != "before"
    }
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
