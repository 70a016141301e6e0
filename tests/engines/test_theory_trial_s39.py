"""Session 39's theory trial (docs/trial-2026-12-07-s39-theory.md): the hand computations of
its steps s1-s6, and the numbers docs/smp.md, docs/bdm.md and docs/baselines.md now quote, so
that the pages stay true.

The hand computations are independent transcriptions of the published equations: KTAB's SMP
as docs/smp.md gives it (Wise's KAPSARC papers; ``SMPModel::bvDiff``, ``Model::vProb``,
``Model::condPCE``, ``Model::bigRfromProb``), Scholz, Calbert & Smith (2011) for BDM's paper
variant, Nash (1950) with Kalai's (1977) weights.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import accord
from accord.scenario.model import Scenario

CAPS, X, SAL = [1.0, 2.0, 3.0], [10.0, 60.0, 90.0], [0.5, 0.8, 0.4]


def _scenario(
    caps: list[float],
    pos: list[float],
    sal: list[float],
    low: float = 0.0,
    high: float = 100.0,
    status_quo: float | None = None,
) -> Scenario:
    issue: dict[str, Any] = {"id": "x", "title": "X", "scale": {"low": low, "high": high}}
    if status_quo is not None:
        issue["status_quo"] = status_quo
    return Scenario.model_validate(
        {
            "id": "theory",
            "title": "theory",
            "as_of": "2026-12-07",
            "actors": [
                {"id": f"A{i}", "name": f"A{i}", "capability": c} for i, c in enumerate(caps)
            ],
            "issues": [issue],
            "stances": [
                {"actor": f"A{i}", "issue": "x", "position": p, "salience": s}
                for i, (p, s) in enumerate(zip(pos, sal, strict=True))
            ],
        }
    )


def test_smp_state_zero_by_hand() -> None:
    c, x = np.array(CAPS), np.array(X) / 100
    d = np.abs(x[:, None] - x[None, :])  # one dimension: the salience cancels

    def pce(u: np.ndarray) -> np.ndarray:
        strength = 1e-8 + np.array(
            [[sum(max(c[k] * (u[k, i] - u[k, j]), 0) for k in range(3)) for j in range(3)]
             for i in range(3)]
        )  # fmt: skip
        win = strength / (strength + strength.T)
        p = np.array([np.prod([win[i, j] for j in range(3) if j != i]) for i in range(3)])
        return np.asarray(p / p.sum())

    p = pce(1 - d)  # risk-neutral
    risk = (3 * p - (p.max() + 2 * p.min())) / (2 * (p.max() - p.min()))
    printed = pce((1 - d) * (1 + d * risk[:, None]))
    run = accord.run(_scenario(CAPS, X, SAL), "smp")
    assert run.turns[0].notes["risk"] == pytest.approx(risk.tolist(), abs=1e-12)
    assert run.probabilities is not None
    assert run.probabilities[0] == pytest.approx(printed, abs=1e-12)


def test_bdm_paper_round_one_by_hand() -> None:
    c, x, s = np.array(CAPS), np.array(X), np.array(SAL)
    rng = x.max() - x.min()

    def prob(i: int, j: int) -> float:
        v = c * s * (np.abs(x - x[j]) - np.abs(x - x[i])) / rng
        return float(np.maximum(v, 0).sum() / np.abs(v).sum())

    def eu(i: int, j: int, r: float) -> float:
        d = abs(x[i] - x[j]) / rng
        us, uf, usq = 2 - 4 * (0.5 - d / 2) ** r, 2 - 4 * (0.5 + d / 2) ** r, 2 - 4 * 0.5**r
        return float(s[j] * (prob(i, j) * us + (1 - prob(i, j)) * uf) + (1 - s[j]) * us - usq)

    danger = np.array([sum(eu(j, i, 1.0) for j in range(3) if j != i) for i in range(3)])
    big_r = (2 * danger - danger.max() - danger.min()) / (danger.max() - danger.min())
    r = (1 - big_r / 3) / (1 + big_r / 3)
    run = accord.run(_scenario(CAPS, X, SAL), "bdm", variant="paper", rounds=1)
    notes = run.turns[0].notes
    assert list(notes["risk_exponent"]["x"].values()) == pytest.approx(r.tolist(), abs=1e-12)
    challenge = notes["expected_utility"]["x"]["challenge"]
    assert challenge[0][1] == pytest.approx(eu(0, 1, r[0]), abs=1e-12)
    # A (at 10) gets a compromise from B: E_a < 0 < E_b, |E_a| < E_b
    e_a, e_b = eu(0, 1, r[0]), eu(1, 0, r[0])
    assert e_a < 0 < e_b and abs(e_a) < e_b
    assert run.trajectory[1, 0, 0] == pytest.approx(10 + 50 * abs(e_a / e_b), abs=1e-12)


def test_nash_mean_and_median_by_hand() -> None:
    # actor-worst disagreement: maximise .5 log(100 - x) + 1.5 log(x) -> x = 75
    assert accord.run(_scenario([1, 3], [20, 80], [0.5, 0.5]), "nash").outcome[0] == 75.0
    # status quo 0: maximise .5 log(40 - x) + 1.5 log(x) on [20, 40] -> x = 30
    two = _scenario([1, 3], [20, 80], [0.5, 0.5], status_quo=0)
    assert accord.run(two, "nash").outcome[0] == pytest.approx(30.0, abs=1e-9)
    three = _scenario(CAPS, X, SAL)
    assert accord.run(three, "mean").outcome[0] == pytest.approx(209 / 3.3, abs=1e-12)
    assert accord.run(three, "median").outcome[0] == 60.0
    # cumulative weight exactly half at 80: the midpoint with the next position (docs)
    half = _scenario([1, 1, 2], [20, 80, 90], [0.5, 0.5, 0.5])
    assert accord.run(half, "median").outcome[0] == 85.0


def test_smp_depends_on_the_unit_of_capability_as_docs_say() -> None:
    """docs/smp.md, "When not to use it": KTAB's absolute constants."""
    got = {
        k: round(float(accord.run(_scenario([c * k for c in CAPS], X, SAL), "smp").outcome[0]), 1)
        for k in (0.01, 1.0, 100.0, 1e4)
    }
    assert got == {0.01: 59.0, 1.0: 62.2, 100.0: 61.5, 1e4: 62.2}


