"""What the resume check of a corpus run costs (session 18, s18-quality): the time of
``Store.shard_coders`` (one pass over the stored documents) for 1,000 shards, on a SQLite store
of N copies of one coded document spread over 1,000 file paths.

    PYTHONPATH=src:. nice python3 docs/data/resume-2026-12-04-s18-quality/shard_coders_scan.py 50000
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tests.news.test_ingest import ARTICLE

from accord.news.coders import RulesCoder
from accord.news.ingest import ingest_documents
from accord.news.store import Store
from accord.news.types import Document


def main(copies: int) -> None:
    folder = Path(tempfile.mkdtemp())
    path = folder / "big.db"
    url = f"sqlite:///{path}"
    doc = Document("x", "t", ARTICLE * 8, dt.date(2025, 2, 1), path="/c/part-0.jsonl")
    with Store(url) as store:
        ingest_documents([doc], store, coder=RulesCoder())
    connection = sqlite3.connect(path)
    columns = [row[1] for row in connection.execute("PRAGMA table_info(documents)")]
    copied = {"id": "id || '-' || n", "path": "'/c/part-' || (n % 1000) || '.jsonl'"}
    chosen = ", ".join(copied.get(c, c) for c in columns)
    connection.execute(
        f"INSERT INTO documents ({', '.join(columns)}) WITH RECURSIVE s(n) AS (SELECT 1 "
        f"UNION ALL SELECT n + 1 FROM s WHERE n < {copies}) SELECT {chosen} FROM documents, s"
    )
    connection.commit()
    connection.close()
    print(f"{copies} documents, {path.stat().st_size // 2**20} MiB")
    shards = [(f"k{i}", f"/c/part-{i}.jsonl") for i in range(1000)]
    with Store(url) as store:
        for _ in range(3):
            started = time.perf_counter()
            found = store.shard_coders(shards)
            print(f"shard_coders: {time.perf_counter() - started:.3f} s, {len(found)} shards")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main(int(sys.argv[1]))
