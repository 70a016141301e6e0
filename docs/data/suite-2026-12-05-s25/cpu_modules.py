"""Per-module and per-test CPU and wall seconds from cputime_plugin.py's cpu-*.tsv files.

``python3 cpu_modules.py FOLDER [N]``: the N most expensive modules and tests (default 30)."""

import glob
import sys
from collections import defaultdict


def main(folder: str, n: int) -> None:
    rows, collected = [], []
    for path in sorted(glob.glob(f"{folder}/cpu-*.tsv")):
        worker = path.rsplit("-", 1)[1][:-4]
        for line in open(path, encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if cells[0] == "#collected":
                collected.append((worker, *map(float, cells[1:4])))
            else:
                rows.append((cells[0], *map(float, cells[1:5]), worker))
    modules: dict[str, list] = defaultdict(lambda: [0.0, 0.0, 0.0, 0, ""])
    for node, wall, own, kids, _load, worker in rows:
        m = modules[node.split("::")[0]]
        m[0] += wall
        m[1] += own
        m[2] += kids
        m[3] += 1
        m[4] = worker
    print(
        f"tests {len(rows)}  wall {sum(r[1] for r in rows):.0f} s  "
        f"cpu own {sum(r[2] for r in rows):.0f} s  children {sum(r[3] for r in rows):.0f} s"
    )
    for worker, wall, own, kids in collected:
        print(f"collection on {worker}: {wall:.1f} s wall, {own:.1f} CPU s")
    print(f"{'cpu':>7} {'kids':>6} {'wall':>7} {'n':>4}")
    by_cpu = sorted(modules.items(), key=lambda x: -(x[1][1] + x[1][2]))
    for name, (wall, own, kids, count, worker) in by_cpu[:n]:
        print(f"{own:7.1f} {kids:6.1f} {wall:7.1f} {count:4d} {worker} {name}")
    print()
    for node, wall, own, kids, _load, _worker in sorted(rows, key=lambda r: -(r[2] + r[3]))[:n]:
        print(f"{own:7.1f} {kids:6.1f} {wall:7.1f} {node.split('@')[0][:150]}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)
