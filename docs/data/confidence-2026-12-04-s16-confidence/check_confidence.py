"""The calibrated event confidence on session 16's CHECK files, aggregate figures only.

s16-confidence, run once after everything is committed. Codes every record of ``heldout-s15``
and ``heldout-s15b`` (:data:`accord.news.event_confidence.CHECK_SETS`) with each coder's raw
confidence, in memory, and writes per coder, pooled over both files: records, events, the
share right (type; type and actors), Brier score and log loss of the bundled calibrated
probability, of the constant baseline (the pooled READING precision of the bundled fit,
read from ``reading-loo.json``) and of the raw number, and the events kept and their
precision at cut-offs 0.5 / 0.7 / 0.8 (all events, and each record's first). No record id,
text or output is written or printed.

Run from the worktree root::

    PYTHONPATH=src nice python3 \\
        docs/data/confidence-2026-12-04-s16-confidence/check_confidence.py \\
        --out docs/data/confidence-2026-12-04-s16-confidence/check-confidence.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from accord.news.event_confidence import (
    FEATURES,
    collect,
    coverage,
    load_models,
    reading_sets,
    scores,
)

HERE = Path(__file__).resolve().parent
CUTS = (0.0, 0.5, 0.7, 0.8)
"""No cut-off, and the three of the brief."""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--coders", default="rules,nlp")
    args = parser.parse_args()
    root = Path.cwd()
    sets = reading_sets(root, root.parent / "shared", check=True)
    reading = json.loads((HERE / "reading-loo.json").read_text(encoding="utf-8"))
    models = load_models()
    out: dict[str, Any] = {"sets": [d.name for d in sets]}
    for name in args.coders.split(","):
        ex, head = collect(name, sets)
        found = models[name]
        assert found.head == head, "the bundled model was fitted with another type head"
        p = np.asarray([found.model.probability(row) for row in ex.x])
        y = ex.right.astype(float)
        full = ex.full.astype(float)
        raw = ex.x[:, 0]
        constant = np.full(len(y), float(reading[name]["precision"]))
        first = ex.x[:, FEATURES.index("rank")] == 0
        out[name] = {
            "records": ex.records,
            "events": len(y),
            "precision": round(float(y.mean()), 4),
            "full_precision": round(float(full.mean()), 4),
            "calibrated": scores(p, y),
            "constant": scores(constant, y),
            "raw": scores(raw, y),
            "full_calibrated": scores(p, full),
            "calibrated_beats_constant": scores(p, y)["brier"] < scores(constant, y)["brier"],
            "kept": coverage(p, y, CUTS),
            "kept_full": coverage(p, full, CUTS),
            "raw_kept": coverage(raw, y, CUTS),
            "first_events": len(y[first]),
            "first_kept": coverage(p[first], y[first], CUTS),
        }
        print(name, json.dumps(out[name]), flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
