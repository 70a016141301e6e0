"""Session 21 (s21-seed): the one CHECK run of the evidence candidate E1 (``SHARED_GATES``) on
the pooled evidence CHECK files, aggregate figures only.

Session 18's ``check18.py`` with the two CHECK files read as one pool
(``load_evidence_golds``): for each coder, ``evaluate_evidence`` (what ``accord evidence
evaluate`` runs) with the default finder and with the candidate: gold stances, findings, right
ones, precision, recall; against the default, the right findings gained and lost and the wrong
ones removed and added (summed over the pool), and whether the CHECK part of the adoption rule
holds (docs/validation-events/session-21-seed.md). No record id, text or per-record output is
printed or written. Run once, from the worktree root, after the protocol and the code are
committed::

    PYTHONPATH=src nice python3 docs/data/seed-2026-12-05-s21-seed/check21.py \\
        tests/data/news/evidence-heldout-s19.jsonl tests/data/news/evidence-heldout-s20.jsonl \\
        --out check-E1.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
sys.path.insert(0, str(HERE.parent / "evgate-2026-12-04-s17-evgate"))
from check17 import figures  # noqa: E402  (session 17's aggregate figures of an evaluation)
from check18 import changes, check_rule  # noqa: E402  (session 18's moves and CHECK rule)

CANDIDATES = ("SHARED_GATES",)


def main() -> None:
    import accord.news.evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import _gold_keys, _key, evaluate_evidence, load_evidence_golds
    from accord.news.types import Document

    parser = argparse.ArgumentParser()
    parser.add_argument("check", type=Path, nargs="+")
    parser.add_argument("--out", default="check-E1.json")
    args = parser.parse_args()
    records, scenarios, _ = load_evidence_golds(args.check)
    gold = [_gold_keys(r) for r in records]
    report: dict[str, Any] = {"files": [p.name for p in args.check]}
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
