"""Helpers shared by the benchmarks: timing, machine facts, and a plain table printer.

Every benchmark module ``bench/bench_<topic>.py`` defines ``run() -> list[dict]`` (one row per
case, with at least "case" and "seconds") and can be run alone: ``python bench/bench_smp.py``.
``python bench/run.py`` runs them all and prints one table per topic with the machine and date.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def accord_command() -> list[str]:
    """The command line a user runs: the ``accord`` script installed beside this interpreter,
    else ``python -m accord`` (a checkout run with ``PYTHONPATH``)."""
    script = Path(sys.executable).with_name("accord")
    return [str(script)] if script.exists() else [sys.executable, "-m", "accord"]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {dt.date.today()}"


def best_of(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Best wall-clock time of ``repeat`` calls (the first also warms caches) and the result."""
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def print_table(title: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        print(f"## {title}\n(no rows)\n")
        return
    columns = list(dict.fromkeys(k for row in rows for k in row))
    text = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[k]) for r in text)) for k, c in enumerate(columns)]
    print(f"## {title}\n")
    print("| " + " | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in text:
        print("| " + " | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) + " |")
    print()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)
