"""Per-record outcome rows and the best event of both coders over the development sets.

Usage: ``python rows.py OUT.json [rules,nlp] [switch-off ...]``; run from the worktree with
its venv. ``no-generic-body`` turns off ``accord.news.resolve._generic_body`` (the session-7
"the Council" rule) so that each change is measured alone.
"""
import json, sys, time
from pathlib import Path
import numpy as np
from accord.news.nlp.rules_cv import dev_sets, load_records, COLUMNS
from accord.news.evaluate import evaluate, fold
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions

root = Path("."); shared = Path("../shared")
if "no-generic-body" in sys.argv[3:]:
    import accord.news.resolve as resolve
    resolve._generic_body = lambda *a: False
if "no-opening" in sys.argv[3:]:
    import accord.news.resolve as resolve
    resolve._opening = lambda *a: True
records, groups, names = load_records(dev_sets(root, shared))
out = {"ids": [r.id for r in records], "groups": groups, "names": names}
coders = sys.argv[2].split(",") if len(sys.argv) > 2 else ["rules", "nlp"]
for cname in coders:
    if cname == "rules":
        from accord.news.coders import RulesCoder; coder = RulesCoder()
    else:
        from accord.news.nlp.coder import NlpCoder; coder = NlpCoder()
    t = time.process_time()
    rows, det = [], []
    for r in records:
        events = coder.code_sentence(r.text, r.date)
        best = events[0] if events else None
        ev = evaluate([r], coder=type("C", (), {"name": cname, "code_sentence": lambda self, a, b: events})())
        rows.append((ev.n, ev.predicted, ev.correct, ev.false_alarms, ev.source_n, ev.source_correct, ev.target_n, ev.target_correct))
        det.append({"id": r.id, "text": r.text, "gold": r.event, "gs": sorted(r.sources), "gt": sorted(r.targets),
                    "got": best.event_type if best else "NONE",
                    "src": [[a.code, a.role, a.name, a.text] for a in best.sources] if best else None,
                    "tgt": [[a.code, a.role, a.name, a.text] for a in best.targets] if best else None,
                    "trigger": best.trigger if best else None,
                    "mentions": sorted({c for m in find_mentions(tokenize(r.text), r.text, r.date, load(), bare=True)
                                        if m.actor.code for c in fold([m.actor])})})
    out[cname] = {"rows": rows, "det": det, "cpu": time.process_time() - t}
    print(cname, "cpu", out[cname]["cpu"], flush=True)
Path(sys.argv[1]).write_text(json.dumps(out))
