"""``accord votes evaluate`` for one held-out session: CPU seconds and wall, paired.

Issue 9's target is a held-out evaluation under 60 s on 2 cores. On a shared machine the wall
time follows the load, so the figure that compares two versions is the CPU time (user + sys)
of the process, measured in the same window with the rounds interleaved. Each round runs the
whole command as a fresh process (start-up and data loading included) and then the same
steps in one process (``load_data`` and ``evaluate``, CPU by ``time.process_time``), for this
tree and, with ``--reference SRC`` (the ``src`` folder of another checkout, say a worktree of
main), for that one; the outputs of the two must be byte-identical.

Run alone: ``python bench/bench_votes_evaluate.py [--session 70] [--rounds 3] [--reference
/tmp/main/src]``. Needs ../shared/data/unvotes (skipped otherwise).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import machine, print_table  # noqa: E402

DATA = HERE.parents[0].parent / "shared" / "data" / "unvotes"
COMMAND = "import sys; from accord.cli import main; sys.argv[0] = 'accord'; sys.exit(main())"
IN_PROCESS = """
import sys, time
t0 = time.process_time()
from accord.institutions.unvotes import Settings, evaluate, load_data
t1 = time.process_time()
s, h = Settings(), int(sys.argv[2])
rc = load_data(sys.argv[1], sessions=range(h - s.sessions, h + 1))
t2 = time.process_time()
evaluate(rc, h, s)
t3 = time.process_time()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def _child(argv: list[str], src: str | None) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + sys) and stdout of one child process."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = src
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(argv, check=True, capture_output=True, env=env).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out


def run(session: int = 70, rounds: int = 3, reference: str | None = None) -> list[dict[str, Any]]:
    if not DATA.is_dir():
        return [{"case": "skipped: ../shared/data/unvotes absent", "seconds": 0.0}]
    trees: dict[str, str | None] = {"this tree": None}
    if reference is not None:
        trees = {"reference": reference, "this tree": None}
    args = ["votes", "evaluate", "--data", str(DATA), "--holdout-session", str(session), "--json"]
    whole: dict[str, list[tuple[float, float, float]]] = {t: [] for t in trees}
    phases: dict[str, list[list[float]]] = {t: [] for t in trees}
    outputs: dict[str, set[bytes]] = {t: set() for t in trees}
    for _ in range(rounds):
        for tree, src in trees.items():
            load = os.getloadavg()[0]
            wall, cpu, out = _child([sys.executable, "-c", COMMAND, *args], src)
            whole[tree].append((load, wall, cpu))
            outputs[tree].add(out)
            _, _, text = _child([sys.executable, "-c", IN_PROCESS, str(DATA), str(session)], src)
            phases[tree].append([float(v) for v in text.split()])
    same = len(set().union(*outputs.values())) == 1
    rows = []
    for tree in trees:
        loads = [r[0] for r in whole[tree]]
        rows.append(
            {
                "case": f"{tree}: accord votes evaluate --holdout-session {session}",
                "seconds": statistics.median(r[2] for r in whole[tree]),
                "wall (median)": statistics.median(r[1] for r in whole[tree]),
                "load": f"{min(loads):.1f}-{max(loads):.1f}",
                "cpu (each run)": " ".join(f"{r[2]:.1f}" for r in whole[tree]),
                "in-process cpu: import, load, evaluate": " / ".join(
                    f"{statistics.median(p[k] for p in phases[tree]):.2f}" for k in range(3)
                ),
                "same output": same,
            }
        )
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session", type=int, default=70)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reference", help="src folder of the version to compare with")
    ns = parser.parse_args()
    print(f"Machine: {machine()}\n")
    print("seconds: median CPU (user + sys) of the whole command\n")
    print_table("votes evaluate", run(ns.session, ns.rounds, ns.reference))
