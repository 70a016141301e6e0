"""Figures of a ``paired_bench3.sh`` (or ``paired_bench.sh``) log: per run, the whole
command's wall seconds and tree CPU (words / 1000 / its articles per CPU second), the
in-process case's workers' CPU and peak memory, and ratios of each build to a reference
build per round. Usage: python3 bench_ratios.py LOG REF [BUILD ...]"""

from __future__ import annotations

import re
import statistics
import sys


def runs(path: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    current: dict[str, object] = {}
    header: list[str] = []
    with open(path) as handle:
        for line in handle:
            head = re.match(r"=== round (\d+), (\w+) .*load: ([\d.]+)", line)
            if head:
                current = {"round": int(head[1]), "build": head[2], "load": float(head[3])}
                out.append(current)
                continue
            if not line.startswith("|") or line.startswith("|--"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] == "case":
                header = cells
                continue
            row = dict(zip(header, cells, strict=False))
            words = float(row["words"])
            if row["case"].startswith("whole command"):
                current["whole_s"] = float(row["seconds"])
                current["tree_cpu_s"] = round(words / 1000 / float(row["articles_1000w_per_cpu_s"]), 2)
            elif row["case"].startswith("ingest + code"):
                current["inproc_s"] = float(row["seconds"])
                current["worker_cpu_s"] = float(row["worker_cpu_s"])
                for key in row:
                    if "mib" in key.lower() or "rss" in key.lower():
                        current[key] = row[key]
    return out


def main() -> None:
    rows = runs(sys.argv[1])
    for row in rows:
        print(row)
    ref = sys.argv[2]
    for build in sys.argv[3:]:
        for key in ("tree_cpu_s", "whole_s", "worker_cpu_s"):
            ratios = []
            for n in sorted({int(str(r["round"])) for r in rows}):
                pair = {r["build"]: r for r in rows if r["round"] == n}
                if build in pair and ref in pair:
                    ratios.append(round(float(pair[build][key]) / float(pair[ref][key]), 3))
            if ratios:
                print(f"{build}/{ref} {key}: {ratios} mean {round(statistics.mean(ratios), 3)}")


if __name__ == "__main__":
    main()
