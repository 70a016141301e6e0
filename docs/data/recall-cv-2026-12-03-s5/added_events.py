"""The records where ``rules_when_silent`` adds an event, leave-one-file-out (issue 14, s5 r2).

Same folds as ``recall_lofo.py`` (head trained without the file, the rules coder's lexicon
candidates chosen without it). For each record the shipped nlp coder codes nothing and the
hybrid codes something: the gold and the added event's type, the rules coder's confidence,
and whether source and target match. Used to ask whether a gate on the rules coder's
confidence, chosen on the other files, keeps the switch from losing on any file (it does not;
docs/validation-events.md, "session 5, round 2").

    python docs/data/recall-cv-2026-12-03-s5/added_events.py  # writes added-events.json
"""

import sys, json, numpy as np
from dataclasses import replace
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / 'types-cv-2026-12-03-s5'))
from head_cv import FILE_OF, OPTIONS, SEED, SPECS, WEAK, fit, spec_rows
from rules_lofo import CANDIDATES, FILES, only
from accord.news.evaluate import read_gold, fold
from accord.news.gazetteer import load
from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
from accord.news.nlp.train import training_set


def main():
    """Run the script (its module docstring says how)."""
    chosen = {f: set(v["chosen"]) for f, v in json.load(open(HERE.parent / 'types-cv-2026-12-03-s5/rules-lofo-rules.json'))["folds"].items()}
    with only(set(CANDIDATES)):
        data = training_set(list(SPECS.values()), SEED, WEAK, "static")
    names = spec_rows(); gi = np.flatnonzero(data.gold)
    classes = load().org_classes
    out=[]
    for held in FILES:
        head = fit(data, gi[np.isin(names, [s for s in OPTIONS["all"] if FILE_OF[s] != held])], 8.0, 0.03, 0.3)
        a = NlpCoder(head=head); b = NlpCoder(head=head, rules=replace(DEFAULT_RULES, rules_when_silent=True))
        with only(chosen[held]):
          for r in read_gold(held):
            ea = a.code_sentence(r.text, r.date)
            if ea: continue
            eb = b.code_sentence(r.text, r.date)
            if not eb: continue
            e=eb[0]
            gs=frozenset(classes.get(c,c) for c in r.sources); gt=frozenset(classes.get(c,c) for c in r.targets)
            out.append(dict(file=held.split('/')[-1], gold=r.event, got=e.event_type, conf=e.confidence, ok=e.event_type==r.event, s=(fold(e.sources)==gs) if gs else None, t=(fold(e.targets)==gt) if gt else None, text=r.text[:120]))
    json.dump(out, open(HERE / 'added-events.json','w'), indent=0)


if __name__ == "__main__":
    main()
