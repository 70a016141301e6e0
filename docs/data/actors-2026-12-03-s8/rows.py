"""Per-record outcome rows and the best event of both coders over the development sets.

Usage: ``python rows.py OUT.json [rules,nlp] [switch-off ...]``; run from the worktree with
its venv. Each session-8 switch (``no-groups``, ``no-e3``, ``no-cok``, ``no-congo``,
``no-legislature``, ``no-other-person``, ``no-in-name``, ``no-listing``, ``no-places``,
``no-former``) turns one s8-actors
change off, so that each change is measured alone; ``no-groups`` reads the groups of the
Phoenix build at main 36c0f61 from /tmp/s8a/phoenix-main.json.gz
(``git show 36c0f61:src/accord/news/data/phoenix.json.gz``).
"""
import json, sys, time
from pathlib import Path
import numpy as np
from accord.news.nlp.rules_cv import dev_sets, load_records, COLUMNS
from accord.news.evaluate import evaluate, fold
from accord.news.gazetteer import load, tokenize
from accord.news.resolve import find_mentions

root = Path("."); shared = Path("../shared")
# session 8 switches: each turns one s8-actors change off, so that each is measured alone
import gzip
import accord.news.coding as coding
import accord.news.gazetteer as gazetteer
import accord.news.resolve as resolve
off = set(sys.argv[3:])
raw = gazetteer.load_raw()
if "no-groups" in off:  # the groups of the Phoenix build before _foreign_demonym
    raw["generated"]["groups"] = json.loads(gzip.decompress(Path("/tmp/s8a/phoenix-main.json.gz").read_bytes()))["groups"]
if "no-e3" in off:
    raw["curated"].pop("blocs", None)
if "no-cok" in off:
    raw["curated"]["countries"] = [c for c in raw["curated"]["countries"] if c["code"] not in ("COK", "NIU")]
if "no-places" in off:
    raw["curated"]["countries"] = [c for c in raw["curated"]["countries"] if not {"Sumy", "Jabalia"} & set(c.get("aliases", []))]
if "no-former" in off:
    raw["curated"]["countries"] = [c for c in raw["curated"]["countries"] if not {"Kampuchean", "Zairean"} & set(c.get("demonyms", []))]
if "no-congo" in off:
    resolve._congo = lambda *a: None
if "no-legislature" in off:
    resolve._legislature = lambda *a: None
if "no-other-person" in off:
    resolve._other_person = lambda *a: False
if "no-in-name" in off:
    coding._in_name = lambda *a: False
if "no-listing" in off:
    coding._as_terrorist = lambda *a: False
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
