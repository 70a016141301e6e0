"""Rules-coder outcome rows with only some of session 8's rules on (the others patched to
their neutral value): python rows_only.py LABEL [RULE ...]; with no RULE, all of them off
(must equal main's rows)."""
import json, sys, time
from pathlib import Path
from accord.news import coding
from accord.news.nlp.rules_cv import dev_sets, load_records, outcome_rows

NEUTRAL = {
    "_participants": lambda *a: set(),
    "_purpose_after_partner": lambda *a: False,
    "_purpose_of_indefinite_noun": lambda *a: False,
    "_open_question": lambda *a: False,
    "_thing_of": lambda *a: False,
    "_submitted_object": lambda tokens, trig: trig,
    "_possessor_before_to": lambda *a: False,
}
label, *keep = sys.argv[1:]
assert set(keep) <= set(NEUTRAL), keep
for name, fn in NEUTRAL.items():
    if name not in keep:
        setattr(coding, name, fn)
from accord.news.coders import RulesCoder
records, groups, names = load_records(dev_sets(Path("."), Path("/work/shared")))
t = time.process_time()
rows = outcome_rows(records, RulesCoder())
print("rules", label, "cpu", round(time.process_time() - t, 1), file=sys.stderr)
Path(f"/tmp/s8r/rows-rules-{label}.json").write_text(json.dumps({"ids": [r.id for r in records], "groups": groups, "names": names, "rows": rows.tolist(), "commit": label}))
