"""Process CPU seconds of the parts of ``RoleRules.learned_first`` inside the nlp coder's pass
over the 40 long bench articles (session 18, s18-r2cost): each part wrapped in a timer (the
wrappers add a little), the switch on then off, twice. Parts absent from the code run are
skipped (the start has no ``ConfidenceModel.probabilities``). From the worktree root::

    PYTHONPATH=src nice python3 docs/data/rank-2026-12-04-s18-r2cost/part_times.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

spent: dict[str, float] = {}


def timed(owner: Any, name: str) -> None:
    """Replace ``owner.name`` by the same function adding its CPU time to :data:`spent`."""
    inner: Callable[..., Any] | None = getattr(owner, name, None)
    if inner is None:
        return

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> None:
    sys.path.insert(0, "bench")
    import bench_news

    from accord.news import event_choice
    from accord.news.coders import get_coder
    from accord.news.evidence_confidence import ConfidenceModel
    from accord.news.nlp import coder as module

    docs = bench_news.long_documents(40)
    coder: Any = get_coder("nlp", strict=True).coder
    coder.code_documents(docs[:2])  # models loaded
    for owner, name in (
        (module.NlpCoder, "_learned_first"),
        (module.NlpCoder, "_placed"),
        (module, "trigger_roots"),
        (event_choice, "candidate_rows"),
        (event_choice, "reorder"),
        (ConfidenceModel, "probability"),
        (ConfidenceModel, "probabilities"),
    ):
        timed(owner, name)
    for switch in (True, False, True, False):
        coder.rules = replace(coder.rules, learned_first=switch)
        spent.clear()
        start = time.process_time()
        out = coder.code_documents(docs)
        total = time.process_time() - start
        parts = {k: round(v, 3) for k, v in sorted(spent.items())}
        label = "on " if switch else "off"
        print(label, round(total, 3), "s,", sum(len(x) for x in out), "events", parts, flush=True)


if __name__ == "__main__":
    main()
