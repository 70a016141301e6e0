"""s15-speed's ``same_events_s15.py`` for session 16 (s16-startup): this session's CHECK files
(news-heldout-s15 and s15b) are not coded at all (not even for a digest), otherwise unchanged.
Originally s14-coderspeed's ``same_events_s14.py``. Every development text of
``rules_cv.dev_sets`` and the benchmark's corpora, coded by the nlp coder (the READING files
batched with ``code_documents`` and one by one with ``code_document``) and by the rules coder
(``accord.news.coding.code_document``); one sha256 per group. With ``--out`` every event's repr
of the READING files and the corpora is written.

Run it once per build from this repository's root, that build's ``src`` first on
``PYTHONPATH``, and compare:
``PYTHONPATH=/tmp/s16su/start/src nice python3 $HERE/same_events_s16.py --out old.txt``
(``HERE=docs/data/startup-2026-12-04-s16-startup``) then with this branch's ``src`` (``--out
new.txt``); ``cmp old.txt new.txt`` and the digests.
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
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
CHECK = ("news-heldout-s15.json", "news-heldout-s15b.json")  # left out


def documents(paths: list[Path]) -> list[Any]:
    from accord.news.readers import make_document

    docs = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data if isinstance(data, list) else data.get("records", [])
        for row in rows:
            text = row.get("text") if isinstance(row, dict) else None
            if isinstance(text, str) and text.strip():
                date = row.get("date")
                day = dt.date.fromisoformat(date[:10]) if isinstance(date, str) else None
                docs.append(make_document(text, date=day))
    return docs


def main() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_news import make_corpus, make_distinct_corpus

    from accord.news.coding import code_document
    from accord.news.nlp.coder import NlpCoder
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.readers import read_file

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="write every event's repr of the READING files and corpora")
    args = parser.parse_args()
    paths = [Path(d.path) for d in dev_sets(ROOT, ROOT.parent / "shared")]
    reading = documents([p for p in paths if p.exists() and p.name not in CHECK])
    corpus = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, make, n in (("long", make_corpus, 40), ("distinct", make_distinct_corpus, 20)):
            folder = Path(tmp) / name
            folder.mkdir()
            if name == "long":
                make(folder, n, sentences=(76, 88))
            else:
                make(folder, n)
            for path in sorted(folder.iterdir()):
                corpus.extend(read_file(path).documents)
    coder = NlpCoder()
    lines: list[str] = []
    start = time.process_time()
    for name, docs, how, written in (
        ("nlp coder, READING files, batched", reading, "batched", True),
        ("nlp coder, READING files, one by one", reading, "single", True),
        ("nlp coder, bench corpora, batched", corpus, "batched", True),
        ("rules coder, READING files", reading, "rules", True),
        ("rules coder, bench corpora", corpus, "rules", True),
    ):
        if how == "batched":
            coded = coder.code_documents(docs)
        elif how == "single":
            coded = [coder.code_document(d) for d in docs]
        else:
            coded = [code_document(d) for d in docs]
        events = [repr(e) for found in coded for e in found]
        digest = hashlib.sha256("\n".join(events).encode()).hexdigest()
        print(f"{name}: {len(docs)} documents, {len(events)} events, sha256 {digest[:16]}")
        if written:
            lines.append(f"# {name}")
            lines.extend(events)
    print(f"CPU {time.process_time() - start:.2f} s")
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
