"""`accord explain` and `accord compare` on the bundled scenario: are they interactive?

Run alone: ``python bench/bench_explain.py``. ``explain`` times the whole library call (one
single run, the tornado batch through the engine's kernel, the agreement rule); the target
is interactive use, well under a second, for mean, median and BDM (issue 8). ``ensemble
votes`` times the adoption probability of the three draft resolutions over a 10,000-run
ensemble (the ensemble itself is timed in bench_mc).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, machine, print_table

from accord.engines import get_engine
from accord.forecast.compare import compare
from accord.forecast.ensemble import run_ensemble
from accord.forecast.explain import explain
from accord.institutions.resolutions import ensemble_adoption
from accord.scenario import load_bundled, stance_arrays

SCENARIO = "ukraine-2025-02"


def run() -> list[dict[str, Any]]:
    scenario = load_bundled(SCENARIO)
    rows: list[dict[str, Any]] = []
    for name in ("mean", "median", "bdm", "nash", "exchange", "smp"):
        seconds, result = best_of(lambda e=name: explain(scenario, e, seed=1, top=None), 3)
        inputs = max(len(i.tornado) for i in result.issues)
        rows.append(
            {
                "case": f"explain {SCENARIO}",
                "engine": name,
                "inputs that move it": inputs,
                "seconds": seconds,
            }
        )
    seconds, _ = best_of(lambda: compare(scenario, seed=1), 1)
    rows.append({"case": f"compare {SCENARIO} (6 engines)", "engine": "all", "seconds": seconds})
    ensemble = run_ensemble(get_engine("mean"), stance_arrays(scenario), 10_000, 1)
    seconds, _ = best_of(lambda: ensemble_adoption(scenario, ensemble.final_position, 1), 3)
    rows.append(
        {"case": "ensemble votes, 3 drafts x 10000 runs", "engine": "mean", "seconds": seconds}
    )
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("explain", run())
