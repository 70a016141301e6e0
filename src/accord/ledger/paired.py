"""How sure is a ledger's ranking: standard errors of mean scores and paired comparisons.

A mean Brier score of 0.351 against 0.331 over ten questions is not a ranking until its noise
is known (session 40's statistician's trial, finding 12). This module gives:

* :func:`standard_error`: the standard error of a mean score, ``s / sqrt(n)`` with ``s`` the
  sample standard deviation (``ddof`` 1); None where ``n < 2`` (no spread can be estimated);
* :func:`diebold_mariano`: the test of equal expected loss of two forecasters scored on the same
  questions, from the loss differentials ``d_i = L(engine)_i - L(reference)_i``: Diebold &
  Mariano 1995 ("Comparing predictive accuracy", Journal of Business & Economic Statistics
  13(3), 253-263), with the small-sample correction of Harvey, Leybourne & Newbold 1997
  ("Testing the equality of prediction mean squared errors", International Journal of
  Forecasting 13(2), 281-291), compared with Student's t with ``n - 1`` degrees of freedom.

Why this test and ``h = 1``. The ledger's pairs are questions (issues or drafts), not a time
series of overlapping multi-step forecasts, so the differential's autocovariances beyond lag 0
are not estimated: ``h = 1``. The DM statistic is then ``mean(d) / sqrt(g0 / n)`` with
``g0 = sum((d - mean(d))^2) / n``, and HLN multiply it by
``sqrt((n + 1 - 2h + h(h - 1) / n) / n) = sqrt((n - 1) / n)``: the product is exactly the paired
t statistic ``mean(d) / (s_d / sqrt(n))`` (``s_d`` with ``ddof`` 1), and HLN's reference
distribution is ``t(n - 1)``. So the figures agree with ``scipy.stats.ttest_rel`` of the two
losses, and the standard error of the difference is that of the rows' means. A paired bootstrap
was not chosen: with the 3 to 10 questions a ledger holds its resamples take a handful of
values, and its interval is too narrow; the t reference is exact for normal differentials and
HLN found it close in size for small samples of non-normal ones.

Assumption stated, not tested: the questions are independent. Issues of one scenario (one
negotiation) share a fate, so their differentials are positively correlated in practice, and the
standard error is then too small; the verdict is, if anything, too eager to tell engines apart.
Many comparisons (session 41): six engines against one reference are six tests at the 5% level
each. :func:`holm` gives Holm's (1979) step-down adjusted p-values over a family of tests, and
:attr:`accord.ledger.scores.Scores.comparisons` adjusts over every tested comparison of its
table (:attr:`PairedComparison.p_holm`); the verdict then rests on the adjusted p-value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.text import SCORE_DIGITS, score_text

__all__ = [
    "DIGITS",
    "MEASURES",
    "METHOD",
    "NO_SKILL",
    "PAIRED_LEVEL",
    "STATUS_QUO",
    "PairedComparison",
    "PairedTest",
    "adjusted",
    "compare",
    "diebold_mariano",
    "holm",
    "standard_error",
]

PAIRED_LEVEL = 0.95
"""The level of the interval of a paired difference; a test is significant at ``1 - level``
(5%), two-sided."""

STATUS_QUO = "status_quo"
"""The name of the status-quo reference in a paired comparison (``reference`` in JSON)."""

NO_SKILL = "no_skill"
"""The name of the no-skill reference in a paired comparison (``reference`` in JSON): someone
who knows only the question, the scale's midpoint for a position and 0.5 for a probability
(:data:`accord.ledger.scores.NO_SKILL_P`). Session 44."""

_NAMES = {
    STATUS_QUO: ("status quo", "the status quo"),
    NO_SKILL: ("no skill", "the no-skill reference"),
}
"""How a table, and a verdict, name the two references (an engine is named as it is)."""

_TIE = 1e-12
"""Differentials spread by less than this (relative to their size, at least 1e-12 absolute)
count as constant: floating-point noise of equal losses, not a spread to test."""


def standard_error(values: Sequence[float]) -> float | None:
    """The standard error of the mean of ``values``: the sample standard deviation (``ddof`` 1)
    over ``sqrt(n)``; None where ``n < 2``."""
    data = np.asarray(values, dtype=float)
    if data.size < 2:
        return None
    return float(data.std(ddof=1) / math.sqrt(data.size))


@dataclass(frozen=True)
class PairedTest:
    """The Diebold-Mariano test (HLN-corrected, ``h = 1``) of a set of loss differentials
    ``d = loss(engine) - loss(reference)``: negative ``difference`` means the engine's loss is
    lower (better).

    ``status`` says whether there is a test: ``"tested"``; ``"n too small"`` (``n < 2``: no
    spread to estimate); ``"zero variance"`` (every differential the same: no noise to weigh
    the difference against; ``difference`` is then that value, 0 for identical forecasts).
    Every figure a status leaves undefined is None, never NaN or infinity."""

    n: int
    difference: float | None
    se: float | None
    statistic: float | None
    df: int | None
    p_value: float | None
    low: float | None
    high: float | None
    status: str
    level: float = PAIRED_LEVEL

    @property
    def significant(self) -> bool:
        """True where the test rejects equal expected loss at ``1 - level``, two-sided."""
        return self.p_value is not None and self.p_value < 1.0 - self.level

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "difference": self.difference,
            "se": self.se,
            "statistic": self.statistic,
            "df": self.df,
            "p_value": self.p_value,
            "low": self.low,
            "high": self.high,
            "level": self.level,
            "status": self.status,
        }


def diebold_mariano(differences: Sequence[float], level: float = PAIRED_LEVEL) -> PairedTest:
    """The Diebold & Mariano (1995) test of equal expected loss with the small-sample correction
    of Harvey, Leybourne & Newbold (1997), one-step (``h = 1``), on the loss differentials
    ``differences`` (one per question both forecast): the statistic, its two-sided p-value
    under ``t(n - 1)``, and the ``level`` interval of the mean differential,
    ``mean +- t_{(1 + level) / 2, n - 1} * se``. See the module's docstring for why ``h = 1``
    (the statistic is then the paired t statistic) and what is assumed.

    ``n < 2``: status ``"n too small"`` (the difference is given where ``n`` is 1, nothing
    else); differentials all equal: ``"zero variance"`` (the difference, ``se`` 0, no statistic
    and no p-value). Non-finite differentials are a ``ValueError`` (the scores are checked
    before they get here)."""
    from scipy import stats

    d = np.asarray(differences, dtype=float)
    if not np.all(np.isfinite(d)):
        raise ValueError("loss differentials must be finite numbers")
    n = int(d.size)
    if n == 0:
        return PairedTest(0, None, None, None, None, None, None, None, "n too small", level)
    mean = float(d.mean())
    if n < 2:
        return PairedTest(n, mean, None, None, None, None, None, None, "n too small", level)
    if float(np.ptp(d)) <= _TIE * max(1.0, float(np.max(np.abs(d)))):
        return PairedTest(n, mean, 0.0, None, n - 1, None, mean, mean, "zero variance", level)
    gamma0 = float(np.mean((d - mean) ** 2))  # DM's lag-0 autocovariance (divisor n)
    dm = mean / math.sqrt(gamma0 / n)
    statistic = dm * math.sqrt((n - 1) / n)  # HLN's factor with h = 1
    se = float(d.std(ddof=1) / math.sqrt(n))  # = mean / statistic: the paired t's
    p_value = float(2.0 * stats.t.sf(abs(statistic), n - 1))
    half = float(stats.t.ppf((1.0 + level) / 2.0, n - 1)) * se
    return PairedTest(
        n, mean, se, float(statistic), n - 1, p_value, mean - half, mean + half, "tested", level
    )


MEASURES = {"brier": "Brier score", "error": "position error", "log_loss": "log loss"}
"""The scores a comparison is made on, with their names in a verdict (lower is better)."""

DIGITS = SCORE_DIGITS
"""The decimals a table prints a score's difference and standard error to (a position error in
points of 0-100 to one, the others to three; :data:`accord.text.SCORE_DIGITS`, the scores' own
since session 45); p-values always to three."""


def se_missing(n: int) -> str:
    """The cell of a standard error there is none of: ``n<2`` where one item gives no spread,
    empty where nothing was scored (the scores' tables and the comparisons' alike)."""
    return "n<2" if n == 1 else ""


@dataclass(frozen=True)
class PairedComparison:
    """One engine against one reference on one score over the questions both forecast: ``kind``
    ``issue`` (measure ``brier`` or ``error``) or ``draft`` (``brier`` or ``log_loss``); the
    reference is the status quo (:data:`STATUS_QUO`) or no skill (:data:`NO_SKILL`), each scored
    on the engine's own questions, or another engine. ``mean`` and ``mean_reference`` are the
    two mean scores over those questions (a question an engine forecast in several records
    counts once, its scores averaged); the test is :func:`diebold_mariano` of their
    differences, engine minus reference."""

    kind: str
    measure: str
    engine: str
    reference: str
    mean: float | None
    mean_reference: float | None
    test: PairedTest
    p_holm: float | None = None
    """Holm's (1979) adjusted p-value over the ``family`` tested comparisons this one was
    adjusted with (:func:`holm`; session 41); None where it was not adjusted (not tested, or
    made by :func:`compare` alone)."""
    family: int | None = None
    """How many tested comparisons the Holm adjustment ran over (``m``); None: not adjusted."""

    @property
    def significant(self) -> bool:
        """True where the test rejects equal expected loss at ``1 - level``, two-sided: on the
        Holm-adjusted p-value where there is one, else on the raw p-value."""
        if self.p_holm is None:
            return self.test.significant
        return self.p_holm < 1.0 - self.test.level

    @property
    def reference_name(self) -> str:
        """The reference as a table names it: ``status quo``, ``no skill`` or the engine."""
        return _NAMES[self.reference][0] if self.reference in _NAMES else self.reference

    @property
    def verdict(self) -> str:
        """The comparison in plain words, as the table and ``--json`` give it; with a Holm
        adjustment it says both p-values and rests on the adjusted one."""
        test, n = self.test, self.test.n
        reference = _NAMES[self.reference][1] if self.reference in _NAMES else self.reference
        if test.status == "n too small":
            return f"n too small (n = {n}): no test"
        if test.status == "zero variance":
            if not test.difference:
                return f"identical scores on all {n} questions: no difference"
            return (
                f"the same difference ({test.difference:+.3g}) on all {n} questions: "
                "zero variance, no test"
            )
        p = _p_words("p", test.p_value)
        if self.p_holm is not None:
            p += f", {_p_words('Holm p', self.p_holm)} over {self.family} tests"
        if not self.significant:
            return f"not distinguishable from {reference} with n = {n} ({p})"
        better = "better" if (test.difference or 0) < 0 else "worse"
        lower = "lower" if better == "better" else "higher"
        level = f"{1 - test.level:.0%}"
        return (
            f"{better} than {reference} at the {level} level "
            f"({lower} {MEASURES.get(self.measure, self.measure)}; {p}, n = {n})"
        )

    @property
    def cells(self) -> dict[str, str]:
        """The comparison's figures as a table prints them, the same in ``accord ledger score``'s
        table and on the workbench's ledger page (session 45): ``n``; ``difference`` and ``se``
        to :data:`DIGITS` decimals (:func:`accord.text.score_text`, as the scores themselves;
        ``se`` ``n<2`` where one question gives no spread); ``p`` and ``p_holm`` to three; an
        empty string for a figure that is None."""
        test = self.test

        def fixed(value: float | None) -> str:
            return "" if value is None else f"{value:.3f}"

        se = score_text(test.se, self.measure) if test.se is not None else se_missing(test.n)
        return {
            "n": str(test.n),
            "difference": score_text(test.difference, self.measure),
            "se": se,
            "p": fixed(test.p_value),
            "p_holm": fixed(self.p_holm),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "measure": self.measure,
            "engine": self.engine,
            "reference": self.reference,
            "mean": self.mean,
            "mean_reference": self.mean_reference,
            **self.test.to_dict(),
            "verdict": self.verdict,
            "method": METHOD,
            "p_value_holm": self.p_holm,
            "family_size": self.family,
        }


def _p_words(name: str, p: float | None) -> str:
    """``name = 0.123``, or ``name < 0.001``."""
    return f"{name} = {p:.3f}" if (p or 0) >= 0.001 else f"{name} < 0.001"


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm's (1979) step-down adjusted p-values ("A simple sequentially rejective multiple test
    procedure", Scandinavian Journal of Statistics 6(2), 65-70), in the order given: with the
    ``m`` p-values sorted ascending, ``p_(1) <= ... <= p_(m)``, the ``i``-th adjusted value is
    ``max over j <= i of min(1, (m - j + 1) * p_(j))``. Rejecting where the adjusted value is
    under ``alpha`` is Holm's procedure at family-wise error rate ``alpha`` (Wright 1992,
    "Adjusted P-values for simultaneous inference", Biometrics 48(4), gives this form); it never
    rejects less than Bonferroni does. Ties keep their order; a p-value outside [0, 1] or not
    finite is a ``ValueError``."""
    values = [float(p) for p in p_values]
    if not all(math.isfinite(p) and 0.0 <= p <= 1.0 for p in values):
        raise ValueError("p-values to adjust must be numbers in [0, 1]")
    m = len(values)
    adjusted = [0.0] * m
    running = 0.0
    for rank, index in enumerate(sorted(range(m), key=values.__getitem__)):
        running = max(running, min(1.0, (m - rank) * values[index]))
        adjusted[index] = running
    return adjusted


