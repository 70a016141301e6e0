"""(Copied from ../events-2026-12-04-s12-rulesactors, unchanged but for this note.)
Paired comparison of two rows files of rows.py: python compare.py BEFORE AFTER [--records].

Prints pooled event F1 and actor accuracy before and after, per-file figures, and the number
of records fixed (more of event, source, target right) and broken; with ``--records`` (used
for READING files only) it also lists each changed record. Nothing is fitted, so the figures
are those of the rule as written (no folds)."""
import json
import sys

import numpy as np


def _score(row):
    """How many of a record's event, source and target are right (one row)."""
    _n, predicted, correct, _alarms, _s_n, s_ok, _t_n, t_ok = row
    return int(correct) + int(s_ok) + int(t_ok) - int(predicted - correct)


def main():
    """Run the script (its module docstring says how)."""
    from accord.news.nlp.rules_cv import figures

    b, a = (json.load(open(f)) for f in sys.argv[1:3])
    assert b["ids"] == a["ids"]
    B, A = np.asarray(b["rows"]), np.asarray(a["rows"])
    names = b["names"]
    print("pooled", figures(B), "->", figures(A))
    fixed = broken = 0
    per_file = {}
    changed = []
    for i in range(len(B)):
        if (B[i] == A[i]).all():
            continue
        d = _score(A[i]) - _score(B[i])
        fixed += d > 0
        broken += d < 0
        per_file[names[i]] = per_file.get(names[i], 0) + (d > 0) - (d < 0)
        changed.append((names[i], b["ids"][i], B[i].tolist(), A[i].tolist()))
    print("records changed", len(changed), "fixed", fixed, "broken", broken, "net", fixed - broken)
    for name in sorted(set(names)):
        m = np.asarray([n == name for n in names])
        fb, fa = figures(B[m]), figures(A[m])
        if fb != fa:
            print(f"  {name}: F1 {fb['event_f1']} -> {fa['event_f1']}, actor "
                  f"{fb['actor_accuracy']} -> {fa['actor_accuracy']}, net {per_file.get(name, 0)}")
    if "--records" in sys.argv:
        for c in changed:
            print("  changed", *c)


if __name__ == "__main__":
    main()
