"""Wrong actor slots by cause: ``python causes.py ROWS.json rules,nlp [CAUSE|all]`` (rows.py
output). A slot is a record's source or target set with gold actors. Causes, first that
applies: no event coded; "not resolved" (a gold code is among no mention of the sentence nor
the predicted actors: an unknown name, a pronoun, a crowd, or a phrase resolved to another
code); "role: swapped" (the gold actors are those of the other slot); "role: slot empty";
"extra actor" (gold plus others); "coordination: member missing" (part of a gold list);
"IGO vs state" (an IGO on one side); "role: other actor chosen" (another actor of the
sentence)."""
import json, sys, collections
from accord.news.gazetteer import load
d = json.load(open(sys.argv[1]))
gaz = load(); classes = gaz.org_classes
f = lambda c: classes.get(c, c)
verbose = len(sys.argv) > 3
names = d["names"]
for cname in sys.argv[2].split(","):
    tab = collections.Counter(); perfile = collections.defaultdict(collections.Counter)
    for name, det in zip(names, d[cname]["det"]):
        # the codes of the sentence's mentions, as the code that coded it resolved them
        mcodes = set(det["mentions"])
        for slot, gkey, pkey, okey in (("S", "gs", "src", "tgt"), ("T", "gt", "tgt", "src")):
            gold = {f(c) for c in det[gkey]}
            if not gold: continue
            if det[pkey] is None:
                cause = "no event"
            else:
                pred = {f(a[0]) for a in det[pkey]}
                other = {f(a[0]) for a in det[okey]}
                if pred == gold: cause = "ok"
                elif not gold <= mcodes | pred | other: cause = "not resolved"
                elif gold <= other: cause = "role: swapped"
                elif not pred: cause = "role: slot empty"
                elif pred & gold and pred > gold: cause = "extra actor"
                elif pred & gold and pred < gold: cause = "coordination: member missing"
                elif gold & {"IGO"} or pred & {"IGO"}: cause = "IGO vs state"
                else: cause = "role: other actor chosen"
            tab[cause] += 1; perfile[name][cause] += 1
            if verbose and cause not in ("ok", "no event") and (sys.argv[3] == "all" or sys.argv[3] == cause.split(":")[0]):
                print(f"[{cname} {name} {det['id']} {slot}] {cause} gold={sorted(gold)} pred={det[pkey]} other={det[okey]}\n    {det['text'][:300]}")
    print(cname, dict(tab.most_common()))
    for n, c in perfile.items(): print("   ", n, dict(c.most_common()))