def adjusted(comparisons: Sequence[PairedComparison]) -> list[PairedComparison]:
    """``comparisons`` with Holm's adjusted p-values (:func:`holm`) over the family of those
    tested (status ``tested``: a p-value); the others unchanged (no adjusted value)."""
    from dataclasses import replace

    tested = [k for k, c in enumerate(comparisons) if c.test.p_value is not None]
    values = holm([comparisons[k].test.p_value or 0.0 for k in tested])
    out = list(comparisons)
    for k, value in zip(tested, values, strict=True):
        out[k] = replace(comparisons[k], p_holm=value, family=len(tested))
    return out


METHOD = "diebold-mariano-hln-h1"
"""The test's name in ``--json`` and the frames: Diebold & Mariano (1995) with Harvey, Leybourne
& Newbold's (1997) small-sample correction, one-step (h = 1), against t(n - 1)."""


Losses = dict[str, dict[Any, list[tuple[float, float | None, float]]]]
"""What :func:`compare` compares: per engine, per question, the (engine's, status quo's, no
skill's) scores of every forecast of it (the status quo's None where the issue has none)."""


def compare(
    kind: str, measure: str, losses: Losses, reference: str | None = None
) -> list[PairedComparison]:
    """Every engine of ``losses`` against the status quo, then against no skill (since session
    44), then against the engine ``reference`` (where given and present; itself left out), on
    one score. ``losses[engine]`` maps each question to the (engine's, status quo's, no skill's)
    scores of every forecast of it (the status quo's None where the issue has none: left out of
    that comparison); a question counts once, its scores averaged over the engine's forecasts
    of it."""

    def per_question(engine: str, which: int) -> dict[Any, float]:
        out: dict[Any, float] = {}
        for question, pairs in losses[engine].items():
            present = [v for v in (pair[which] for pair in pairs) if v is not None]
            if present:
                out[question] = float(np.mean(present))
        return out

    def compared(
        engine: str, name: str, own: dict[Any, float], ref: dict[Any, float]
    ) -> PairedComparison:
        shared = [q for q in own if q in ref]
        mine = [own[q] for q in shared]
        theirs = [ref[q] for q in shared]
        mean = float(np.mean(mine)) if mine else None
        mean_ref = float(np.mean(theirs)) if theirs else None
        test = diebold_mariano([a - b for a, b in zip(mine, theirs, strict=True)])
        return PairedComparison(kind, measure, engine, name, mean, mean_ref, test)

    out = [
        compared(engine, name, per_question(engine, 0), per_question(engine, which))
        for which, name in ((1, STATUS_QUO), (2, NO_SKILL))
        for engine in sorted(losses)
    ]
    if reference is not None and reference in losses:
        ref = per_question(reference, 0)
        out += [
            compared(engine, reference, per_question(engine, 0), ref)
            for engine in sorted(losses)
            if engine != reference
        ]
    return out
