"""What the rules coder's records would do if every event whose source and target fold to the
same set of codes were removed (issue 14 item 5 read bluntly), on the READING files.

Session 24 (s24-selfdyad), exploratory (no candidate code): codes each READING record with the
rules coder as ``accord events evaluate`` does, drops the self-dyad events, and counts records
fixed and broken (right = type, source set and target set as the gold, as the harness's).
Run from the worktree root: ``PYTHONPATH=src nice python3 THIS OUT.json``.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path
from typing import Any

from accord.news.coding import code_sentence
from accord.news.evaluate import fold, read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = {f"heldout-s{n}" for n in ("22", "22b", "22c", "23", "23b", "23c")}

def _right(record: Any, event: Any) -> bool:
    got = event.event_type if event else "NONE"
    src = fold(event.sources) if event else frozenset()
    tgt = fold(event.targets) if event else frozenset()
    gold_s, gold_t = fold_codes(record.sources), fold_codes(record.targets)
    return bool(
        got == record.event and (not gold_s or src == gold_s) and (not gold_t or tgt == gold_t)
    )

def fold_codes(codes: frozenset[str]) -> frozenset[str]:
    from accord.news.gazetteer import load

    classes = load().org_classes
    return frozenset(classes.get(c, c) for c in codes)

def main() -> None:
    rows: list[dict[str, Any]] = []
    tally: collections.Counter[str] = collections.Counter()
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            events = code_sentence(record.text, record.date, home=record.home)
            first = events[0] if events else None
            kept = [
                e for e in events if not (fold(e.targets) and fold(e.sources) == fold(e.targets))
            ]
            after = kept[0] if kept else None
            if first is after:
                continue
            before_ok, after_ok = _right(record, first), _right(record, after)
            kind = (
                "fixed" if after_ok and not before_ok
                else "broken" if before_ok and not after_ok
                else "right" if before_ok
                else "same"
            )
            tally[kind] += 1
            tally[f"{kind} gold {'NONE' if record.event == 'NONE' else 'event'}"] += 1
            rows.append({"set": dev.name, "id": record.id, "kind": kind, "gold": record.event,
                         "before": first.event_type if first else "NONE",
                         "after": after.event_type if after else "NONE",
                         "trigger": first.trigger if first else None,
                         "source": [[a.code, a.role, a.text] for a in first.sources] if first else [],
                         "target": [[a.code, a.role, a.text] for a in first.targets] if first else [],
                         "gold_source": sorted(record.sources),
                         "gold_target": sorted(record.targets), "text": record.text})
    json.dump({"tally": dict(tally), "rows": rows}, open(sys.argv[1], "w"), indent=1)
    print(dict(tally))

if __name__ == "__main__":
    main()
