"""Census for s40-byagents (session 40; session 39's census, this session's CHECK files):
every READING record whose sentence has a form of
"be" (or "get") before a past participle and a "by" phrase after it that holds "and", a comma
or "including" (a passive whose agents may be coordinated), with its gold (type, source,
target) and each coder's first event (type, source, target, trigger). A wide net: each row is
read by hand for whether the "by" phrase coordinates actors. The CHECK files are skipped by
name and never opened.

    PYTHONPATH=SRC python3 docs/data/byagents-2026-12-07-s40-byagents/census.py . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s38", "heldout-s38b", "heldout-s38c", "heldout-s39", "heldout-s39b", "heldout-s39c"}
)
AUX = r"(?:is|are|was|were|be|been|being|get|got|gets)"
PAT = re.compile(
    AUX
    + r"\s+(?:\w+ly\s+|not\s+)?\w+(?:ed|en|wn|ne|ht|lt|nt|t)\s+(?:[^.;]{0,40}?\s)?by\s+"
    + r"([^.;]{0,160})",
    re.I,
)
JOINED = re.compile(r"\band\b|,|\bincluding\b")


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    rows: list[dict[str, Any]] = []
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        for r in read_gold(ds.path, ds.split):
            found = PAT.search(r.text)
            if found is None or not JOINED.search(found.group(1)):
                continue
            row: dict[str, Any] = {
                "set": ds.name,
                "id": r.id,
                "text": r.text,
                "gold": [r.event, sorted(r.sources), sorted(r.targets)],
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                best = events[0] if events else None
                if best is None:
                    row[name] = ["NONE", [], [], None]
                    continue
                got = [best.event_type, sorted(fold(best.sources)), sorted(fold(best.targets))]
                row[name] = [*got, best.trigger]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()
