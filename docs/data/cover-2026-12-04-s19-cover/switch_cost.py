"""In-process paired A/B of one ``RoleRules`` switch's cost (s19-cover; s17's
``learned_first_cost.py`` for any switch): the nlp coder codes the same 40 long bench
articles with the switch on and off, alternated, ROUNDS rounds; process CPU seconds, each
round's ratio and their median. From the worktree root::

    PYTHONPATH=src nice python3 docs/data/cover-2026-12-04-s19-cover/switch_cost.py SWITCH [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from typing import Any


def main() -> None:
    sys.path.insert(0, "bench")  # the benchmark's article generator
    import bench_news

    from accord.news.coders import get_coder

    switch = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    docs = bench_news.long_documents(40)
    coder: Any = get_coder("nlp", strict=True).coder
    coder.code_documents(docs[:2])  # models loaded
    on = replace(coder.rules, **{switch: True})
    off = replace(coder.rules, **{switch: False})

    ratios = []
    for k in range(rounds):
        times = {}
        for state in (True, False) if k % 2 == 0 else (False, True):  # alternate who goes first
            coder.rules = on if state else off
            start = time.process_time()
            events = sum(len(x) for x in coder.code_documents(docs))
            times[state] = time.process_time() - start
            print(switch, "on" if state else "off", round(times[state], 3), "s,", events, "events")
        ratios.append(times[True] / times[False])
        print("ratio", round(ratios[-1], 4), flush=True)
    print("median ratio", round(statistics.median(ratios), 4), flush=True)


if __name__ == "__main__":
    main()
