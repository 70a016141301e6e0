"""CPU seconds of ``NlpCoder.code_documents`` on the benchmark's long corpus, called with
CHUNK articles a call (a worker's task) and the parser's batch ``PARSE_BATCH`` set to BATCH,
in rounds that alternate the settings in one process (after one warm-up pass over the corpus
with the first setting). Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s13-speed/chunk_cpu.py N ROUNDS
CHUNK:BATCH [CHUNK:BATCH ...]``."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    import accord.news.nlp.coder as coder_module
    from accord.news.nlp.coder import NlpCoder
    from accord.news.readers import read_file

    n, rounds = int(sys.argv[1]), int(sys.argv[2])
    settings = [tuple(int(x) for x in arg.split(":")) for arg in sys.argv[3:]]
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, n, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder.code_documents(docs[:10])
    totals: dict[tuple[int, ...], list[float]] = {s: [] for s in settings}
    for r in range(rounds):
        for chunk, batch in settings:
            coder_module.PARSE_BATCH = batch
            start = time.process_time()
            events = sum(
                len(found)
                for i in range(0, len(docs), chunk)
                for found in coder.code_documents(docs[i : i + chunk])
            )
            cpu = time.process_time() - start
            totals[(chunk, batch)].append(cpu)
            print(f"round {r + 1} chunk {chunk} batch {batch}: {cpu:.3f} CPU s, {events} events")
    for (chunk, batch), cpus in totals.items():
        mean = sum(cpus) / len(cpus)
        per = 1000 * mean / len(docs)
        print(f"chunk {chunk} batch {batch}: mean {mean:.3f} CPU s, {per:.1f} ms/article")


if __name__ == "__main__":
    main()
