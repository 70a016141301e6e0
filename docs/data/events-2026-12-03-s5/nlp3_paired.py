"""Session 5, round 3: paired grouped CV of nlp role switches against a base set.

Usage (repository root, venv active): ``python docs/data/events-2026-12-03-s5/nlp3_paired.py
OUT.json BASE_SWITCH,... CANDIDATE [CANDIDATE ...]`` where BASE is "default" (the shipped
``DEFAULT_RULES``) or a comma list of switches added to it, and each CANDIDATE a comma list
of switches added to the base ("-name" takes one away). Each candidate is compared with the base record by record
(:func:`accord.news.nlp.rules_cv.paired`: 5 grouped folds over the development data).
"""

import json
import sys
from dataclasses import replace
from pathlib import Path

from accord.news.nlp.coder import DEFAULT_RULES
from accord.news.nlp.rules_cv import Table, cached_coder, dev_sets, load_records, outcome_rows
from accord.news.nlp.rules_cv import paired


def on(base, names):
    """``base`` with the comma-listed switches on ("-name": off)."""
    names = [n for n in names.split(",") if n and n != "default"]
    return replace(base, **{n.lstrip("-"): not n.startswith("-") for n in names})
import os
# the repository root from the working folder: "." when run from the root as documented, so
# paths (and the group labels built from them) are those of the original runs
ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"  # ../shared beside the repository (tests/helpers.py)


def main():
    """Run the script (its module docstring says how)."""
    out, base_arg, *cands = sys.argv[1:]
    records, groups, names = load_records(dev_sets(ROOT, SHARED))
    parses, vectors = {}, {}
    table = Table(lambda rules: outcome_rows(records, cached_coder(rules, parses, vectors)))
    base = on(DEFAULT_RULES, base_arg)
    report = {"base": list(base.switched_on()), "n_records": len(records)}
    for cand in cands:
        report[cand] = paired(table[base], table[on(base, cand)], groups, names)
    Path(out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for cand in cands:
        r = report[cand]
        print(cand, [f["adopted"] for f in r["folds"]], r["pooled_before"], r["pooled_chosen"])
        for name, v in r["development"].items():
            b, o = v["before"], v["out_of_fold"]
            print(f"  {name}: F1 {b['event_f1']}->{o['event_f1']} actor {b['actor_accuracy']}->"
                  f"{o['actor_accuracy']} target {b['target_accuracy']}->{o['target_accuracy']}")


if __name__ == "__main__":
    main()
