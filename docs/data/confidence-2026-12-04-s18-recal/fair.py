"""After the verdict (s18-recal), not part of the adoption rule: both recipes out of file.

``recal.py`` compares the bundled model (partly in sample) with the switch-on refit (out of
file). Here both are out of file, on the READING switch-on events: for each file, a model fitted
on the other files' switch-off events (the bundled model's recipe) and one fitted on their
switch-on events (the refit's), each scored on the held-out file's switch-on events. Writes
Brier and log loss per file and pooled, and each coder's event count by rank.

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/confidence-2026-12-04-s18-recal/fair.py \\
        --out docs/data/confidence-2026-12-04-s18-recal/fair.json
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from recal import reading_command

from accord.news.event_confidence import FEATURES, Examples, collect, scores
from accord.news.evidence_confidence import fit


def ranks(ex: Examples) -> dict[str, int]:
    """Events by their rank in the sentence (3: third or later)."""
    values, counts = np.unique(ex.x[:, FEATURES.index("rank")], return_counts=True)
    return {str(int(v)): int(c) for v, c in zip(values, counts, strict=True)}


def main() -> None:
    out_path, sets = reading_command()
    off, _ = collect("nlp", sets, learned_first=False)
    on, _ = collect("nlp", sets, learned_first=True)
    y_off, y_on = off.right.astype(float), on.right.astype(float)
    files_off, files_on = np.asarray(off.files), np.asarray(on.files)
    p = {"fit_off": np.zeros(len(y_on)), "fit_on": np.zeros(len(y_on))}
    folds = []
    for name in dict.fromkeys(on.files):
        held = files_on == name
        for key, ex, y, files in (
            ("fit_off", off, y_off, files_off),
            ("fit_on", on, y_on, files_on),
        ):
            model = fit(ex.x[files != name], y[files != name])
            p[key][held] = model.probabilities(on.x[held].tolist())
        folds.append(
            {"file": name, "events": int(held.sum())}
            | {key: scores(q[held], y_on[held]) for key, q in p.items()}
        )
    out: dict[str, Any] = {
        "events": {"off": len(y_off), "on": len(y_on)},
        "precision": {"off": round(float(y_off.mean()), 4), "on": round(float(y_on.mean()), 4)},
        "ranks": {"off": ranks(off), "on": ranks(on)},
        "pooled": {key: scores(q, y_on) for key, q in p.items()},
        "folds": folds,
    }
    print(json.dumps({k: out[k] for k in ("events", "precision", "ranks", "pooled")}), flush=True)
    out_path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
