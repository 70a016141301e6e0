"""The bundled nlp calibration and its switch-on refit on the CHECK files, aggregate only.

s18-recal, run once after the protocol, the rule and the code are committed. Codes every record
of ``heldout-s17`` and ``heldout-s17b`` (session 18's CHECK files) with the nlp coder as users
get it (``learned_first`` on), in memory, and writes, pooled over both files: records, events,
the share right, Brier score and log loss of the bundled model and of the refit
(``refit-model.json``, written by ``recal.py``), and the events kept and their precision at
cut-offs 0.5 / 0.7 / 0.8 (all events, and each record's first). No record id, text or output is
written or printed.

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/confidence-2026-12-04-s18-recal/check_recal.py \\
        --out docs/data/confidence-2026-12-04-s18-recal/check-recal.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np
from recal import HERE, bundled_probabilities

from accord.news.event_confidence import FEATURES, collect, coverage, scores
from accord.news.evidence_confidence import ConfidenceModel
from accord.news.nlp.rules_cv import dev_sets

CHECK = ("heldout-s17", "heldout-s17b")
CUTS = (0.0, 0.5, 0.7, 0.8)
"""No cut-off, and the three of the brief."""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = Path.cwd()
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name in CHECK]
    assert [d.name for d in sets] == list(CHECK)
    entry = json.loads((HERE / "refit-model.json").read_text(encoding="utf-8"))
    refit = ConfidenceModel(
        tuple(entry["mean"]), tuple(entry["scale"]), tuple(entry["coef"]), entry["intercept"]
    )
    ex, head = collect("nlp", sets, learned_first=True)
    assert entry["head"] == head
    y = ex.right.astype(float)
    first = ex.x[:, FEATURES.index("rank")] == 0
    out: dict[str, Any] = {
        "sets": list(CHECK),
        "records": ex.records,
        "events": len(y),
        "precision": round(float(y.mean()), 4),
        "first_events": int(first.sum()),
    }
    for name, p in (
        ("bundled", bundled_probabilities(ex, head)),
        ("refit", np.asarray([refit.probability(row) for row in ex.x])),
    ):
        out[name] = {
            **scores(p, y),
            "kept": coverage(p, y, CUTS),
            "first_kept": coverage(p[first], y[first], CUTS),
        }
    out["refit_lower"] = out["refit"]["brier"] < out["bundled"]["brier"]
    print(json.dumps(out), flush=True)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
