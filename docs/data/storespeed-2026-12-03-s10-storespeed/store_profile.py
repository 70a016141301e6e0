"""Time and profile the parent's storing alone, and fingerprint the store it makes.

``code`` codes a long generated corpus once (bench/bench_news.py's ``make_corpus``, about
1,000 words an article, nlp coder, in this process), keeps the corpus beside the pickle (tasks
are grouped by file size) and pickles the coded shards; ``store`` stores them into a fresh
SQLite file in input order, as ``ingest_corpus`` does: per task of ``--workers 2``
(``store_shards``, signatures computed first and outside the timing, as the workers do) where
the build has it, else shard by shard (``store_shard``, in the builds before s10-storespeed;
the lead removed it after the merge, unused). It prints the CPU seconds of each
repeat (the last one under cProfile with ``--profile``), a hash of every row of every table
(``ingested_at`` and ``finished_at`` left out: clock times) and the profile's top. Run
``store`` once per build, with that build's src first on PYTHONPATH, and compare:

    PYTHONPATH=src python3 store_profile.py code 40 /tmp/coded40.pkl
    PYTHONPATH=OLD/src python3 store_profile.py store /tmp/coded40.pkl --repeat 3
    PYTHONPATH=src python3 store_profile.py store /tmp/coded40.pkl --repeat 3 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import resource
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))

from bench_news import make_corpus  # noqa: E402

from accord.news.corpus import (  # noqa: E402
    CodedShard,
    ShardTask,
    _groups,
    code_shards,
    find_shards,
)

try:
    from accord.news.corpus import store_shards
except ImportError:  # the build before s10-storespeed (7aa34a6)
    from accord.news.corpus import store_shard

    store_shards = None

CLOCKS = {"ingested_at", "finished_at"}


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def code(n: int, out: Path) -> None:
    from accord.news.nlp.coder import NlpCoder

    with tempfile.TemporaryDirectory() as tmp:
        # kept beside the pickle: the tasks are grouped by their files' sizes
        folder = out.with_suffix(".corpus")
        folder.mkdir()
        make_corpus(folder, n, sentences=(76, 88))
        shards, _ = find_shards([folder])
        coder = NlpCoder()
        # url set so that the shards come back with their documents to store
        url = f"sqlite:///{Path(tmp) / 'probe.db'}"
        tasks = [ShardTask(s, url, None, coder) for s in shards]
        coded = code_shards(tasks)
        pairs = [(t.shard, c) for t, c in zip(tasks, coded, strict=True)]
    out.write_bytes(pickle.dumps(pairs))
    print(f"{len(pairs)} shards, {sum(len(c.to_store) for _, c in pairs)} documents -> {out}")


def fingerprint(db: Path) -> str:
    con = sqlite3.connect(db)
    digest = hashlib.sha256()
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in sorted(tables):
        cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in cols if c not in CLOCKS]
        rows = sorted(repr(r) for r in con.execute(f"SELECT {', '.join(keep)} FROM {table}"))
        digest.update(f"{table}:{len(rows)}\n".encode())
        for r in rows:
            digest.update(r.encode())
        print(f"  {table}: {len(rows)} rows")
    con.close()
    return digest.hexdigest()


def store(pickled: Path, repeat: int, profile: bool) -> None:
    pairs = pickle.loads(pickled.read_bytes())
    times = []
    for k in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "store.db"
            url = f"sqlite:///{db}"
            tasks = [ShardTask(shard, url, None, None) for shard, _ in pairs]
            fresh = [pickle.loads(pickle.dumps(c)) for _, c in pairs]
            if "signatures" in CodedShard.__dataclass_fields__:
                # this build's workers compute the signatures: done here, outside the timing
                from accord.news.store import document_signature

                for c in fresh:
                    c.signatures = [document_signature(doc) for doc, _ in c.to_store]
            from accord.news.corpus import _store

            _store(url, 0.8)  # open and migrate outside the timing, as ingest_corpus does
            prof = cProfile.Profile() if profile and k == repeat - 1 else None
            start = cpu()
            if prof:
                prof.enable()
            if store_shards is None:  # the old build: shard by shard
                for task, coded in zip(tasks, fresh, strict=True):
                    store_shard(task, coded)
            else:  # by task, as ingest_corpus does (groups as for --workers 2)
                at = 0
                for group in _groups(tasks, 2):
                    store_shards(group, fresh[at : at + len(group)])
                    at += len(group)
            if prof:
                prof.disable()
            times.append(cpu() - start)
            if k == repeat - 1:
                print("store hash", fingerprint(db))
            if prof:
                stats = pstats.Stats(prof)
                stats.sort_stats("cumulative").print_stats(35)
                stats.sort_stats("tottime").print_stats(25)
    print("store CPU s:", " ".join(f"{t:.3f}" for t in times), f"(min {min(times):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("code")
    c.add_argument("n", type=int)
    c.add_argument("out", type=Path)
    s = sub.add_parser("store")
    s.add_argument("pickled", type=Path)
    s.add_argument("--repeat", type=int, default=3)
    s.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if args.cmd == "code":
        code(args.n, args.out)
    else:
        store(args.pickled, args.repeat, args.profile)


if __name__ == "__main__":
    main()
