"""s13-head: lofo figures split into the shipped head's seven training files and the other 14
(written after the lofo runs, to read them; decides nothing). Run from the repository root:
``PYTHONPATH=src python3 docs/data/head-2026-12-04-s13-head/subsets.py``."""

import json
import sys
from pathlib import Path

import numpy as np


def main() -> None:
    sys.path.insert(0, "docs/data/head-2026-12-04-s13-head")
    from head13 import SHIPPED, figs, net

    for s in (0, 1, 2):
        r = json.loads(Path(f"docs/data/head-2026-12-04-s13-head/lofo-seed{s}.json").read_text())
        for label, keep in (
            ("shipped 7", lambda f: f in SHIPPED),
            ("other 14", lambda f: f not in SHIPPED),
        ):
            fs = [f for f in r["files"] if keep(f)]
            out = {
                c: figs(np.vstack([np.asarray(r["files"][f][c]) for f in fs]))
                for c in ("S", "A", "C1")
            }
            fx = sum(net(r["files"][f]["S"], r["files"][f]["C1"])[0] for f in fs)
            br = sum(net(r["files"][f]["S"], r["files"][f]["C1"])[1] for f in fs)
            print(
                s,
                label,
                {
                    c: (v["right"], v["coded"], v["false_alarms"], v["event_f1"], v["actor_acc"])
                    for c, v in out.items()
                },
                "C1 vs S fixed/broken",
                fx,
                br,
            )


if __name__ == "__main__":
    main()
