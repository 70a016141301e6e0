"""In-process A/B of the calibrated confidence's cost (session 16, the lead): the nlp coder codes
the same 40 long bench articles with :func:`accord.news.event_confidence.calibrate` and with it
replaced by the identity, alternated, 3 rounds; process CPU seconds and their ratio. It also
counts the rules coder's sentence readings the calibration's agreement features had to do
afresh (cache misses of ``_rules_events``). From the repository root::

    PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s16-final/calibration_cost.py
"""

from __future__ import annotations

import sys
import time
from typing import Any


def main() -> None:
    sys.path.insert(0, "bench")  # the benchmark's article generator
    import bench_news

    import accord.news.event_confidence as confidence
    import accord.news.nlp.coder as nlp_coder
    from accord.news.coders import get_coder

    docs = bench_news.long_documents(40)
    coder: Any = get_coder("nlp", strict=True).coder
    coder.code_documents(docs[:2])  # models loaded
    calibrate = confidence.calibrate
    misses = {"calibration": 0}

    def counted(events: Any, *args: Any, **kwargs: Any) -> Any:
        before = nlp_coder._rules_events.cache_info().misses
        out = calibrate(events, *args, **kwargs)
        misses["calibration"] += nlp_coder._rules_events.cache_info().misses - before
        return out

    def spent(label: str) -> float:
        start = time.process_time()
        out = coder.code_documents(docs)
        seconds = time.process_time() - start
        print(label, round(seconds, 3), "s,", sum(len(x) for x in out), "events")
        return seconds

    for _ in range(3):
        confidence.calibrate = counted
        calibrated = spent("calibrated")
        confidence.calibrate = lambda events, *args, **kwargs: events
        raw = spent("raw")
        print("ratio", round(calibrated / raw, 4), "sentences read afresh", misses)
        misses["calibration"] = 0


if __name__ == "__main__":
    main()
