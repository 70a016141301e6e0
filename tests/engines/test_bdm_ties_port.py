"""Identical and mirror-image actors: accord's BDM against the Scholz port, bit for bit.

References: ``tests/data/bdm_ties/port_cases.json``, 67 seeded tie inputs and the positions
of every actor after each of 10 rounds as the port
(``dmasad/bdm-scholz-expected-utility-model`` at d7c7bba) computed them; how they were made
is in ``tests/data/bdm_ties/README.md`` and ``make_port_refs.py``. The port decides ties
between exactly equal quantities by actor order and near-ties by the last digit of its
arithmetic; accord's ``scholz-code`` variant evaluates every compared quantity in the port's
operation order with the C library's ``pow``, so the trajectories must be identical, with no
tolerance. Where the port stops with a division by zero, accord must still answer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from accord.forecast import forecast
from accord.scenario import load
from tests import helpers

CASES: list[dict[str, Any]] = json.loads(
    (helpers.DATA / "bdm_ties" / "port_cases.json").read_text(encoding="utf-8")
)["cases"]
ANSWERED = [c for c in CASES if c["positions"] is not None]
CRASHED = [c for c in CASES if c["positions"] is None]


def _trajectory(case: dict[str, Any], tmp_path: Path) -> np.ndarray:
    path = tmp_path / f"{case['name']}.csv"
    path.write_text(case["csv"], encoding="utf-8")
    scenario = load(path, "bdm-csv")
    run = forecast(scenario, "bdm", {"rounds": 10, "variant": "scholz-code"}).run
    return np.asarray(run.trajectory[:, :, 0])


def test_the_references_hold_both_families_and_port_failures() -> None:
    names = [c["name"] for c in ANSWERED]
    assert sum(n.startswith("ident") for n in names) >= 20
    assert sum(n.startswith("mirror") for n in names) >= 30
    assert len(CRASHED) >= 5


@pytest.mark.parametrize("case", ANSWERED, ids=[c["name"] for c in ANSWERED])
def test_bdm_reproduces_the_port_bit_for_bit(case: dict[str, Any], tmp_path: Path) -> None:
    ours = _trajectory(case, tmp_path)
    port = np.asarray(case["positions"])
    assert ours.shape == port.shape
    np.testing.assert_array_equal(ours, port)


@pytest.mark.parametrize("case", CRASHED, ids=[c["name"] for c in CRASHED])
def test_bdm_answers_where_the_port_divides_by_zero(case: dict[str, Any], tmp_path: Path) -> None:
    ours = _trajectory(case, tmp_path)
    start = ours[0]
    assert np.isfinite(ours).all()
    assert (ours >= start.min()).all() and (ours <= start.max()).all()
