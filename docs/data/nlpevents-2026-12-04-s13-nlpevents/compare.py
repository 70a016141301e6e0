"""Records whose first nlp event changes between two listings (``listing.py``), per file.

Session 13 (s13-nlpevents). A record is right when its first event has the gold type (NONE
when none) and, where the gold names them, the gold sources and targets (organisations
folded as ``evaluate`` folds them); per file: records fixed, broken, and changed otherwise.

    python3 docs/data/nlpevents-2026-12-04-s13-nlpevents/compare.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def right(row: dict[str, Any], classes: dict[str, str]) -> bool:
    events = row["events"]
    first = events[0] if events else None
    if (first["type"] if first else "NONE") != row["gold"]:
        return False
    for side, gold in (("sources", "gold_source"), ("targets", "gold_target")):
        want = {classes.get(c, c) for c in row[gold]}
        got = {classes.get(c, c) for c in (first[side] if first else [])}
        if want and want != got:
            return False
    return True


def main() -> None:
    from accord.news.gazetteer import load

    classes = load().org_classes
    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    total: Counter[str] = Counter()
    for name, rows in before.items():
        tally: Counter[str] = Counter()
        for b, a in zip(rows, after[name], strict=True):
            if b["events"][:1] == a["events"][:1]:
                continue
            rb, ra = right(b, classes), right(a, classes)
            key = "fixed" if ra and not rb else "broken" if rb and not ra else "changed"
            tally[key] += 1
            first = [
                (r["events"][0]["type"], r["events"][0]["trigger"]) if r["events"] else None
                for r in (b, a)
            ]
            print(f"  {name} {b['id']} gold {b['gold']} {key}: {first[0]} -> {first[1]}")
        if tally:
            print(name, dict(tally))
        total.update(tally)
    print("pooled", dict(total))


if __name__ == "__main__":
    main()
