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

It is also a forecast engine (``get_engine("learned")``, :class:`LearnedEngine` behind the
:class:`~accord.engines.estimators.Learned` estimator): the same inputs computed from any
scenario that carries them (:func:`scenario_facts` says which are missing). Other models
tried against the compromise model, and why none is shipped: :mod:`accord.forecast.tries`.
"""

from __future__ import annotations

import json
import math
import reprlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from accord.engines.base import Run
from accord.engines.baselines import weighted_mean, weighted_median
from accord.engines.common import issue_weight, make_run, merged_params
from accord.engines.estimators import Learned, LearnedOptions
from accord.errors import DataError, EngineError
from accord.forecast.deu import DeuCase
from accord.scenario.arrays import StanceArrays, stance_arrays
from accord.scenario.io import write_bytes_atomic
from accord.scenario.model import Scenario

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


@dataclass(frozen=True)
class IssueRows:
    """The feature matrix of a set of issues, with their keys, proposals and outcomes."""

    keys: list[str]  # "proposal/issue"
    groups: list[str]  # proposal of each row
    x: F64  # (n, len(FEATURES)), positions as differences from "mean"
    mean: F64  # (n,) the compromise model's forecast
    y: F64  # (n,) recorded outcome (NaN where unknown)


@dataclass(frozen=True)
class Facts:
    """The procedural facts of one legislative decision that the learned model reads.

    ``commission`` and ``parliament`` are actor ids; every other actor counts as a member
    state. The Parliament's position is an input only under co-decision, where it is a
    co-legislator (Tsebelis & Garrett 2000).
    """

    procedure: str  # "COD" (co-decision) or "CNS" (consultation)
    qmv: bool  # the Council votes by qualified majority (else unanimity)
    commission: str = "com"
    parliament: str = "ep"


def feature_matrix(arrays: StanceArrays, reference: F64, facts: Facts) -> tuple[F64, F64]:
    """The inputs (``(m, len(FEATURES))``, positions as differences from the mean) and the
    compromise model's forecast (``(m,)``, NaN where no actor has weight) of each issue.

    ``reference`` holds each issue's reference point (NaN where unknown). Weights are issue
    capability x salience, as for the ``mean`` engine, so ``mean`` is that engine's forecast.
    """
    pos, sal = arrays.position, arrays.salience
    m = pos.shape[1]
    w = issue_weight(arrays.issue_capability(), sal)
    ids = np.asarray(arrays.actors, dtype=object)
    state = (ids != facts.commission) & (ids != facts.parliament)
    mean = weighted_mean(pos, w)
    median = weighted_median(pos, w)
    s_pos = np.where(state[:, None], pos, np.nan)
    s_mean = weighted_mean(s_pos, w)
    s_sal = weighted_mean(s_pos, w * sal)
    engaged = ~np.isnan(s_pos)
    ws = np.where(engaged, w, 0.0)
    dev = np.where(engaged, s_pos - np.nan_to_num(s_mean), 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        spread = np.sqrt((ws * dev**2).sum(axis=0) / ws.sum(axis=0))
        mean_sal = np.where(engaged, sal, 0.0).sum(axis=0) / engaged.sum(axis=0)

    def actor(code: str) -> F64:
        hit = np.flatnonzero(ids == code)
        return pos[hit[0]] if hit.size else np.full(m, np.nan)

    codecision = facts.procedure == "COD"
    ep = actor(facts.parliament) if codecision else np.full(m, np.nan)

    def rel(values: F64) -> F64:
        return np.where(np.isnan(values), 0.0, values - mean)

    x = np.column_stack(
        [
            mean,
            rel(median),
            rel(s_mean),
            rel(s_sal),
            rel(actor(facts.commission)),
            rel(ep),
            rel(reference),
            np.isnan(reference).astype(np.float64),
            np.nan_to_num(spread),
            np.nan_to_num(mean_sal, nan=0.5),
            np.full(m, 1.0 if codecision else 0.0),
            np.full(m, 1.0 if facts.qmv else 0.0),
        ]
    )
    return np.asarray(x, dtype=np.float64), np.asarray(mean, dtype=np.float64)


def reference_points(scenario: Scenario) -> F64:
    """Each issue's reference point (status quo), NaN where the scenario gives none."""
    return np.array(
        [np.nan if i.status_quo is None else float(i.status_quo) for i in scenario.issues]
    )


