"""A learned forecaster for EU legislative outcomes (DEU data): ridge regression on the
compromise model's residual.

Why this shape: on DEU data no bargaining engine beats the capability-weighted mean of
positions, the compromise model (Achen 2006, in Thomson et al., *The European Union Decides*).
So the learned model starts from it and learns only a correction,

    outcome = mean + b0 + sum_k b_k * z_k,

where ``z`` are standardised inputs that the DEU literature names as drivers of outcomes: the
Commission's and Parliament's positions (agenda setting and co-decision; Tsebelis & Garrett
2000; Thomson 2011, *Resolving Controversy in the European Union*), the reference point (the
status quo), the weighted median and the salience-weighted mean of the member states, the
spread and mean salience of their positions, the legislative procedure and the Council's voting
rule. The coefficients are fitted by ridge regression (Hoerl & Kennard 1970), scikit-learn's
``Ridge``; the penalty shrinks every correction toward zero, i.e. toward the compromise model,
so with little signal the model falls back on the baseline instead of overfitting. One linear
layer keeps it explainable: :meth:`LearnedModel.importance` reports each input's weight.

The fitted model is plain JSON (coefficients, means and scales) shipped in ``data/`` and
rebuilt by ``accord backtest-fit ../shared/data/deu3/deu3-train.tsv`` (development split only).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.engines.baselines import weighted_mean, weighted_median
from accord.errors import DataError
from accord.forecast.deu import DeuCase

F64 = NDArray[np.float64]
FORMAT = "accord-learned-deu/1"
BUNDLED = "data/learned-deu.json"

FEATURES = (
    "mean",  # capability x salience weighted mean of all actors (the compromise model)
    "median",  # the weighted median
    "states_mean",  # member states only
    "states_salient_mean",  # member states, weights capability x salience^2
    "commission",  # the Commission's position (mean where it states none)
    "parliament",  # the Parliament's position under co-decision (mean otherwise)
    "reference",  # the reference point (mean where missing)
    "reference_missing",
    "spread",  # weighted standard deviation of member-state positions
    "salience",  # mean member-state salience (0..1)
    "codecision",  # 1 under COD
    "qmv",  # 1 where the Council votes by qualified majority
)
"""Inputs of the learned model; the positions enter as differences from ``mean``."""

_POSITIONS = {"median", "states_mean", "states_salient_mean", "commission", "parliament"}


@dataclass(frozen=True)
class IssueRows:
    """The feature matrix of a set of issues, with their keys, proposals and outcomes."""

    keys: list[str]  # "proposal/issue"
    groups: list[str]  # proposal of each row
    x: F64  # (n, len(FEATURES)), positions as differences from "mean"
    mean: F64  # (n,) the compromise model's forecast
    y: F64  # (n,) recorded outcome (NaN where unknown)


def _case_rows(case: DeuCase) -> list[tuple[str, list[float], float, float]]:
    sc = case.scenario
    actors = [a.id for a in sc.actors]
    issues = [i.id for i in sc.issues]
    pos = np.full((len(actors), len(issues)), np.nan)
    sal = np.zeros((len(actors), len(issues)))
    a_ix = {a: k for k, a in enumerate(actors)}
    i_ix = {i: k for k, i in enumerate(issues)}
    for st in sc.stances:
        pos[a_ix[st.actor], i_ix[st.issue]] = st.position
        sal[a_ix[st.actor], i_ix[st.issue]] = st.salience
    cap = np.array([a.capability for a in sc.actors], dtype=np.float64)[:, None]
    state = np.array([a.country is not None for a in sc.actors])
    w = cap * sal
    mean = weighted_mean(pos, w)
    median = weighted_median(pos, w)
    s_pos = np.where(state[:, None], pos, np.nan)
    s_mean = weighted_mean(s_pos, w)
    s_sal = weighted_mean(s_pos, w * sal)
    dev = np.where(np.isnan(s_pos), 0.0, s_pos - np.nan_to_num(s_mean))
    ws = np.where(np.isnan(s_pos), 0.0, w)
    with np.errstate(invalid="ignore", divide="ignore"):
        spread = np.sqrt((ws * dev**2).sum(axis=0) / ws.sum(axis=0))
        salience = np.where(np.isnan(s_pos), np.nan, sal)
        mean_sal = np.nanmean(np.where(state[:, None], salience, np.nan), axis=0)

    def actor(code: str) -> F64:
        return pos[a_ix[code]] if code in a_ix else np.full(len(issues), np.nan)

    com, ep = actor("com"), actor("ep")
    if case.procedure != "COD":
        ep = np.full(len(issues), np.nan)
    out = []
    for k, issue in enumerate(issues):
        m = float(mean[k])
        if np.isnan(m):
            continue
        rp = sc.issues[k].status_quo

        def rel(v: float, m: float = m) -> float:
            return 0.0 if np.isnan(v) else v - m

        row = [
            m,
            rel(float(median[k])),
            rel(float(s_mean[k])),
            rel(float(s_sal[k])),
            rel(float(com[k])),
            rel(float(ep[k])),
            0.0 if rp is None else float(rp) - m,
            1.0 if rp is None else 0.0,
            float(np.nan_to_num(spread[k])),
            float(np.nan_to_num(mean_sal[k], nan=0.5)),
            1.0 if case.procedure == "COD" else 0.0,
            1.0 if case.rule.upper().startswith("QMV") else 0.0,
        ]
        out.append((issue, row, m, case.outcome.get(issue, np.nan)))
    return out


def issue_rows(cases: Sequence[DeuCase]) -> IssueRows:
    """The inputs of every issue of ``cases`` (issues where no actor has weight are left out)."""
    keys: list[str] = []
    groups: list[str] = []
    xs: list[list[float]] = []
    means: list[float] = []
    ys: list[float] = []
    for case in cases:
        for issue, row, m, y in _case_rows(case):
            keys.append(f"{case.scenario.id}/{issue}")
            groups.append(case.scenario.id)
            xs.append(row)
            means.append(m)
            ys.append(y)
    x = np.asarray(xs, dtype=np.float64).reshape(len(xs), len(FEATURES))
    return IssueRows(keys, groups, x, np.asarray(means), np.asarray(ys))


@dataclass
class LearnedModel:
    """Standardisation and ridge coefficients of the residual model."""

    center: F64
    scale: F64
    coef: F64
    intercept: float
    alpha: float
    trained_on: list[str] = field(default_factory=list)  # proposal ids of the training data
    info: dict[str, Any] = field(default_factory=dict)

    def predict(self, rows: IssueRows) -> F64:
        """Forecast outcomes on the 0..100 scale (clipped to it)."""
        z = (rows.x - self.center) / self.scale
        return np.asarray(np.clip(rows.mean + self.intercept + z @ self.coef, 0.0, 100.0))

    def importance(self) -> dict[str, float]:
        """Each input's coefficient in scale points per standard deviation of the input:
        the shift of the forecast when the input moves by one SD (sorted by size)."""
        pairs = sorted(zip(FEATURES, self.coef, strict=True), key=lambda kv: -abs(kv[1]))
        return {name: round(float(c), 3) for name, c in pairs}

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "features": list(FEATURES),
            "center": self.center.tolist(),
            "scale": self.scale.tolist(),
            "coef": self.coef.tolist(),
            "intercept": self.intercept,
            "alpha": self.alpha,
            "trained_on": self.trained_on,
            "info": self.info,
        }

    @classmethod
    def from_dict(cls, doc: dict[str, Any], source: str) -> LearnedModel:
        if doc.get("format") != FORMAT or doc.get("features") != list(FEATURES):
            raise DataError(f"{source}: not an {FORMAT} model with the current inputs")
        try:
            return cls(
                center=np.asarray(doc["center"], dtype=np.float64),
                scale=np.asarray(doc["scale"], dtype=np.float64),
                coef=np.asarray(doc["coef"], dtype=np.float64),
                intercept=float(doc["intercept"]),
                alpha=float(doc["alpha"]),
                trained_on=[str(p) for p in doc.get("trained_on", [])],
                info=dict(doc.get("info", {})),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"{source}: damaged learned model ({exc})") from None

    def save(self, path: str | Path) -> None:
        """Write the model as JSON atomically (temporary file, then rename)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_dict(), indent=1) + "\n", encoding="utf-8")
        tmp.replace(path)


