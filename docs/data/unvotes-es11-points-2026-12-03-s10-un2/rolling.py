"""Session 10 (s10-un2): rolling-origin sensitivity check, not used to choose anything. Each
of ES-11/2-6 forecast by the package (``ess.forecast_text``) from the texts recorded before
its date only: carried forward, session 9's mean share, session 10's session points.

Run from the repository root:
``nice -n 5 python3 docs/data/unvotes-es11-points-2026-12-03-s10-un2/rolling.py`` (writes
``rolling.json`` beside this file). ES-11/7 and /8 are never forecast here.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from accord.institutions.unvotes import ess, load_model

COLUMNS = ("combined", "session_share", "session_points")


def main() -> None:
    model = load_model(None)
    texts = ess.recorded()[1:6]
    assert [t.symbol for t in texts] == [f"A/RES/ES-11/{k}" for k in range(2, 7)]
    rows = []
    for t in texts:
        f = ess.forecast_text(model, t, share=True, points=True).to_dict()
        acc = f["member_accuracy"]
        rows.append(
            {
                "symbol": t.symbol,
                "neighbour": f["neighbour"],
                "yes_error": {c: f["yes_error"][c] for c in COLUMNS},
                "members_right": {c: round(acc[c]["accuracy"] * acc[c]["n"]) for c in COLUMNS},
                "members_scored": acc["combined"]["n"],
                "session_points_setting": f["session_points_setting"],
            }
        )
    summary = {
        c: {
            "mean_abs_yes_error": round(float(np.mean([abs(r["yes_error"][c]) for r in rows])), 2),
            "members_right": sum(r["members_right"][c] for r in rows),
        }
        for c in COLUMNS
    }
    doc = {
        "texts": rows,
        "summary": summary,
        "members_scored": sum(r["members_scored"] for r in rows),
    }
    Path(__file__).with_name("rolling.json").write_text(json.dumps(doc, indent=1) + "\n")
    for r in rows:
        print(r["symbol"], r["yes_error"], r["members_right"], r["members_scored"])
    print(summary, doc["members_scored"])


if __name__ == "__main__":
    main()
