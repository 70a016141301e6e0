"""Every READING record's rules-coder events (type, mode, sources, targets, trigger), for a diff
of two codes (s29-expulsion's exploratory census: which records the candidate moves at all).

The CHECK files named by ``--check-sets`` are skipped, never opened. Run from the worktree root
with the ``src`` to read on ``PYTHONPATH``, once per code, then diff the two JSON files::

    D=docs/data/expulsion-2026-12-06-s29-expulsion
    PYTHONPATH=/tmp/s29-start/src nice python3 $D/rules_dump.py \
        --check-sets heldout-s27,heldout-s27b,heldout-s27c,heldout-s28,heldout-s28b,heldout-s28c \
        --out start.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    from accord.news.coding import code_sentence
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    out: dict[str, list[str]] = {}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            events = code_sentence(record.text, record.date, home=record.home)
            out[f"{dev.name} {record.id}"] = [
                f"{e.event_type} {e.mode} {sorted(fold(e.sources))}->{sorted(fold(e.targets))} "
                f"[{e.trigger}]"
                for e in events
            ]
    Path(args.out).write_text(json.dumps(out, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
