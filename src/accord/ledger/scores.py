"""Scores of resolved forecasts against two references: the status quo and no skill.

For every forecast record and every resolution of one of its issues (dated on or after the
record's ``as_of``), two numbers are scored:

* the **Brier score** of ``p_agreement`` (Brier 1950, "Verification of forecasts expressed in
  terms of probability", Monthly Weather Review 78(1)): ``(p - a)^2`` with ``a`` = 1 when an
  agreement was reached by the resolution date, else 0. Lower is better; 0 is perfect.
* the **absolute error of the position**: ``|forecast - outcome|`` where ``forecast`` is the
  record's point forecast and ``outcome`` the resolved position; to compare issues on
  different scales it is reported in points of a 0-100 scale (divided by the scale's span,
  times 100).

Each is set beside two references scored on exactly the same items:

* **status quo**: the forecast "nothing changes": ``p_agreement = 0`` and position = the
  issue's status quo (the record's ``status_quo``);
* **no skill**: the forecast of someone who knows only the question: ``p_agreement = 0.5``
  (Brier 0.25 whatever happens) and position = the midpoint of the issue's scale.

A skill score is ``1 - score / reference`` (Murphy 1973, "Hedging and skill scores for
probability forecasts", Journal of Applied Meteorology 12, 215-223; positive: better than
the reference; None where the reference scores 0, e.g. status quo when nothing was agreed).
Means are taken per engine within each scenario and per engine across all scenarios (every
scored issue-forecast counts once).

Drafts: for every record and every recorded result in force of one of its drafts (dated on or
after the record's ``as_of``), the record's P(adopted) (:class:`accord.ledger.records.
DraftForecast`) is scored with the same Brier score, ``a`` = 1 when the draft was adopted, and
with the **log loss** ``-ln(p)`` if adopted, else ``-ln(1 - p)`` (Good 1952, "Rational
decisions", JRSS B 14(1)), ``p`` first clipped to ``[LOG_LOSS_CLIP, 1 - LOG_LOSS_CLIP]`` so that
a certain forecast that misses costs a finite ``ln(1000)`` = 6.91 rather than infinity. The
references are the issues': status quo ``p = 0`` (not adopted: nothing changes) and no skill
``p = 0.5`` (log loss ``ln 2`` whatever happens).

Annulled questions: a resolution that annuls its question (``annulled``: the reason; no outcome)
is never scored. Each record that would have been paired with it is counted apart
(``Scores.annulled``; ``n_annulled`` in the rows), so the scores say how many were left out.
A draft whose vote was annulled (postponed sine die, withdrawn: its result's ``annulled``) is
left out of the drafts' scores alike (``Scores.annulled_drafts``; ``n_annulled`` in the drafts'
rows).

Calibration (reliability): the issues' ``p_agreement`` of every scored pair, per engine, in
:data:`CALIBRATION_BINS` fixed bins of width 0.1 (``[0, 0.1)``, ``[0.1, 0.2)``, ...,
``[0.9, 1]``), each with its count, the mean forecast probability and the observed frequency of
agreement (None in an empty bin) (:func:`calibration`; Murphy & Winkler 1977, "Reliability of
subjective probability forecasts", JRSS C 26(1)).

How sure (session 40): each row's mean has its standard error (``brier_se``, ``error_se``,
``log_loss_se``: sample SD over sqrt(n); None where n < 2), and :attr:`Scores.comparisons`
sets each engine against the status quo, against no skill (session 44) and against an engine the
user names, over the questions both forecast, with the Diebold & Mariano (1995) test corrected
by Harvey, Leybourne & Newbold (1997) (:mod:`accord.ledger.paired`): mean difference, standard
error, p-value, interval and a verdict in words. Session 41: Holm's (1979) adjusted p-value
over every tested comparison of the list beside each raw one, the verdict resting on it
(:func:`accord.ledger.paired.holm`).

Why a Brier score is what it is (session 41): :attr:`Scores.decomposition` gives Murphy's (1973)
decomposition of each engine's Brier score into reliability, resolution and uncertainty, exact
over the distinct forecast values and binned over the calibration bins with the two within-bin
terms of Stephenson, Coelho & Jolliffe (2008) (:mod:`accord.ledger.decomposition`); the drafts'
P(adopted) have their calibration table too (:func:`draft_calibration`).

Hindsight: a scored pair is a forecast made *before* its outcome only when the record was
recorded (``recorded_at``, UTC) before the outcome's date (a resolution's or a vote's ``on``)
and the evidence it cites (the evidence cut-off) is dated before it too; otherwise it is made
*after* its outcome (:func:`hindsight`: e.g. a 2015 case recorded in 2026), as every record of a
bundled historic case is. Every pair is marked; the summary rows pool both, and the same rows
over the forecasts made before their outcome alone are given beside them
(``rows_before_outcome``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from accord.errors import DataError
from accord.ledger.decomposition import (
    BIN_EDGES,
    BINS,
    BrierDecomposition,
    bin_index,
    decompose,
)
from accord.ledger.paired import (
    PAIRED_LEVEL,
    Losses,
    PairedComparison,
    adjusted,
    compare,
    diebold_mariano,
    se_missing,
    standard_error,
)
from accord.ledger.records import DraftForecast, DraftResult, ForecastRecord, Resolution
from accord.text import score_text

if TYPE_CHECKING:
    import pandas as pd

_Item = TypeVar("_Item")

__all__ = [
    "CALIBRATION_BINS",
    "LOG_LOSS_CLIP",
    "NO_SKILL_P",
    "PROBABILITY_SLACK",
    "CalibrationBin",
    "DraftScoreRow",
    "ScoreRow",
    "ScoreTable",
    "ScoredDraft",
    "ScoredForecast",
    "Scores",
    "brier",
    "calibration",
    "decomposition",
    "draft_calibration",
    "hindsight",
    "hindsight_lines",
    "log_loss",
    "probability",
    "score",
    "score_columns",
    "score_tables",
]

NO_SKILL_P = 0.5
"""The no-skill probability of agreement: a coin toss, Brier 0.25 whatever the outcome."""

LOG_LOSS_CLIP = 0.001
"""Probabilities are clipped to [0.001, 0.999] before their log loss: a convention (the
resolution of a 1000-run ensemble), not a tuned number; a forecast of certainty that misses
costs ln(1000) = 6.91 instead of infinity (a single run's P is exactly 0 or 1)."""


CALIBRATION_BINS = BINS
"""Bins of the calibration table: ten of width 0.1 over [0, 1], the last closed (p = 1 in it);
the binned Brier decomposition's (:mod:`accord.ledger.decomposition`) are the same."""

PROBABILITY_SLACK = 1e-9
"""How far outside [0, 1] a probability may stray by floating-point sums (an adoption
probability was 1.0000000000000009 before session 37) and still be scored, clipped to [0, 1]."""


def probability(p: float) -> float:
    """``p`` as a probability to score: a number in [0, 1] (within :data:`PROBABILITY_SLACK`,
    clipped); NaN, infinite or out of range is a :class:`DataError` (session 40's trial: the
    log loss of NaN was NaN and of -0.5 was that of 0.001, silently)."""
    if isinstance(p, bool) or not isinstance(p, int | float) or not math.isfinite(p):
        raise DataError(f"a probability to score must be a finite number (got {p!r})")
    if not -PROBABILITY_SLACK <= p <= 1.0 + PROBABILITY_SLACK:
        raise DataError(f"a probability to score must lie in [0, 1] (got {p!r})")
    return min(max(float(p), 0.0), 1.0)


def brier(p: float, happened: bool) -> float:
    """The Brier score of probability ``p`` for an event that happened or not: ``(p - a)^2``,
    the binary form (Brier 1950 sums over both classes, twice this); ``p`` is checked by
    :func:`probability`."""
    return (probability(p) - float(happened)) ** 2


def hindsight(record: ForecastRecord, outcome_on: dt.date) -> str | None:
    """Why ``record``'s forecast of an outcome dated ``outcome_on`` was made after the outcome
    (hindsight), or None for a forecast made before it: recorded before that day, citing no
    evidence dated on or after it. A record made on the day of the outcome counts as after it
    (the ledger holds the day of the outcome, not its hour)."""
    recorded = record.recorded_at.date()
    if recorded >= outcome_on:
        return f"recorded on {recorded.isoformat()}, not before the outcome of {outcome_on}"
    cutoff = record.evidence_cutoff
    if cutoff is not None and cutoff >= outcome_on:
        return f"cites evidence of {cutoff.isoformat()}, not before the outcome of {outcome_on}"
    return None


def _made(why: str | None) -> dict[str, Any]:
    """The keys that mark a scored pair as made before or after its outcome."""
    return {"made": "before" if why is None else "after", "hindsight": why}


def log_loss(p: float, happened: bool) -> float:
    """The log loss of ``p``: ``-ln(p)`` if the event happened, else ``-ln(1 - p)``, with ``p``
    clipped to ``[LOG_LOSS_CLIP, 1 - LOG_LOSS_CLIP]`` (after :func:`probability`'s check)."""
    clipped = min(max(probability(p), LOG_LOSS_CLIP), 1.0 - LOG_LOSS_CLIP)
    # math.log (the C library's): np.log's AVX-512 kernel rounds some arguments differently
    # from its other kernels, so the score printed would depend on the CPU (session 42)
    return -math.log(clipped if happened else 1.0 - clipped)


@dataclass(frozen=True)
class ScoredForecast:
    """One record's forecast of one resolved issue, with its errors and the references'."""

    record_id: int | None
    scenario_id: str
    issue_id: str
    engine: str
    as_of: dt.date | None
    resolution: str
    agreed: bool
    outcome: float
    p_agreement: float | None
    forecast: float | None
    status_quo: float | None
    low: float
    high: float
    hindsight: str | None = None
    """Why the forecast was made after its outcome (:func:`hindsight`), None if before it."""
    seed: int | None = None
    runs: int | None = None
    """The record's seed and Monte Carlo runs (None where it ran none): to make it again."""

    @property
    def span(self) -> float:
        return self.high - self.low

    @property
    def brier(self) -> float | None:
        return None if self.p_agreement is None else brier(self.p_agreement, self.agreed)

    @property
    def brier_status_quo(self) -> float:
        return brier(0.0, self.agreed)

    @property
    def brier_no_skill(self) -> float:
        return brier(NO_SKILL_P, self.agreed)

    def _points(self, value: float | None) -> float | None:
        return None if value is None else 100.0 * abs(value - self.outcome) / self.span

    @property
    def error(self) -> float | None:
        """|forecast - outcome| in points of a 0-100 scale."""
        return self._points(self.forecast)

    @property
    def error_status_quo(self) -> float | None:
        return self._points(self.status_quo)

    @property
    def error_no_skill(self) -> float:
        return 100.0 * abs((self.low + self.high) / 2 - self.outcome) / self.span

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.record_id,
            "scenario": self.scenario_id,
            "issue": self.issue_id,
            "engine": self.engine,
            "as_of": None if self.as_of is None else self.as_of.isoformat(),
            "resolution": self.resolution,
            "agreed": self.agreed,
            "outcome": self.outcome,
            "p_agreement": self.p_agreement,
            "forecast": self.forecast,
            "status_quo": self.status_quo,
            "brier": self.brier,
            "brier_status_quo": self.brier_status_quo,
            "brier_no_skill": self.brier_no_skill,
            "error": self.error,
            "error_status_quo": self.error_status_quo,
            "error_no_skill": self.error_no_skill,
            **_made(self.hindsight),
            "seed": self.seed,
            "runs": self.runs,
        }


