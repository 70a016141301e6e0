"""Means of the paired whole-command logs (``pair_g56.sh``) and worker splits
(``split_g56.sh``): per build the workers' CPU, tree CPU, peak MiB per worker, reports and
events of each run, and the means. Usage, from the repository root:
``python3 docs/data/speed-2026-12-04-s14-parser/summarize.py LOG...``.
"""

from __future__ import annotations

import re
import sys
from statistics import mean


def summarize(path: str) -> None:
    runs: dict[str, list[dict[str, str]]] = {}
    build = ""
    with open(path, encoding="utf-8") as handle:
        lines = handle.readlines()
    for line in lines:
        head = re.match(r"=== round (\d+), (\w+) .* load: ([\d.]+)", line)
        if head:
            build = head.group(2)
            runs.setdefault(build, []).append({"load": head.group(3)})
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ingest + code"):
            runs[build][-1].update(
                workers=cells[5], peak=cells[15], reports=cells[13], events=cells[14]
            )
        elif line.startswith("| whole command"):
            runs[build][-1]["tree"] = cells[-1]
        elif "tasks: workers' coding CPU" in line:
            got = re.findall(r"([\d.]+) s", line)
            runs[build][-1].update(coding=got[0], tok2vec=got[1], parser=got[2])
            runs[build][-1]["tasks"] = line.split()[0]
    print(path)
    for name, rows in runs.items():
        for row in rows:
            print(f"  {name}: {row}")
        for key in ("workers", "tree", "coding", "tok2vec", "parser"):
            values = [float(r[key]) for r in rows if key in r]
            if values:
                print(f"  {name} mean {key}: {mean(values):.3f}")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        summarize(arg)
