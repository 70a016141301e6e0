"""Outcome rows of both coders on all development records: python rows.py LABEL rules|nlp [SWITCH | -SWITCH ...] (nlp: DEFAULT_RULES with SWITCH on, -SWITCH off)"""
import json, sys, time
from dataclasses import replace
from pathlib import Path
from accord.news.nlp.rules_cv import dev_sets, load_records, outcome_rows, cached_coder

label, which, *switches = sys.argv[1:]
records, groups, names = load_records(dev_sets(Path("."), Path("/work/shared")))
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
Path(f"/tmp/s8r/rows-{which}-{label}.json").write_text(json.dumps({"ids": [r.id for r in records], "groups": groups, "names": names, "rows": rows.tolist(), "commit": label}))
