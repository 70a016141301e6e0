"""Census of s33-suspended (session 33): the READING records with a suspend word ("suspend",
"suspended", "suspending", "suspension"), with the gold and each coder's first event.

READING files only: the CHECK files named by ``--check-sets`` are skipped and never opened.
Run from a worktree root with ``PYTHONPATH`` the code to census::

    PYTHONPATH=src nice python3 docs/data/suspended-2026-12-06-s33-suspended/census.py \
        --check-sets heldout-s31,heldout-s31b,heldout-s31c,heldout-s32,heldout-s32b,heldout-s32c \
        --out /tmp/census.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

SUSPEND = re.compile(r"\bsuspen(?:d|ded|ding|ds|sion|sions)\b", re.IGNORECASE)


def _event(event: Any) -> dict[str, Any] | None:
    if event is None:
        return None
    return {
        "type": event.event_type,
        "mode": event.mode,
        "source": sorted(a.code for a in event.sources),
        "target": sorted(a.code for a in event.targets),
        "trigger": event.trigger,
    }


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    classes = load().org_classes
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in check:
            continue
        raw = [r for r in json.loads(Path(dev.path).read_text("utf-8")) if isinstance(r, dict)]
        modes = {str(r.get("id")): r.get("mode") for r in raw}
        for record in read_gold(dev.path, dev.split):
            if not SUSPEND.search(record.text):
                continue
            gold_s = sorted(classes.get(c, c) for c in record.sources)
            gold_t = sorted(classes.get(c, c) for c in record.targets)
            row: dict[str, Any] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "gold": {
                    "type": record.event,
                    "mode": modes.get(record.id),
                    "source": gold_s,
                    "target": gold_t,
                },
            }
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                best = events[0] if events else None
                first = _event(best)
                got_s = sorted(fold(best.sources)) if best else []
                got_t = sorted(fold(best.targets)) if best else []
                right = (
                    (best.event_type if best else "NONE") == record.event
                    and (not gold_s or got_s == gold_s)
                    and (not gold_t or got_t == gold_t)
                )
                row[name] = first
                row[name + "_right"] = right
            rows.append(row)
            print(json.dumps(row), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
