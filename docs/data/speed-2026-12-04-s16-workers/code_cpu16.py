"""The nlp coder's CPU as a worker of the whole command spends it: glibc told to keep freed
heap (``accord.news.preload.retain_heap``, as the fork server does), then
``NlpCoder.code_documents`` on the benchmark's long articles sixteen a call (a task of
``corpus.GROUP_SHARDS`` one-article files), ``--repeat`` passes, in a fresh process after one
warm-up sentence; prints the CPU seconds of the coding and a digest of the events. Usage,
from the repository root: ``PYTHONPATH=TREE/src nice python3
docs/data/speed-2026-12-04-s16-workers/code_cpu16.py [N] [--repeat R]``."""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.nlp.coder import NlpCoder
    from accord.news.preload import retain_heap
    from accord.news.readers import make_document, read_file

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    retain_heap()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, args.n, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder(make_document("France met Germany in Paris."))
    digest = hashlib.sha256()
    events = 0
    start = time.process_time()
    for _ in range(args.repeat):
        for k in range(0, len(docs), 16):
            for found in coder.code_documents(docs[k : k + 16]):
                events += len(found)
                digest.update(repr(found).encode())
    cpu = time.process_time() - start
    print(
        f"{cpu:.3f} CPU s, {len(docs) * args.repeat} articles, {events} events, "
        f"{digest.hexdigest()[:16]}"
    )


if __name__ == "__main__":
    main()
