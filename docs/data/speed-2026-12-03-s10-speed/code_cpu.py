"""CPU seconds of ``NlpCoder.code_documents`` on the benchmark's corpus (``long``: 40
generated articles of about 1,000 words; ``distinct``: the 20 articles of development gold
sentences), five articles a call as a worker's task, in this fresh process after one warm-up
sentence (the coder's memos as empty as a worker's)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

from bench_news import make_corpus, make_distinct_corpus

from accord.news.nlp.coder import NlpCoder
from accord.news.readers import make_document, read_file


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    if sys.argv[1] == "long":
        make_corpus(folder, 40, sentences=(76, 88))
    else:
        make_distinct_corpus(folder, 20)
    docs = [d for path in sorted(folder.iterdir()) for d in read_file(path).documents]
    coder = NlpCoder()
    coder(make_document("France met Germany in Paris."))
    start = time.process_time()
    events = sum(
        len(found)
        for i in range(0, len(docs), 5)
        for found in coder.code_documents(docs[i : i + 5])
    )
    print(f"{time.process_time() - start:.3f} CPU s, {len(docs)} articles, {events} events")


if __name__ == "__main__":
    main()
