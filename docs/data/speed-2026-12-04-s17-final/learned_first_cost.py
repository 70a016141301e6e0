"""In-process A/B of ``RoleRules.learned_first``'s cost (session 17, the lead): the nlp coder
codes the same 40 long bench articles with the switch on (s17-rank's candidate; off by default
since the end of session 17) and off,
alternated, 3 rounds; process CPU seconds and their ratio. The switch reads each sentence that
has events once more with the rules coder (object recipients on, the sentence's antecedent),
a reading nothing else in the nlp coder makes. From the repository root::

    PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s17-final/learned_first_cost.py
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from typing import Any


def main() -> None:
    sys.path.insert(0, "bench")  # the benchmark's article generator
    import bench_news

    from accord.news.coders import get_coder

    docs = bench_news.long_documents(40)
    coder: Any = get_coder("nlp", strict=True).coder
    coder.code_documents(docs[:2])  # models loaded
    on = replace(coder.rules, learned_first=True)
    off = replace(coder.rules, learned_first=False)

    def spent(label: str) -> float:
        start = time.process_time()
        out = coder.code_documents(docs)
        seconds = time.process_time() - start
        print(label, round(seconds, 3), "s,", sum(len(x) for x in out), "events", flush=True)
        return seconds

    for _ in range(3):
        coder.rules = on
        with_switch = spent("learned_first on")
        coder.rules = off
        without = spent("learned_first off")
        print("ratio", round(with_switch / without, 4), flush=True)


if __name__ == "__main__":
    main()
