"""Pickle the arrays of BDM's 10,000-run ensemble of ukraine-2025-02 (seed 1) on SRC.

``python3 ensemble_arrays.py SRC OUT.pkl``; two codes' files are compared byte for byte with
``numpy.ndarray.tobytes`` (session 39: b3f68411 and e31247a6 equal in outcome, final_position
and start_position).
"""

from __future__ import annotations

import pickle
import sys


def main(src: str, out: str) -> None:
    sys.path.insert(0, src)
    import numpy as np

    from accord.engines import ENGINES
    from accord.forecast.ensemble import run_ensemble
    from accord.scenario import load_bundled, stance_arrays

    arrays = stance_arrays(load_bundled("ukraine-2025-02"))
    result = run_ensemble(ENGINES.get("bdm"), arrays, 10_000, seed=1)
    found = {k: v for k, v in vars(result).items() if isinstance(v, np.ndarray)}
    with open(out, "wb") as handle:
        pickle.dump(found, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
