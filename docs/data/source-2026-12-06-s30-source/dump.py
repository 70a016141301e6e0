"""Every READING record's events from both coders, for s30-source's census of sourceless events.

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), writes each record's gold (type, sources, targets,
text) and each coder's events in order (type, mode, folded sources and targets, trigger),
coded with the ``src`` on ``PYTHONPATH``. Run from the worktree root, once per code::

    PYTHONPATH=src nice python3 docs/data/source-2026-12-06-s30-source/dump.py \
        --check-sets heldout-s28,heldout-s28b,heldout-s28c,heldout-s29,heldout-s29b,heldout-s29c \
        --out dump-start.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--coders", default="rules,nlp")
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    coders = {name: get_coder(name, strict=True).coder for name in args.coders.split(",")}
    out: dict[str, Any] = {}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            row: dict[str, Any] = {
                "gold": [record.event, sorted(record.sources), sorted(record.targets)],
                "text": record.text,
            }
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                row[name] = [
                    [
                        e.event_type,
                        e.mode,
                        sorted(fold(e.sources)),
                        sorted(fold(e.targets)),
                        e.trigger,
                    ]
                    for e in events
                ]
            out[f"{dev.name} {record.id}"] = row
    Path(args.out).write_text(json.dumps(out, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
