"""The ``smp`` engine reproduces KTAB's smpc runs state by state.

Reference numbers come from KTAB's own output (lsyaseen/KTAB, MIT): the 2017-05-30 regression
logs shipped with KTAB (``20170530_ref-dummyData_3Dim.txt``, ``20170530_ref-SOE-Pol-Comp.txt``)
and the tails of four smpc runs of KTAB@3b5b063 with default options made on 2026-11-25
(``run-2026-11-25_*.tail.txt``), all in ``../shared/reference/ktab``. Each log prints, after
"There were N states", every actor's position per dimension per state (``%5.1f`` on 0..100) and
every actor's probability per state ("prob :", ``%.4f``). We require the same number of states,
every coordinate within the printed precision (0.05) and every probability within 1e-3.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.engines import get_engine
from accord.references import KTAB_CASES, parse_ktab_log
from accord.scenario import io

CASES = KTAB_CASES  # the inputs and logs accord.references compares (one list)


def test_log_parser_reads_3dim_log(shared: Path) -> None:
    log = parse_ktab_log(shared / "reference/ktab/20170530_ref-dummyData_3Dim.txt")
    assert log.states == 11 and log.position.shape == (11, 7, 3)
    assert log.actors[0] == "SActor-00"
    # first and last coordinates of SActor-00, Pstn1 as printed
    assert log.position[0, 0, 0] == 75.8 and log.position[-1, 0, 0] == 78.6
    assert log.prob[0, 0] == 0.0047 and log.prob[-1, 6] == 0.1512


@pytest.mark.parametrize(("csv_name", "log_name"), CASES, ids=[c[0] for c in CASES])
def test_smp_reproduces_ktab(shared: Path, csv_name: str, log_name: str) -> None:
    ref = shared / "reference/ktab"
    log = parse_ktab_log(ref / log_name)
    scenario = io.load(ref / csv_name)
    run = get_engine("smp").run(scenario)
    assert run.trajectory.shape[0] == log.states, "number of states"
    assert run.trajectory.shape[1:] == log.position.shape[1:]
    assert run.probabilities is not None
    # positions: printed with %5.1f, so a faithful run is within half a unit of the last digit
    diff = np.abs(run.trajectory - log.position)
    worst = np.unravel_index(int(np.argmax(diff)), diff.shape)
    assert diff.max() <= 0.05 + 1e-6, f"state/actor/dim {worst}: {diff[worst]:.4f}"
    pdiff = np.abs(run.probabilities - log.prob)
    worst = np.unravel_index(int(np.argmax(pdiff)), pdiff.shape)
    assert pdiff.max() <= 1e-3, f"state/actor {worst}: {pdiff[worst]:.5f}"
