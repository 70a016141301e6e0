"""Summary of a timeline (``timeline.py``'s OUT.json): start-up to the first task, the coding
span, each worker's CPU and wall in tasks, the idle tail (the first worker done waiting for
the last), the parent's storing, the end. Usage: python3 summary.py OUT.json [...]"""

from __future__ import annotations

import json
import sys
from collections import defaultdict


def summary(path: str) -> dict[str, float]:
    with open(path) as handle:
        rows = json.load(handle)
    t0 = rows[0]["at"]
    code = [r for r in rows if r["kind"] == "code"]
    store = [r for r in rows if r["kind"] == "store"]
    per: dict[int, list[dict[str, float]]] = defaultdict(list)
    for r in code:
        per[r["pid"]].append(r)
    ends = sorted(max(r["t"] for r in rs) for rs in per.values())
    first = min(r["start"] for r in code)
    return {
        "cpu_model_idle_tail_s": round(cpu_model_tail(code), 2),
        "start_to_first_task_s": round(first - t0, 2),
        "coding_span_s": round(ends[-1] - first, 2),
        "idle_tail_s": round(ends[-1] - ends[0], 2),
        "last_task_to_end_s": round(rows[-1]["t"] - ends[-1], 2),
        "script_s": round(rows[-1]["t"] - t0, 2),
        "tasks": len(code),
        "worker_cpu_s": round(sum(r["cpu"] for r in code), 2),
        "worker_task_wall_s": round(sum(r["t"] - r["start"] for r in code), 2),
        "parent_store_cpu_s": round(sum(r["cpu"] for r in store), 2),
        "parent_store_wall_s": round(sum(r["t"] - r["start"] for r in store), 2),
    }


def cpu_model_tail(code: list[dict[str, float]], workers: int = 2) -> float:
    """The idle tail of the same tasks on an otherwise idle machine: the tasks in the order
    they started, each lasting its CPU seconds, each taken by the first worker free; the last
    worker's end less the first's (the load of other processes left out)."""
    free = [0.0] * workers
    for r in sorted(code, key=lambda r: r["start"]):
        k = free.index(min(free))
        free[k] += r["cpu"]
    return max(free) - min(free)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(name, json.dumps(summary(name)))
