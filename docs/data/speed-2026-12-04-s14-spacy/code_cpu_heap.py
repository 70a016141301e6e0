"""s10-speed's ``code_cpu.py`` as a worker of the whole command codes: glibc's allocator told
to keep freed heap memory first (``accord.news.preload.retain_heap``, which the fork server
does before it forks the workers), then ``NlpCoder.code_documents`` on the benchmark's 40
long articles, five a call, in a fresh process after one warm-up sentence; CPU seconds.
Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s14-spacy/code_cpu_heap.py``."""

from __future__ import annotations

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

    kept = retain_heap()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, 40, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder(make_document("France met Germany in Paris."))
    start = time.process_time()
    events = 0
    for k in range(0, len(docs), 5):
        events += sum(len(found) for found in coder.code_documents(docs[k : k + 5]))
    cpu = time.process_time() - start
    print(f"{cpu:.3f} CPU s, {len(docs)} articles, {events} events, heap kept {kept}")


if __name__ == "__main__":
    main()
