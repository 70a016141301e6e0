"""Paired timing of 10,000-run ensembles, the start code against this branch (session 38).

Run from the repository root with the start code's ``src`` unpacked somewhere::

    python3 docs/data/exactbatch-2026-12-07-s38-exactbatch/paired_bench.py --old OLD_SRC

For each engine of ``bench/bench_mc.py`` (the bundled scenario ``ukraine-2025-02``, 10,000
runs, seed 1), old and new alternately, each in a fresh process with its ``src`` first on the
path, ``--rounds`` times (SMP: one round less, at least one); each process times the ensemble
(best of ``--repeat`` calls) after one warm-up call, then the kernel alone on one perturbed
batch of 10,000 (``run_batch``, best of as many). Prints one JSON line per process and per
engine the ratios new / old of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = """
import json, os, sys, time
from accord.engines import get_engine
from accord.forecast.ensemble import run_ensemble
from accord.scenario import load_bundled, stance_arrays
arrays = stance_arrays(load_bundled("ukraine-2025-02"))
engine = get_engine(sys.argv[1])
run_ensemble(engine, arrays, 100, seed=1)
best = float("inf")
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    made = run_ensemble(engine, arrays, 10_000, seed=1)
    best = min(best, time.perf_counter() - start)
from accord.forecast.ensemble import Perturbation, perturbed_batch
from accord.forecast.question import ensemble_params
scenario = load_bundled("ukraine-2025-02")
params = ensemble_params(scenario, engine.name, None, engine.run(scenario, None, 1))
batch = perturbed_batch(arrays, 10_000, 1, Perturbation())
kernel = float("inf")
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    engine.run_batch(batch, params or None, 1)
    kernel = min(kernel, time.perf_counter() - start)
print(json.dumps({"seconds": best, "kernel_s": kernel,
                  "mean_outcome": made.outcome.mean(axis=0).round(6).tolist(),
                  "load": os.getloadavg()[0]}))
"""


def timed(src: str, engine: str, repeat: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, engine, str(repeat)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--old", required=True, help="the start code's src folder")
    parser.add_argument("--new", default="src")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engine", action="append")
    args = parser.parse_args()
    engines = args.engine or ["mean", "median", "nash", "exchange", "bdm", "smp"]
    for engine in engines:
        rounds = max(1, args.rounds - 1) if engine == "smp" else args.rounds
        seconds: dict[str, list[float]] = {"old": [], "new": []}
        kernel: dict[str, list[float]] = {"old": [], "new": []}
        for r in range(rounds):
            for label, src in (("old", args.old), ("new", args.new)):
                got = timed(src, engine, 1 if engine == "smp" else args.repeat)
                seconds[label].append(float(got["seconds"]))  # type: ignore[arg-type]
                kernel[label].append(float(got["kernel_s"]))  # type: ignore[arg-type]
                print(json.dumps({"engine": engine, "src": label, "round": r, **got}), flush=True)
        ratio = statistics.median(seconds["new"]) / statistics.median(seconds["old"])
        alone = statistics.median(kernel["new"]) / statistics.median(kernel["old"])
        ratios = {"ensemble_new_over_old": round(ratio, 3), "kernel_new_over_old": round(alone, 3)}
        print(json.dumps({"engine": engine, **ratios}), flush=True)


if __name__ == "__main__":
    main()
