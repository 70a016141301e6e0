"""Session 18 (s18-evdir): the one CHECK run of candidates D (``CONCESSION_GATES``), F
(``FORMS_GATES``) and both together (``BOTH_GATES``) on an evidence CHECK file, aggregate
figures only.

For each coder, ``evaluate_evidence`` (what ``accord evidence evaluate`` runs) with the default
finder and with each candidate: gold stances, findings, right ones, precision, recall; against
the default, the right findings gained and lost and the wrong ones removed and added (counted
over the whole file), and whether the CHECK part of the adoption rule holds (docs/validation-
events/session-18-evdir.md). No record id, text or per-record output is printed or written.
The candidates are those of commit 4c22e20 (F and D + F were removed after this run; a name
the code no longer has is skipped, so the run is reproduced at that commit). Run once, from the
worktree root, after the protocol and the code are committed::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s18-evdir/check18.py \\
        tests/data/news/evidence-heldout-s17.jsonl --out check18.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evgate-2026-12-04-s17-evgate"))
from check17 import figures  # noqa: E402  (session 17's aggregate figures of an evaluation)

CANDIDATES = ("CONCESSION_GATES", "FORMS_GATES", "BOTH_GATES")


def changes(before: list[set[Any]], after: list[set[Any]], gold: list[set[Any]]) -> dict[str, int]:
    """Findings gained and lost against the default, summed over the file's records."""
    out = dict.fromkeys(("right_gained", "right_lost", "wrong_added", "wrong_removed"), 0)
    for b, a, g in zip(before, after, gold, strict=True):
        out["right_gained"] += len((a - b) & g)
        out["right_lost"] += len((b - a) & g)
        out["wrong_added"] += len((a - b) - g)
        out["wrong_removed"] += len((b - a) - g)
    return out


def check_rule(before: dict[str, Any], after: dict[str, Any], moved: dict[str, int]) -> bool:
    """Precision not lower, and one more right finding net, or one false finding fewer with
    no right one lost."""
    if not after["found"]:
        return False
    wrong_fewer = (before["found"] - before["right"]) - (after["found"] - after["right"])
    net = after["right"] - before["right"]
    not_lower = before["precision"] is None or after["precision"] >= before["precision"]
    return not_lower and (net >= 1 or (wrong_fewer >= 1 and moved["right_lost"] == 0))


def main() -> None:
    import accord.news.evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import (
        _gold_keys,
        _key,
        evaluate_evidence,
        load_evidence_gold,
    )
    from accord.news.types import Document

    parser = argparse.ArgumentParser()
    parser.add_argument("check", type=Path)
    parser.add_argument("--out", default="check18.json")
    args = parser.parse_args()
    records, scenarios = load_evidence_gold(args.check)
    gold = [_gold_keys(r) for r in records]
    report: dict[str, Any] = {"file": args.check.name}
    for name in ("rules", "nlp"):
        coder = get_coder(name, strict=True).coder
        finder = getattr(coder, "clause_agents", None) if name != "rules" else None

        def keys(rules: Any, finder: Any = finder) -> list[set[Any]]:
            out = []
            for r in records:
                doc = Document(
                    id=r.id, title="", text=r.text, date=r.date, source=r.publisher, url=r.url
                )
                found = ev.extract_evidence(doc, scenarios[r.scenario], finder, rules)
                out.append({_key(e) for e in found})
            return out

        base_keys = keys(ev.DEFAULT_RULES)
        base = figures(evaluate_evidence(records, scenarios, coder))
        entry: dict[str, Any] = {"default": base}
        for cand in [c for c in CANDIDATES if hasattr(ev, c)]:
            rules = getattr(ev, cand)
            after = figures(evaluate_evidence(records, scenarios, coder, rules=rules))
            moved = changes(base_keys, keys(rules), gold)
            entry[cand] = {
                **after,
                **moved,
                "moves": any(moved.values()),
                "check_rule_met": check_rule(base, after, moved),
            }
        report[name] = entry
        print(name, json.dumps(entry), flush=True)
    (HERE / args.out).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
