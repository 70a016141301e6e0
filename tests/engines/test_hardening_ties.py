"""Identical and mirror-image actors against the Scholz et al. BDM reference port (issue 12).

The port's trajectories were produced as tests/data/bdm_ties/README.md says. accord evaluates
every compared quantity in the port's operation order, with the C library's ``pow`` (see
``accord.engines.bdm.power``), so positions must be identical, with no tolerance: where the port
breaks an exact tie by actor order (mirror2: C gets offers at equal distances from B and D)
accord picks the same counterpart, and where three actors converge to within 1e-6 (mirror3,
round 6) and the expected utilities compared differ by 1e-10 relative, the last digits decide
the same way as in the port.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from accord.forecast import forecast
from accord.scenario import load
from tests import helpers

DATA = helpers.DATA / "bdm_ties"


def _trajectories(name: str) -> tuple[np.ndarray, np.ndarray]:
    ref = json.loads((DATA / f"{name}.port.json").read_text(encoding="utf-8"))
    scenario = load(DATA / f"{name}.csv", "bdm-csv")
    assert [a.id for a in scenario.actors] == ref["actors"]
    run = forecast(scenario, "bdm", {"rounds": ref["rounds"], "variant": "scholz-code"}).run
    return np.asarray(ref["positions"]), run.trajectory[:, :, 0]


@pytest.mark.parametrize("name", ["ident", "mirror1", "mirror2", "mirror3"])
def test_bdm_reproduces_the_port_on_ties(name: str) -> None:
    port, ours = _trajectories(name)
    assert ours.shape == port.shape
    np.testing.assert_array_equal(ours, port)
