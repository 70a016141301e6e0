"""Digests of outputs that the session 16 clean-up of copy-paste variants must leave unchanged.

Usage (from the repository root; /tmp/s16-start holds main 2d9200d's src):
    python3 docs/data/srcdup-2026-12-04-s16-srcdup/output_digests.py /tmp/s16-start/src > start.json
    python3 docs/data/srcdup-2026-12-04-s16-srcdup/output_digests.py src > branch.json
    diff start.json branch.json

It imports accord from the given src folder and writes, as JSON, a SHA-256 prefix of the HTML
report of two bundled scenarios under five engines (with Monte Carlo runs where they have a
batch kernel), of sample line, histogram and tornado charts, and of the run and forecast
documents (``Run`` notes, ``Forecast.to_dict()``): equal digests mean byte-identical output.
"""

from __future__ import annotations

import hashlib
import json
import sys


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def main() -> None:
    sys.path.insert(0, sys.argv[1])  # the src folder to measure, before accord is imported
    import numpy as np

    import accord
    from accord.report import svg
    from accord.report.html import render_report

    print(f"accord from {accord.__file__}", file=sys.stderr)
    out: dict[str, str] = {}
    for scenario in ("ukraine-2025-02", "ec-emissions-1994"):
        for engine, runs in (("mean", None), ("smp", 20), ("bdm", 20), ("exchange", None)):
            key = f"{scenario}/{engine}/{runs}"
            result = accord.forecast(scenario, engine, runs=runs, seed=3)
            out[f"{key}/report"] = digest(render_report(result))
            out[f"{key}/json"] = digest(json.dumps(result.to_dict(), sort_keys=True))
        for engine in ("bdm", "nash", "smp", "exchange"):
            run = accord.run(scenario, engine, seed=3)
            notes = [turn.notes for turn in run.turns]
            out[f"{scenario}/{engine}/run-notes"] = digest(json.dumps(notes, sort_keys=True))
        nash = accord.forecast(scenario, "nash", runs=10, seed=3)
        out[f"{scenario}/nash/10/report"] = digest(render_report(nash))
    rng = np.random.default_rng(0)
    series = [("a", "#000", rng.normal(size=7)), ("b<", "#111", np.array([np.nan, 1.0, 2.0]))]
    out["line"] = digest(svg.line_chart("t", series, -3, 3, "y <lab>", reference=0.5))
    out["histogram"] = digest(svg.histogram("t", rng.normal(50, 10, 300), 0, 100, forecast=48))
    out["histogram-empty"] = digest(svg.histogram("t", np.array([np.nan]), 0, 100))
    out["tornado"] = digest(svg.tornado("t", [("x", 1.0, 2.0), ("y", 0.5, 3.0)], 1.5))
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
