"""Session 9 (issue 14, item 6): does a learned confidence tell right evidence items from wrong
ones? A logistic regression on eight surface features of each item of ``PRECISION_GATES``,
fitted leave one gold file out (the files of :data:`evidence9.GOLD`); prints the out-of-file
AUC (and the cue strength's alone) and what each cut-off would keep.

Run from anywhere: ``python docs/data/evidence-cv-2026-12-03-s9/confidence.py rules|nlp``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evidence9 import GOLD


def main(name: str) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from accord.news.coders import get_coder
    from accord.news.evidence import PRECISION_GATES
    from accord.news.evidence_cv import extractor
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds

    records, scenarios, files = load_evidence_golds(GOLD)
    coder = None if name == "rules" else get_coder(name, strict=True).coder
    items = extractor(records, scenarios, coder)(PRECISION_GATES)
    rows, right, group = [], [], []
    for r in records:
        found, gold = items[r.id], _gold_keys(r)
        issues = {e.issue for e, _ in found}
        actors = {e.actor for e, _ in found}
        for e, gap in found:
            same = sum(f.issue == e.issue for f, _ in found)
            size = len(r.text.split())
            up = float(e.direction > 0)
            rows.append([e.strength, gap, size, len(found), len(issues), len(actors), same, up])
            right.append(_key(e) in gold)
            group.append(files[r.id])
    x, y, g = np.array(rows, float), np.array(right), np.array(group)
    p = np.zeros(len(y))
    for f in sorted(set(group)):
        held = g == f
        model = LogisticRegression(max_iter=1000).fit(x[~held], y[~held])
        p[held] = model.predict_proba(x[held])[:, 1]
    auc, base = roc_auc_score(y, p), roc_auc_score(y, x[:, 0])
    print(f"{name}: {len(y)} items, {int(y.sum())} right; out-of-file AUC {auc:.3f}")
    print(f"cue strength alone: AUC {base:.3f}")
    for cut in (0.6, 0.7, 0.75, 0.8, 0.85):
        keep = p >= cut
        lost = int(y.sum() - y[keep].sum())
        removed = int((~y).sum() - (~y[keep]).sum())
        print(f"cut-off {cut}: {int(keep.sum())} kept, {lost} right lost, {removed} wrong removed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "rules")
