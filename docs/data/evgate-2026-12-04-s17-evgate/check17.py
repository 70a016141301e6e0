"""Session 17 (s17-evgate): the one CHECK run of candidate H and of the event gate's cut-offs on
the CHECK file ``tests/data/news/evidence-heldout-s15.jsonl``, aggregate figures only.

For each coder, ``evaluate_evidence`` (what ``accord evidence evaluate --min-confidence P``
runs) without the gate, with candidate H's cut-off chosen on all READING files
(``table17.json``, ``cut_on_all``) and at 0.5 / 0.7 / 0.8 / 0.9; printed and written to
``check17.json``: gold stances, findings, right ones, precision, recall, and for H the right
findings lost, the wrong ones removed and the verdict of the CHECK part of the adoption rule.
No record id, text or per-record output is printed or written. Run once, from the worktree
root, after the protocol and the code are committed::

    PYTHONPATH=src nice python3 docs/data/evgate-2026-12-04-s17-evgate/check17.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHECK = HERE.parents[2] / "tests" / "data" / "news" / "evidence-heldout-s15.jsonl"
CUTS = (0.5, 0.7, 0.8, 0.9)


def figures(result: Any) -> dict[str, Any]:
    o = result.overall
    return {
        "gold": o.gold,
        "found": o.predicted,
        "right": o.correct,
        "precision": o.precision,
        "recall": o.recall,
    }


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import evaluate_evidence, load_evidence_gold

    chosen = json.loads((HERE / "table17.json").read_text(encoding="utf-8"))
    records, scenarios = load_evidence_gold(CHECK)
    report: dict[str, Any] = {}
    for name in ("rules", "nlp"):
        coder = get_coder(name, strict=True).coder

        def run(cut: float | None, coder: Any = coder) -> dict[str, Any]:
            return figures(evaluate_evidence(records, scenarios, coder, min_confidence=cut))

        cut_h = chosen[name]["candidate_h"]["cut_on_all"]
        before, after = run(None), run(cut_h)
        lost = before["right"] - after["right"]
        removed = (before["found"] - before["right"]) - (after["found"] - after["right"])
        adopted = lost == 0 and removed >= 1
        report[name] = {
            "before": before,
            "candidate_h": {"cut": cut_h, **after, "right_lost": lost, "wrong_removed": removed},
            "check_rule_met": adopted,
            "cuts": {str(c): run(c) for c in CUTS},
        }
        print(name, json.dumps(report[name]), flush=True)
    (HERE / "check17.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
