"""Outcome rows of both coders on all development records: python rows.py LABEL rules|nlp [SWITCH | -SWITCH ...] (nlp: DEFAULT_RULES with SWITCH on, -SWITCH off;
writes CODER-rows-LABEL.json in this folder, the names of the committed rows)."""
import json, sys, time
from dataclasses import replace
from pathlib import Path
from accord.news.nlp.rules_cv import dev_sets, load_records, outcome_rows, cached_coder

import os
# the repository root from the working folder: "." when run from the root as documented, so
# paths (and the group labels built from them) are those of the original runs
ROOT = Path(os.path.relpath(Path(__file__).resolve().parents[3]))
SHARED = ROOT / ".." / "shared"  # ../shared beside the repository (tests/helpers.py)
HERE = Path(__file__).resolve().parent


def main():
    """Run the script (its module docstring says how)."""
    label, which, *switches = sys.argv[1:]
    records, groups, names = load_records(dev_sets(ROOT, SHARED))
    t = time.process_time()
    if which == "rules":
        from accord.news.coders import RulesCoder
        rows = outcome_rows(records, RulesCoder())
    else:
        from accord.news.nlp.coder import DEFAULT_RULES
        rules = DEFAULT_RULES
        for s in switches:
            rules = replace(rules, **{s.lstrip("-"): not s.startswith("-")})
        rows = outcome_rows(records, cached_coder(rules, {}, {}))
    print(which, label, "cpu", round(time.process_time() - t, 1), file=sys.stderr)
    (HERE / f"{which}-rows-{label}.json").write_text(json.dumps({"ids": [r.id for r in records], "groups": groups, "names": names, "rows": rows.tolist(), "commit": label}))


if __name__ == "__main__":
    main()
