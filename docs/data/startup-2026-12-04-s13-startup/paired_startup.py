"""Paired start-up measurement (s13-startup): the session-start code against this branch,
alternated, load beside each run. Run from the repository root:

    nice python3 docs/data/startup-2026-12-04-s13-startup/paired_startup.py ROUNDS OLD_SRC NEW_SRC DIR

Per build and round, two measurements, each in fresh processes with ``PYTHONPATH`` set to
the build's ``src``:

* ``preload``: the fork server's own work, alone: a fresh interpreter imports the modules a
  sharded ``nlp`` ingest preloads, in the fork server's order (``accord.news.corpus``,
  ``accord.news.preload``, ``accord.news.nlp.preload``), CPU and wall seconds of each;
* ``command``: the whole command ``accord ingest DIR --db DB --coder nlp --workers 2`` (the
  installed console script, as ``bench/bench_news.py`` runs it) on DIR (one short article:
  start-up, one tiny task, the exit), wall seconds and the CPU of the whole process tree (this
  process is a child subreaper, so the fork server and the workers are counted).

Prints one JSON line per run; the ratios are computed by ``ratios.py``.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PRELOAD = """
import json, time
out = {}
for name in ("accord.news.corpus", "accord.news.preload", "accord.news.nlp.preload"):
    cpu, wall = time.process_time(), time.perf_counter()
    __import__(name)
    out[name] = [time.process_time() - cpu, time.perf_counter() - wall]
import sys
out["warm"] = [sys.modules["accord.news.preload"].WARM, sys.modules["accord.news.nlp.preload"].WARM]
print(json.dumps(out))
"""


def _load() -> str:
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _reap() -> None:
    while True:
        try:
            os.wait()
        except ChildProcessError:
            return


def preload(src: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, "-c", PRELOAD], env=env, check=True, capture_output=True, text=True
    ).stdout
    steps = json.loads(out.strip().splitlines()[-1])
    cpu = sum(v[0] for k, v in steps.items() if k != "warm")
    wall = sum(v[1] for k, v in steps.items() if k != "warm")
    return {"cpu_s": round(cpu, 3), "wall_s": round(wall, 3), "steps": steps}


def command(src: str, folder: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": src}
    script = Path(sys.executable).with_name("accord")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "one.db")
        argv = [str(script), "ingest", folder, "--db", db, "--coder", "nlp", "--workers", "2"]
        before = _children_cpu()
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        _reap()
        return {"wall_s": round(wall, 3), "tree_cpu_s": round(_children_cpu() - before, 3)}


def main() -> None:
    rounds, old, new, folder = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    for build, src in (("old", old), ("new", new)):  # warm the file cache and .pyc files
        preload(src)
    for round_ in range(1, rounds + 1):
        for build, src in (("old", old), ("new", new)) if round_ % 2 else (("new", new), ("old", old)):
            row = {"round": round_, "build": build, "load": _load()}
            row["preload"] = preload(src)
            row["command"] = command(src, folder)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
