"""Validating large scenario files (issue 12: a 19.6 MB YAML scenario took 231 s and 1.9 GB).

A large scenario is made from the bundled ukraine-2025-02 case: its actors copied ``k`` times
(``USA``, ``USA_1``, ... with the same stances and evidence), the issues and sources kept, so
the file grows linearly in ``k`` and stays valid. Each size is written as YAML and JSON and
timed through ``accord.scenario.io.load`` (what ``accord validate`` does), best of
``--repeat`` runs, with the peak memory of the process measured by ``tracemalloc`` in a
separate pass. Seconds per megabyte should stay flat as the file grows (linear cost).

``python bench/bench_validate.py [--copies 10 40 160] [--repeat 1]``
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, machine, print_table

DEFAULT_COPIES = (10, 40, 160)


def large_scenario_data(copies: int) -> dict[str, Any]:
    """The bundled ukraine-2025-02 scenario with every actor (and its stances) ``copies``
    times; copy 0 keeps the original ids so that the institutions section stays valid."""
    from accord.scenario import load_bundled
    from accord.scenario.io import scenario_to_data

    base = scenario_to_data(load_bundled("ukraine-2025-02"))
    actors, stances = [], []
    for k in range(copies):
        suffix = f"_{k}" if k else ""
        for actor in base["actors"]:
            actors.append({**copy.deepcopy(actor), "id": actor["id"] + suffix})
        for stance in base["stances"]:
            stances.append({**copy.deepcopy(stance), "actor": stance["actor"] + suffix})
    return {**base, "actors": actors, "stances": stances}


def write_large(folder: Path, copies: int) -> dict[str, Path]:
    """The scenario of :func:`large_scenario_data` as ``.yaml`` and ``.json`` files."""
    from accord.scenario.io import scenario_from_data, write_json, write_yaml

    scenario = scenario_from_data(large_scenario_data(copies))
    paths = {"yaml": folder / f"large-{copies}.yaml", "json": folder / f"large-{copies}.json"}
    paths["yaml"].write_text(write_yaml(scenario), encoding="utf-8")
    paths["json"].write_text(write_json(scenario), encoding="utf-8")
    return paths


def _peak_mb(path: Path) -> float:
    from accord.scenario.io import load

    tracemalloc.start()
    try:
        load(path)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run(copies: tuple[int, ...] = DEFAULT_COPIES, repeat: int = 1) -> list[dict[str, Any]]:
    from accord.scenario.io import load

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in copies:
            for fmt, path in write_large(Path(tmp), k).items():
                mb = path.stat().st_size / 1e6
                seconds, scenario = best_of(lambda p=path: load(p), repeat)
                rows.append(
                    {
                        "case": f"{fmt}, {len(scenario.actors)} actors",
                        "stances": len(scenario.stances),
                        "MB": round(mb, 1),
                        "seconds": round(seconds, 2),
                        "s/MB": round(seconds / mb, 3),
                        "peak MB": round(_peak_mb(path), 0),
                    }
                )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=list(DEFAULT_COPIES))
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--write", type=Path, help="only write the files for COPIES[0] here")
    args = parser.parse_args()
    if args.write:
        for path in write_large(args.write, args.copies[0]).values():
            print(path, f"{path.stat().st_size / 1e6:.1f} MB")
        return
    print(machine())
    print_table(
        "scenario validation (accord.scenario.io.load)", run(tuple(args.copies), args.repeat)
    )


if __name__ == "__main__":
    main()
