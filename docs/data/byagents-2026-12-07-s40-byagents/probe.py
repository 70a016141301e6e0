"""Probe sentences of s40-byagents (session 40): each coder's first two events (type, mode,
sources, targets, codes folded) for every line of a text file, to compare the start code with
the candidate.

    PYTHONPATH=SRC python3 docs/data/byagents-2026-12-07-s40-byagents/probe.py PROBES.txt
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold

    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    for line in Path(sys.argv[1]).read_text().splitlines():
        if not line.strip():
            continue
        print(line)
        for name, coder in coders.items():
            events = coder.code_sentence(line, None, None)[:2]
            got = [
                (e.event_type, e.mode, sorted(fold(e.sources)), sorted(fold(e.targets)))
                for e in events
            ]
            print("  ", name, got)


if __name__ == "__main__":
    main()
