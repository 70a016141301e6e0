"""What the scripts of this folder share: the nlp coder as a worker of the whole command has
it (glibc keeping freed heap, as the fork server sets it; the models loaded and warmed on one
sentence) and the benchmark's long articles, read as the ingest reads them."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

TASK = 16
"""Articles a worker's task holds (``accord.news.corpus.GROUP_SHARDS``)."""


def worker_coder(n: int) -> tuple[Any, list[Any]]:
    """The warmed nlp coder and ``n`` long articles of ``bench/bench_news.py``."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_news import make_corpus

    from accord.news.nlp.coder import NlpCoder
    from accord.news.preload import retain_heap
    from accord.news.readers import make_document, read_file

    retain_heap()
    folder = Path(tempfile.mkdtemp())
    make_corpus(folder, n, sentences=(76, 88))
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder(make_document("France met Germany in Paris."))
    return coder, docs
