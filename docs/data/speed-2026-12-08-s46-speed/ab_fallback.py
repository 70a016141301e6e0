"""Session 46 (s46-speed), F: the fallback's reading taken from the candidates' cached one
(``NlpCoder._read_before``), A/B in one process. A worker's warmed nlp coder (s16-workers'
``worker_setup``) codes ``N`` long articles of the benchmark's corpus in tasks as a worker does
(``code_documents``), alternately with ``_read_before`` as written (new) and with it answering
None (start: every fallback sentence read again, as the start code does), in the order
start, new, new, start per round; the sentence caches of both coders are emptied before each
pass (each pass is a worker's first reading). Prints each pass's CPU and each round's ratio
new/start, and whether both arms' events (their reprs) are the same. F was not kept: apply
its patch first (``git apply docs/data/speed-2026-12-08-s46-speed/fallback-reuse.patch``),
then from the repository root: ``PYTHONPATH=src nice python3
docs/data/speed-2026-12-08-s46-speed/ab_fallback.py [N] [--rounds R]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "speed-2026-12-04-s16-workers"))
    from worker_setup import TASK, worker_coder

    from accord.news.nlp import classifier
    from accord.news.nlp import coder as C

    coder, docs = worker_coder(args.n)
    written = C.NlpCoder._read_before

    def never(self: Any, *args: Any) -> None:
        return None

    def run(arm: str) -> tuple[float, str]:
        C.NlpCoder._read_before = written if arm == "new" else never  # type: ignore[method-assign]
        for cached in (C._rules_events, C.sentence_mentions, classifier.sentence_tokens):
            cached.cache_clear()
        classifier._sentence_triggers.cache_clear()
        start = time.process_time()
        out = []
        for k in range(0, len(docs), TASK):
            out.extend(coder.code_documents(docs[k : k + TASK]))
        return time.process_time() - start, repr(out)

    run("start")  # warm both arms' paths once
    run("new")
    ratios = []
    for r in range(1, args.rounds + 1):
        cpu = {"start": 0.0, "new": 0.0}
        seen = set()
        for arm in ("start", "new", "new", "start"):
            spent, text = run(arm)
            cpu[arm] += spent
            seen.add(text)
            print(f"round {r} {arm:5s} {spent:7.3f} CPU s", flush=True)
        ratios.append(cpu["new"] / cpu["start"])
        print(f"round {r}: new/start {ratios[-1]:.3f}, same events: {len(seen) == 1}")
    print("ratios", " ".join(f"{x:.3f}" for x in ratios))


if __name__ == "__main__":
    main()
