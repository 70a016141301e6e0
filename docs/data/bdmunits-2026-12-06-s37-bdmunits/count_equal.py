"""Count the seeded scenarios whose BDM batch of one differs from the single run (session 37).

Run from the repository root, with the source to measure first on the path::

    PYTHONPATH=src python3 docs/data/bdmunits-2026-12-06-s37-bdmunits/count_equal.py --seeds 2100

For each seed ``0..N-1`` and each variant it draws
``tests.engines.test_batch_equals_run_spans.seeded_scenario(seed)`` (each issue on its own
scale, offset -1000..1000 and span 0.01..10,000; positions on quarters half the time), runs
BDM once (``outcome="cycle-mean"``, seed 7) and as a zero-spread batch of one built as an
ensemble builds it (:func:`accord.forecast.ensemble.perturbed_batch`), and compares the unit
outcomes ``(outcome - low) / span``: how many are not bit-equal, how many are more than 1e-9
apart, and those seeds with their largest difference.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def count(seeds: int, variant: str) -> dict[str, object]:
    import numpy as np
    from tests.engines.test_batch_equals_run_spans import seeded_scenario

    from accord.engines import get_engine
    from accord.forecast.ensemble import Perturbation, perturbed_batch
    from accord.forecast.question import ensemble_params
    from accord.scenario.arrays import stance_arrays

    bdm = get_engine("bdm")
    params = {"outcome": "cycle-mean", "variant": variant}
    not_equal = 0
    found: list[tuple[int, float]] = []
    start = time.perf_counter()
    for seed in range(seeds):
        scenario = seeded_scenario(seed)
        single = bdm.run(scenario, params, 7)
        arrays = stance_arrays(scenario)
        batch = perturbed_batch(arrays, 1, 7, Perturbation.zero())
        given = ensemble_params(scenario, "bdm", params, single)
        got = np.asarray(bdm.run_batch(batch, given, 7).outcome)[0]
        want = (np.asarray(single.outcome, dtype=float) - arrays.low) / arrays.span
        if not np.array_equal(got, want, equal_nan=True):
            not_equal += 1
            apart = float(np.nanmax(np.abs(got - want)))
            if apart > 1e-9:
                found.append((seed, apart))
    return {
        "variant": variant,
        "seeds": seeds,
        "not_bit_equal": not_equal,
        "apart_over_1e-9": len(found),
        "found": found,
        "seconds": round(time.perf_counter() - start, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=2100)
    parser.add_argument("--variant", choices=["scholz-code", "paper", "both"], default="both")
    args = parser.parse_args()
    sys.path.insert(0, str(Path.cwd()))  # tests.engines, from the repository root
    variants = ["scholz-code", "paper"] if args.variant == "both" else [args.variant]
    for variant in variants:
        print(json.dumps(count(args.seeds, variant)), flush=True)


if __name__ == "__main__":
    main()
