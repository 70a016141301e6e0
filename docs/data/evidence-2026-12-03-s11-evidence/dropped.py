"""Session 11 (s11-evidence): development effect of three causes not turned into rules, against
the session-11 default, on the 12 development evidence files (each a change patched in for this
run, not shipped; none went through the protocol's deciding run):

* ``conditional``: on an issue whose high label says "unconditional", a sentence with a word of
  condition ("in exchange", "only if", "condition(s)", "precondition(s)", "demands") leans to
  the low end (cause ``conditional_offer``);
* ``noun``: a cue right after a determiner or "of" is no cue ("a list of demands", "the
  proposed loan"; cause ``noun_cue``);
* ``keyword_in_clause``: the existing switch (cause ``other_clause_keyword``).

Prints each changed record: items lost and gained, ``+`` right, ``-`` wrong. Run from the
worktree root: ``PYTHONPATH=src python3 docs/data/evidence-2026-12-03-s11-evidence/dropped.py
CHANGE CODER`` (CHANGE: conditional, noun or keyword_in_clause; CODER: rules or nlp).
"""

from __future__ import annotations

import sys
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
CONDITION = frozenset({"CONDITION", "CONDITIONS", "PRECONDITION", "PRECONDITIONS", "DEMANDS"})
DETERMINERS = frozenset(
    {"THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "OUR", "OF", "THESE", "THOSE", "ANY"}
)


def main(change: str, coder_name: str) -> None:
    import accord.news.evidence as ev
    from accord.news.coders import get_coder
    from accord.news.evidence_gold import _gold_keys, _key, load_evidence_golds
    from accord.news.types import Document

    data = ROOT / "tests" / "data" / "news"
    paths = [data / "evidence-gold.jsonl", *sorted(data.glob("evidence-heldout-*.jsonl"))]
    records, scenarios, files = load_evidence_golds(paths)
    coder = None if coder_name == "rules" else get_coder(coder_name, strict=True).coder
    finder = getattr(coder, "clause_agents", None)

    def found(rules: Any) -> dict[str, set[Any]]:
        out = {}
        for r in records:
            doc = Document(id=r.id, title="", text=r.text, date=r.date)
            out[r.id] = {
                _key(e) for e in ev.extract_evidence(doc, scenarios[r.scenario], finder, rules)
            }
        return out

    before = found(ev.DEFAULT_RULES)
    rules = ev.DEFAULT_RULES
    if change == "conditional":
        original = ev.orientation

        def orientation(issue: Any, keys: list[str]) -> int:
            pairs = set(pairwise(keys))
            cond = (
                ("IN", "EXCHANGE") in pairs
                or ("ONLY", "IF") in pairs
                or bool(CONDITION & set(keys))
            )
            if "unconditional" in (issue.scale.high_label or "").lower() and cond:
                return -1
            return original(issue, keys)

        ev.orientation = orientation  # type: ignore[assignment]
    elif change == "noun":
        cues = ev._find_cues

        def find(tokens: Any, policy: bool = False) -> Any:
            return [
                c
                for c in cues(tokens, policy)
                if not (c.start > 0 and tokens[c.start - 1].key in DETERMINERS)
            ]

        ev._find_cues = find  # type: ignore[assignment]
    elif change == "keyword_in_clause":
        rules = replace(rules, keyword_in_clause=True)
    else:
        raise SystemExit(f"unknown change {change!r}")
    after = found(rules)
    for r in records:
        a, b = before[r.id], after[r.id]
        if a != b:
            gold = _gold_keys(r)

            def tag(k: Any, gold: set[Any] = gold) -> str:
                return "/".join(k) + ("+" if k in gold else "-")

            print(
                files[r.id],
                r.id,
                "lost",
                sorted(map(tag, a - b)),
                "gained",
                sorted(map(tag, b - a)),
            )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
