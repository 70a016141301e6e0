"""Per-file totals of a pytest junit xml (each test's time: set-up, call and tear-down).

Usage, from the repository root: ``python3 docs/data/suitetime-2026-12-06-s35/per_file.py
before.xml [N]``: the N slowest test files (default 40), then the total over all of them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path


def module_of(classname: str) -> str:
    """The test file of a junit ``classname`` (``tests.cli.test_x`` or ``tests.cli.test_x.C``)."""
    parts = classname.split(".")
    for end in range(len(parts), 0, -1):
        path = "/".join(parts[:end]) + ".py"
        if Path(path).exists():
            return path
    return classname


def per_file(xml: Path) -> dict[str, tuple[int, float]]:
    """Test file -> (tests, seconds)."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for case in ET.parse(xml).getroot().iter("testcase"):
        entry = totals[module_of(case.get("classname", ""))]
        entry[0] += 1
        entry[1] += float(case.get("time", 0))
    return {name: (int(n), t) for name, (n, t) in totals.items()}


def main(argv: list[str]) -> None:
    totals = per_file(Path(argv[1]))
    top = int(argv[2]) if len(argv) > 2 else 40
    ranked = sorted(totals.items(), key=lambda kv: -kv[1][1])
    print(f"{'seconds':>9} {'tests':>6}  file")
    for name, (n, t) in ranked[:top]:
        print(f"{t:9.1f} {n:6d}  {name}")
    count, seconds = sum(n for n, _ in totals.values()), sum(t for _, t in totals.values())
    print(f"{seconds:9.1f} {count:6d}  total over {len(totals)} files")


if __name__ == "__main__":
    main(sys.argv)