@dataclass(frozen=True)
class ScoreRow:
    """Mean scores of one engine over a set of scored forecasts (one scenario, or all).

    ``n`` forecasts were scored; the Brier means are over the ``n_brier`` of them that carry
    a ``p_agreement``; the position means over the ``n_error`` with a point forecast, and the
    status-quo position mean over those of them whose issue has a status quo.
    ``n_hindsight`` of the ``n`` were made after their outcome (:func:`hindsight`).
    ``n_annulled`` forecasts of the engine were of questions annulled (not counted in ``n``,
    never scored).
    """

    scenario: str
    engine: str
    n: int
    n_brier: int
    brier: float | None
    brier_status_quo: float | None
    brier_no_skill: float | None
    n_error: int
    error: float | None
    error_status_quo: float | None
    error_no_skill: float | None
    n_hindsight: int = 0
    n_annulled: int = 0
    brier_se: float | None = None
    """The standard error of ``brier`` (:func:`accord.ledger.paired.standard_error`: sample SD
    over sqrt(n_brier)); None where ``n_brier < 2``. Session 40."""
    error_se: float | None = None
    """The standard error of ``error`` over its ``n_error`` forecasts; None where < 2."""

    @property
    def brier_skill_status_quo(self) -> float | None:
        return _skill(self.brier, self.brier_status_quo)

    @property
    def brier_skill_no_skill(self) -> float | None:
        return _skill(self.brier, self.brier_no_skill)

    @property
    def error_skill_status_quo(self) -> float | None:
        return _skill(self.error, self.error_status_quo)

    @property
    def error_skill_no_skill(self) -> float | None:
        return _skill(self.error, self.error_no_skill)

    @property
    def cells(self) -> tuple[str, ...]:
        """The row as ``accord ledger score`` and the workbench's ledger page print it (session
        45), under :func:`score_columns` ``("error")``: scenario, engine, n, hindsight, the Brier
        score, its ``± SE``, the status quo's and no skill's, then the same of the position
        error (:func:`accord.text.score_text`)."""
        return (
            self.scenario,
            self.engine,
            str(self.n),
            str(self.n_hindsight),
            *_measure_cells("brier", self.brier, self.brier_se, self.n_brier,
                            self.brier_status_quo, self.brier_no_skill),
            *_measure_cells("error", self.error, self.error_se, self.n_error,
                            self.error_status_quo, self.error_no_skill),
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "engine": self.engine,
            "n": self.n,
            "n_brier": self.n_brier,
            "brier": self.brier,
            "brier_status_quo": self.brier_status_quo,
            "brier_no_skill": self.brier_no_skill,
            "brier_skill_vs_status_quo": self.brier_skill_status_quo,
            "brier_skill_vs_no_skill": self.brier_skill_no_skill,
            "n_error": self.n_error,
            "error": self.error,
            "error_status_quo": self.error_status_quo,
            "error_no_skill": self.error_no_skill,
            "error_skill_vs_status_quo": self.error_skill_status_quo,
            "error_skill_vs_no_skill": self.error_skill_no_skill,
            "n_hindsight": self.n_hindsight,
            "n_annulled": self.n_annulled,
            "brier_se": self.brier_se,
            "error_se": self.error_se,
        }


