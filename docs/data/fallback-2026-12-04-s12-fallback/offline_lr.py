"""s12-fallback, information only (no coder run, nothing adopted from it): would a logistic
regression over what the nlp side knew separate right from wrong fallback / borrowed events?
Out of fold by READING file over ``listing.json`` (fold heads, seed 0). For each file, a model
fitted on the other files' rows gives P(right) for its rows; at a cut t a fallback event with
P(right) < t is dropped, a borrowed event with P(right) < t goes back to the head's own type.
Printed: events dropped / reverted by outcome, and right types gained minus lost.

Run: ``python3 THIS docs/data/fallback-2026-12-04-s12-fallback/listing.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np


def feats(r: dict[str, Any]) -> list[float]:
    return [
        float(r.get("p_rules") if r.get("p_rules") is not None else 1.0),
        float(r.get("p_best", 1.0)),
        float(r.get("head_best") == r["got"]),
        float(r.get("prior") == r["got"]),
        float(r.get("prior", "-") == "-"),
        float(bool(r.get("agent"))),
        float(bool(r.get("candidate"))),
        float(r["pos"] == "NOUN"),
    ]


def main(path: str) -> None:
    from sklearn.linear_model import LogisticRegression

    rows = json.loads(Path(path).read_text())
    for part in ("fallback", "borrowed"):
        sub = [r for r in rows if r["part"] == part]
        x = np.asarray([feats(r) for r in sub])
        y = np.asarray([r["outcome"] == "right" for r in sub])
        files = np.asarray([r["file"] for r in sub])
        p = np.zeros(len(sub))
        for f in sorted(set(files)):
            train = files != f
            if len(set(y[train])) < 2:
                p[~train] = float(y[train].mean())
                continue
            model = LogisticRegression(C=1.0, max_iter=1000).fit(x[train], y[train])
            p[~train] = model.predict_proba(x[~train])[:, 1]
        print(part, len(sub), "events,", int(y.sum()), "right")
        for t in (0.3, 0.4, 0.5, 0.6):
            act = p < t
            right_lost = int((act & y).sum())
            if part == "fallback":
                removed = int((act & ~y).sum())
                print(
                    f"  t={t}: dropped {int(act.sum())}: {right_lost} right, {removed} wrong/false"
                )
            else:
                back = int(
                    sum(1 for i in np.flatnonzero(act) if sub[i]["head_best"] == sub[i]["gold"])
                )
                print(
                    f"  t={t}: reverted {int(act.sum())}: {right_lost} right lost, "
                    f"{back} now right (head's type = gold), net {back - right_lost:+d}"
                )


if __name__ == "__main__":
    main(sys.argv[1])