ALPHAS = (1.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0)
"""The ridge penalties tried; :func:`select_alpha` picks one by grouped cross-validation."""


def select_alpha(
    rows: IssueRows,
    alphas: Sequence[float] = ALPHAS,
    folds: int = 5,
    repeats: int = 5,
    seed: int = 0,
) -> tuple[float, dict[str, float]]:
    """The penalty with the lowest repeated grouped-K-fold MAE on ``rows`` (no proposal on both
    sides), and the MAE of each penalty tried."""
    from accord.forecast.splits import grouped_folds

    known = np.flatnonzero(~np.isnan(rows.y))
    labels = [rows.groups[i] for i in known]
    errors: dict[float, list[float]] = {a: [] for a in alphas}
    for split in grouped_folds(labels, folds, repeats, seed):
        train, test = subset(rows, known[split.train]), subset(rows, known[split.test])
        for a in alphas:
            errors[a].extend(np.abs(test.y - fit(train, a).predict(test)).tolist())
    table = {str(a): float(np.mean(e)) for a, e in errors.items()}
    best = min(alphas, key=lambda a: float(np.mean(errors[a])))
    return best, table


def fit_selected(rows: IssueRows, seed: int = 0) -> LearnedModel:
    """Choose the penalty by grouped cross-validation on ``rows``, then fit on all of them."""
    alpha, table = select_alpha(rows, seed=seed)
    model = fit(rows, alpha)
    model.info.update({"cv_mae_by_alpha": table, "seed": seed, "folds": 5, "repeats": 5})
    return model


