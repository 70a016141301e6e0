"""Census of s29-violent: violent events with no violent act, and self-dyads (issue 14 item 5).

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), each coder's events (all of them, the first
marked ``*``: the one scored) that are (a) of a violent type (``VIOLENT_TYPES``: ASSAULT),
with whether the sentence names a violent act (``violent_act``), or (b) a self-dyad (a code
among both the folded sources and the folded targets), with the record's gold. Run from the
worktree root with the code to census on ``PYTHONPATH``::

    PYTHONPATH=src nice python3 docs/data/violent-2026-12-06-s29-violent/census.py \
        --check-sets heldout-s27,heldout-s27b,heldout-s27c,heldout-s28,heldout-s28b,heldout-s28c
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.coding import VIOLENT_TYPES, violent_act
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import tokenize
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            lines: list[str] = []
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                for rank, e in enumerate(events):
                    src, tgt = fold(e.sources), fold(e.targets)
                    kinds = []
                    if e.event_type in VIOLENT_TYPES:
                        act = violent_act(tokenize(record.text))
                        kinds.append("violent" if act else "VIOLENT-NO-ACT")
                    if src & tgt:
                        kinds.append("SELF")
                    if not kinds:
                        continue
                    lines.append(
                        f"   {name}{'*' if rank == 0 else ' '} {'/'.join(kinds)}: "
                        f"{e.event_type} {e.mode} {sorted(src)} -> {sorted(tgt)} [{e.trigger}]"
                    )
            if not lines:
                continue
            print(
                f"== {dev.name} {record.id} gold {record.event} "
                f"{sorted(record.sources)} -> {sorted(record.targets)}"
            )
            print(f"   {record.text}")
            print("\n".join(lines))


if __name__ == "__main__":
    main()
