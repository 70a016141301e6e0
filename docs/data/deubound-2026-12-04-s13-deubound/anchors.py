"""The 'anchors' candidate (s13-deubound; see PROTOCOL.md): the outcome is a point mass at
an anchor (0, 100, the reference point, the Commission's position) or continuous around the
compromise model; a multinomial logistic regression gives the classes' probabilities and the
forecast is the median of the predicted mixture (absolute-loss optimal; Gneiting 2011).
Zero-one-inflated regression (Ospina & Ferrari 2010, 2012), generalised to the DEU anchors.

Not in src: it did not meet the adoption rule (see docs/validation-deu.md)."""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.forecast import tries
from accord.forecast.learned import FEATURES, IssueRows

F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
COL = {name: k for k, name in enumerate(FEATURES)}
EDGE = 1.0
END0, END100, REF, COM, OTHER = 0, 1, 2, 3, 4


def anchor_values(rows: IssueRows, idx: I64) -> F64:
    """(n, 4): each row's anchors 0, 100, reference point (NaN if unknown), Commission."""
    x, mean = rows.x[idx], rows.mean[idx]
    ref = np.where(x[:, COL["reference_missing"]] > 0, np.nan, mean + x[:, COL["reference"]])
    com = mean + x[:, COL["commission"]]
    n = idx.size
    return np.column_stack([np.zeros(n), np.full(n, 100.0), ref, com])


def labels(rows: IssueRows, idx: I64, with_com: bool) -> I64:
    """Class of each row's outcome: the first anchor within EDGE (ends, reference,
    Commission when ``with_com``), else OTHER."""
    y = rows.y[idx]
    a = anchor_values(rows, idx)
    out = np.full(idx.size, OTHER, dtype=np.int64)
    used = (END0, END100, REF, COM) if with_com else (END0, END100, REF)
    for k in reversed(used):  # earlier anchors win
        hit = np.abs(y - a[:, k]) <= EDGE
        out[hit & ~np.isnan(a[:, k])] = k
    return out


def inputs(rows: IssueRows, tr: I64) -> F64:
    """The 12 inputs plus |commission - mean| and |reference - mean|, standardised on tr."""
    x = np.column_stack(
        [rows.x, np.abs(rows.x[:, COL["commission"]]), np.abs(rows.x[:, COL["reference"]])]
    )
    center, scale = x[tr].mean(axis=0), x[tr].std(axis=0)
    return np.asarray((x - center) / np.where(scale > 0, scale, 1.0))


def weighted_median(values: F64, weights: F64) -> float:
    order = np.argsort(values, kind="stable")
    v, w = values[order], weights[order]
    cum = np.cumsum(w)
    return float(v[np.searchsorted(cum, 0.5 * cum[-1])])


def fit_predict(rows: IssueRows, _e: Any, tr: I64, te: I64, s: Any) -> F64:
    """The candidate's forecasts of rows ``te`` fitted on rows ``tr``; s = (C, with_com)."""
    from sklearn.linear_model import LogisticRegression

    c, with_com = s
    z = inputs(rows, tr)
    lab = labels(rows, tr, bool(with_com))
    resid = (rows.y[tr] - rows.mean[tr])[lab == OTHER]
    if resid.size == 0:
        resid = np.zeros(1)
    classes = np.unique(lab)
    prob = np.zeros((te.size, 5))
    if classes.size == 1:
        prob[:, classes[0]] = 1.0
    else:
        model = LogisticRegression(C=float(c), max_iter=5000).fit(z[tr], lab)
        prob[:, model.classes_] = model.predict_proba(z[te])
    anchors = anchor_values(rows, te)
    out = np.empty(te.size)
    for i in range(te.size):
        p = prob[i].copy()
        if np.isnan(anchors[i, REF]):
            p[OTHER] += p[REF]
            p[REF] = 0.0
        cont = np.clip(rows.mean[te[i]] + resid, 0.0, 100.0)
        values = np.concatenate([anchors[i, :4], cont])
        weights = np.concatenate([p[:4], np.full(cont.size, p[OTHER] / cont.size)])
        keep = weights > 0
        out[i] = weighted_median(np.nan_to_num(values[keep]), weights[keep])
    return out


SETTINGS = tuple((c, w) for w in (False, True) for c in (0.03, 0.1, 0.3, 1.0))

CANDIDATE = tries.Candidate(
    "anchors",
    "median of a point-mass mixture (0, 100, reference, [Commission]) + continuous part "
    "around the mean; multinomial logistic classes, C 0.03-1",
    SETTINGS,
    fit_predict,
)
