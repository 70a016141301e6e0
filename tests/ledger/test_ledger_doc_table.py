"""docs/ledger.md's table of the bundled cases scored is what ``accord ledger record-bundled``
and ``accord ledger score`` give now (session 20: the table of 2026-12-02 had gone stale, its
position errors off by up to 7.5 points, so a reader could not reproduce it)."""

from __future__ import annotations

import pytest

from accord.ledger import Ledger, Scores, record_bundled, resolutions_in_force, score
from tests.helpers import ROOT

HEADER = "| scenario | engine | n | Brier | status quo | no skill | error | status quo | no skill |"


HEADER_PAIRED = (
    "| engine | reference | n | mean | reference's mean | difference | SE | interval | p "
    "| Holm p | verdict |"
)

HEADER_DECOMPOSITION = (
    "| kind | engine | n | Brier | base rate | UNC | REL | RES | values | REL binned | RES binned "
    "| WBV | WBC |"
)


def _documented(header: str = HEADER) -> list[list[str]]:
    lines = (ROOT / "docs" / "ledger.md").read_text().splitlines()
    start = lines.index(header) + 2  # past the header and its rule
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Scores:
    with Ledger(str(tmp_path_factory.mktemp("ledger") / "l.db")) as ledger:
        record_bundled(ledger)  # every engine, 200 runs, seed 1: the documented settings
        return score(ledger.records(), resolutions_in_force(ledger.resolutions()), against="smp")


def f(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def test_documented_scores_are_reproduced(bundled: Scores) -> None:
    computed = [
        [r.scenario, r.engine, str(r.n), f(r.brier, 3), f(r.brier_status_quo, 3),
         f(r.brier_no_skill, 3), f(r.error, 1), f(r.error_status_quo, 1), f(r.error_no_skill, 1)]
        for r in bundled.rows
    ]  # fmt: skip
    assert _documented() == computed


def test_documented_paired_comparisons_are_reproduced(bundled: Scores) -> None:
    """Session 40: the worked example of "How sure" (the issues' Brier score, --against smp)."""
    computed = [
        [c.engine, c.reference_name, str(c.test.n),
         f(c.mean, 3), f(c.mean_reference, 3), f(c.test.difference, 3), f(c.test.se, 3),
         f"{f(c.test.low, 3)} to {f(c.test.high, 3)}", f(c.test.p_value, 3), f(c.p_holm, 3),
         c.verdict]
        for c in bundled.comparisons
        if c.kind == "issue" and c.measure == "brier"
    ]  # fmt: skip
    assert _documented(HEADER_PAIRED) == computed


def test_documented_decomposition_is_reproduced(bundled: Scores) -> None:
    """Session 41: the worked example of "Why a Brier score is what it is" (--decompose)."""
    computed = [
        [d.kind, d.engine, str(d.n), f(d.brier, 3), f(d.base_rate, 3), f(d.uncertainty, 3),
         f(d.reliability, 3), f(d.resolution, 3), str(d.n_distinct), f(d.reliability_binned, 3),
         f(d.resolution_binned, 3), f(d.within_bin_variance, 3), f(d.within_bin_covariance, 3)]
        for d in bundled.decomposition
    ]  # fmt: skip
    assert _documented(HEADER_DECOMPOSITION) == computed