def test_bdm_scholz_code_depends_on_the_unit_paper_does_not() -> None:
    """docs/bdm.md, "When not to use it"."""
    caps, unit = [8.32, 6.61, 6.86, 8.22, 4.34], [1.0, 0.75, 0.3, 0.9, 0.4]
    sal = [0.2, 0.6, 0.9, 0.7, 0.4]

    def unit_outcome(variant: str, low: float, high: float) -> float:
        pos = [low * (1 - u) + high * u for u in unit]
        run = accord.run(_scenario(caps, pos, sal, low, high), "bdm", variant=variant)
        return float((run.outcome[0] - low) / (high - low))

    assert round(unit_outcome("scholz-code", 0.0, 1.0), 3) == 0.651
    assert round(unit_outcome("scholz-code", 4.0, 10.0), 3) == 0.651
    assert round(unit_outcome("scholz-code", 0.0, 100.0), 3) == 0.626
    assert round(unit_outcome("scholz-code", -1e6, 1e6), 3) == 0.651
    paper = [unit_outcome("paper", lo, hi) for lo, hi in ((0, 1), (0, 100), (4, 10), (-1e6, 1e6))]
    assert max(paper) - min(paper) < 1e-12


def test_bdm_scholz_code_dominant_actor_gives_way() -> None:
    """docs/bdm.md: capabilities 10, 1, 1 at 10, 60, 90 end all at 90 (port), all at 10
    (paper)."""
    scenario = _scenario([10, 1, 1], X, [0.5, 0.6, 0.7])
    port = accord.run(scenario, "bdm").trajectory[-1, :, 0]
    paper = accord.run(scenario, "bdm", variant="paper").trajectory[-1, :, 0]
    assert port.tolist() == [90.0, 90.0, 90.0]
    assert paper.tolist() == [10.0, 10.0, 10.0]
