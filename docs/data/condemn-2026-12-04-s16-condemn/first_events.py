"""s16-condemn: the first event of a coder on every READING record (the CHECK files
``heldout-s15``, ``heldout-s15b`` are dropped by name before any file is opened), as JSON
``{set: {id: [type, sources, targets, trigger, right]}}``, so that two codes can be compared
record by record (``right``: type, source set and target set as the gold, as
``accord events evaluate --errors`` judges a record).

Run from the worktree root, once per code::

    D=docs/data/condemn-2026-12-04-s16-condemn
    PYTHONPATH=/tmp/s16-start/src nice python3 $D/first_events.py rules before.json
    PYTHONPATH=src nice python3 $D/first_events.py rules after.json
    python3 $D/first_events.py --diff before.json after.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CHECK = ("heldout-s15", "heldout-s15b")


def run(coder_name: str, out: str) -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    coder = get_coder(coder_name, strict=True).coder
    classes = load().org_classes
    root = Path.cwd()
    table: dict[str, dict[str, Any]] = {}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        rows = table.setdefault(dev.name, {})
        for r in read_gold(dev.path, dev.split):
            events = coder.code_sentence(r.text, r.date, r.home)
            e = events[0] if events else None
            got = e.event_type if e else "NONE"
            src = sorted(fold(e.sources)) if e else []
            tgt = sorted(fold(e.targets)) if e else []
            gs = sorted({classes.get(c, c) for c in r.sources})
            gt = sorted({classes.get(c, c) for c in r.targets})
            right = got == r.event and (not gs or src == gs) and (not gt or tgt == gt)
            rows[r.id] = [got, src, tgt, e.trigger if e else None, right]
    Path(out).write_text(json.dumps(table, indent=0) + "\n", encoding="utf-8")


def diff(before: str, after: str) -> None:
    b = json.loads(Path(before).read_text(encoding="utf-8"))
    a = json.loads(Path(after).read_text(encoding="utf-8"))
    fixed = broken = changed = 0
    for name, rows in a.items():
        for rid, row in rows.items():
            old = b[name][rid]
            if old == row:
                continue
            changed += 1
            mark = (
                "fixed" if row[4] and not old[4] else "BROKEN" if old[4] and not row[4] else "same"
            )
            fixed += mark == "fixed"
            broken += mark == "BROKEN"
            print(f"{mark:6} {name} {rid}: {old[:4]} -> {row[:4]}")
    print(f"changed {changed}, fixed {fixed}, broken {broken}")


if __name__ == "__main__":
    if sys.argv[1] == "--diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        run(sys.argv[1], sys.argv[2])
