import json, sys, collections
from accord.news.gazetteer import tokenize, load
from accord.news.resolve import find_mentions
import datetime as dt
d = json.load(open(sys.argv[1]))
gaz = load(); classes = gaz.org_classes
f = lambda c: classes.get(c, c)
verbose = len(sys.argv) > 3
names = d["names"]
for cname in sys.argv[2].split(","):
    tab = collections.Counter(); perfile = collections.defaultdict(collections.Counter)
    for name, det in zip(names, d[cname]["det"]):
        ment = find_mentions(tokenize(det["text"]), det["text"], None, gaz, bare=True)
        mcodes = {f(m.actor.code) for m in ment if m.actor.code}
        for slot, gkey, pkey, okey in (("S", "gs", "src", "tgt"), ("T", "gt", "tgt", "src")):
            gold = {f(c) for c in det[gkey]}
            if not gold: continue
            if det[pkey] is None:
                cause = "no event"
            else:
                pred = {f(a[0]) for a in det[pkey]}
                other = {f(a[0]) for a in det[okey]}
                if pred == gold: cause = "ok"
                elif not gold <= mcodes | pred | other: cause = "unresolved"
                elif not pred and gold <= other: cause = "role: swapped/only other"
                elif not pred: cause = "role: slot empty"
                elif pred & gold and pred > gold: cause = "extra actor"
                elif pred & gold and pred < gold: cause = "missing coordinated actor"
                elif gold & {"IGO"} or pred & {"IGO"}: cause = "IGO vs state"
                elif pred == other and gold <= other | pred: cause = "role: same as other"
                elif gold <= other: cause = "role: swapped"
                else: cause = "wrong actor chosen"
            tab[cause] += 1; perfile[name][cause] += 1
            if verbose and cause not in ("ok", "no event") and (sys.argv[3] == "all" or sys.argv[3] == cause.split(":")[0]):
                print(f"[{cname} {name} {det['id']} {slot}] {cause} gold={sorted(gold)} pred={det[pkey]} other={det[okey]}\n    {det['text'][:300]}")
    print(cname, dict(tab.most_common()))
    for n, c in perfile.items(): print("   ", n, dict(c.most_common()))
