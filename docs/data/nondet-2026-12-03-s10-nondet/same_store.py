"""Does `accord ingest DIR --db DB --coder nlp --workers N` give the same store for N = 1, 2, 2?

The bench's 200 long articles (bench/bench_news.py: ``make_corpus``, one article a shard),
ingested by the command as a user runs it, with the code on ``PYTHONPATH``; then every row of
every table of the three stores is compared, every column but the two clocks (when a document
was stored, when a shard was finished). Prints one JSON line. Run from the checkout:
``PYTHONPATH=src python3 docs/data/nondet-2026-12-03-s10-nondet/same_store.py [N] [CODER]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[3]  # the checkout
sys.path.insert(0, str(ROOT / "bench"))

from bench_news import _corpus, _one_shard_per_article  # noqa: E402

import accord  # noqa: E402
from accord.news.store import Base, Store  # noqa: E402

CLOCKS = {"ingested_at", "finished_at"}


def rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    with Store(url) as store, store.engine.connect() as con:
        return {
            name: [
                tuple(r)
                for r in con.execute(
                    select(*(c for c in t.columns if c.name not in CLOCKS)).order_by(
                        *t.primary_key.columns
                    )
                )
            ]
            for name, t in Base.metadata.tables.items()
        }


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    coder = sys.argv[2] if len(sys.argv) > 2 else "nlp"
    out: dict[str, object] = {"accord": accord.__file__, "articles": n, "coder": coder}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        _corpus(folder, n, long=True, distinct=False)
        _one_shard_per_article(folder)
        stores = {}
        for label, workers in (("workers 1", 1), ("workers 2", 2), ("workers 2 again", 2)):
            db = Path(tmp) / f"{label.replace(' ', '-')}.db"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", "from accord.cli import main; main()", "ingest",
                 str(folder), "--db", str(db), "--coder", coder, "--workers", str(workers)],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            stores[label] = rows(f"sqlite:///{db}")
            out[f"{label}: seconds"] = round(time.perf_counter() - started, 1)
            out[f"{label}: events"] = len(stores[label]["events"])
            out[f"{label}: event_documents"] = len(stores[label]["event_documents"])
        serial = stores["workers 1"]
        for label in ("workers 2", "workers 2 again"):
            differ = [t for t in serial if stores[label][t] != serial[t]]
            out[f"{label}: tables differing from workers 1"] = differ
            out[f"{label}: event rows not in workers 1"] = len(
                set(stores[label]["events"]) - set(serial["events"])
            )
    print(json.dumps(out))


if __name__ == "__main__":
    main()
