"""Candidate T (s19-silent): the head's typing threshold, chosen by leave one file out inside
the READING files (no code change; the head as shipped, its ``threshold`` replaced).

33 of the 99 gold events both coders leave uncoded are candidates the head abstained on; on 8
the gold type is the head's best label, under ``head.threshold`` (``measure.json``). This codes
every READING record (``rules_cv.dev_sets`` less the CHECK files, never read here) with the
shipped coder at each threshold of ``GRID`` (parses and clause vectors shared,
``rules_cv.cached_coder``), then for each held file picks the threshold that maximises
``rules_cv.objective`` (event F1 + actor accuracy) on the other files (ties: the shipped one)
and scores the held file with it. Output: per threshold the pooled figures, per held file the
threshold chosen and its figures against the shipped one's, and the pooled out-of-fold rows.

    PYTHONPATH=src nice python3 docs/data/silent-2026-12-04-s19-silent/threshold_cv.py OUT.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

GRID = (0.30, 0.275, 0.25, 0.225, 0.20)  # the shipped threshold first: it wins ties
CHECK = ("heldout-s18", "heldout-s18b")


def main() -> None:
    import numpy as np

    from accord.news.nlp.coder import DEFAULT_RULES
    from accord.news.nlp.rules_cv import (
        cached_coder,
        dev_sets,
        figures,
        load_records,
        objective,
        outcome_rows,
    )

    root = Path.cwd()
    sets = [d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK]
    records, _, names = load_records(sets)
    parses: dict[str, Any] = {}
    vectors: dict[str, Any] = {}
    rows = {}
    for t in GRID:
        coder = cached_coder(DEFAULT_RULES, parses, vectors)
        assert abs(coder.head.threshold - GRID[0]) < 1e-9, coder.head.threshold
        coder.head = replace(coder.head, threshold=t)
        rows[t] = outcome_rows(records, coder)
        print(t, figures(rows[t]), flush=True, file=sys.stderr)
    files = list(dict.fromkeys(names))
    name_of = np.asarray(names)
    chosen_rows = rows[GRID[0]].copy()
    per_file = {}
    for f in files:
        held = name_of == f
        train = ~held
        best = max(GRID, key=lambda t: (round(objective(rows[t][train]), 9), t == GRID[0]))
        chosen_rows[held] = rows[best][held]
        shipped = rows[GRID[0]][held].sum(axis=0)
        after = rows[best][held].sum(axis=0)
        per_file[f] = {
            "chosen": best,
            "shipped": figures(rows[GRID[0]][held]),
            "out_of_fold": figures(rows[best][held]),
            "correct": [int(shipped[2]), int(after[2])],
        }
    out = {
        "grid": {str(t): figures(rows[t]) for t in GRID},
        "per_file": per_file,
        "pooled_shipped": figures(rows[GRID[0]]),
        "pooled_out_of_fold": figures(chosen_rows),
    }
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
