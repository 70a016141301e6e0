"""BDM (both variants), Nash and exchange kernels: large single runs and 10,000-run batches.

Run alone: ``python bench/bench_bdm.py``. Cases:

* ``simulate`` on 100 random actors (seeded) over 20 rounds, each variant, without and with the
  per-round diagnostics that ``run`` records;
* ``run`` on the same 100 actors as a scenario (diagnostics, narrative);
* ``run_batch`` of 10,000 perturbed copies of the bundled ``ukraine-2025-02`` scenario
  (7 actors x 7 issues), perturbations drawn with seed 1 as the Monte Carlo does.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from common import best_of, machine, print_table

import accord.engines.bdm as bdm_module
from accord.engines.bdm import BdmEngine, BdmParams, simulate
from accord.engines.exchange import ExchangeModel
from accord.engines.nash import NashBargaining
from accord.forecast.ensemble import perturbed_batch
from accord.scenario import load_bundled, stance_arrays
from accord.scenario.model import Scenario

ACTORS = 100
ROUNDS = 20
RUNS = 10_000
SCENARIO = "ukraine-2025-02"


def random_actors(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.uniform(0, 100, n), rng.uniform(0.05, 1, n), rng.uniform(0.05, 1, n)


def random_scenario(n: int, seed: int = 0) -> Scenario:
    x, c, s = random_actors(n, seed)
    return Scenario.model_validate(
        {
            "id": f"random-{n}",
            "title": f"{n} random actors",
            "actors": [{"id": f"a{k}", "name": f"a{k}", "capability": c[k]} for k in range(n)],
            "issues": [{"id": "i", "title": "issue"}],
            "stances": [
                {"actor": f"a{k}", "issue": "i", "position": x[k], "salience": s[k]}
                for k in range(n)
            ],
        }
    )


def run() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    x, c, s = random_actors(ACTORS)
    engaged = np.ones(ACTORS, dtype=bool)
    scenario = random_scenario(ACTORS)
    for variant in ("scholz-code", "paper"):
        params = BdmParams(variant=variant, rounds=ROUNDS)
        for record in (False, True):
            seconds, _ = best_of(lambda p=params, r=record: simulate(x, c, s, engaged, p, record=r))
            rows.append(
                {
                    "case": f"simulate {ACTORS} actors x {ROUNDS} rounds"
                    + (" + diagnostics" if record else ""),
                    "engine": f"bdm {variant}",
                    "seconds": seconds,
                }
            )
        seconds, _ = best_of(
            lambda v=variant: BdmEngine().run(scenario, {"variant": v, "rounds": ROUNDS}), 1
        )
        rows.append(
            {
                "case": f"run {ACTORS} actors x {ROUNDS} rounds (Run, narrative)",
                "engine": f"bdm {variant}",
                "seconds": seconds,
            }
        )
    arrays = stance_arrays(load_bundled(SCENARIO))
    batch = perturbed_batch(arrays, RUNS, seed=1)
    engines: list[tuple[str, Any, dict[str, Any]]] = [
        ("bdm scholz-code", BdmEngine(), {"variant": "scholz-code"}),
        ("bdm paper", BdmEngine(), {"variant": "paper"}),
        ("nash", NashBargaining(), {}),
        ("exchange", ExchangeModel(), {}),
    ]
    case = (
        f"run_batch {SCENARIO} x {RUNS} ({len(arrays.actors)} actors, {len(arrays.issues)} issues)"
    )
    for label, engine, params in engines:
        threads = [bdm_module._WORKERS, 1] if label.startswith("bdm") else [1]
        for workers in dict.fromkeys(threads):
            saved = bdm_module._WORKERS
            bdm_module._WORKERS = workers
            try:
                seconds, _ = best_of(lambda e=engine, p=params: e.run_batch(batch, p, 1), 2)
            finally:
                bdm_module._WORKERS = saved
            rows.append({"case": case, "engine": label, "threads": workers, "seconds": seconds})
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("bdm", run())
