"""One timed BDM 10,000-run measurement in a fresh process, on the ``src`` folder given.

``python3 one_run.py SRC MODE``, MODE one of ``k1`` (``BdmEngine.run_batch``, scholz-code, one
thread: the "1 thread" row of bench/bench_bdm.py), ``k2`` (the same on the module's thread pool)
or ``ens`` (``run_ensemble`` of the bdm engine, bench/bench_mc.py's row). The perturbations are
the bench's: ``ukraine-2025-02`` from SRC's own bundled copy, 10,000 runs, seed 1. Prints one
JSON line: CPU seconds (user + system of the process) and wall seconds of the call, the load
average. SRC is an ``src`` folder ``git archive``d from the commit to measure (session 39).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(src: str, mode: str) -> None:
    sys.path.insert(0, src)
    import accord
    import accord.engines.bdm as bdm_module
    from accord.engines import ENGINES
    from accord.engines.bdm import BdmEngine
    from accord.forecast.ensemble import perturbed_batch, run_ensemble
    from accord.scenario import load_bundled, stance_arrays

    assert accord.__file__ is not None and accord.__file__.startswith(src), accord.__file__
    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    if mode == "ens":
        start_cpu, start = _cpu(), time.perf_counter()
        run_ensemble(ENGINES.get("bdm"), arrays, 10_000, seed=1)
    else:
        batch = perturbed_batch(arrays, 10_000, seed=1)
        if mode == "k1":
            bdm_module._WORKERS = 1
        start_cpu, start = _cpu(), time.perf_counter()
        BdmEngine().run_batch(batch, {"variant": "scholz-code"}, 1)
    record = {
        "src": src,
        "mode": mode,
        "cpu": round(_cpu() - start_cpu, 3),
        "wall": round(time.perf_counter() - start, 3),
        "load1": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(record))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
