"""The nlp coder's calibration with ``learned_first`` on (s18-recal), on the READING files.

Codes every record of :func:`accord.news.event_confidence.reading_sets` (the files the bundled
model was fitted on) with the nlp coder as users get it (``learned_first`` on) and scores, per
file and pooled, (a) the bundled model as it is (fitted on the same files with the switch off:
partly in sample) and (b) a refit on the switch-on events, leave one file out. Writes Brier and
log loss, the reliability table and the precision at the cut-offs of
:data:`~accord.news.event_confidence.CUTS`, the verdict of the READING half of the adoption rule
(docs/validation-events/session-18-recal.md), and the refit on every READING event
(``refit-model.json``, read by ``check_recal.py``).

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/confidence-2026-12-04-s18-recal/recal.py \\
        --out docs/data/confidence-2026-12-04-s18-recal/reading-recal.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from accord.news.event_confidence import (
    MIN_EVENTS,
    Examples,
    collect,
    coverage,
    load_models,
    model_entry,
    out_of_file,
    reading_sets,
    reliability,
    scores,
)
from accord.news.evidence_confidence import out_of_fold

HERE = Path(__file__).resolve().parent
MARGIN = 0.005
"""How much worse than the bundled model's Brier a binding file may be under the refit."""


def summary(p: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> dict[str, Any]:
    """Brier and log loss, reliability and precision/coverage of probabilities ``p``."""
    return {**scores(p, y), "reliability": reliability(p, y), "coverage": coverage(p, y)}


def bundled_probabilities(ex: Examples, head: str | None) -> np.ndarray[Any, Any]:
    """The bundled nlp model's probabilities of ``ex``'s events (fitted with ``head``)."""
    found = load_models()["nlp"]
    assert found.head == head, "the bundled model was fitted with another type head"
    return np.asarray([found.model.probability(row) for row in ex.x])


def reading_command() -> tuple[Path, list[Any]]:
    """The command line's ``--out`` and the READING sets (run from the worktree root)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    root = Path.cwd()
    return Path(args.out), reading_sets(root, root.parent / "shared")


def main() -> None:
    out_path, sets = reading_command()
    ex, head = collect("nlp", sets, learned_first=True)
    y = ex.right.astype(float)
    files = np.asarray(ex.files)
    bundled = bundled_probabilities(ex, head)
    refit = out_of_fold(ex.x, y, ex.files)
    folds = []
    for name in dict.fromkeys(ex.files):
        held = files == name
        a, b = scores(bundled[held], y[held]), scores(refit[held], y[held])
        binding = int(held.sum()) >= MIN_EVENTS
        folds.append(
            {
                "file": name,
                "events": int(held.sum()),
                "precision": round(float(y[held].mean()), 4),
                "bundled": a,
                "refit": b,
                "refit_too_high": binding and b["brier"] > a["brier"] + MARGIN,
            }
        )
    pooled = {"bundled": summary(bundled, y), "refit": summary(refit, y)}
    module = out_of_file(ex)
    out = {
        "sets": [d.name for d in sets],
        "records": ex.records,
        "events": len(y),
        "precision": round(float(y.mean()), 4),
        "pooled": pooled,
        "folds": folds,
        "refit_beats_constant_in_every_binding_file": module["passes"],
        "reading_verdict": {
            "refit_lower_pooled": pooled["refit"]["brier"] < pooled["bundled"]["brier"],
            "files_too_high": [f["file"] for f in folds if f["refit_too_high"]],
        },
    }
    print(json.dumps({k: out[k] for k in ("events", "precision", "reading_verdict")}))
    print("bundled", scores(bundled, y), "refit", scores(refit, y), flush=True)
    out_path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    entry = model_entry(ex, head, True)
    (HERE / "refit-model.json").write_text(json.dumps(entry, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