@dataclass(frozen=True)
class ScoredDraft:
    """One record's P(adopted) of one draft whose vote has a recorded result, with its scores
    and the references' (the same as an issue's: status quo p = 0, no skill p = 0.5)."""

    forecast: DraftForecast
    engine: str
    result: DraftResult
    hindsight: str | None = None
    """Why the forecast was made after the vote (:func:`hindsight`), None if before it."""

    @property
    def p_adopted(self) -> float | None:
        return self.forecast.p_adopted

    @property
    def adopted(self) -> bool:
        return bool(self.result.adopted)  # an annulled draft's result is never scored

    @property
    def brier(self) -> float | None:
        return None if self.p_adopted is None else brier(self.p_adopted, self.adopted)

    @property
    def log_loss(self) -> float | None:
        return None if self.p_adopted is None else log_loss(self.p_adopted, self.adopted)

    def reference(self, p: float) -> tuple[float, float]:
        """(Brier, log loss) of the constant forecast ``p``."""
        return brier(p, self.adopted), log_loss(p, self.adopted)

    def to_dict(self) -> dict[str, Any]:
        status_quo = self.reference(0.0)
        no_skill = self.reference(NO_SKILL_P)
        return {
            **self.forecast.to_dict(),
            "engine": self.engine,
            "result": self.result.key,
            "adopted": self.adopted,
            "tally": self.result.tally,
            "on": self.result.resolved_on.isoformat(),
            "brier": self.brier,
            "brier_status_quo": status_quo[0],
            "brier_no_skill": no_skill[0],
            "log_loss": self.log_loss,
            "log_loss_status_quo": status_quo[1],
            "log_loss_no_skill": no_skill[1],
            **_made(self.hindsight),
        }


@dataclass(frozen=True)
class DraftScoreRow:
    """Mean scores of one engine's P(adopted) over a set of scored drafts (one scenario, or
    all): ``n`` drafts scored (those whose record states a P(adopted)), ``n_hindsight`` of them
    made after the vote (:func:`hindsight`), and the means; ``n_annulled`` forecasts of the
    engine were of drafts whose vote was annulled (not counted in ``n``, never scored)."""

    scenario: str
    engine: str
    n: int
    brier: float | None
    brier_status_quo: float | None
    brier_no_skill: float | None
    log_loss: float | None
    log_loss_status_quo: float | None
    log_loss_no_skill: float | None
    n_hindsight: int = 0
    n_annulled: int = 0
    brier_se: float | None = None
    """The standard error of ``brier`` over the ``n`` drafts; None where ``n < 2``. Session 40."""
    log_loss_se: float | None = None
    """The standard error of ``log_loss`` over the ``n`` drafts; None where ``n < 2``."""

    @property
    def cells(self) -> tuple[str, ...]:
        """The row as printed under :func:`score_columns` ``("log loss")``: as
        :attr:`ScoreRow.cells`, the log loss in place of the position error."""
        return (
            self.scenario,
            self.engine,
            str(self.n),
            str(self.n_hindsight),
            *_measure_cells("brier", self.brier, self.brier_se, self.n,
                            self.brier_status_quo, self.brier_no_skill),
            *_measure_cells("log_loss", self.log_loss, self.log_loss_se, self.n,
                            self.log_loss_status_quo, self.log_loss_no_skill),
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "scenario": self.scenario,
            "engine": self.engine,
            "n": self.n,
            "brier": self.brier,
            "brier_status_quo": self.brier_status_quo,
            "brier_no_skill": self.brier_no_skill,
            "brier_skill_vs_status_quo": _skill(self.brier, self.brier_status_quo),
            "brier_skill_vs_no_skill": _skill(self.brier, self.brier_no_skill),
            "log_loss": self.log_loss,
            "log_loss_status_quo": self.log_loss_status_quo,
            "log_loss_no_skill": self.log_loss_no_skill,
            "log_loss_skill_vs_status_quo": _skill(self.log_loss, self.log_loss_status_quo),
            "log_loss_skill_vs_no_skill": _skill(self.log_loss, self.log_loss_no_skill),
            "n_hindsight": self.n_hindsight,
            "n_annulled": self.n_annulled,
            "brier_se": self.brier_se,
            "log_loss_se": self.log_loss_se,
        }


