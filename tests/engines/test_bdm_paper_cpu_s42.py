"""Session 42: BDM's paper variant gives the same trajectory on every CPU.

The paper variant took ``np.power``, whose AVX-512 routine rounds about one argument in twenty
differently from its AVX2 and baseline ones; in a tie the last digit decides, so 31 of the 67
tie inputs of ``tests/data/bdm_ties/port_cases.json`` moved (``mirror075`` by 0.3) when numpy's
AVX-512 kernels were switched off. It now takes the C library's ``pow``, as scholz-code does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests import helpers

SRC = Path(__file__).resolve().parents[2] / "src"

PAPER = """
import json, sys, tempfile
from pathlib import Path
from accord.forecast import forecast
from accord.scenario import load
cases = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["cases"]
out = {}
with tempfile.TemporaryDirectory() as tmp:
    for case in cases:
        path = Path(tmp) / (case["name"] + ".csv")
        path.write_text(case["csv"], encoding="utf-8")
        run = forecast(load(path, "bdm-csv"), "bdm", {"rounds": 10, "variant": "paper"}).run
        out[case["name"]] = run.trajectory.tolist()
json.dump(out, sys.stdout)
"""


def test_paper_variant_ties_break_alike_on_every_cpu() -> None:
    cases = helpers.DATA / "bdm_ties" / "port_cases.json"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    outs = []
    for disabled in ("", "AVX512_ICL X86_V4", "AVX512_ICL X86_V4 X86_V3"):
        done = subprocess.run(
            [sys.executable, "-c", PAPER, str(cases)],
            env={**env, "NPY_DISABLE_CPU_FEATURES": disabled},
            capture_output=True,
            text=True,
            check=True,
        )
        outs.append(done.stdout)
    assert len(json.loads(outs[0])) >= 60
    assert outs[1] == outs[0] and outs[2] == outs[0]
