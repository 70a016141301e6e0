"""CLI start-up: whole processes, as a difference from and a ratio to ``python -c pass``.

Issue 13's targets: ``accord --help`` and ``accord scenarios`` within 0.3 s of a bare
interpreter, ``accord forecast`` (mean engine, bundled scenario) within 1.0 s; ``accord events
--help`` is held to the ``--help`` target (session 8: a command group's help imports no store,
coder or scenario model). Each case runs as a fresh process (the installed ``accord`` console
script next to this interpreter, else ``python -m accord``), rounds interleaved with the
baseline so that load from other processes hits both alike; the best of the rounds is kept
(the least disturbed), with the median beside it.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROUNDS = 7
BASELINE = [sys.executable, "-c", "pass"]
CASES: dict[str, tuple[list[str], float]] = {
    "accord --help": (["--help"], 0.3),
    "accord events --help": (["events", "--help"], 0.3),
    "accord --version": (["--version"], 0.3),
    "accord scenarios": (["scenarios"], 0.3),
    "accord forecast": (["forecast"], 1.0),
}
"""Case -> (arguments, target in seconds over the bare interpreter)."""


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(rounds: int = ROUNDS) -> list[dict[str, Any]]:
    from common import accord_command

    accord = accord_command()
    _time(BASELINE)
    for args, _ in CASES.values():  # warm the file cache and the .pyc files
        _time(accord + args)
    base: list[float] = []
    times: dict[str, list[float]] = {case: [] for case in CASES}
    for _ in range(rounds):
        base.append(_time(BASELINE))
        for case, (args, _) in CASES.items():
            times[case].append(_time(accord + args))
    bare = min(base)
    rows = [{"case": "python -c pass", "seconds": bare, "median": statistics.median(base)}]
    for case, (_, target) in CASES.items():
        best = min(times[case])
        rows.append(
            {
                "case": case,
                "seconds": best,
                "median": statistics.median(times[case]),
                "over bare": best - bare,
                "ratio": best / bare,
                "target over bare": target,
                "met": "yes" if best - bare <= target else "NO",
            }
        )
    return rows


if __name__ == "__main__":
    from common import machine, print_table

    print(f"Machine: {machine()}\n")
    print_table("startup", run())
