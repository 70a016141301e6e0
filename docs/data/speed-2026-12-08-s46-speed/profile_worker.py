"""cProfile of one worker's coding (session 46, s46-speed): the warmed nlp coder of a worker
(s16-workers' ``worker_setup``) codes ``N`` long articles of the benchmark's corpus in tasks of
``TASK`` documents through ``NlpCoder.code_documents``, as a worker does; a first round warms
the memos, the second is profiled. Prints the top ``--top`` functions by cumulative and by own
time. From the repository root: ``PYTHONPATH=src nice python3
docs/data/speed-2026-12-08-s46-speed/profile_worker.py [N] [--top K] [--out FILE]``."""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    here = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(here / "speed-2026-12-04-s16-workers"))
    from worker_setup import TASK, worker_coder

    coder, docs = worker_coder(args.n)

    def run() -> None:
        for k in range(0, len(docs), TASK):
            coder.code_documents(docs[k : k + TASK])

    run()
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    run()
    profile.disable()
    for key in ("cumulative", "tottime"):
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats(key).print_stats(args.top)
        print(text.getvalue())
    if args.out:
        profile.dump_stats(args.out)


if __name__ == "__main__":
    main()
