"""KTAB's Spatial Model of Politics on KTAB's example inputs, in-process (no interpreter start).

Run alone: ``python bench/bench_smp.py``. Each case loads the KTAB CSV from
``../shared/reference/ktab`` and times the whole ``smp`` engine run (all turns, diagnostics and
narrative included); the best of three. A second table shows how one turn's cost grows with
the number of actors and dimensions (random KTAB-like actors, 5 turns).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from common import best_of, machine, print_table

from accord.engines import get_engine
from accord.engines.smp import kernels as K
from accord.engines.smp.engine import settings_of
from accord.engines.smp.options import SMPOptions
from accord.scenario import io

REF = Path(__file__).resolve().parents[2] / "shared" / "reference" / "ktab"
CASES = ["SOE-Pol-Comp.csv", "dummyData-a040.csv", "dummyData-a080.csv", "dummyData-a160.csv"]
TARGET = {"dummyData-a040.csv": 0.2, "dummyData-a080.csv": 2.0, "dummyData-a160.csv": 10.0}
SMP_DEFAULTS = settings_of(SMPOptions())  # smpc's defaults


def run() -> list[dict[str, Any]]:
    engine = get_engine("smp")
    rows: list[dict[str, Any]] = []
    for name in CASES:
        path = REF / name
        if not path.exists():
            continue
        scenario = io.load(path)
        repeat = 1 if "a160" in name else 3
        seconds, result = best_of(lambda s=scenario: engine.run(s), repeat)
        turns = result.trajectory.shape[0] - 1
        rows.append(
            {
                "case": name,
                "actors": len(scenario.actors),
                "dims": len(scenario.issues),
                "turns": turns,
                "seconds": seconds,
                "ms/turn": 1000 * seconds / max(turns, 1),
                "target s": TARGET.get(name),
            }
        )
    return rows


def scaling() -> list[dict[str, Any]]:
    """Seconds per turn for random actors (capability 10..200, saliences summing to 0.75..0.99)."""
    rows: list[dict[str, Any]] = []
    for n, m in [(20, 1), (40, 1), (80, 1), (160, 1), (40, 3), (40, 6)]:
        rng = np.random.default_rng(n * 10 + m)
        cap = rng.uniform(10, 200, (1, n))
        pos = rng.uniform(0, 1, (1, n, m))
        sal = rng.uniform(0.1, 1, (1, n, m))
        sal = sal / sal.sum(-1, keepdims=True) * rng.uniform(0.75, 0.99, (1, n, 1))
        seconds, trace = best_of(
            lambda c=cap, p=pos, s=sal: K.simulate(c, p, s, SMP_DEFAULTS, 5, record=False), 2
        )
        turns = int(trace.turns[0])
        rows.append(
            {
                "case": f"random n={n} m={m}",
                "actors": n,
                "dims": m,
                "turns": turns,
                "seconds": seconds,
                "ms/turn": 1000 * seconds / turns,
            }
        )
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("smp", run())
    print_table("smp scaling", scaling())
