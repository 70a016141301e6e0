"""Per-step CPU seconds of a ``steps.log`` (lines ``BUILD HH:MM:SS load L1 L2 L3 JSON`` of
s13-startup's ``steps.py``): each build's values per step, its median, and the fork server's
serial steps summed (the rules warm-up, spaCy's import and the nlp warm-up, with
``accord.news.corpus``). Usage: python3 steps_table.py LOG"""

from __future__ import annotations

import json
import statistics
import sys

SERIAL = ("import accord.news.corpus", "rules coder warm-up", "import spaCy", "nlp coder warm-up")


def main() -> None:
    cpu: dict[str, dict[str, list[float]]] = {}
    with open(sys.argv[1]) as handle:
        for line in handle:
            build, _, _, *_, rest = line.split(" ", 6)
            steps = json.loads(rest[rest.index("[") :])
            row = cpu.setdefault(build, {})
            total = 0.0
            for name, seconds, _wall in steps:
                row.setdefault(name, []).append(seconds)
                if name.startswith(SERIAL):
                    total += seconds
            row.setdefault("fork server's serial steps", []).append(round(total, 3))
    for build, row in cpu.items():
        print(f"## {build} ({len(next(iter(row.values())))} runs)")
        for name, values in row.items():
            print(f"{name}: median {statistics.median(values):.3f}  {values}")


if __name__ == "__main__":
    main()
