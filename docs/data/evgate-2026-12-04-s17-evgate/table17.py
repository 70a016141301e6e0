"""Session 17 (s17-evgate, issue 14 item 6): does the calibrated confidence of the event behind
a finding separate right findings from wrong ones, and what does a minimum of it buy, out of
fold? Reads ``items-CODER.json`` (``items17.py``); writes ``table17.json`` and prints the tables.

1. Separation, per coder and figure (``holder``, ``sentence``): the area under the ROC curve
   of right against wrong findings among those that have the figure, with the Mann-Whitney
   p-value (one-sided: right findings higher), and the share right among findings without it.
2. Precision and recall by cut-off, pooled and per file (findings without the figure pass):
   the calibration was fitted on no evidence file, so these are out of sample as shipped.
3. Candidate H (docs/validation-events/session-17-evgate.md): the cut-off chosen by leave one
   file out (highest training precision keeping >= 90 % of the training right findings), scored
   on the held-out file; and the cut-off chosen on all files.

    python3 docs/data/evgate-2026-12-04-s17-evgate/table17.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CUTS = tuple(round(0.1 * k, 1) for k in range(1, 10))
KEEP = 0.9
"""The share of the training files' right findings a cut-off must keep (candidate H)."""
FIGURES = ("holder", "sentence")


def passes(item: dict[str, Any], cut: float, figure: str = "holder") -> bool:
    """Whether a finding passes a minimum ``cut`` of its ``figure`` (none: it passes)."""
    value = item[figure]
    return value is None or value >= cut


def counts(items: list[dict[str, Any]], cut: float, figure: str = "holder") -> tuple[int, int]:
    """Findings kept and right ones among them."""
    kept = [i for i in items if passes(i, cut, figure)]
    return len(kept), sum(i["right"] for i in kept)


def choose(items: list[dict[str, Any]]) -> float:
    """Candidate H's cut-off on ``items`` (0.0: no gate)."""
    _, right = counts(items, 0.0)
    best, best_p = 0.0, -1.0
    for cut in CUTS:
        n, r = counts(items, cut)
        if n and r >= KEEP * right and r / n > best_p + 1e-12:
            best, best_p = cut, r / n
    return best


def separation(items: list[dict[str, Any]], figure: str) -> dict[str, Any]:
    from scipy.stats import mannwhitneyu
    from sklearn.metrics import roc_auc_score

    have = [i for i in items if i[figure] is not None]
    none = [i for i in items if i[figure] is None]
    y = [i["right"] for i in have]
    s = [i[figure] for i in have]
    right = [v for v, ok in zip(s, y, strict=True) if ok]
    wrong = [v for v, ok in zip(s, y, strict=True) if not ok]
    return {
        "with_figure": len(have),
        "right_with": sum(y),
        "auc": round(float(roc_auc_score(y, s)), 3),
        "p_one_sided": round(float(mannwhitneyu(right, wrong, alternative="greater").pvalue), 4),
        "without_figure": len(none),
        "right_without": sum(i["right"] for i in none),
    }


def curve(items: list[dict[str, Any]], gold: int, figure: str) -> list[dict[str, Any]]:
    from accord.news.evidence_cv import wilson_interval

    out = []
    for cut in (0.0, *CUTS):
        n, r = counts(items, cut, figure)
        out.append(
            {
                "cut": cut,
                "found": n,
                "right": r,
                "precision": round(r / n, 3) if n else None,
                "wilson95": wilson_interval(r, n),
                "recall": round(r / gold, 3) if gold else None,
            }
        )
    return out


def lofo(items: list[dict[str, Any]], gold: dict[str, int]) -> dict[str, Any]:
    folds = []
    for name in gold:
        held = [i for i in items if i["file"] == name]
        urls = {i["url"] for i in held}
        train = [i for i in items if i["file"] != name and i["url"] not in urls]
        cut = choose(train)
        n0, r0 = counts(held, 0.0)
        n1, r1 = counts(held, cut)
        folds.append(
            {
                "file": name,
                "cut": cut,
                "found": [n0, n1],
                "right": [r0, r1],
                "right_lost": r0 - r1,
                "wrong_removed": (n0 - r0) - (n1 - r1),
            }
        )
    n0 = sum(f["found"][0] for f in folds)
    r0 = sum(f["right"][0] for f in folds)
    n1 = sum(f["found"][1] for f in folds)
    r1 = sum(f["right"][1] for f in folds)
    total = sum(gold.values())
    worst = max(f["right_lost"] - f["wrong_removed"] for f in folds)
    return {
        "folds": folds,
        "before": {
            "found": n0,
            "right": r0,
            "precision": round(r0 / n0, 4),
            "recall": round(r0 / total, 4),
        },
        "after": {
            "found": n1,
            "right": r1,
            "precision": round(r1 / n1, 4),
            "recall": round(r1 / total, 4),
        },
        "worst_file_net": worst,
        "reading_rule": r1 * n0 >= r0 * n1 and worst <= 2,
        "cut_on_all": choose(items),
    }


def main() -> None:
    report: dict[str, Any] = {}
    for coder in ("rules", "nlp"):
        data = json.loads((HERE / f"items-{coder}.json").read_text(encoding="utf-8"))
        items, gold = data["items"], data["gold"]
        total = sum(gold.values())
        entry: dict[str, Any] = {
            "separation": {f: separation(items, f) for f in FIGURES},
            "pooled": {f: curve(items, total, f) for f in FIGURES},
            "per_file": {
                name: curve([i for i in items if i["file"] == name], g, "holder")
                for name, g in gold.items()
            },
            "candidate_h": lofo(items, gold),
        }
        report[coder] = entry
        print(
            f"== {coder}: {len(items)} findings, "
            f"{sum(i['right'] for i in items)} right, {total} gold"
        )
        for f in FIGURES:
            print(f, json.dumps(entry["separation"][f]))
        for f in FIGURES:
            print(f"cut  found right precision recall   ({f}; no figure: passes)")
            for row in entry["pooled"][f]:
                print(
                    f"{row['cut']:.1f}  {row['found']:5d} {row['right']:5d}  "
                    f"{row['precision']}  {row['recall']}  {row['wilson95']}"
                )
        h = entry["candidate_h"]
        print(
            "H out of fold",
            json.dumps(h["before"]),
            "->",
            json.dumps(h["after"]),
            "worst file net",
            h["worst_file_net"],
            "READING rule",
            h["reading_rule"],
            "cut on all",
            h["cut_on_all"],
        )
        print("H cuts per fold", {f["file"]: f["cut"] for f in h["folds"]})
    (HERE / "table17.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