def _measure_cells(
    measure: str,
    own: float | None,
    se: float | None,
    n: int,
    status_quo: float | None,
    no_skill: float | None,
) -> tuple[str, str, str, str]:
    """A score, its standard error (``n<2`` where one forecast gives none), the status quo's
    and no skill's, each to the measure's decimals."""
    se_cell = score_text(se, measure) if se is not None else se_missing(n)
    return (
        score_text(own, measure),
        se_cell,
        score_text(status_quo, measure),
        score_text(no_skill, measure),
    )


def score_columns(measure: str) -> tuple[str, ...]:
    """The header of a table of :attr:`ScoreRow.cells` (``measure`` "error") or
    :attr:`DraftScoreRow.cells` ("log loss"): SQ is the status quo."""
    return (
        "scenario", "engine", "n", "hindsight",
        "Brier", "± SE", "SQ", "no skill", measure, "± SE", "SQ", "no skill",
    )  # fmt: skip


ISSUES_TITLE = "Scores (Brier of p_agreement; position error in points of 0-100)"
DRAFTS_TITLE = "Drafts (P(adopted) against the recorded vote: Brier and log loss)"
BEFORE_OUTCOME = ", forecasts made before their outcome only"


@dataclass(frozen=True)
class ScoreTable:
    """One table of scores as ``accord ledger score`` and the workbench's ledger page print it
    (session 45): its title, header and rows of cells; ``before_outcome`` for the tables over
    the forecasts made before their outcome alone (printed after :func:`hindsight_lines`)."""

    title: str
    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]
    before_outcome: bool = False


def hindsight_lines(scores: Scores) -> list[str]:
    """What is said of hindsight below the pooled tables: how many of the scored forecasts
    were made after their outcome, and where all were, that the scores are all hindsight;
    nothing where none was."""
    marks = [i.hindsight for i in scores.items] + [d.hindsight for d in scores.drafts]
    late = sum(why is not None for why in marks)
    if not late:
        return []
    lines = [
        f"{late} of the {len(marks)} scored forecasts were made after their outcome "
        "(hindsight: recorded on or after its date, or citing evidence dated so; docs/ledger.md)"
    ]
    if late == len(marks):
        lines.append("none was made before its outcome: the scores above are all hindsight")
    return lines


def score_tables(scores: Scores) -> list[ScoreTable]:
    """The tables of scores ``accord ledger score`` prints, in its order: the issues' and the
    drafts' over every scored forecast, then, where some but not all were made after their
    outcome, the same over those made before it."""
    issues, drafts = score_columns("error"), score_columns("log loss")
    tables = []
    if scores.items:
        tables.append(ScoreTable(ISSUES_TITLE, issues, [r.cells for r in scores.rows]))
    if scores.drafts:
        tables.append(ScoreTable(DRAFTS_TITLE, drafts, [r.cells for r in scores.draft_rows]))
    if len(hindsight_lines(scores)) != 1:  # none late, or all: no table of the rest
        return tables
    for title, columns, rows in (
        (ISSUES_TITLE, issues, scores.rows_before_outcome),
        (DRAFTS_TITLE, drafts, scores.draft_rows_before_outcome),
    ):
        if rows:
            cells = [r.cells for r in rows]
            tables.append(ScoreTable(title[:-1] + BEFORE_OUTCOME + ")", columns, cells, True))
    return tables


