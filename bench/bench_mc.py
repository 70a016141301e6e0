"""Monte Carlo ensembles of the bundled scenario: 10,000 perturbed runs per engine.

Run alone: ``python bench/bench_mc.py``. The ensemble is one call of the engine's batch
kernel (runs are the leading array axis); the time includes drawing the perturbations.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, machine, print_table

from accord.engines import ENGINES
from accord.forecast.ensemble import run_ensemble
from accord.scenario import load_bundled, stance_arrays

RUNS = 10_000
SCENARIO = "ukraine-2025-02"


def run() -> list[dict[str, Any]]:
    arrays = stance_arrays(load_bundled(SCENARIO))
    rows = []
    for name in ("mean", "median", "nash", "exchange", "bdm", "smp"):
        engine = ENGINES.get(name)
        if engine is None or not hasattr(engine, "run_batch"):
            continue
        repeat = 1 if name == "smp" else 3
        seconds, _ = best_of(lambda e=engine: run_ensemble(e, arrays, RUNS, seed=1), repeat)
        rows.append(
            {
                "case": f"{SCENARIO} x {RUNS} runs",
                "engine": name,
                "actors": len(arrays.actors),
                "issues": len(arrays.issues),
                "seconds": seconds,
                "runs/s": RUNS / seconds,
            }
        )
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("mc", run())
