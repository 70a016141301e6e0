"""Paired whole commands on the benchmark's corpus with its JSON Lines file kept whole (s17-speed):
``bench/bench_news.py``'s ``make_corpus`` (N long articles: about 70 % one-article text files,
10 % HTML pages, and 20 % rows of one ``wire.jsonl``, which sorts last), not split into one file
per row as the benchmark splits it, so the corpus ends with one large file of many documents.
``accord ingest DIR --db DB --coder nlp --workers 2`` as a fresh process with the start's
``src`` and this checkout's, alternated, ROUNDS pairs: wall seconds, the process tree's CPU
seconds (``bench_news._whole_command``: this process a child subreaper), documents and
events stored, and the load before each run. From the repository root:
``nice python3 docs/data/speed-2026-12-04-s17-speed/paired_whole_file.py START ROUNDS [N]``
(``START``: a folder holding the start's ``src``)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def run(src: str, folder: Path, db: Path) -> tuple[float, float, int, int]:
    """One whole command (``bench_news._whole_command``, with ``src`` first on the path):
    wall s, tree CPU s, documents and events stored."""
    from bench_news import _whole_command

    os.environ["PYTHONPATH"] = src
    found = _whole_command(folder, db, "nlp", 2)
    with sqlite3.connect(db) as connection:
        events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
    return found["seconds"], found["tree_cpu_s"], found["articles"], events


def main() -> None:
    start, rounds = sys.argv[1], int(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    sys.path.insert(0, "bench")
    from bench_news import make_corpus

    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the compiled files used, as installed
    subprocess.run([sys.executable, "-m", "compileall", "-q", "src", f"{start}/src"], check=True)
    work = Path(tempfile.mkdtemp())
    folder = work / "corpus"
    folder.mkdir()
    make_corpus(folder, n, sentences=(76, 88))
    wire = folder / "wire.jsonl"
    rows = len(wire.read_text().splitlines())
    print(f"{n} articles, wire.jsonl {wire.stat().st_size} bytes, {rows} rows", flush=True)
    for r in range(rounds):
        for build, src in (("start", f"{start}/src"), ("new", "src")):
            db = work / f"{build}-{r}.db"
            load = _load()
            at = time.strftime("%H:%M:%S", time.gmtime())
            seconds, cpu, documents, events = run(str(Path(src).resolve()), folder, db)
            print(
                f"round {r + 1} {build} ({at} UTC, load {load}): whole command {seconds:.2f} s,"
                f" tree CPU {cpu:.2f} s, {documents} documents, {events} events",
                flush=True,
            )
            db.unlink()


if __name__ == "__main__":
    main()
