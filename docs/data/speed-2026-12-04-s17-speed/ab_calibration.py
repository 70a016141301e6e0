"""In-process A/B of the calibration's inputs worked out once (s17-speed): the benchmark's long
articles coded sixteen a call by the nlp coder, rounds alternated in one process between this
branch (B: the sentence's facts and the rules coder's reading once per sentence, the fallback's
readings reused by the agreement features) and the session's start (A: the start's
``accord.news.event_confidence`` module, loaded from ``START/src``, whose ``calibrate`` works
out every event's features on its own, and the agreement read afresh for every sentence, as
``NlpCoder.agreement`` did), glibc keeping freed heap as in a worker; CPU seconds per round and
the events' digest of each round (they must agree), and the CPU seconds inside
``NlpCoder._calibrated`` alone (the calibration, timed around each call in both builds).
From the repository root:
``PYTHONPATH=src nice python3 docs/data/speed-2026-12-04-s17-speed/ab_calibration.py START
[N] [--rounds R]`` (``START``: e.g. ``/tmp/s17sp/start``)."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    workers = Path(__file__).resolve().parents[1] / "speed-2026-12-04-s16-workers"
    sys.path.insert(0, str(workers))  # s16-workers' warmed coder and long articles
    from worker_setup import TASK, worker_coder

    import accord.news.event_confidence as confidence
    from accord.news.nlp import coder as coder_module

    parser = argparse.ArgumentParser()
    parser.add_argument("start")
    parser.add_argument("n", nargs="?", type=int, default=48)
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    path = Path(args.start) / "src" / "accord" / "news" / "event_confidence.py"
    spec = importlib.util.spec_from_file_location("start_event_confidence", path)
    assert spec is not None and spec.loader is not None
    start = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = start  # its dataclasses look their module up
    spec.loader.exec_module(start)
    coder, docs = worker_coder(args.n)
    NlpCoder = coder_module.NlpCoder
    agreement = NlpCoder.agreement

    def afresh(self: Any, date: Any, home: Any, readings: Any = None) -> Any:
        return agreement(self, date, home)

    calibrated = NlpCoder._calibrated
    inside = [0.0]

    def timed(self: Any, *args: Any) -> Any:
        begun = time.process_time()
        out = calibrated(self, *args)
        inside[0] += time.process_time() - begun
        return out

    NlpCoder._calibrated = timed  # type: ignore[method-assign]
    builds = {
        "A": (start.calibrate, afresh),
        "B": (confidence.calibrate, agreement),
    }

    def run(name: str) -> tuple[float, str]:
        confidence.calibrate, NlpCoder.agreement = builds[name]  # type: ignore[method-assign]
        inside[0] = 0.0
        digest = hashlib.sha256()
        begun = time.process_time()
        for k in range(0, len(docs), TASK):
            for found in coder.code_documents(docs[k : k + TASK]):
                digest.update(repr(found).encode())
        return time.process_time() - begun, digest.hexdigest()[:16]

    print("warm-up", *run("B"))
    totals = {"A": 0.0, "B": 0.0}
    calibration = {"A": 0.0, "B": 0.0}
    for r in range(args.rounds):
        for name in ("A", "B") if r % 2 == 0 else ("B", "A"):
            cpu, digest = run(name)
            totals[name] += cpu
            calibration[name] += inside[0]
            print(
                f"round {r + 1} {name}: {cpu:.3f} CPU s, calibration {inside[0]:.3f} CPU s,"
                f" events {digest}",
                flush=True,
            )
    print(f"B/A {totals['B'] / totals['A']:.4f} (A {totals['A']:.3f}, B {totals['B']:.3f} CPU s)")
    a, b = calibration["A"], calibration["B"]
    print(f"calibration: A {a:.3f}, B {b:.3f} CPU s, {(a - b) / totals['A']:.2%} of A's coding")


if __name__ == "__main__":
    main()
