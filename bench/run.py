"""Run every benchmark, or those named: ``python bench/run.py [smp ...]``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import machine, print_table  # noqa: E402


def main(names: list[str]) -> None:
    topics = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    chosen = names or topics
    unknown = sorted(set(chosen) - set(topics))
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(topics)}")
    print(f"Machine: {machine()}\n")
    for topic in chosen:
        module = importlib.import_module(f"bench_{topic}")
        print_table(topic, module.run())


if __name__ == "__main__":
    main(sys.argv[1:])
