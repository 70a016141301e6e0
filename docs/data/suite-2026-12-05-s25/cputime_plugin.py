"""Per-test wall and CPU seconds (this process's, all threads, plus reaped children's), one
line per test appended and flushed at once to $CPUTIME_DIR/cpu-<worker>.tsv, so that a run cut
short still leaves its data. Load with -p cputime_plugin (on PYTHONPATH)."""
import os
import resource
import time

import pytest

_DIR = os.environ.get("CPUTIME_DIR", ".")
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
_OUT = None
_T0 = time.perf_counter()


def _cpu() -> tuple[float, float]:
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), ch.ru_utime + ch.ru_stime


def _out():
    global _OUT
    if _OUT is None:
        _OUT = open(os.path.join(_DIR, f"cpu-{_WORKER}.tsv"), "a", encoding="utf-8")
    return _OUT


def pytest_collection_finish(session) -> None:
    own, kids = _cpu()
    _out().write(f"#collected\t{time.perf_counter() - _T0:.3f}\t{own:.3f}\t{kids:.3f}\t"
                 f"{os.getloadavg()[0]:.2f}\n")
    _out().flush()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    w0 = time.perf_counter()
    own0, kids0 = _cpu()
    yield
    own1, kids1 = _cpu()
    w1 = time.perf_counter()
    _out().write(f"{item.nodeid}\t{w1 - w0:.3f}\t{own1 - own0:.3f}\t{kids1 - kids0:.3f}\t"
                 f"{os.getloadavg()[0]:.2f}\n")
    _out().flush()