@dataclass(frozen=True)
class Scores:
    """Every scored forecast, the summary rows, and what could not be scored and why; the
    drafts' P(adopted) scored against their recorded results beside them (``drafts``,
    ``draft_rows``). The rows pool forecasts made before and after their outcome; the
    ``..._before_outcome`` rows are the same over those made before it alone (hindsight left
    out: :func:`hindsight`)."""

    items: list[ScoredForecast]
    rows: list[ScoreRow]
    skipped: list[dict[str, Any]]
    drafts: list[ScoredDraft] = field(default_factory=list)
    draft_rows: list[DraftScoreRow] = field(default_factory=list)
    rows_before_outcome: list[ScoreRow] = field(default_factory=list)
    draft_rows_before_outcome: list[DraftScoreRow] = field(default_factory=list)
    annulled: list[dict[str, Any]] = field(default_factory=list)
    """Each record paired with an annulled question, not scored: record, resolution, scenario,
    issue, engine, as_of and the reason."""
    annulled_drafts: list[dict[str, Any]] = field(default_factory=list)
    """Each record paired with an annulled draft (its vote not held), not scored: record,
    draft_result, scenario, draft, engine, as_of and the reason."""
    against: str | None = None
    """The engine every other engine is compared with (:attr:`comparisons`) besides the status
    quo and no skill; None: those two only. Session 40."""

    @property
    def comparisons(self) -> list[PairedComparison]:
        """Paired comparisons over every scored forecast (all scenarios pooled): each engine
        against the status quo, then against no skill (the scale's midpoint, ``p = 0.5``;
        session 44), then against :attr:`against` where named, on the issues' Brier score and
        position error and the drafts' Brier score and log loss, each with its Diebold-Mariano
        test (:mod:`accord.ledger.paired`): mean difference, its standard error, p-value,
        interval and a verdict in words."""
        out: list[PairedComparison] = []
        issue_brier: Losses = {}
        issue_error: Losses = {}
        scores: tuple[float, float | None, float]
        for i in self.items:
            question = (i.scenario_id, i.issue_id)
            if i.brier is not None:
                scores = (i.brier, i.brier_status_quo, i.brier_no_skill)
                issue_brier.setdefault(i.engine, {}).setdefault(question, []).append(scores)
            if i.error is not None:
                scores = (i.error, i.error_status_quo, i.error_no_skill)
                issue_error.setdefault(i.engine, {}).setdefault(question, []).append(scores)
        draft_brier: Losses = {}
        draft_loss: Losses = {}
        for d in self.drafts:
            if d.brier is None or d.log_loss is None:
                continue
            question = (d.forecast.scenario_id, d.forecast.draft_id)
            status_quo, no_skill = d.reference(0.0), d.reference(NO_SKILL_P)
            scores = (d.brier, status_quo[0], no_skill[0])
            draft_brier.setdefault(d.engine, {}).setdefault(question, []).append(scores)
            scores = (d.log_loss, status_quo[1], no_skill[1])
            draft_loss.setdefault(d.engine, {}).setdefault(question, []).append(scores)
        for kind, measure, losses in (
            ("issue", "brier", issue_brier),
            ("issue", "error", issue_error),
            ("draft", "brier", draft_brier),
            ("draft", "log_loss", draft_loss),
        ):
            out += compare(kind, measure, losses, self.against)
        return adjusted(out)  # Holm over every tested comparison of the table (session 41)

    @property
    def calibration(self) -> list[CalibrationBin]:
        """The calibration table of the scored pairs (:func:`calibration`)."""
        return calibration(self.items)

    @property
    def draft_calibration(self) -> list[CalibrationBin]:
        """The calibration table of the drafts' P(adopted) (:func:`draft_calibration`)."""
        return draft_calibration(self.drafts)

    @property
    def decomposition(self) -> list[BrierDecomposition]:
        """Murphy's decomposition of each engine's Brier score, issues then drafts, all
        scenarios pooled (:func:`decomposition`; session 41)."""
        return decomposition(self.items, self.drafts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "definitions": {
                "brier": "(p_agreement - agreed)^2, agreed = 1 or 0",
                "error": "|forecast - outcome| / (scale high - low) * 100",
                "status_quo": "p_agreement = 0, position = the issue's status quo",
                "no_skill": f"p_agreement = {NO_SKILL_P}, position = the scale's midpoint",
                "skill": "1 - score / reference",
                "drafts": "P(adopted) against the recorded result: Brier (p - adopted)^2 and "
                f"log loss -ln(p) or -ln(1 - p), p clipped to [{LOG_LOSS_CLIP}, "
                f"{1 - LOG_LOSS_CLIP}]; status quo p = 0, no skill p = {NO_SKILL_P}",
                "made": "before: recorded before the outcome's date, citing no evidence dated "
                "on or after it; after (hindsight): otherwise",
                "rows_before_outcome": "the rows over the forecasts made before their outcome",
                "annulled": "forecasts of annulled questions (drafts: drafts.annulled): listed, "
                "never scored",
                "calibration": f"p_agreement of the scored forecasts per engine in "
                f"{CALIBRATION_BINS} bins of width {1 / CALIBRATION_BINS:g} ([low, high), the "
                "last [0.9, 1]): n, mean p, observed frequency of agreement (null if empty)",
                "se": "standard error of a row's mean: sample SD (ddof 1) / sqrt(n); null "
                "where n < 2",
                "comparisons": "each engine against the status quo, no skill (reference "
                "no_skill) and the engine named by --against over the questions both forecast, "
                "all scenarios pooled: difference "
                "= mean of engine - reference (negative: engine better); Diebold & Mariano 1995 "
                "test with the Harvey, Leybourne & Newbold 1997 correction, h = 1 (the paired t "
                f"statistic), two-sided p under t(n - 1), {PAIRED_LEVEL:.0%} interval; status "
                "'n too small' (n < 2) or 'zero variance': no test, null statistic and p_value",
                "p_value_holm": "Holm 1979 step-down adjusted p-value over the family of every "
                "tested comparison in the list (family_size of them: every reference, all four "
                "scores); the verdict rests on it; null where not tested",
                "decomposition": "Murphy 1973: brier = reliability - resolution + uncertainty "
                "over the distinct forecast values, per kind (issue, draft) and engine, all "
                "scenarios pooled, hindsight included; binned over the calibration bins: brier "
                "= reliability_binned - resolution_binned + uncertainty + within_bin_variance "
                "- within_bin_covariance (Stephenson, Coelho & Jolliffe 2008); status 'n too "
                "small' (n < 2): null components",
            },
            "rows": [r.to_dict() for r in self.rows],
            "rows_before_outcome": [r.to_dict() for r in self.rows_before_outcome],
            "forecasts": [i.to_dict() for i in self.items],
            "skipped": self.skipped,
            "drafts": {
                "rows": [r.to_dict() for r in self.draft_rows],
                "rows_before_outcome": [r.to_dict() for r in self.draft_rows_before_outcome],
                "forecasts": [d.to_dict() for d in self.drafts],
                "annulled": self.annulled_drafts,
                "calibration": [b.to_dict() for b in self.draft_calibration],
            },
            "annulled": self.annulled,
            "calibration": [b.to_dict() for b in self.calibration],
            "comparisons": [c.to_dict() for c in self.comparisons],
            "decomposition": [d.to_dict() for d in self.decomposition],
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per scenario and engine, then per engine over all scenarios (``scenario``
        ``"all"``): the columns of ``to_dict()["rows"]``, ``scenario, engine, n, n_brier,
        brier, ...``; ``None`` (nothing to score) is NaN."""
        import pandas as pd

        empty = ScoreRow("", "", 0, 0, None, None, None, 0, None, None, None)
        return pd.DataFrame([r.to_dict() for r in self.rows], columns=list(empty.to_dict()))

    def summary_frame(self) -> pd.DataFrame:
        """The summary rows of the issues and of the drafts in one table, as ``accord ledger
        score`` prints them (its ``--format csv`` and ``parquet``): a ``kind`` column
        (``issue`` or ``draft``: every forecast; ``issue_before_outcome`` or
        ``draft_before_outcome``: those made before their outcome alone), then the columns of
        ``to_dict()["rows"]`` and of ``to_dict()["drafts"]["rows"]``; a column one kind lacks
        is empty in the other's rows."""
        import pandas as pd

        issue = ScoreRow("", "", 0, 0, None, None, None, 0, None, None, None).to_dict()
        draft = DraftScoreRow("", "", 0, None, None, None, None, None, None).to_dict()
        columns = ["kind", *issue, *(c for c in draft if c not in issue)]
        rows = [{"kind": "issue", **r.to_dict()} for r in self.rows]
        rows += [{"kind": "draft", **r.to_dict()} for r in self.draft_rows]
        rows += [{"kind": "issue_before_outcome", **r.to_dict()} for r in self.rows_before_outcome]
        rows += [
            {"kind": "draft_before_outcome", **r.to_dict()} for r in self.draft_rows_before_outcome
        ]
        return pd.DataFrame(rows, columns=columns)

    def comparisons_frame(self) -> pd.DataFrame:
        """The paired comparisons (:attr:`comparisons`), one row each, as ``accord ledger score
        --paired`` writes them: the keys of ``to_dict()["comparisons"]``, ``kind, measure,
        engine, reference, mean, mean_reference, n, difference, se, statistic, df, p_value,
        low, high, level, status, verdict, method``; None is an empty cell (NaN)."""
        import pandas as pd

        empty = PairedComparison("", "", "", "", None, None, diebold_mariano([]))
        columns = list(empty.to_dict())
        return pd.DataFrame([c.to_dict() for c in self.comparisons], columns=columns)

    def forecasts_frame(self) -> pd.DataFrame:
        """One row per scored forecast and issue: the columns of ``to_dict()["forecasts"]``
        (the record's ``as_of``, ``seed`` and ``runs`` among them), as ``accord ledger score
        --per-forecast`` writes them."""
        import pandas as pd

        from accord.frames import typed_columns

        rows = pd.DataFrame([i.to_dict() for i in self.items], columns=list(FORECAST_COLUMNS))
        return typed_columns(rows, FORECAST_COLUMNS)

    def calibration_frame(self) -> pd.DataFrame:
        """The calibration table (:func:`calibration`), as ``accord ledger score
        --calibration`` writes it: ``engine, bin, low, high, n, mean_p, n_agreed, observed``."""
        import pandas as pd

        columns = list(CalibrationBin("", 0.0, 0.1, 0, None, 0).to_dict())
        return pd.DataFrame([b.to_dict() for b in self.calibration], columns=columns)

    def decomposition_frame(self) -> pd.DataFrame:
        """Murphy's decomposition (:attr:`decomposition`), one row per kind and engine, as
        ``accord ledger score --decompose`` writes it: the keys of ``to_dict()["decomposition"]``,
        ``kind, engine, n, brier, base_rate, uncertainty, reliability, resolution, n_distinct,
        bins, reliability_binned, resolution_binned, within_bin_variance,
        within_bin_covariance, status``; None is an empty cell (NaN)."""
        import pandas as pd

        columns = list(decompose([], []).to_dict())
        return pd.DataFrame([d.to_dict() for d in self.decomposition], columns=columns)

    def __repr__(self) -> str:
        """Counts: the dataclass's repr printed every scored forecast."""
        return (
            f"Scores(forecasts={len(self.items)}, rows={len(self.rows)}, "
            f"skipped={len(self.skipped)}, drafts={len(self.drafts)}"
            + (f", annulled={len(self.annulled)}" if self.annulled else "")
            + (f", annulled_drafts={len(self.annulled_drafts)})" if self.annulled_drafts else ")")
        )


_EMPTY_FORECAST = ScoredForecast(None, "", "", "", None, "", False, 0.0, None, None, None, 0, 1)

_NUMBERS = (
    "outcome", "p_agreement", "forecast", "status_quo", "brier", "brier_status_quo",
    "brier_no_skill", "error", "error_status_quo", "error_no_skill",
)  # fmt: skip
FORECAST_COLUMNS: dict[str, str] = {
    name: "Int64" if name in ("record", "seed", "runs") else "float64" if name in _NUMBERS
    else "object"
    for name in _EMPTY_FORECAST.to_dict()
}  # fmt: skip
"""The columns of :attr:`Scores.forecasts_frame` and their pandas dtypes
(:func:`accord.frames.typed_columns`): a record's number, seed and runs whole numbers that may
be empty, the scale's figures and scores floats, the rest as written (text, a date, a yes/no).
Until session 44 (tidy3) a table of no scored forecast had its scores as text and its seeds as
floats, and a seed was a float in a table where one record had run none."""


@dataclass(frozen=True)
class CalibrationBin:
    """One bin of the calibration table of one engine: the ``n`` scored forecasts whose
    ``p_agreement`` lies in ``[low, high)`` (the last bin: ``[low, 1]``), their mean ``p``, and
    how many of the questions were agreed (``n_agreed``) and the observed frequency
    ``n_agreed / n`` (None in an empty bin)."""

    engine: str
    low: float
    high: float
    n: int
    mean_p: float | None
    n_agreed: int

    @property
    def observed(self) -> float | None:
        return self.n_agreed / self.n if self.n else None

    @property
    def label(self) -> str:
        return f"{self.low:.1f}-{self.high:.1f}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "bin": self.label,
            "low": self.low,
            "high": self.high,
            "n": self.n,
            "mean_p": self.mean_p,
            "n_agreed": self.n_agreed,
            "observed": self.observed,
        }


