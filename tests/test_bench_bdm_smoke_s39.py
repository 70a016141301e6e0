"""bench/bench_bdm.py and bench/bench_mc.py still run against the library (session 39).

The benchmarks time the BDM batch kernel through private names (``bdm._WORKERS``) and the
ensemble API; nothing ran them between measurements, so a renamed helper would surface only at
the next timing. Here each runs once on small sizes (its module constants lowered): every row is
produced with a positive time. Speed itself is never asserted (tests/conftest.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"s39_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def bench_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))  # the scripts import their sibling ``common``
    monkeypatch.delitem(sys.modules, "common", raising=False)


@pytest.mark.usefixtures("bench_path")
def test_bench_bdm_runs_every_case_on_small_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _load("bench_bdm")
    monkeypatch.setattr(module, "ACTORS", 8)
    monkeypatch.setattr(module, "ROUNDS", 2)
    monkeypatch.setattr(module, "RUNS", 40)
    rows = module.run()
    engines = {row["engine"] for row in rows}
    assert {"bdm scholz-code", "bdm paper", "nash", "exchange"} <= engines
    assert all(row["seconds"] > 0 for row in rows)
    assert module.bdm_module._WORKERS >= 1  # restored after the one-thread rows


@pytest.mark.usefixtures("bench_path")
def test_bench_mc_runs_every_engine_on_small_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    module = _load("bench_mc")
    monkeypatch.setattr(module, "RUNS", 20)
    rows = module.run()
    assert {row["engine"] for row in rows} >= {"mean", "median", "nash", "exchange", "bdm"}
    assert all(row["seconds"] > 0 and row["runs/s"] > 0 for row in rows)
