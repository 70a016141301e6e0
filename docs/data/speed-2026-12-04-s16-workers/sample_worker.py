"""A sampling profile of what a worker of the whole command does per task, on the benchmark's
long articles: glibc told to keep freed heap (as the fork server does), then, per task of
``--batch`` articles (16: ``corpus.GROUP_SHARDS``), ``NlpCoder.code_documents``, each
document's MinHash signature and the pickled result the worker sends back (the documents and
their events). A ``SIGPROF`` timer every ``--interval`` CPU seconds records the stack
(s13-speed's ``sample_cpu.py``: inclusive share = samples with the function on the stack).
Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s16-workers/sample_worker.py [N]``."""

from __future__ import annotations

import argparse
import pickle
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from types import FrameType


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.minhash import document_signature
    from accord.news.nlp.coder import NlpCoder
    from accord.news.preload import retain_heap
    from accord.news.readers import make_document, read_file

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--interval", type=float, default=0.002)
    parser.add_argument("--top", type=int, default=70)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--lines", nargs="*", default=[])
    args = parser.parse_args()
    retain_heap()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, args.n, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder(make_document("France met Germany in Paris."))
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    lines: Counter[tuple[str, int]] = Counter()
    wanted = set(args.lines)
    total = 0

    def name(frame: FrameType) -> str:
        code = frame.f_code
        path = code.co_filename
        short = path.split("/src/")[-1] if "/src/" in path else path.split("/")[-1]
        return f"{short}:{code.co_name}"

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal total
        total += 1
        seen = set()
        first = True
        while frame is not None:
            key = name(frame)
            if first:
                own[key] += 1
                first = False
            if key not in seen:
                seen.add(key)
                inclusive[key] += 1
                if frame.f_code.co_name in wanted:
                    lines[(key, frame.f_lineno)] += 1
            frame = frame.f_back

    def task(batch: list) -> bytes:
        found = coder.code_documents(batch)
        signatures = [document_signature(doc) for doc in batch]
        return pickle.dumps((list(zip(batch, found, strict=True)), signatures))

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, args.interval, args.interval)
    start = time.process_time()
    for _ in range(args.repeat):
        for i in range(0, len(docs), args.batch):
            task(docs[i : i + args.batch])
    cpu = time.process_time() - start
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{cpu:.3f} CPU s, {len(docs) * args.repeat} articles, {total} samples")
    print("\ninclusive (share of samples with the function on the stack)")
    for key, count in inclusive.most_common(args.top):
        print(f"{100 * count / total:6.1f} %  {key}")
    print("\nown (share of samples with the function on top)")
    for key, count in own.most_common(args.top):
        print(f"{100 * count / total:6.1f} %  {key}")
    for func in args.lines:
        print(f"\nlines of {func} (share of all samples, inclusive)")
        rows = sorted(
            ((k, c) for k, c in lines.items() if k[0].endswith(":" + func)), key=lambda kc: -kc[1]
        )
        for (key, line), count in rows[: args.top]:
            print(f"{100 * count / total:6.1f} %  {key}:{line}")


if __name__ == "__main__":
    main()
