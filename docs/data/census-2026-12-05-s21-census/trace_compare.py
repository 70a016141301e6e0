"""Records fixed and broken between two ``trace.py`` runs, scored as ``accord events evaluate``
scores a record (the first event's type; each gold slot's set of codes), per coder and file.

Run from the worktree root (the in-sample exploration of a candidate, before its deciding runs)::

    D=docs/data/census-2026-12-05-s21-census
    PYTHONPATH=src python3 $D/trace_compare.py $D/trace-start.json $D/trace-AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from accord.news.evaluate import GoldRecord, read_gold
from accord.news.gazetteer import load
from accord.news.nlp.rules_cv import dev_sets

CHECK = ("heldout-s19", "heldout-s19b", "heldout-s20", "heldout-s20b")


def right(record: GoldRecord, events: list[dict[str, Any]], classes: dict[str, str]) -> bool:
    """Whether a record is in no error list: type, and every gold slot's set."""
    first = events[0] if events else None
    got = first["type"] if first else "NONE"
    if got != record.event:
        return False
    for gold, role in ((record.sources, "source"), (record.targets, "target")):
        folded = {classes.get(c, c) for c in gold}
        if folded and (first is None or set(first[role]) != folded):
            return False
    return True


def main() -> None:
    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    root = Path.cwd()
    classes = load().org_classes
    for coder in after:
        fixed_n = broken_n = 0
        for dev in dev_sets(root, root.parent / "shared"):
            if dev.name in CHECK or dev.name not in after[coder]:
                continue
            fixed, broken = [], []
            for record in read_gold(dev.path, dev.split):
                b = right(record, before[coder][dev.name][record.id], classes)
                a = right(record, after[coder][dev.name][record.id], classes)
                if a and not b:
                    fixed.append(record.id)
                if b and not a:
                    broken.append(record.id)
            fixed_n += len(fixed)
            broken_n += len(broken)
            if fixed or broken:
                print(f"{coder} {dev.name}: fixed {fixed} broken {broken}")
        print(f"{coder}: fixed {fixed_n}, broken {broken_n}")


if __name__ == "__main__":
    main()
