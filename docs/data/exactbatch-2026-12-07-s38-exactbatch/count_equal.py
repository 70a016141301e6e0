"""Count the scenarios whose batch of one differs from the single run, per engine (session 38).

Run from the repository root, with the source to measure first on the path::

    PYTHONPATH=src python3 docs/data/exactbatch-2026-12-07-s38-exactbatch/count_equal.py

For each engine with a batch kernel (BDM's was counted in session 37 too) and each seed
``0..N-1`` it draws ``tests.engines.test_batch_equals_run_spans.seeded_scenario(seed)`` (each
issue on its own scale, offset -1000..1000 and span 0.01..10,000; positions on quarters half
the time), then each bundled scenario, runs the engine once (seed 7) and as a zero-spread batch
of one built as an ensemble builds it (:func:`accord.forecast.ensemble.perturbed_batch`, the
options of :func:`accord.forecast.question.ensemble_params`), and compares

* ``unit``: the batch's unit outcome with the single run's ``(outcome - low) / span``;
* ``scale``: the batch's outcome in the scenario's units as an ensemble reads it (before
  session 38 ``low + unit * span``; now ``BatchResult.in_scale``, the kernel's own numbers
  where it computed in scale units) with the single run's outcome;

counting the scenarios not bit-equal, the largest difference (on the unit scale) and those
more than 1e-9 apart on the unit scale (a decision taken the other way, not a last digit).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any


def count(engine_name: str, seeds: int) -> dict[str, Any]:
    import numpy as np
    from tests.engines.test_batch_equals_run_spans import seeded_scenario

    from accord.engines import get_engine
    from accord.forecast.ensemble import Perturbation, perturbed_batch
    from accord.forecast.question import ensemble_params
    from accord.scenario.arrays import stance_arrays
    from accord.scenario.catalogue import bundled_ids, load_bundled

    engine = get_engine(engine_name)
    cases: list[tuple[str, Any]] = [(str(s), seeded_scenario(s)) for s in range(seeds)]
    cases += [(name, load_bundled(name)) for name in bundled_ids()]
    tally: dict[str, Any] = {}
    for kind in ("unit", "scale"):
        tally[kind] = {"seeded": 0, "bundled": 0, "max_unit_diff": 0.0, "over_1e-9": []}
    start = time.perf_counter()
    for name, scenario in cases:
        group = "seeded" if name.isdigit() else "bundled"
        params = {"outcome": "cycle-mean"} if engine_name == "bdm" else None
        single = engine.run(scenario, params, 7)
        arrays = stance_arrays(scenario)
        batch = perturbed_batch(arrays, 1, 7, Perturbation.zero())
        given = ensemble_params(scenario, engine_name, params, single)
        result = engine.run_batch(batch, given or None, 7)
        got = np.asarray(result.outcome)[0]
        if hasattr(result, "in_scale"):  # session 38: the kernel's own scale numbers
            scaled = np.asarray(result.in_scale(arrays.low, arrays.span)[0])[0]
        else:
            scaled = arrays.from_unit(got)
        outcome = np.asarray(single.outcome, dtype=float)
        pairs = {
            "unit": (got, (outcome - arrays.low) / arrays.span),
            "scale": (scaled, outcome),
        }
        for kind, (a, b) in pairs.items():
            if np.array_equal(a, b, equal_nan=True):
                continue
            entry = tally[kind]
            entry[group] += 1
            apart = float(np.nanmax(np.abs(a - b) / arrays.span))
            entry["max_unit_diff"] = max(entry["max_unit_diff"], apart)
            if apart > 1e-9:
                entry["over_1e-9"].append((name, apart))
    return {
        "engine": engine_name,
        "seeds": seeds,
        "bundled": len(cases) - seeds,
        **tally,
        "seconds": round(time.perf_counter() - start, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2100)
    parser.add_argument("--engine", action="append", help="default: every batch engine")
    args = parser.parse_args()
    sys.path.insert(0, str(Path.cwd()))  # tests.engines, from the repository root
    engines = args.engine or ["mean", "median", "nash", "exchange", "smp", "bdm"]
    for name in engines:
        print(json.dumps(count(name, args.seeds)), flush=True)


if __name__ == "__main__":
    main()
