"""Code every development text and the benchmark's articles with the nlp coder; print one
hash of the full event output (and optionally write every event's repr).

Run it once per build with that build's ``src`` first on ``PYTHONPATH`` and compare:
``PYTHONPATH=OLD/src python docs/data/speed-2026-12-03-s10-speed/same_events.py --out old.txt``
then the same with this branch's ``src`` (``--out new.txt``); ``cmp old.txt new.txt``.

Texts: every record of ``rules_cv.dev_sets`` coded as a document of its own (through
``code_documents``, batched as a worker batches) and one by one (``code_document``: the
unbatched path), and the benchmark's corpora: 40 long generated articles (``make_corpus``,
the bench's seed) and the corpus without repeats (``make_distinct_corpus``, 20 articles).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))

from bench_news import make_corpus, make_distinct_corpus  # noqa: E402

from accord.news.nlp.coder import NlpCoder  # noqa: E402
from accord.news.nlp.rules_cv import dev_sets  # noqa: E402
from accord.news.readers import make_document, read_file  # noqa: E402
from accord.news.types import Document  # noqa: E402


def dev_documents() -> list[Document]:
    docs = []
    for dev in dev_sets(ROOT, ROOT.parent / "shared"):
        path = Path(dev.path)
        if not path.exists() or "s10" in path.name:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data if isinstance(data, list) else data.get("records", [])
        for row in rows:
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str) and text.strip():
                date = row.get("date")
                day = dt.date.fromisoformat(date[:10]) if isinstance(date, str) else None
                docs.append(make_document(text, date=day))
    return docs


def corpus_documents(tmp: Path) -> list[Document]:
    long_dir, distinct_dir = tmp / "long", tmp / "distinct"
    long_dir.mkdir()
    distinct_dir.mkdir()
    make_corpus(long_dir, 40, sentences=(76, 88))
    make_distinct_corpus(distinct_dir, 20)
    docs = []
    for folder in (long_dir, distinct_dir):
        for path in sorted(folder.iterdir()):
            docs.extend(read_file(path).documents)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="write every event's repr here, one a line")
    args = parser.parse_args()
    coder = NlpCoder()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = corpus_documents(Path(tmp))
    dev = dev_documents()
    lines: list[str] = []
    start = time.process_time()
    for name, docs, batched in (
        ("dev, batched", dev, True),
        ("dev, one by one", dev, False),
        ("bench corpora, batched", corpus, True),
    ):
        coded = coder.code_documents(docs) if batched else [coder.code_document(d) for d in docs]
        events = [repr(e) for found in coded for e in found]
        digest = hashlib.sha256("\n".join(events).encode()).hexdigest()
        print(f"{name}: {len(docs)} documents, {len(events)} events, sha256 {digest[:16]}")
        lines.append(f"# {name}")
        lines.extend(events)
    print(f"CPU {time.process_time() - start:.2f} s")
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
