"""Make ``smpc_cases.json.gz``: seeded tie inputs for the SMP and KTAB smpc's histories on them.

Not a test: run by hand with a built ``smpc`` (``../shared/notes/ktab-build.md``; KTAB at
3b5b063) and its ``smpc-logger.conf``::

    python make_smpc_refs.py /path/to/smpc /path/to/smpc-logger.conf SCRATCH_DIR

Inputs (seed 12, 100 KTAB CSV cases, families in turn ident, mirror, ident, mirror, agree):
``ident``: 3-7 random actors, one of them duplicated exactly (sometimes a second pair);
``mirror``: two or three pairs of actors at x and 100 - x on every dimension with equal power
and saliences, sometimes an actor at 50, sometimes shuffled; ``agree``: everyone at one point.
1-3 dimensions, integer positions on 0..100, saliences in percent summing to at most 100.
Each case runs in its own directory (``smpc --csv NAME.csv --connstr
"Driver=QSQLITE;Database=NAME"``, default seed and options); the positions are read at full
precision from the table ``VectorPosition`` of ``NAME.db`` (0..100 scale). Where smpc stops
without printing its history (it does when everyone agrees, and on some converging inputs,
after NaN utilities) the case is kept with ``positions: null``.
"""

from __future__ import annotations

import gzip
import json
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

SEED, COUNT = 12, 100
FAMILIES = ("ident", "mirror", "ident", "mirror", "agree")
Actor = tuple[int, list[int], list[int]]


def _saliences(rng: random.Random, m: int) -> list[int]:
    for _ in range(m):  # draws an earlier version used; kept so that seed 12 gives these cases
        rng.randint(0, 100)
    vals = [rng.randint(5, 95) for _ in range(m)]
    scale = rng.randint(40, 100)
    return [max(1, v * scale // sum(vals)) for v in vals]


def _actor(rng: random.Random, m: int) -> Actor:
    power = rng.randint(5, 200)
    return power, [rng.randint(0, 100) for _ in range(m)], _saliences(rng, m)


def _case(rng: random.Random, family: str) -> tuple[list[Actor], int]:
    m = rng.randint(1, 3)
    if family == "ident":
        n = rng.randint(3, 7)
        acts = [_actor(rng, m) for _ in range(n - 1)]
        acts.insert(rng.randrange(n), acts[rng.randrange(n - 1)])
        if rng.random() < 0.3 and n >= 5:
            acts[rng.randrange(n)] = acts[rng.randrange(n)]
    elif family == "mirror":
        acts = []
        for _ in range(rng.randint(2, 3)):
            p, pos, sal = _actor(rng, m)
            acts += [(p, pos, sal), (p, [100 - x for x in pos], sal)]
        if rng.random() < 0.5:
            p, _, sal = _actor(rng, m)
            acts.append((p, [50] * m, sal))
        if rng.random() < 0.5:
            rng.shuffle(acts)
    else:
        n = rng.randint(2, 6)
        p0 = [rng.randint(0, 100) for _ in range(m)]
        acts = [(rng.randint(5, 200), list(p0), _saliences(rng, m)) for _ in range(n)]
    return acts, m


def _csv(name: str, acts: list[Actor], m: int) -> str:
    head = f'{name},"issue 12 tie case",{len(acts)},{m},\n'
    cols = "Actor,Description,Power," + ",".join(f"Pstn{k + 1},Sal{k + 1}" for k in range(m))
    rows = [
        ",".join([f"A{j}", f"actor {j}", str(p)] + [f"{pos[k]},{sal[k]}" for k in range(m)])
        for j, (p, pos, sal) in enumerate(acts)
    ]
    return head + cols + ",\n" + "".join(r + ",\n" for r in rows)


def _smpc(smpc: str, conf: str, work: Path, name: str, text: str) -> list[Any] | None:
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    shutil.copy(conf, work / "smpc-logger.conf")
    (work / f"{name}.csv").write_text(text)
    args = [smpc, "--csv", f"{name}.csv", "--connstr", f"Driver=QSQLITE;Database={name}"]
    subprocess.run(args, cwd=work, capture_output=True, timeout=600, check=False)
    logs = list(work.glob("smpc-*_log.txt"))
    if not logs or "There were" not in logs[0].read_text(errors="replace"):
        return None
    con = sqlite3.connect(work / f"{name}.db")
    rows = con.execute("select Turn_t, Act_i, Dim_k, Pos_Coord from VectorPosition").fetchall()
    con.close()
    turns, n, m = (max(r[k] for r in rows) + 1 for k in range(3))
    pos: list[Any] = [[[0.0] * m for _ in range(n)] for _ in range(turns)]
    for t, i, k, v in rows:
        pos[t][i][k] = v
    return pos


def main(smpc: str, conf: str, scratch: str) -> None:
    rng = random.Random(SEED)
    cases = []
    for k in range(COUNT):
        family = FAMILIES[k % len(FAMILIES)]
        name = f"{family}{k:03d}"
        acts, m = _case(rng, family)
        text = _csv(name, acts, m)
        positions = _smpc(smpc, conf, Path(scratch) / name, name, text)
        cases.append({"name": name, "csv": text, "positions": positions})
    out = Path(__file__).with_name("smpc_cases.json.gz")
    data = json.dumps({"seed": SEED, "cases": cases}, separators=(",", ":")).encode()
    out.write_bytes(gzip.compress(data, mtime=0))


if __name__ == "__main__":
    main(*sys.argv[1:4])
