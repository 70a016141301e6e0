"""Identical and mirror-image actors against the Scholz et al. BDM reference port (issue 12).

The port's trajectories were produced as tests/data/bdm_ties/README.md says. accord's
vectorised arithmetic may differ from the port's scalar loops in the last digits, so positions
are compared with an absolute tolerance of 1e-9 of the scale; where the port breaks an exact tie
by actor order (mirror2: C gets offers at equal distances from B and D), accord must pick the
same counterpart, or the trajectories would differ by the whole distance between them.
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


@pytest.mark.parametrize("name", ["ident", "mirror1", "mirror2"])
def test_bdm_reproduces_the_port_on_ties(name: str) -> None:
    port, ours = _trajectories(name)
    assert ours.shape == port.shape
    np.testing.assert_allclose(ours, port, rtol=0, atol=1e-9)


@pytest.mark.xfail(
    strict=True,
    reason="known gap (docs/reliability.md): at round 6 three actors converge to within 1e-6"
    " and the expected utilities compared differ by 1e-10 relative; the last-digit differences"
    " of the vectorised arithmetic flip a comparison and actor A moves 0.067 away from the port",
)
def test_bdm_reproduces_the_port_on_a_converging_mirror_image() -> None:
    port, ours = _trajectories("mirror3")
    np.testing.assert_allclose(ours, port, rtol=0, atol=1e-9)
