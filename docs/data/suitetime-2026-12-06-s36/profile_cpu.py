"""cProfile of one ``accord`` command by CPU time (``time.process_time``), not wall time.

Usage: ``python3 profile_cpu.py OUT.prof [--one-thread] ARGS...`` runs ``accord ARGS`` in this
interpreter and writes the profile; ``--one-thread`` sets BDM's batch pool to one thread, so
that its kernels are attributed (a thread pool's work shows only as waiting otherwise). On a
shared host the wall clock mostly measures the other jobs; CPU time measures the command.
"""

from __future__ import annotations

import cProfile
import runpy
import sys
import time


def main(argv: list[str]) -> None:
    out, args = argv[0], argv[1:]
    if args[:1] == ["--one-thread"]:
        import accord.engines.bdm as bdm

        bdm._WORKERS = 1
        args = args[1:]
    sys.argv = ["accord", *args]
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    try:
        runpy.run_module("accord", run_name="__main__")
    except SystemExit:
        pass
    finally:
        profile.disable()
        profile.dump_stats(out)


if __name__ == "__main__":
    main(sys.argv[1:])
