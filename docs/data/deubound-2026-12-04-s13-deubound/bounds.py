"""In-sample bounds for issue 9's DEU target (s13-deubound; see PROTOCOL.md). NOT forecasts:
every figure here is fitted and scored on the same 169 issues.

(a) every candidate family of accord.forecast.tries (and 'anchors') at each setting, fitted
    on all issues and scored on them; plus a larger-capacity setting per regularised family;
(b) per-issue oracle choices among the engines' forecasts;
(c) the best constant per procedure x voting-rule cell, and k-nearest-neighbour medians.
Writes bounds.json here.

Run from the worktree root:
PYTHONPATH=src python3 docs/data/deubound-2026-12-04-s13-deubound/bounds.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = "../shared/data/deu3/deu3-train.tsv"
ENGINES = ("mean", "median", "exchange", "smp", "bdm", "nash")


def _mae(y: Any, pred: Any) -> float:
    return float(np.mean(np.abs(np.asarray(y) - np.asarray(pred))))


def main() -> None:
    sys.path.insert(0, str(HERE))
    import anchors
    from threadpoolctl import threadpool_limits

    from accord.forecast import learned, tries
    from accord.forecast.backtest import backtest
    from accord.forecast.deu import read_deu

    cases = read_deu(DATA)
    allrows = learned.issue_rows(cases)
    known = np.flatnonzero(~np.isnan(allrows.y))
    rows = learned.subset(allrows, known)
    y, n = rows.y, rows.y.size
    everything = np.arange(n)
    scores = backtest(cases, list(ENGINES), seed=0)
    eng = {
        name: np.array([s.predictions.get(k, np.nan) for k in rows.keys])
        for name, s in scores.items()
    }
    eng["procedural"] = tries.procedural_forecasts(cases, rows.keys)
    inputs = {k: eng[k] for k in ("exchange", "smp", "procedural")}
    base = _mae(y, rows.mean)
    assert np.allclose(eng["mean"], rows.mean), "mean engine differs from the rows' mean"
    doc: dict[str, Any] = {"file": DATA, "issues": int(n), "mean_mae": base, "target": base - 1.5}

    # (a) candidate families in sample
    extra = {
        "ridge": [0.001],
        "median-regression": [0.001],
        "boosting": [(8, 200), (31, 500)],
        "ends": [100.0],
        "anchors": [(100.0, True), (100.0, False)],
    }
    fam: dict[str, Any] = {}
    with threadpool_limits(limits=1):
        for c in [*tries.CANDIDATES, anchors.CANDIDATE]:
            per = {}
            for s in c.settings:
                per[str(s)] = _mae(y, c.fit_predict(rows, inputs, everything, everything, s))
            best = min(per, key=lambda k: per[k])
            big = {
                str(s): _mae(y, c.fit_predict(rows, inputs, everything, everything, s))
                for s in extra.get(c.name, [])
            }
            fam[c.name] = {
                "grid": per,
                "best_setting": best,
                "best": per[best],
                "larger_capacity": big,
            }
        # the exact in-sample minimum MAE of ANY linear correction of the mean over the 12
        # inputs plus the engines' and procedural model's differences from the mean and
        # |commission - mean|, |reference - mean| (an unpenalised least-absolute-deviation fit)
        from sklearn.linear_model import QuantileRegressor

        extra_cols = [np.nan_to_num(inputs[k] - rows.mean) for k in inputs]
        extra_cols += [
            np.abs(rows.x[:, anchors.COL["commission"]]),
            np.abs(rows.x[:, anchors.COL["reference"]]),
        ]
        for label, xx in (
            ("12 inputs", rows.x),
            ("12 inputs + engines + |com|, |ref|", np.column_stack([rows.x, *extra_cols])),
        ):
            zz = (xx - xx.mean(axis=0)) / np.where(xx.std(axis=0) > 0, xx.std(axis=0), 1)
            lad = QuantileRegressor(quantile=0.5, alpha=0.0, solver="highs")
            lad.fit(zz, y - rows.mean)
            fit = rows.mean + lad.predict(zz)
            fam[f"LAD, {label}"] = {
                "best": _mae(y, fit),
                "clipped_0_100": _mae(y, np.clip(fit, 0, 100)),
            }
    doc["a_in_sample_families"] = fam

    # (b) oracle choices
    def oracle(names: list[str], more: dict[str, Any] | None = None) -> dict[str, Any]:
        more = more or {}
        cols = [np.where(np.isnan(eng[k]), rows.mean, eng[k]) for k in names]
        err = np.abs(np.column_stack([*cols, *more.values()]) - y[:, None])
        return {
            "menu": [*names, *more],
            "mae": float(err.min(axis=1).mean()),
            "chosen": np.bincount(err.argmin(axis=1), minlength=len(cols)).tolist(),
        }

    ref = np.where(
        rows.x[:, learned.FEATURES.index("reference_missing")] > 0,
        rows.mean,
        rows.mean + rows.x[:, learned.FEATURES.index("reference")],
    )
    orc = {
        "all engines + procedural": oracle(
            ["mean", "median", "exchange", "smp", "bdm", "nash", "procedural"]
        ),
        "mean, exchange, smp": oracle(["mean", "exchange", "smp"]),
        "mean, 0, 100, reference": oracle(
            ["mean"], {"0": np.zeros(n), "100": np.full(n, 100.0), "reference": ref}
        ),
        "mean, 0, 100": oracle(["mean"], {"0": np.zeros(n), "100": np.full(n, 100.0)}),
    }
    for k in ("median", "exchange", "smp", "bdm", "nash", "procedural"):
        orc[f"mean, {k}"] = oracle(["mean", k])
    perfect_ends = np.where(y <= 1, 0.0, np.where(y >= 99, 100.0, rows.mean))
    orc["mean, or the end where the outcome is at one (a perfect ends classifier)"] = {
        "mae": _mae(y, perfect_ends),
        "ends": int((perfect_ends != rows.mean).sum()),
    }
    doc["engine_mae"] = {k: _mae(y[~np.isnan(v)], v[~np.isnan(v)]) for k, v in eng.items()}
    doc["b_oracle"] = orc

    # (c) the irreducible part
    cod = rows.x[:, learned.FEATURES.index("codecision")] > 0
    qmv = rows.x[:, learned.FEATURES.index("qmv")] > 0
    cell = cod * 2 + qmv
    const = np.zeros(n)
    shift = np.zeros(n)
    cells = {}
    for k in np.unique(cell):
        m = cell == k
        const[m] = np.median(y[m])
        shift[m] = rows.mean[m] + np.median((y - rows.mean)[m])
        name = ("COD" if k >= 2 else "CNS") + ("/QMV" if k % 2 else "/unanimity")
        cells[name] = {
            "issues": int(m.sum()),
            "median_outcome": float(np.median(y[m])),
            "mean_mae": _mae(y[m], rows.mean[m]),
            "constant_mae": _mae(y[m], const[m]),
        }
    z = (rows.x - rows.x.mean(axis=0)) / np.where(rows.x.std(axis=0) > 0, rows.x.std(axis=0), 1)
    dist = np.sqrt(((z[:, None, :] - z[None, :, :]) ** 2).sum(axis=2))
    groups = np.asarray(rows.groups)
    same = groups[:, None] == groups[None, :]
    knn: dict[str, Any] = {}
    for k in (5, 10, 20, 40):
        near = np.argsort(dist, axis=1, kind="stable")[:, :k]
        d_out = np.where(same, np.inf, dist)
        near_out = np.argsort(d_out, axis=1, kind="stable")[:, :k]
        knn[str(k)] = {
            "in_sample": _mae(y, np.median(y[near], axis=1)),
            "own_proposal_left_out": _mae(y, np.median(y[near_out], axis=1)),
            "mean_plus_knn_residual_median_in_sample": _mae(
                y, np.clip(rows.mean + np.median((y - rows.mean)[near], axis=1), 0, 100)
            ),
        }
    doc["c_irreducible"] = {
        "global_median_constant": _mae(y, np.full(n, np.median(y))),
        "cells": cells,
        "best_constant_per_cell": _mae(y, const),
        "mean_plus_best_shift_per_cell": _mae(y, shift),
        "knn_median": knn,
    }
    (HERE / "bounds.json").write_text(json.dumps(doc, indent=1) + "\n")
    print(json.dumps(doc, indent=1))


if __name__ == "__main__":
    main()
