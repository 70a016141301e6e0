"""cProfile of the BDM 10,000-run batch (scholz-code, one thread) on the ``src`` folder given.

``python3 profile_kernel.py SRC``: the 25 functions with the most time of their own.
"""

from __future__ import annotations

import cProfile
import pstats
import sys


def main(src: str) -> None:
    sys.path.insert(0, src)
    import accord.engines.bdm as bdm_module
    from accord.engines.bdm import BdmEngine
    from accord.forecast.ensemble import perturbed_batch
    from accord.scenario import load_bundled, stance_arrays

    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    batch = perturbed_batch(arrays, 10_000, seed=1)
    bdm_module._WORKERS = 1
    profile = cProfile.Profile()
    profile.enable()
    BdmEngine().run_batch(batch, {"variant": "scholz-code"}, 1)
    profile.disable()
    pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main(sys.argv[1])