def case_facts(case: DeuCase) -> Facts:
    """The facts of a DEU proposal (its procedure and voting rule; Commission 'com',
    Parliament 'ep')."""
    return Facts(case.procedure, case.rule.upper().startswith("QMV"))


def issue_rows(cases: Sequence[DeuCase]) -> IssueRows:
    """The inputs of every issue of ``cases`` (issues where no actor has weight are left out)."""
    keys: list[str] = []
    groups: list[str] = []
    xs: list[list[float]] = []
    means: list[float] = []
    ys: list[float] = []
    for case in cases:
        sc = case.scenario
        x, mean = feature_matrix(stance_arrays(sc), reference_points(sc), case_facts(case))
        for k, issue in enumerate(sc.issues):
            if np.isnan(mean[k]):
                continue
            keys.append(f"{sc.id}/{issue.id}")
            groups.append(sc.id)
            xs.append(x[k].tolist())
            means.append(float(mean[k]))
            ys.append(case.outcome.get(issue.id, np.nan))
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
        return self.predict_features(rows.x, rows.mean)

    def predict_features(self, x: F64, mean: F64) -> F64:
        """Forecasts from inputs ``x`` (:func:`feature_matrix`) and the compromise model's
        forecasts ``mean``, cut to 0..100; NaN where ``mean`` is NaN (no actor has weight)."""
        z = (np.nan_to_num(x) - self.center) / self.scale
        return np.asarray(np.clip(mean + self.intercept + z @ self.coef, 0.0, 100.0))

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
        trained_on, info = doc.get("trained_on", []), doc.get("info", {})
        if not isinstance(trained_on, list):
            raise DataError(
                f"{source}: trained_on: expected a list of proposal ids "
                f"(got {reprlib.repr(trained_on)})"
            )
        if not isinstance(info, dict):
            raise DataError(f"{source}: info: expected a mapping (got {reprlib.repr(info)})")
        try:
            model = cls(
                center=_per_input(doc, "center", source),
                scale=_per_input(doc, "scale", source),
                coef=_per_input(doc, "coef", source),
                intercept=_number(doc, "intercept", source),
                alpha=_number(doc, "alpha", source),
                trained_on=[str(p) for p in trained_on],
                info=info,
            )
        except KeyError as exc:
            raise DataError(f"{source}: {exc.args[0]}: missing from the learned model") from None
        if (model.scale <= 0).any():  # a fit sets a constant input's scale to 1
            k = int(np.argmax(model.scale <= 0))
            raise DataError(f"{source}: scale[{k}]: must be positive (got {model.scale[k]:g})")
        return model

    def save(self, path: str | Path) -> None:
        """Write the model as JSON atomically (temporary file, then rename)."""
        text = json.dumps(self.to_dict(), indent=1) + "\n"
        write_bytes_atomic(Path(path), text.encode("utf-8"))


def _per_input(doc: Mapping[str, Any], name: str, source: str) -> F64:
    """A model document's array with one finite number per input of :data:`FEATURES`: one of
    another length, shape or with NaN would forecast by broadcasting or fail as it multiplies."""
    try:
        values = np.asarray(doc[name], dtype=np.float64)
    except (TypeError, ValueError):
        raise DataError(
            f"{source}: {name}: expected {len(FEATURES)} numbers (got {reprlib.repr(doc[name])})"
        ) from None
    if values.shape != (len(FEATURES),):
        raise DataError(
            f"{source}: {name}: expected {len(FEATURES)} numbers, one per input "
            f"(got an array of shape {values.shape})"
        )
    if not np.isfinite(values).all():
        k = int(np.argmax(~np.isfinite(values)))
        raise DataError(f"{source}: {name}[{k}]: must be finite (got {values[k]})")
    return values


