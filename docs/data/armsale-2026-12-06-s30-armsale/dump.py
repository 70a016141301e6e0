"""Every READING record's events of one coder (type, mode, sources, targets, trigger), for a diff
of two codes (s30-armsale's exploratory census: which records the candidate moves at all).

The CHECK files named by ``--check-sets`` are skipped, never opened. ``--only`` (a JSON file of
record keys, "FILE ID") codes those records alone (the nlp coder on the records whose rules-coder
events moved). Run from the worktree root with the ``src`` to read on ``PYTHONPATH``, once per
code, then diff the two JSON files::

    D=docs/data/armsale-2026-12-06-s30-armsale
    PYTHONPATH=/tmp/s30-start/src nice python3 $D/dump.py --coder rules \\
        --check-sets heldout-s28,heldout-s28b,heldout-s28c,heldout-s29,heldout-s29b,heldout-s29c \\
        --out rules-start.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--coder", default="rules")
    parser.add_argument("--only")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    only = set(json.loads(Path(args.only).read_text())) if args.only else None
    coder = get_coder(args.coder, strict=True).coder
    out: dict[str, list[str]] = {}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            key = f"{dev.name} {record.id}"
            if only is not None and key not in only:
                continue
            events = coder.code_sentence(record.text, record.date, record.home)
            out[key] = [
                f"{e.event_type} {e.mode} {sorted(fold(e.sources))}->{sorted(fold(e.targets))} "
                f"[{e.trigger}]"
                for e in events
            ]
    Path(args.out).write_text(json.dumps(out, indent=0), encoding="utf-8")


if __name__ == "__main__":
    main()
