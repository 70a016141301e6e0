"""Session 19 (s19-evlearn): how well the direction model separates right findings from wrong
ones out of fold on the READING files, whatever the cut-off (a diagnosis, not a protocol: the
cut-offs here are all shown, none chosen).

For each coder and target (``right``, ``direction``: as in ``learn19.py``), leave one file out:
the area under the ROC curve of the out-of-fold probabilities (right findings against all
wrong ones, and against the wrong ones of the direction only), and for each cut-off 0.05-0.60
the findings below it, how many of them are right, how many have the gold's other direction,
and what dropping and turning them would buy. Writes ``separation19.json``, ``.txt``::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s19-evlearn/separation19.py

The learned check was not adopted and is not in the code: apply
``candidate-learned-direction.patch`` (here; ``git apply`` on 18ff474 or this branch) before
running this script.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from learn19 import rows  # noqa: E402


def separation(coder: str, target: str) -> dict[str, Any]:
    """The out-of-fold separation of one coder's model for one target."""
    import numpy as np
    from accord.news.evidence_direction import THRESHOLDS, gain, out_of_fold
    from sklearn.metrics import roc_auc_score

    signals, y, opposite, files, _ = rows(coder)
    fitted = None if target == "right" else [r or o for r, o in zip(y, opposite, strict=True)]
    p = out_of_fold(signals, y, files, fitted)
    right, opp = np.asarray(y), np.asarray(opposite)
    pair = right | opp
    cuts = []
    for cut in THRESHOLDS[1:13]:
        below = p < cut
        cuts.append(
            {
                "cut": cut,
                "below": int(below.sum()),
                "right": int(right[below].sum()),
                "opposite": int(opp[below].sum()),
                "drop": gain(p.tolist(), y, opposite, cut, "drop"),
                "flip": gain(p.tolist(), y, opposite, cut, "flip"),
            }
        )
    return {
        "coder": coder,
        "target": target,
        "auc_right_vs_wrong": round(float(roc_auc_score(right, p)), 3),
        "auc_right_vs_opposite": round(float(roc_auc_score(right[pair], p[pair])), 3),
        "cuts": cuts,
    }


def main() -> None:
    out = [separation(c, t) for c in ("rules", "nlp") for t in ("right", "direction")]
    (HERE / "separation19.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    lines = []
    for r in out:
        lines += [
            f"{r['coder']} coder, target {r['target']}: AUC right vs wrong "
            f"{r['auc_right_vs_wrong']}, right vs opposite {r['auc_right_vs_opposite']}",
            "",
            "| cut | below | right | opposite | drop gain | flip gain |",
            "|---:|---:|---:|---:|---:|---:|",
            *(
                f"| {c['cut']} | {c['below']} | {c['right']} | {c['opposite']} | {c['drop']}"
                f" | {c['flip']} |"
                for c in r["cuts"]
            ),
            "",
        ]
    (HERE / "separation19.txt").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
