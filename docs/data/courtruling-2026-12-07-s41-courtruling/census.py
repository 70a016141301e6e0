"""Census for s41-courtruling (session 41): every READING record whose sentence holds a form of
"rule" (rule, rules, ruled, ruling; any case), with its gold (type, source, target), each
coder's events (type, source, target, trigger) and, for each form, whether session 40's
``court_ruling`` construction (a word of a court or its judges among the six tokens before it,
or "that" right after it) reads it as a court's ruling. Each row is read by hand. The CHECK
files are skipped by name and never opened. Adapted from session 40's census
(docs/data/govern-2026-12-07-s40-govern/census.py).

    PYTHONPATH=SRC python3 docs/data/courtruling-2026-12-07-s41-courtruling/census.py . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s39", "heldout-s39b", "heldout-s39c", "heldout-s40", "heldout-s40b", "heldout-s40c"}
)
WORD = re.compile(r"\brul(?:e|es|ed|ing)\b", re.I)
RULE_FORMS = frozenset({"RULE", "RULES", "RULED", "RULING"})
COURT_WORDS = frozenset(
    {
        *("COURT", "COURTS", "TRIBUNAL", "TRIBUNALS", "JUDGE", "JUDGES", "JUSTICE"),
        *("JUSTICES", "ICJ", "ICC", "JURY", "ARBITRATOR", "ARBITRATORS", "ARBITRATION"),
    }
)


def _court(keys: list[str], i: int) -> bool:
    """Session 40's ``court_ruling`` reading, on token keys (kept here so that the census runs
    the same on the start code, which has no such function)."""
    if keys[i] not in RULE_FORMS:
        return False
    if i + 1 < len(keys) and keys[i + 1] == "THAT":
        return True
    return any(k in COURT_WORDS for k in keys[max(0, i - 6) : i])


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.coding import tokenize
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    rows: list[dict[str, Any]] = []
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        for r in read_gold(ds.path, ds.split):
            if not WORD.search(r.text):
                continue
            keys = [t.key for t in tokenize(r.text)]
            row: dict[str, Any] = {
                "set": ds.name,
                "id": r.id,
                "text": r.text,
                "forms": sorted({m.group(0).lower() for m in WORD.finditer(r.text)}),
                "court": [i for i in range(len(keys)) if _court(keys, i)],
                "gold": [r.event, sorted(r.sources), sorted(r.targets)],
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                row[name] = [
                    [e.event_type, sorted(fold(e.sources)), sorted(fold(e.targets)), e.trigger]
                    for e in events
                ] or [["NONE", [], [], None]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()
