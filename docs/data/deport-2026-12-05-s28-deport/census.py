"""Census of s28-deport: READING records that expel or deport (CAMEO 166 and 174 verbs).

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), the records whose sentence holds an expel or
deport word, with their gold and each coder's first event (type, mode, source, target,
trigger), coded with the ``src`` on ``PYTHONPATH``. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/deport-2026-12-05-s28-deport/census.py \
        --check-sets heldout-s26,heldout-s26b,heldout-s26c,heldout-s27,heldout-s27b,heldout-s27c
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

WORDS = re.compile(r"\b(expel\w*|expuls\w*|deport\w*|banish\w*|exile[ds]?)\b", re.IGNORECASE)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
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
            if not WORDS.search(record.text):
                continue
            print(
                f"== {dev.name} {record.id} gold {record.event} "
                f"{sorted(record.sources)} -> {sorted(record.targets)}"
            )
            print(f"   {record.text}")
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                if not events:
                    print(f"   {name}: NONE")
                    continue
                e = events[0]
                print(
                    f"   {name}: {e.event_type} {e.mode} {sorted(fold(e.sources))} -> "
                    f"{sorted(fold(e.targets))} [{e.trigger}]"
                )


if __name__ == "__main__":
    main()
