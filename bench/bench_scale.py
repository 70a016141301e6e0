"""Scale-out: a sharded corpus on a Dask LocalCluster, a 1,000,000-run BDM ensemble, a
10,000-point sweep.

* corpus: ``N`` short synthetic articles (three template sentences each, from
  ``bench_news._sentence``: real actor names, so the rule coder does real work) in JSON Lines
  shards of 1,000, coded by ``accord.news.coding.code_document`` into Parquet partitions
  (``accord.news.corpus.ingest_corpus``) on a ``LocalCluster`` of 1 and of 2 single-threaded
  worker processes. Reported: articles/s and the 2-worker speed-up. The store is not in this
  loop (its writes are measured by bench_news): this is the per-article coding cost that a
  cluster divides.
* store: the same short articles stored without coding into a fresh SQLite file, the cost
  per document in the first and the second half (near-duplicate lookup by LSH bands).
* ensemble: the 1,000,000-run BDM Monte Carlo of the bundled ukraine-2025-02 scenario, in this
  process and on 2 local processes.
* sweep: 10,000 BDM forecasts of ukraine-2025-02 (USA's and Russia's ceasefire positions on a
  100 x 100 grid) on 2 local processes.

The machine is shared: the load average is recorded before each case, and CPU seconds where
they are this process's. ``python bench/bench_scale.py [corpus|ensemble|sweep] [N]``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_news import _sentence  # noqa: E402

SEED = 20250224
SHARD = 1000


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def make_corpus(folder: Path, n: int, seed: int = SEED) -> int:
    """``n`` short articles (3 sentences) in JSON Lines shards of ``SHARD``; returns shards."""
    rng = np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    shards = 0
    for start in range(0, n, SHARD):
        lines = []
        for i in range(start, min(n, start + SHARD)):
            text = " ".join(_sentence(rng) for _ in range(3))
            day = 1 + i % 28
            lines.append(json.dumps({"text": f"{text} (item {i})", "date": f"2025-02-{day:02d}"}))
        (folder / f"shard-{shards:05d}.jsonl").write_text("\n".join(lines) + "\n")
        shards += 1
    return shards


def corpus(n: int = 200_000) -> list[dict[str, Any]]:
    from accord.execution import DaskExecutor
    from accord.news.corpus import ingest_corpus

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        make_corpus(folder, n)
        rates = {}
        for workers in (1, 2):
            load = _load()
            with DaskExecutor(workers=workers) as executor:
                executor.map(abs, [1, 2])  # workers up and warm before the clock starts
                started = time.perf_counter()
                report = ingest_corpus(
                    [folder], url=None, parquet=Path(tmp) / f"out{workers}", executor=executor
                )
                seconds = time.perf_counter() - started
            assert report.total("documents_read") == n, report.problems[:3]
            rates[workers] = n / seconds
            busy = sum(s.seconds for s in report.shards)
            cpu = sum(s.cpu_seconds for s in report.shards)
            rows.append(
                {
                    "case": f"corpus {n} articles, LocalCluster {workers} worker(s)",
                    "seconds": seconds,
                    "articles/s": rates[workers],
                    "worker ms/article": 1000 * busy / n,
                    "worker cpu ms/article": 1000 * cpu / n,
                    "events": report.total("events_written"),
                    "load before": load,
                }
            )
        rows.append({"case": "speed-up 2 workers / 1", "ratio": rates[2] / rates[1]})
    return rows


def store(n: int = 20_000) -> list[dict[str, Any]]:
    """Store writes without coding into a fresh SQLite file, in two halves: with MinHash LSH
    the cost per document must not grow with the documents already stored (a linear scan of
    signatures would)."""
    from accord.news.corpus import ingest_corpus

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        make_corpus(Path(tmp) / "corpus", n)
        shards = sorted((Path(tmp) / "corpus").glob("*.jsonl"))
        url = f"sqlite:///{Path(tmp) / 'store.db'}"
        half = len(shards) // 2
        for label, part in (("first half", shards[:half]), ("second half", shards[half:])):
            load = _load()
            started, cpu = time.perf_counter(), time.process_time()
            report = ingest_corpus(part, url=url, coder=None)
            seconds, used = time.perf_counter() - started, time.process_time() - cpu
            docs = report.total("added")
            rows.append(
                {
                    "case": f"store {docs} documents, no coder, SQLite, {label}",
                    "seconds": seconds,
                    "documents/s": docs / seconds,
                    "cpu ms/document": 1000 * used / docs,
                    "near-dups": report.total("near_duplicates"),
                    "load before": load,
                }
            )
    return rows


def ensemble(runs: int = 1_000_000) -> list[dict[str, Any]]:
    from accord.engines import get_engine
    from accord.execution import InlineExecutor, ProcessExecutor
    from accord.forecast.ensemble import run_ensemble
    from accord.scenario import load_bundled, stance_arrays

    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    engine = get_engine("bdm")
    rows: list[dict[str, Any]] = []
    outcomes = []
    for label, executor in (("inline", InlineExecutor()), ("2 processes", ProcessExecutor(2))):
        load = _load()
        started = time.perf_counter()
        cpu = time.process_time()
        result = run_ensemble(engine, arrays, runs, seed=SEED, executor=executor)
        seconds = time.perf_counter() - started
        executor.close()
        outcomes.append(result.outcome)
        rows.append(
            {
                "case": f"BDM ensemble {runs} runs, ukraine-2025-02, {label}",
                "seconds": seconds,
                "runs/s": runs / seconds,
                "cpu s (this process)": time.process_time() - cpu,
                "load before": load,
            }
        )
        del result
    rows.append({"case": "identical outcomes", "ratio": float(np.array_equal(*outcomes))})
    return rows


def sweep(side: int = 100, engine: str = "bdm") -> list[dict[str, Any]]:
    from accord.execution import ProcessExecutor
    from accord.forecast.sweep import parse_dimension, run_sweep
    from accord.scenario import load_bundled

    scenario = load_bundled("ukraine-2025-02")
    step = 100 / (side - 1)
    dims = [
        parse_dimension(f"USA.ceasefire.position=0:100:{step!r}"),
        parse_dimension(f"RUS.ceasefire.position=0:100:{step!r}"),
    ]
    load = _load()
    with ProcessExecutor(2) as executor:
        started = time.perf_counter()
        result = run_sweep(scenario, engine, dims, seed=SEED, executor=executor)
        seconds = time.perf_counter() - started
    points = len(result.points)
    return [
        {
            "case": f"sweep {points} points, {engine}, ukraine-2025-02, 2 processes",
            "seconds": seconds,
            "points/s": points / seconds,
            "load before": load,
        }
    ]


def run() -> list[dict[str, Any]]:
    return corpus() + store() + ensemble() + sweep()


if __name__ == "__main__":
    from common import machine, print_table

    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    size: list[Any] = [int(sys.argv[2])] if len(sys.argv) > 2 else []
    size += sys.argv[3:4]  # sweep: the engine
    print(f"Machine: {machine()}; load {_load()}\n")
    cases = {"corpus": corpus, "store": store, "ensemble": ensemble, "sweep": sweep}
    rows = run() if which == "all" else cases[which](*size)
    print_table(f"scale ({which})", rows)
