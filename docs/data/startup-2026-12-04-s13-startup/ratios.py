"""Ratios new/old of a ``paired_startup.py`` log (one JSON line a run): per round and the
median over rounds. Usage: python3 ratios.py LOG"""

from __future__ import annotations

import json
import statistics
import sys


def ratios(path: str) -> dict[str, object]:
    with open(path) as handle:
        rows = [json.loads(line) for line in handle if line.startswith("{")]
    rounds = sorted({r["round"] for r in rows})
    out: dict[str, list[float]] = {}
    for n in rounds:
        pair = {r["build"]: r for r in rows if r["round"] == n}
        for key, get in (
            ("preload_cpu", lambda r: r["preload"]["cpu_s"]),
            ("preload_wall", lambda r: r["preload"]["wall_s"]),
            ("command_wall", lambda r: r["command"]["wall_s"]),
            ("command_tree_cpu", lambda r: r["command"]["tree_cpu_s"]),
        ):
            out.setdefault(key, []).append(round(get(pair["new"]) / get(pair["old"]), 3))
            out.setdefault(key + "_old", []).append(get(pair["old"]))
            out.setdefault(key + "_new", []).append(get(pair["new"]))
    return {k: {"each": v, "median": round(statistics.median(v), 3)} for k, v in out.items()}


if __name__ == "__main__":
    print(json.dumps(ratios(sys.argv[1]), indent=1))
