"""In-sample figures with the new inputs (added AFTER the one CV run, descriptive only; not
candidates, not forecasts): each family fitted and scored on all 169 issues, as in
s13-deubound's bounds.py. Writes bounds-cols.json here.

Run from the worktree root:
PYTHONPATH=src python3 docs/data/deucols-2026-12-04-s13-deucols/bounds_cols.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = "../shared/data/deu3/deu3-train.tsv"


def main() -> None:
    sys.path.insert(0, str(HERE))
    import cols
    import numpy as np
    from sklearn.linear_model import QuantileRegressor

    from accord.forecast import learned, tries
    from accord.forecast.deu import read_deu

    rows, _ = cols.extend(learned.issue_rows(read_deu(DATA)), DATA)
    known = np.flatnonzero(~np.isnan(rows.y))
    rows = learned.subset(rows, known)
    every = np.arange(rows.y.size)

    def mae(pred: np.ndarray) -> float:
        return round(float(np.abs(rows.y - pred).mean()), 2)

    doc: dict[str, dict[str, float]] = {}
    for name, wide in (("12 inputs", cols.narrow(rows)), ("12 + new inputs", rows)):
        fam: dict[str, float] = {}
        for c in (*cols.ENDS_C, 100.0):
            fam[f"ends C={c}"] = mae(tries._ends(wide, {}, every, every, c))
        for lam, c in cols.SHIFT_GRID:
            fam[f"ends+reference lam={lam} C={c}"] = mae(
                tries._ends_after_shift(wide, {}, every, every, (lam, c))
            )
        z = tries._standardised(wide, every)
        lad = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs")
        lad.fit(z, rows.y - rows.mean)
        raw = rows.mean + lad.predict(z)
        fam["LAD linear correction (unpenalised)"] = mae(raw)
        fam["LAD linear correction, cut to 0..100"] = mae(np.clip(raw, 0, 100))
        doc[name] = fam
    (HERE / "bounds-cols.json").write_text(json.dumps(doc, indent=1) + "\n")
    print(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
