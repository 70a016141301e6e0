"""cProfile of ``NlpCoder.code_documents`` on the benchmark's long corpus (as ``code_cpu.py
long`` of s10-speed: 40 generated articles of about 1,000 words, five a call, after one warm-up
sentence). Prints the top functions by cumulative and by own time; ``--out FILE`` writes the
pstats file. Usage, from the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s13-speed/profile_cpu.py [N]``."""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.nlp.coder import NlpCoder
    from accord.news.readers import make_document, read_file

    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=40)
    parser.add_argument("--out")
    parser.add_argument("--top", type=int, default=45)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, args.n, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder(make_document("France met Germany in Paris."))
    prof = cProfile.Profile()
    prof.enable()
    for i in range(0, len(docs), 5):
        coder.code_documents(docs[i : i + 5])
    prof.disable()
    stats = pstats.Stats(prof)
    if args.out:
        stats.dump_stats(args.out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
