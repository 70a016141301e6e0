"""A sampling profile of what a worker of the whole command does per task, on the benchmark's
long articles: per task of sixteen articles (``worker_setup.TASK``),
``NlpCoder.code_documents``, each document's MinHash signature and the pickled result the
worker sends back (the documents and their events), glibc keeping freed heap as in a worker.
A ``SIGPROF`` timer every ``--interval`` CPU seconds records the stack, as s13-speed's
``sample_cpu.py`` does: a function's inclusive share is the share of samples with it on the
stack, its own share the samples with it on top (C code counts under the Python frame that
called it). Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s16-workers/sample_worker.py [N]``."""

from __future__ import annotations

import argparse
import pickle
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any


def _where(frame: FrameType) -> str:
    path = frame.f_code.co_filename
    short = path.split("/src/")[-1] if "/src/" in path else path.split("/")[-1]
    return f"{short}:{frame.f_code.co_name}"


class Sampler:
    """Counts, per ``SIGPROF`` tick, the functions on the main thread's stack."""

    def __init__(self, lines_of: set[str]) -> None:
        self.lines_of = lines_of
        self.ticks = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.lines: Counter[tuple[str, int]] = Counter()

    def tick(self, signum: int, frame: FrameType | None) -> None:
        self.ticks += 1
        if frame is not None:
            self.own[_where(frame)] += 1
        on_stack: set[str] = set()
        while frame is not None:
            where = _where(frame)
            if where not in on_stack:
                on_stack.add(where)
                self.inclusive[where] += 1
                if frame.f_code.co_name in self.lines_of:
                    self.lines[(where, frame.f_lineno)] += 1
            frame = frame.f_back

    def report(self, top: int) -> None:
        share = 100 / max(1, self.ticks)
        for title, counts in (
            ("inclusive (share of samples with the function on the stack)", self.inclusive),
            ("own (share of samples with the function on top)", self.own),
        ):
            print(f"\n{title}")
            for where, count in counts.most_common(top):
                print(f"{share * count:6.1f} %  {where}")
        for name in sorted(self.lines_of):
            print(f"\nlines of {name} (share of all samples, inclusive)")
            found = [(k, c) for k, c in self.lines.items() if k[0].endswith(":" + name)]
            for (where, line), count in sorted(found, key=lambda kc: -kc[1])[:top]:
                print(f"{share * count:6.1f} %  {where}:{line}")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from worker_setup import TASK, worker_coder

    from accord.news.minhash import document_signature

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--interval", type=float, default=0.002)
    parser.add_argument("--top", type=int, default=70)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--lines", nargs="*", default=[])
    args = parser.parse_args()
    coder, docs = worker_coder(args.n)
    sampler = Sampler(set(args.lines))

    def task(batch: list[Any]) -> bytes:
        found = coder.code_documents(batch)
        signatures = [document_signature(doc) for doc in batch]
        return pickle.dumps((list(zip(batch, found, strict=True)), signatures))

    signal.signal(signal.SIGPROF, sampler.tick)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    start = time.process_time()
    for _ in range(args.repeat):
        for k in range(0, len(docs), TASK):
            task(docs[k : k + TASK])
    cpu = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{cpu:.3f} CPU s, {len(docs) * args.repeat} articles, {sampler.ticks} samples")
    sampler.report(args.top)


if __name__ == "__main__":
    main()
