"""Per-record diff of the two coders' first event on every development record (issue 14,
session 9, s9-nlpactors): python diff.py OUT.json (from the repository root; the shipped head
and the shipped rules, so the nlp figures are in-sample on the head's seven files: a diagnosis,
not a measurement).

Each record: gold type/sources/targets, each coder's first event (type, sources, targets,
trigger, confidence), every nlp event of the sentence, and the nlp head's abstentions (the
candidates whose best label was NONE or under the threshold, with the rules coder's type's
probability)."""
import json
import sys
import time
from pathlib import Path

import numpy as np

from accord.news.coders import RulesCoder
from accord.news.evaluate import fold
from accord.news.gazetteer import load
from accord.news.nlp import coder as C
from accord.news.nlp.rules_cv import dev_sets, load_records

ROOT = Path(".")
SHARED = ROOT / ".." / "shared"


def ev(e):
    if e is None:
        return None
    return {"type": e.event_type, "s": sorted(fold(e.sources)), "t": sorted(fold(e.targets)),
            "trigger": e.trigger, "conf": e.confidence}


def main():
    records, groups, names = load_records(dev_sets(ROOT, SHARED))
    classes = load().org_classes
    rules = RulesCoder()
    nlp = C.NlpCoder()
    seen_cands = {}

    orig_types = C.NlpCoder._types

    def spy(self, flat):
        proba, inner = orig_types(self, flat)
        seen_cands["last"] = (flat, proba)
        return proba, inner

    C.NlpCoder._types = spy
    out = []
    t = time.process_time()
    for r, g, n in zip(records, groups, names):
        re_ = rules.code_sentence(r.text, r.date)
        seen_cands["last"] = ([], np.zeros((0, 0)))
        ne = nlp.code_sentence(r.text, r.date)
        flat, proba = seen_cands["last"]
        cands = []
        labels = nlp.head.labels
        for c, p in zip(flat, proba):
            k = int(np.argmax(p))
            cands.append({"verb": c.sent.doc[c.pred.verb].text, "s": sorted(fold(c.sources)),
                          "t": sorted(fold(c.targets)), "best": labels[k], "p": round(float(p[k]), 3),
                          "p_rules": round(float(p[labels.index(re_[0].event_type)]), 3) if re_ and re_[0].event_type in labels else None})
        out.append({"file": n, "id": r.id, "text": r.text, "gold": r.event,
                    "gs": sorted(classes.get(c, c) for c in r.sources),
                    "gt": sorted(classes.get(c, c) for c in r.targets),
                    "rules": ev(re_[0] if re_ else None), "nlp": ev(ne[0] if ne else None),
                    "nlp_all": [ev(e) for e in ne], "cands": cands})
    print("cpu", round(time.process_time() - t), file=sys.stderr)
    Path(sys.argv[1]).write_text(json.dumps(out, indent=0))


if __name__ == "__main__":
    main()