def _number(doc: Mapping[str, Any], name: str, source: str) -> float:
    """A model document's finite number ``name``."""
    try:
        value = float(doc[name])
    except (TypeError, ValueError):
        raise DataError(
            f"{source}: {name}: expected a number (got {reprlib.repr(doc[name])})"
        ) from None
    if not math.isfinite(value):
        raise DataError(f"{source}: {name}: must be finite (got {value})")
    return value


ALPHAS = (1.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0)
"""The ridge penalties tried; :func:`select_alpha` picks one by grouped cross-validation."""
PENALTY_FOLDS = 5
"""The grouped folds in which :func:`fit_selected` chooses the penalty (5 x 5 repeats), or one
a proposal where the rows hold fewer proposals (session 44)."""


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
    """Choose the penalty by grouped cross-validation on ``rows``, then fit on all of them.

    The cross-validation has :data:`PENALTY_FOLDS` folds, or one a proposal where ``rows`` hold
    fewer proposals with an outcome (at least 2): until session 44 it asked for 5 whatever the
    rows held, so ``accord backtest`` of 6 proposals with ``--folds 3`` (training folds of 4)
    failed with ``4 groups cannot fill 5 folds``. No figure of 5 proposals or more moves."""
    known = ~np.isnan(rows.y)
    proposals = len(set(np.asarray(rows.groups)[known].tolist()))
    if proposals < 2:
        raise DataError(
            "the learned forecaster chooses its penalty by cross-validation grouped by proposal, "
            f"which needs at least 2 proposals with outcomes (got {proposals})"
        )
    folds = min(PENALTY_FOLDS, proposals)
    alpha, table = select_alpha(rows, folds=folds, seed=seed)
    model = fit(rows, alpha)
    model.info.update({"cv_mae_by_alpha": table, "seed": seed, "folds": folds, "repeats": 5})
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
        except UnicodeDecodeError as exc:
            raise DataError(
                f"{p}: not a learned-model document (byte {exc.start} is not UTF-8 text)"
            ) from None
        source = str(p)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(f"{source}: not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise DataError(f"{source}: not a learned-model document")
    return LearnedModel.from_dict(doc, source)


# -- the forecast engine ----------------------------------------------------------------------

DEU_SCALE = (0.0, 100.0)


def scenario_facts(scenario: Scenario, options: LearnedOptions) -> Facts:
    """The procedural facts of ``scenario`` from the engine's ``options``
    (:class:`accord.engines.estimators.LearnedOptions`), or an
    :class:`~accord.errors.EngineError` naming everything the model needs and does not find.

    The model was fitted on DEU issues, so it applies only where a scenario has what those
    issues have: the 0..100 scale, a reference point on every issue, the legislative procedure
    and the Council's voting rule, the Commission's position on every issue and, under
    co-decision, the Parliament's.
    """
    missing: list[str] = []
    if options.procedure is None:
        missing.append("the legislative procedure (parameters.learned.procedure: COD or CNS)")
    if options.voting_rule is None:
        missing.append(
            "the Council's voting rule (parameters.learned.voting_rule: QMV or unanimity)"
        )
    off_scale = [i.id for i in scenario.issues if (i.scale.low, i.scale.high) != DEU_SCALE]
    if off_scale:
        missing.append(f"the DEU scale 0..100 on issue(s) {', '.join(off_scale)}")
    no_reference = [i.id for i in scenario.issues if i.status_quo is None]
    if no_reference:
        missing.append(f"a reference point (status_quo) on issue(s) {', '.join(no_reference)}")
    stated = {(st.actor, st.issue) for st in scenario.stances}
    actors = {a.id for a in scenario.actors}
    bodies = [("the Commission", "commission", options.commission)]
    if options.procedure == "COD":
        bodies.append(("the Parliament (co-decision)", "parliament", options.parliament))
    for body, option, actor in bodies:
        if actor not in actors:
            missing.append(f"{body}: no actor {actor!r} (parameters.learned.{option})")
            continue
        silent = [i.id for i in scenario.issues if (actor, i.id) not in stated]
        if silent:
            missing.append(f"{body}'s position ({actor!r}) on issue(s) {', '.join(silent)}")
    if missing:
        raise EngineError(
            f"engine 'learned' cannot forecast scenario {scenario.id!r}: it needs "
            + "; ".join(missing)
        )
    return Facts(
        procedure=str(options.procedure),
        qmv=options.voting_rule == "QMV",
        commission=str(options.commission),
        parliament=str(options.parliament),
    )


class LearnedEngine:
    """The shipped learned model as a forecast engine (what ``get_engine("learned")`` runs).

    One step, like the compromise model it corrects: the trajectory is the starting state
    and the outcome is ``mean + b0 + sum_k b_k z_k``, cut to 0..100. It has no batch kernel
    (a perturbed batch carries no procedural facts), so ``forecast --runs`` refuses it.
    """

    name = "learned"
    summary = Learned.summary  # one wording: the registered estimator's

    def run(
        self,
        scenario: Scenario,
        params: Mapping[str, Any] | None = None,
        seed: int | None = None,
    ) -> Run:
        options = Learned.validate_options(merged_params(scenario, self.name, params))
        if not isinstance(options, LearnedOptions):  # pragma: no cover - Learned's own model
            raise TypeError(type(options).__name__)
        facts = scenario_facts(scenario, options)
        arrays = stance_arrays(scenario)
        x, mean = feature_matrix(arrays, reference_points(scenario), facts)
        outcome = load(options.model).predict_features(x, mean)
        used = {k: v for k, v in options.model_dump().items() if v is not None}
        return make_run(
            self.name, scenario, arrays, arrays.position[None].copy(), outcome, used, seed
        )


def example_scenarios() -> list[Scenario]:
    """Three small scenarios with everything the model needs (for ``check_engine`` and the
    docs): a co-decision and a consultation file, four member states, one of which states no
    position on the second issue."""
    positions: dict[str, list[float | None]] = {
        "com": [80.0, 30.0],
        "ep": [100.0, 0.0],
        "de": [20.0, 60.0],
        "fr": [50.0, None],
        "pl": [0.0, 100.0],
        "nl": [70.0, 40.0],
    }
    votes = {"com": 29.0, "ep": 29.0, "de": 29.0, "fr": 29.0, "pl": 27.0, "nl": 13.0}

    def scenario(sid: str, procedure: str, rule: str, flip: bool) -> Scenario:
        stances = [
            {
                "actor": a,
                "issue": f"i{k + 1}",
                "position": 100.0 - p if flip else p,
                "salience": 0.5 + 0.1 * ((j + k) % 4),
            }
            for j, (a, row) in enumerate(positions.items())
            for k, p in enumerate(row)
            if p is not None
        ]
        return Scenario.model_validate(
            {
                "id": sid,
                "title": f"learned example ({procedure}, {rule})",
                "actors": [{"id": a, "name": a.upper(), "capability": c} for a, c in votes.items()],
                "issues": [
                    {"id": "i1", "title": "Scope", "status_quo": 0.0},
                    {"id": "i2", "title": "Deadline", "status_quo": 50.0},
                ],
                "stances": stances,
                "parameters": {"learned": {"procedure": procedure, "voting_rule": rule}},
            }
        )

    return [
        scenario("learned-example-cod", "COD", "QMV", False),
        scenario("learned-example-cns", "CNS", "unanimity", False),
        scenario("learned-example-mirrored", "COD", "QMV", True),
    ]
