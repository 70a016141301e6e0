"""Nested repeated grouped CV of the s13-deucols candidates (PROTOCOL.md) against the
compromise model: accord.forecast.tries.nested_cv, 5 outer folds x 10 repeats, inner 5
folds, seed 0, as `accord backtest-fit --compare`. Writes cols-cv.json here.

Run from the worktree root:
PYTHONPATH=src python3 docs/data/deucols-2026-12-04-s13-deucols/cols_cv.py
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
    import cols

    from accord.forecast import learned, tries
    from accord.forecast.deu import read_deu

    rows, names = cols.extend(learned.issue_rows(read_deu(DATA)), DATA)
    t0 = time.process_time()
    res = tries.nested_cv(rows, {}, cols.candidates(), folds=5, repeats=10, seed=0)
    base = res["mean"].repeat_mae
    doc = {
        "file": DATA,
        "protocol": "nested grouped CV, 5 outer folds x 10 repeats, inner 5 folds, seed 0",
        "new_inputs": names,
        "cpu_s": round(time.process_time() - t0, 1),
        "repeats": {name: r.repeat_mae for name, r in res.items()},
        "summary": {name: r.summary(base) for name, r in res.items()},
    }
    (HERE / "cols-cv.json").write_text(json.dumps(doc, indent=1) + "\n")
    print(json.dumps(doc["summary"], indent=1))


if __name__ == "__main__":
    main()
