"""UN General Assembly votes: load the data, fit the full model, predict a draft.

Needs ../shared/data/unvotes (skipped otherwise). Run alone: ``python bench/bench_unvotes.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import best_of, machine, print_table  # noqa: E402

DATA = HERE.parents[0].parent / "shared" / "data" / "unvotes"


def run() -> list[dict[str, Any]]:
    from accord.institutions import unvotes
    from accord.institutions.unvotes import irt

    if not DATA.is_dir():
        return [{"case": "skipped: ../shared/data/unvotes absent", "seconds": 0.0}]
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    rc = unvotes.load_data(DATA)
    rows.append(
        {
            "case": "load sessions 1-73",
            "seconds": time.perf_counter() - start,
            "votes": rc.vote.size,
        }
    )
    settings = unvotes.Settings()
    window = rc.subset((rc.session > 73 - settings.sessions) & (rc.session <= 73))
    start = time.perf_counter()
    points = irt.fit(window.vote_call, window.vote_member, window.vote, window.session,
                     len(window.members), dims=2, max_rounds=40)  # fmt: skip
    rows.append(
        {
            "case": f"ideal points, 2-D dynamic, 40 rounds, sessions {74 - settings.sessions}-73",
            "seconds": time.perf_counter() - start,
            "votes": window.vote.size,
            "cells": points.x.shape[0],
        }
    )
    start = time.perf_counter()
    unvotes.train(window, settings, points)
    rows.append({"case": "text index + classifier (after ideal points)",
                 "seconds": time.perf_counter() - start})  # fmt: skip
    start = time.perf_counter()
    held = unvotes.load_data(DATA, sessions=range(73 - settings.sessions, 74))
    unvotes.evaluate(held, 73, settings)
    rows.append(
        {
            "case": "accord votes evaluate, holdout 73 (load + fit + score)",
            "seconds": time.perf_counter() - start,
            "votes": held.vote.size,
        }
    )
    model = unvotes.load_model()
    seconds, _ = best_of(
        lambda: unvotes.predict_votes(model, "The path to peace in Ukraine", issue_codes=("hr",)),
        repeat=5,
    )
    rows.append({"case": "predict one draft, 193 members (bundled model)", "seconds": seconds})
    return rows


if __name__ == "__main__":
    print(f"Machine: {machine()}\n")
    print_table("unvotes", run())
