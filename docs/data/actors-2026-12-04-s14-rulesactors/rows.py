"""The rules coder in process on the READING files: every record's first event and all events.

Session 14 (s14-rulesactors; s13-rules' script with session 14's CHECK files). READING
files: ``rules_cv.dev_sets`` less the CHECK files (heldout-s13, heldout-s13b), which this
script never opens. Scoring as ``accord events evaluate`` (first event; organisations folded;
a target scored only where the gold has one).
Usage (worktree root)::

    PYTHONPATH=src python3 docs/data/actors-2026-12-04-s14-rulesactors/rows.py OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CHECK = ("heldout-s13", "heldout-s13b")


def main() -> None:
    from accord.news.coding import code_sentence
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    classes = load().org_classes
    root = Path.cwd()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for r in read_gold(dev.path, dev.split):
            events = code_sentence(r.text, r.date, home=r.home)
            best = events[0] if events else None
            got = best.event_type if best else "NONE"
            gs = sorted({classes.get(c, c) for c in r.sources})
            gt = sorted({classes.get(c, c) for c in r.targets})
            src = sorted(fold(best.sources)) if best else []
            tgt = sorted(fold(best.targets)) if best else []
            ok = got == r.event and (not gs or src == gs) and (not gt or tgt == gt)
            rows.append(
                {
                    "file": dev.name,
                    "id": r.id,
                    "gold": r.event,
                    "got": got,
                    "ok": ok,
                    "gold_source": gs,
                    "source": src,
                    "gold_target": gt,
                    "target": tgt,
                    "trigger": best.trigger if best else None,
                    "all": [
                        [e.event_type, e.trigger, sorted(fold(e.sources)), sorted(fold(e.targets))]
                        for e in events
                    ],
                    "text": r.text,
                }
            )
    Path(sys.argv[1]).write_text(json.dumps(rows, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
