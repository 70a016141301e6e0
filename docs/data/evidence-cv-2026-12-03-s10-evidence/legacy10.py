"""Session 10 (s10-evidence): the confidence gate of ``confidence10.py`` with its model fitted
on the items of the untuned matcher, a variant declared before its run.

Why: the precision rules were written from the development files' errors, so the items that
:data:`DEFAULT_RULES` still finds there are mostly right (30-38 wrong of 168-190) and their wrong
items are the hard ones; a fresh file's items look more like those of a matcher not tuned on it.
Here each model is fitted on the items that :data:`RECALL_GATES` (the rules of session 7, before
session 9's rules written from these files' errors) finds on the training files, and scores the
items that :data:`DEFAULT_RULES` finds; everything else (features, fit, cut-off protocol,
nested leave-one-file-out, report guard) is ``confidence10.py``'s.

Run from anywhere: ``python docs/data/evidence-cv-2026-12-03-s10-evidence/legacy10.py CODER...``;
writes ``legacy-CODER.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence10 import HERE, adopted, items, score, trade

from accord.news.evidence import RECALL_GATES
from accord.news.evidence_confidence import SEED, choose_threshold, fit


def _probabilities(
    fit_on: dict[str, Any],
    fit_mask: np.ndarray[Any, Any],
    score_on: dict[str, Any],
    score_mask: np.ndarray[Any, Any],
) -> np.ndarray[Any, Any]:
    model = fit(fit_on["x"][fit_mask], fit_on["y"][fit_mask], SEED)
    return np.array([model.probability(row) for row in score_on["x"][score_mask]])


def main(coders: list[str]) -> None:
    for coder in coders:
        new, old = items(coder), items(coder, RECALL_GATES)
        gn, un = np.asarray(new["files"]), np.asarray(new["urls"])
        go, uo = np.asarray(old["files"]), np.asarray(old["urls"])
        y = new["y"]
        table: dict[str, Any] = {}
        kept_all = np.zeros(len(y), bool)
        for name in sorted(set(new["files"])):
            held_urls = un[gn == name]
            train_new = (gn != name) & ~np.isin(un, held_urls)
            train_old = (go != name) & ~np.isin(uo, held_urls)
            inner = sorted(set(gn[train_new].tolist()))
            p_inner = np.zeros(len(y))
            for sub in inner:
                sub_urls = un[gn == sub]
                fit_mask = train_old & (go != sub) & ~np.isin(uo, sub_urls)
                mask = train_new & (gn == sub)
                p_inner[mask] = _probabilities(old, fit_mask, new, mask)
            cut = choose_threshold(p_inner[train_new], y[train_new], list(gn[train_new]))
            held = gn == name
            p = _probabilities(old, train_old, new, held)
            kept_all[held] = p >= cut
            table[name] = {
                "threshold": cut,
                "before": score(y[held], new["gold"][name]),
                "after": score(y[held][p >= cut], new["gold"][name]),
            }
        total = sum(new["gold"].values())
        table["pooled"] = {"before": score(y, total), "after": score(y[kept_all], total)}
        print(
            f"{coder}: fitted on {len(old['y'])} RECALL_GATES items "
            f"({int(old['y'].sum())} right), scoring {len(y)} DEFAULT_RULES items"
        )
        for name, row in table.items():
            b, a = row["before"], row["after"]
            print(
                f"{name:30} {row.get('threshold', ''):>5} {b['found']:4}/{b['right']:<4}"
                f" {b['precision']} {b['recall']}  ->  {a['found']:4}/{a['right']:<4}"
                f" {a['precision']} {a['recall']}"
            )
        ok = adopted(table)
        print(f"adoption rule met: {ok}; {trade(table)}\n")
        (HERE / f"legacy-{coder}.json").write_text(
            json.dumps({"coder": coder, "files": table, "adoption_rule_met": ok}, indent=1) + "\n"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["rules"])
