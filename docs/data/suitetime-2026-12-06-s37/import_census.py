"""Import every docs/data script as tests/test_docs.py does (one process, each from its own
folder, its siblings' modules dropped first) and say what each import cost: CPU and wall
seconds, characters printed, threads left running. The scripts that print on import, or take
more than a second, are the ones doing their work at import (session 37).

Usage, from the repository root: ``PYTHONPATH=src python3
docs/data/suitetime-2026-12-06-s37/import_census.py [N]``: the N costliest imports (default
20), then every import that printed or left a thread, then the totals.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import sys
import threading
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]


def census() -> list[tuple[float, float, int, int, str]]:
    """(CPU s, wall s, characters printed, threads started, script) for each script."""
    rows = []
    for path in sorted(DATA.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        folder, name = str(path.parent), path.name
        for key in [
            k
            for k, m in sys.modules.items()
            if str(getattr(m, "__file__", "")).startswith(str(DATA))
        ]:
            del sys.modules[key]
        saved_path, saved_argv, saved_cwd = list(sys.path), sys.argv, os.getcwd()
        sys.path.insert(0, folder)
        sys.argv = [str(path)]
        os.chdir(folder)
        printed, threads = io.StringIO(), threading.active_count()
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
                importlib.import_module(name[:-3])
        except BaseException:  # the exempted scripts that need an older src fail here
            pass
        finally:
            sys.path[:], sys.argv = saved_path, saved_argv
            os.chdir(saved_cwd)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        started = threading.active_count() - threads
        rows.append((cpu, wall, len(printed.getvalue()), started, str(path.relative_to(DATA))))
    return rows


def main(argv: list[str]) -> None:
    top = int(argv[1]) if len(argv) > 1 else 20
    rows = census()
    print(f"{'cpu s':>7} {'wall s':>7} {'printed':>8} {'threads':>7}  script")
    for cpu, wall, printed, started, name in sorted(rows, reverse=True)[:top]:
        print(f"{cpu:7.2f} {wall:7.2f} {printed:8d} {started:7d}  {name}")
    print("printed or left a thread on import:")
    for cpu, wall, printed, started, name in rows:
        if printed or started > 0:
            print(f"{cpu:7.2f} {wall:7.2f} {printed:8d} {started:7d}  {name}")
    cpu_all, wall_all = sum(r[0] for r in rows), sum(r[1] for r in rows)
    print(f"{len(rows)} scripts: {cpu_all:.1f} CPU s, {wall_all:.1f} wall s")


if __name__ == "__main__":
    main(sys.argv)
