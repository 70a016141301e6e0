"""In-sample exploration of s12-nlpactors (READING files only, shipped head): the nlp coder
with ``DEFAULT_RULES`` against ``own_targets_first`` (the patch ``own_targets_first.diff``,
not in the code: dropped). Prints per file event F1 and actor accuracy before / after and the
ids of the records fixed and broken. Needs the patch applied (see the diff's header).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

CHECK = frozenset({"heldout-s11", "heldout-s11b"})


def main() -> None:
    import numpy as np

    from accord.news.evaluate import read_gold
    from accord.news.nlp.coder import DEFAULT_RULES, NlpCoder
    from accord.news.nlp.rules_cv import dev_sets, figures, outcome_rows

    root = Path.cwd()
    base = NlpCoder()
    rules = dataclasses.replace(DEFAULT_RULES, own_targets_first=True)  # type: ignore[call-arg]
    var = NlpCoder(head=base.head, rules=rules)

    def right(r: np.ndarray) -> np.ndarray:
        n, p, c, _a, sn, so, tn, to = r.T
        return ((n == 0) & (p == 0)) | ((n == 1) & (c == 1) & (so == sn) & (to == tn))

    pooled: dict[str, list[np.ndarray]] = {"before": [], "after": []}
    total = [0, 0]
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        recs = read_gold(dev.path, dev.split)
        a, b = outcome_rows(recs, base), outcome_rows(recs, var)
        pooled["before"].append(a)
        pooled["after"].append(b)
        ra, rb = right(a), right(b)
        fixed = [recs[i].id for i in np.flatnonzero(rb & ~ra)]
        broken = [recs[i].id for i in np.flatnonzero(ra & ~rb)]
        total[0] += len(fixed)
        total[1] += len(broken)
        fa, fb = figures(a), figures(b)
        print(dev.name, fa["event_f1"], fb["event_f1"], fa["actor_accuracy"], fb["actor_accuracy"])
        print("  fixed", fixed, "broken", broken)
    print("pooled", figures(np.vstack(pooled["before"])), figures(np.vstack(pooled["after"])))
    print("records fixed, broken", total)


if __name__ == "__main__":
    main()
