"""Make ``port_cases.json``: seeded tie inputs and the Scholz BDM port's trajectories on them.

Not a test: run by hand, with the port (``dmasad/bdm-scholz-expected-utility-model`` at
d7c7bba, ``bdm_scholz_model.py`` with ``open(csv_path, 'rU')`` changed to ``'r'``) copied as
``port.py`` into a scratch folder::

    python make_port_refs.py /scratch/folder/with/port_py  > port_cases.json

Inputs (seed 12, 200 cases, alternating families): ``ident``: 3-6 random actors of which one
(sometimes two) are duplicated exactly; ``mirror``: two or three pairs of actors placed
symmetrically about the middle of the scale with equal capability and salience, sometimes an
actor in the middle, sometimes shuffled. Scales 0..100 (integers) or 0..1 (tenths and
twentieths). Kept: the first 60 cases, and the later ones on which accord's previous
(reordered) arithmetic moved an actor differently from the port (listed in ``EXTRA``).
Where the port stops with ``ZeroDivisionError`` the case is kept without positions.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from pathlib import Path
from typing import Any

SEED, COUNT, FIRST, ROUNDS = 12, 200, 60, 10
EXTRA = ("ident094", "ident134", "ident188", "mirror075", "mirror091", "mirror117", "mirror171")
Row = tuple[int, float | int, float]


def _actor(rng: random.Random, unit: bool) -> Row:
    c = rng.randint(1, 100)
    s = rng.choice([k / 20 for k in range(1, 21)])
    if unit:
        x: float | int = rng.randint(0, 20) / 20 if rng.random() < 0.5 else rng.randint(0, 10) / 10
    else:
        x = rng.randint(0, 100)
    return c, x, s


def _rows(rng: random.Random, family: str) -> list[Row]:
    unit = rng.choice(["hundred", "unit"]) == "unit"
    top = 1 if unit else 100
    if family == "ident":
        n = rng.randint(3, 6)
        acts = [_actor(rng, unit) for _ in range(n - 1)]
        dup = rng.randrange(len(acts))
        acts.insert(rng.randrange(len(acts) + 1), acts[dup])
        if rng.random() < 0.3 and n >= 4:  # a second pair
            acts[rng.randrange(n)] = acts[rng.randrange(n)]
        return acts
    acts = []
    for _ in range(rng.randint(2, 3)):
        c, x, s = _actor(rng, unit)
        acts += [(c, x, s), (c, round(top - x, 10) if unit else top - x, s)]
    if rng.random() < 0.5:
        c, _, s = _actor(rng, unit)
        acts.append((c, top / 2 if unit else 50, s))
    if rng.random() < 0.5:
        rng.shuffle(acts)
    return acts


def _csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["Actor", "Capability", "Position", "Salience"])
    for k, (c, x, s) in enumerate(rows):
        writer.writerow([chr(65 + k), c, repr(x) if isinstance(x, float) else x, repr(s)])
    return out.getvalue()


def _port_positions(model_cls: Any, text: str) -> list[list[float]] | None:
    model = model_cls(csv.DictReader(io.StringIO(text)), verbose=False)
    positions = [[a.x for a in model.actors]]
    try:
        for _ in range(ROUNDS):
            model.run_model(num_rounds=1)
            positions.append([a.x for a in model.actors])
    except ZeroDivisionError:
        return None
    return positions


def main(port_dir: str) -> None:
    sys.path.insert(0, str(Path(port_dir)))
    from port import BDMScholzModel  # type: ignore[import-not-found]

    rng = random.Random(SEED)
    cases = []
    for k in range(COUNT):
        family = "ident" if k % 2 == 0 else "mirror"
        name = f"{family}{k:03d}"
        text = _csv(_rows(rng, family))
        if k < FIRST or name in EXTRA:
            positions = _port_positions(BDMScholzModel, text)
            cases.append({"name": name, "csv": text, "positions": positions})
    json.dump({"rounds": ROUNDS, "seed": SEED, "cases": cases}, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