def calibration(items: Sequence[ScoredForecast]) -> list[CalibrationBin]:
    """Per engine (sorted), the :data:`CALIBRATION_BINS` bins of the ``p_agreement`` of
    ``items`` (those that carry one), every bin shown, empty ones with ``n`` 0."""
    return _calibration([(i.engine, i.p_agreement, i.agreed) for i in items])


def draft_calibration(drafts: Sequence[ScoredDraft]) -> list[CalibrationBin]:
    """The same table of the drafts' P(adopted) (``n_agreed``: how many were adopted; session
    41)."""
    return _calibration([(d.engine, d.p_adopted, d.adopted) for d in drafts])


def _calibration(scored: Sequence[tuple[str, float | None, bool]]) -> list[CalibrationBin]:
    """Per engine (sorted), the bins of the (engine, probability, happened) triples that carry a
    probability."""
    out: list[CalibrationBin] = []
    for engine in sorted({e for e, p, _ in scored if p is not None}):
        binned: list[list[tuple[float, bool]]] = [[] for _ in range(CALIBRATION_BINS)]
        for e, p, happened in scored:
            if e == engine and p is not None:
                binned[bin_index(p)].append((p, happened))
        for k, members in enumerate(binned):
            _, mean_p = _mean(p for p, _ in members)
            agreed = sum(bool(happened) for _, happened in members)
            bounds = (BIN_EDGES[k], BIN_EDGES[k + 1])
            out.append(CalibrationBin(engine, *bounds, len(members), mean_p, agreed))
    return out


