"""The other engines' 10,000-run ensembles of bench/bench_mc.py, in CPU and wall seconds.

``python3 calibrate.py SRC``: mean, median, Nash and exchange, best of 3 each, on the ``src``
folder given. Run on the code of 2026-11-25 it says how much slower the machine is today than
when docs/benchmarks.md's 2026-11-25 table was measured, with engines nobody changed between.
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


def main(src: str) -> None:
    sys.path.insert(0, src)
    from accord.engines import ENGINES
    from accord.forecast.ensemble import run_ensemble
    from accord.scenario import load_bundled, stance_arrays

    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    out: dict[str, object] = {"src": src, "load1": round(os.getloadavg()[0], 2)}
    for name in ("mean", "median", "nash", "exchange"):
        best_cpu = best_wall = float("inf")
        for _ in range(3):
            start_cpu, start = _cpu(), time.perf_counter()
            run_ensemble(ENGINES.get(name), arrays, 10_000, seed=1)
            best_cpu = min(best_cpu, _cpu() - start_cpu)
            best_wall = min(best_wall, time.perf_counter() - start)
        out[name] = {"cpu": round(best_cpu, 4), "wall": round(best_wall, 4)}
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
