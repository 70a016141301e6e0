"""Census for s34-agreedsanctions (session 34): every READING record whose sentence has a verb
of agreeing, promising or deciding ("agree", "promise", "pledge", "vow", "decide", "commit",
"offer") and, after it, a verb of easing ("ease", "lift", "exempt", "unfreeze", "relax",
"remove", "roll back", "suspend", "waive", "drop") and a sanctions noun ("sanction", "tariff",
"embargo", "boycott"): class "sanctions"; and, to show what else the candidate could
move, every other record with "agree(d/s/ing) [not] to" or "agree(d/s/ing) on": class
"agree-to". Its gold (type, mode, actors) and each coder's first event (type, mode, source,
target, trigger). The CHECK files are skipped by name and never opened.

    PYTHONPATH=SRC python3 docs/data/agreedsanctions-2026-12-06-s34-agreedsanctions/census.py \
        . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b", "heldout-s33c"}
)
PAT = re.compile(
    r"\b(?:agree|promis|pledg|vow|decid|commit|offer)\w*\b.*?"
    r"\b(?:eas|lift|exempt|unfreez|relax|remov|roll\w* back|suspend|waiv|drop)\w*\b.*?"
    r"\b(?:sanction|tariff|embargo|boycott)",
    re.I,
)
AGREE_TO = re.compile(r"\bagree(?:d|s|ing)?\s+(?:not\s+)?(?:to|on)\b", re.I)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    rows: list[dict[str, Any]] = []
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        items = {
            str(it.get("id")): it
            for it in json.loads(Path(ds.path).read_text())
            if isinstance(it, dict)
        }
        for r in read_gold(ds.path, ds.split):
            cls = (
                "sanctions" if PAT.search(r.text) else "agree-to" if AGREE_TO.search(r.text) else ""
            )
            if not cls:
                continue
            row: dict[str, Any] = {
                "class": cls,
                "set": ds.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_mode": items.get(r.id, {}).get("mode"),
                "gold_s": sorted(r.sources),
                "gold_t": sorted(r.targets),
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                b = events[0] if events else None
                actors = [sorted(fold(b.sources)), sorted(fold(b.targets))] if b else []
                row[name] = [b.event_type, b.mode, *actors, b.trigger] if b else None
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1))
    print(len(rows))


if __name__ == "__main__":
    main()