def decomposition(
    items: Sequence[ScoredForecast], drafts: Sequence[ScoredDraft] = ()
) -> list[BrierDecomposition]:
    """Murphy's decomposition of each engine's Brier score (:func:`accord.ledger.decomposition.
    decompose`), all scenarios pooled: the issues' ``p_agreement`` (kind ``issue``), then the
    drafts' P(adopted) (kind ``draft``), engines sorted; over the forecasts that carry a
    probability, each checked by :func:`probability` as the Brier score checks it, so the
    decomposed ``brier`` is the ``all`` row's."""
    out: list[BrierDecomposition] = []
    for kind, scored in (
        ("issue", [(i.engine, i.p_agreement, i.agreed) for i in items]),
        ("draft", [(d.engine, d.p_adopted, d.adopted) for d in drafts]),
    ):
        for engine in sorted({e for e, p, _ in scored if p is not None}):
            mine = [(probability(p), a) for e, p, a in scored if e == engine and p is not None]
            out.append(
                decompose([p for p, _ in mine], [a for _, a in mine], kind=kind, engine=engine)
            )
    return out


def _skill(value: float | None, reference: float | None) -> float | None:
    if value is None or reference is None or reference == 0:
        return None
    return 1.0 - value / reference


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if np.isfinite(value) else None


def _mean(values: Iterable[float | None]) -> tuple[int, float | None]:
    present = np.array([v for v in values if v is not None], dtype=float)
    return int(present.size), (float(present.mean()) if present.size else None)


def _se(values: Iterable[float | None]) -> float | None:
    return standard_error([v for v in values if v is not None])


def _pairs(
    records: Sequence[ForecastRecord], resolutions: Sequence[Resolution]
) -> tuple[list[ScoredForecast], list[dict[str, Any]], list[dict[str, Any]]]:
    """The scored pairs, the pairs skipped (with why) and the pairs of annulled questions."""
    items: list[ScoredForecast] = []
    skipped: list[dict[str, Any]] = []
    annulled: list[dict[str, Any]] = []
    for resolution in resolutions:
        for record in records:
            if record.scenario_id != resolution.scenario_id:
                continue
            issue = record.issue(resolution.issue_id)
            where = {"record": record.id, "resolution": resolution.key}
            if issue is None:
                skipped.append({**where, "why": f"the forecast has no issue {resolution.issue_id}"})
                continue
            if record.as_of is not None and resolution.resolved_on < record.as_of:
                skipped.append({**where, "why": "resolved before the forecast's as_of"})
                continue
            if resolution.annulled is not None or resolution.outcome is None:
                annulled.append(
                    {
                        **where,
                        "scenario": record.scenario_id,
                        "issue": resolution.issue_id,
                        "engine": record.label,
                        "as_of": None if record.as_of is None else record.as_of.isoformat(),
                        "reason": resolution.annulled,
                    }
                )
                continue
            scale = issue.get("scale") or [0.0, 100.0]
            items.append(
                ScoredForecast(
                    record_id=record.id,
                    scenario_id=record.scenario_id,
                    issue_id=resolution.issue_id,
                    engine=record.label,
                    as_of=record.as_of,
                    resolution=resolution.key,
                    agreed=bool(resolution.agreed),
                    outcome=resolution.outcome,
                    p_agreement=_number(issue.get("p_agreement")),
                    forecast=_number(issue.get("forecast")),
                    status_quo=_number(issue.get("status_quo")),
                    low=float(scale[0]),
                    high=float(scale[1]),
                    hindsight=hindsight(record, resolution.resolved_on),
                    seed=record.seed,
                    runs=record.runs,
                )
            )
    return items, skipped, annulled


def _row(
    scenario: str, engine: str, items: Sequence[ScoredForecast], n_annulled: int = 0
) -> ScoreRow:
    with_p = [i for i in items if i.brier is not None]
    with_f = [i for i in items if i.error is not None]
    n_brier, brier = _mean(i.brier for i in with_p)
    _, brier_sq = _mean(i.brier_status_quo for i in with_p)
    _, brier_ns = _mean(i.brier_no_skill for i in with_p)
    n_error, error = _mean(i.error for i in with_f)
    _, error_sq = _mean(i.error_status_quo for i in with_f)
    _, error_ns = _mean(i.error_no_skill for i in with_f)
    return ScoreRow(
        scenario, engine, len(items), n_brier, brier, brier_sq, brier_ns,
        n_error, error, error_sq, error_ns, sum(i.hindsight is not None for i in items),
        n_annulled, _se(i.brier for i in with_p), _se(i.error for i in with_f),
    )  # fmt: skip


