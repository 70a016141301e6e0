"""Session 33 (s33-repro): the CPU and wall time of loading a tables file as
``accord.news.tables.shipped`` does (decompress, unpickle with the collector off; the classes'
modules imported by the unpickler), in a fresh process: ``python3 load_time.py FILE`` prints
``CPU WALL`` in seconds. Run alternately on the file written before and after the change
(``loads.txt``: 15 pairs, session 33)."""

from __future__ import annotations

import gc
import pickle
import sys
import time
import zlib


def load_time(path: str) -> tuple[float, float]:
    """CPU and wall seconds of decompressing and unpickling the tables of ``path``."""
    with open(path, "rb") as handle:
        body = handle.read().partition(b"\n")[2]
    cpu, wall = time.process_time(), time.perf_counter()
    gc.disable()
    pickle.loads(zlib.decompress(body))
    gc.enable()
    return time.process_time() - cpu, time.perf_counter() - wall


if __name__ == "__main__":
    spent = load_time(sys.argv[1])
    print(f"{spent[0]:.4f} {spent[1]:.4f}")
