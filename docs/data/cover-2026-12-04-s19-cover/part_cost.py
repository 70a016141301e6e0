"""Process CPU seconds inside the code each candidate adds, in the nlp coder's pass over the
40 long bench articles (s19-cover; s18-r2cost's ``part_times.py`` for these parts): B's
``NlpCoder._own_targets`` and the choice's ``_learned_first`` (where A's gate is scored),
against the pass's total; both candidates on, then off, three times. Robust to the
shared machine's load where a paired on / off ratio is not (its noise is several per cent)::

    PYTHONPATH=src nice python3 docs/data/cover-2026-12-04-s19-cover/part_cost.py
"""

from __future__ import annotations

import runpy
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

PART_TIMES = Path(__file__).parents[1] / "rank-2026-12-04-s18-r2cost" / "part_times.py"
"""s18-r2cost's script: its ``timed`` wrapper adds a part's CPU seconds to its ``spent``."""


def main() -> None:
    sys.path.insert(0, "bench")
    import bench_news

    from accord.news.coders import get_coder
    from accord.news.nlp import coder as module

    docs = bench_news.long_documents(40)
    coder: Any = get_coder("nlp", strict=True).coder
    coder.code_documents(docs[:2])  # models loaded
    parts = runpy.run_path(str(PART_TIMES))
    spent = parts["spent"]
    parts["timed"](module.NlpCoder, "_own_targets")
    parts["timed"](module.NlpCoder, "_learned_first")
    for k in range(6):
        on = k % 2 == 0
        coder.rules = replace(coder.rules, learned_own_targets=on, learned_gate_by_default=on)
        print("candidates on" if on else "candidates off", end=": ")
        spent.clear()
        start = time.process_time()
        coder.code_documents(docs)
        total = time.process_time() - start
        shares = {k: (round(v, 4), f"{100 * v / total:.2f} %") for k, v in spent.items()}
        print("total", round(total, 3), "s", shares, flush=True)


if __name__ == "__main__":
    main()