def fit(rows: IssueRows, alpha: float = 100.0) -> LearnedModel:
    """Fit the residual ridge model on the rows with a recorded outcome."""
    from sklearn.linear_model import Ridge

    known = ~np.isnan(rows.y)
    if known.sum() < 2:
        raise DataError("the learned forecaster needs at least two issues with outcomes")
    x = rows.x[known]
    center = x.mean(axis=0)
    scale = x.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    ridge = Ridge(alpha=alpha).fit((x - center) / scale, rows.y[known] - rows.mean[known])
    return LearnedModel(
        center=center,
        scale=scale,
        coef=np.asarray(ridge.coef_, dtype=np.float64),
        intercept=float(ridge.intercept_),
        alpha=alpha,
        trained_on=sorted(set(np.asarray(rows.groups)[known].tolist())),
        info={"issues": int(known.sum())},
    )


def subset(rows: IssueRows, index: NDArray[np.int64]) -> IssueRows:
    """The rows at ``index``."""
    return IssueRows(
        [rows.keys[i] for i in index],
        [rows.groups[i] for i in index],
        rows.x[index],
        rows.mean[index],
        rows.y[index],
    )


def load(path: str | Path | None = None) -> LearnedModel:
    """The model at ``path``, or the one shipped with accord (fitted on the DEU development
    split)."""
    if path is None:
        ref = resources.files("accord.forecast").joinpath(BUNDLED)
        try:
            text = ref.read_text(encoding="utf-8")
        except OSError:
            raise DataError(f"{ref}: the bundled learned model is missing") from None
        source = str(ref)
    else:
        p = Path(path).expanduser()
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"{p}: cannot read the learned model ({exc.strerror})") from None
        source = str(p)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{source}: not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise DataError(f"{source}: not a learned-model document")
    return LearnedModel.from_dict(doc, source)
