"""Nested repeated grouped CV of the 'anchors' candidate against the compromise model,
the same machinery as `accord backtest-fit --compare` (accord.forecast.tries.nested_cv,
5 outer folds x 10 repeats, inner 5 folds, seed 0). Writes anchors-cv.json here.

Run from the worktree root:
PYTHONPATH=src python3 docs/data/deubound-2026-12-04-s13-deubound/anchors_cv.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = "../shared/data/deu3/deu3-train.tsv"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import anchors

    from accord.forecast import learned, tries
    from accord.forecast.deu import read_deu

    rows = learned.issue_rows(read_deu(DATA))
    base = [c for c in tries.CANDIDATES if c.name == "mean"]
    t0 = time.process_time()
    res = tries.nested_cv(rows, {}, [*base, anchors.CANDIDATE], folds=5, repeats=10, seed=0)
    mean_rep = res["mean"].repeat_mae
    doc = {
        "file": DATA,
        "protocol": "nested grouped CV, 5 outer folds x 10 repeats, inner 5 folds, seed 0",
        "cpu_s": round(time.process_time() - t0, 1),
        "mean_repeats": mean_rep,
        "anchors_repeats": res["anchors"].repeat_mae,
        "summary": res["anchors"].summary(mean_rep),
    }
    (HERE / "anchors-cv.json").write_text(json.dumps(doc, indent=1) + "\n")
    print(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