def _draft_pairs(
    records: Sequence[ForecastRecord], results: Sequence[DraftResult]
) -> tuple[list[ScoredDraft], list[dict[str, Any]], list[dict[str, Any]]]:
    """Every record paired with every draft result of its scenario, as :func:`_pairs` pairs
    issues (a record without the draft, or made after the vote, is skipped with the reason; one
    of an annulled draft is counted apart)."""
    items: list[ScoredDraft] = []
    skipped: list[dict[str, Any]] = []
    annulled: list[dict[str, Any]] = []
    for result in results:
        for record in records:
            if record.scenario_id != result.scenario_id:
                continue
            where = {"record": record.id, "draft_result": result.key}
            forecast = record.draft(result.draft_id)
            if forecast is None:
                skipped.append({**where, "why": f"the forecast has no draft {result.draft_id}"})
                continue
            if record.as_of is not None and result.resolved_on < record.as_of:
                skipped.append({**where, "why": "voted before the forecast's as_of"})
                continue
            if result.annulled is not None or result.adopted is None:
                annulled.append(
                    {
                        **where,
                        "scenario": record.scenario_id,
                        "draft": result.draft_id,
                        "engine": record.label,
                        "as_of": None if record.as_of is None else record.as_of.isoformat(),
                        "reason": result.annulled,
                    }
                )
                continue
            why = hindsight(record, result.resolved_on)
            items.append(ScoredDraft(forecast, record.label, result, why))
    return items, skipped, annulled


def _draft_row(
    scenario: str, engine: str, items: Sequence[ScoredDraft], n_annulled: int = 0
) -> DraftScoreRow:
    scored = [i for i in items if i.p_adopted is not None]
    status_quo = [i.reference(0.0) for i in scored]
    no_skill = [i.reference(NO_SKILL_P) for i in scored]
    n, mean_brier = _mean(i.brier for i in scored)
    return DraftScoreRow(
        scenario, engine, n, mean_brier,
        _mean(b for b, _ in status_quo)[1], _mean(b for b, _ in no_skill)[1],
        _mean(i.log_loss for i in scored)[1],
        _mean(loss for _, loss in status_quo)[1], _mean(loss for _, loss in no_skill)[1],
        sum(i.hindsight is not None for i in scored), n_annulled,
        _se(i.brier for i in scored), _se(i.log_loss for i in scored),
    )  # fmt: skip


def _grouped(
    items: Sequence[_Item], key: Callable[[_Item], tuple[str, str]]
) -> list[tuple[str, str, list[_Item]]]:
    """Items by (scenario, engine), then by ("all", engine): the rows' order."""
    groups: dict[tuple[str, str], list[_Item]] = {}
    for item in items:
        scenario, engine = key(item)
        groups.setdefault((scenario, engine), []).append(item)
        groups.setdefault(("all", engine), []).append(item)
    ordered = sorted(groups, key=lambda k: (k[0] == "all", k[0], k[1]))
    return [(s, e, groups[(s, e)]) for s, e in ordered]


def score(
    records: Sequence[ForecastRecord],
    resolutions: Sequence[Resolution],
    draft_results: Sequence[DraftResult] = (),
    against: str | None = None,
) -> Scores:
    """Score every record against every resolution in force of one of its issues, and its
    P(adopted) of each draft against every draft result in force (``draft_results``).

    Rows: one per (scenario, engine), then one per engine across scenarios (``"all"``); the
    drafts' rows alike; each pooled, and again over the forecasts made before their outcome.
    ``against``: an engine (its label, ``engine:variant``) every other engine is compared with
    in :attr:`Scores.comparisons`, besides the status quo and no skill; one that forecast nothing
    scored is a :class:`DataError` naming the engines that did.
    """
    items, skipped, annulled = _pairs(records, resolutions)
    drafts, skipped_drafts, annulled_drafts = _draft_pairs(records, draft_results)
    left_out = _left_out(annulled)
    drafts_left_out = _left_out(annulled_drafts)

    def rows_of(scored: Sequence[ScoredForecast], counted: bool = True) -> list[ScoreRow]:
        groups = {(s, e): g for s, e, g in _grouped(scored, lambda i: (i.scenario_id, i.engine))}
        if counted:  # an engine whose every forecast was of an annulled question: a row of 0
            groups |= {key: [] for key in left_out if key not in groups}
        ordered = sorted(groups, key=lambda k: (k[0] == "all", k[0], k[1]))
        counts = left_out if counted else {}
        return [_row(s, e, groups[(s, e)], counts.get((s, e), 0)) for s, e in ordered]

    def draft_rows_of(scored: Sequence[ScoredDraft], counted: bool = True) -> list[DraftScoreRow]:
        groups = {
            (s, e): g for s, e, g in _grouped(scored, lambda d: (d.forecast.scenario_id, d.engine))
        }
        if counted:  # as the issues' rows: an engine that forecast only annulled drafts
            groups |= {key: [] for key in drafts_left_out if key not in groups}
        ordered = sorted(groups, key=lambda k: (k[0] == "all", k[0], k[1]))
        counts = drafts_left_out if counted else {}
        return [_draft_row(s, e, groups[(s, e)], counts.get((s, e), 0)) for s, e in ordered]

    engines = sorted({i.engine for i in items} | {d.engine for d in drafts})
    if against is not None and against not in engines:
        raise DataError(
            f"no scored forecast of an engine {against!r} to compare with; the engines scored: "
            + (", ".join(engines) or "none")
        )
    return Scores(
        items,
        rows_of(items),
        skipped + skipped_drafts,
        drafts,
        draft_rows_of(drafts),
        rows_of([i for i in items if i.hindsight is None], counted=False),
        draft_rows_of([d for d in drafts if d.hindsight is None], counted=False),
        annulled,
        annulled_drafts,
        against,
    )


def _left_out(annulled: Sequence[dict[str, Any]]) -> dict[tuple[str, str], int]:
    """How many pairs of annulled questions (or drafts) each (scenario, engine) and each
    ("all", engine) has."""
    counts: dict[tuple[str, str], int] = {}
    for pair in annulled:
        for where in (pair["scenario"], "all"):
            key = (where, pair["engine"])
            counts[key] = counts.get(key, 0) + 1
    return counts
