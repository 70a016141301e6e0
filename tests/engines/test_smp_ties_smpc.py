"""Identical and mirror-image actors: accord's SMP against KTAB's smpc, bit for bit.

References: ``tests/data/smp_ties/smpc_cases.json.gz``, 100 seeded KTAB CSV inputs (identical
actors, mirror images about 50, everyone agreeing) and the full-precision position histories
(table ``VectorPosition``) of KTAB's ``smpc`` (lsyaseen/KTAB at 3b5b063, default options and
seed) on them; how they were made is in ``tests/data/smp_ties/README.md`` and
``make_smpc_refs.py``. smpc picks targets and bargains by strict comparisons in actor order, so
on tied inputs the last digit of its arithmetic decides; accord computes every compared
quantity in KTAB's operation order and must reproduce every turn's positions exactly (and so
the number of states). Where smpc stops without a history (everyone agrees; NaN utilities on
some converging inputs) accord must still answer.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from accord.engines import get_engine
from accord.scenario import io
from tests import helpers

CASES: list[dict[str, Any]] = json.loads(
    gzip.decompress((helpers.DATA / "smp_ties" / "smpc_cases.json.gz").read_bytes())
)["cases"]
ANSWERED = [c for c in CASES if c["positions"] is not None]
STOPPED = [c for c in CASES if c["positions"] is None]


def _run(case: dict[str, Any], tmp_path: Path) -> Any:
    path = tmp_path / f"{case['name']}.csv"
    path.write_text(case["csv"], encoding="utf-8")
    return get_engine("smp").run(io.load(path))


def test_the_references_cover_every_family() -> None:
    names = [c["name"] for c in ANSWERED]
    assert sum(n.startswith("ident") for n in names) >= 30
    assert sum(n.startswith("mirror") for n in names) >= 30
    assert sum(c["name"].startswith("agree") for c in STOPPED) == 20
    assert any(not c["name"].startswith("agree") for c in STOPPED)


@pytest.mark.parametrize("case", ANSWERED, ids=[c["name"] for c in ANSWERED])
def test_smp_reproduces_smpc_bit_for_bit(case: dict[str, Any], tmp_path: Path) -> None:
    ours = _run(case, tmp_path).trajectory
    ref = np.asarray(case["positions"])
    assert ours.shape[0] == ref.shape[0], "number of states"
    assert ours.shape == ref.shape
    np.testing.assert_array_equal(ours, ref)


@pytest.mark.parametrize("case", STOPPED, ids=[c["name"] for c in STOPPED])
def test_smp_answers_where_smpc_stops(case: dict[str, Any], tmp_path: Path) -> None:
    run = _run(case, tmp_path)
    start = run.trajectory[0]
    assert np.isfinite(run.trajectory).all() and np.isfinite(run.outcome).all()
    assert (run.trajectory >= 0).all() and (run.trajectory <= 100).all()
    if case["name"].startswith("agree"):  # one position for everyone: nobody moves
        assert (run.trajectory == start).all()
        np.testing.assert_array_equal(run.outcome, start[0])
