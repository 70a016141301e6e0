"""Census of s36-approved: READING records whose sentence holds approve, approved or approval.

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), the records whose sentence holds a word of
approving (approve, approves, approved, approving, approval), with their gold and each coder's
events (type, mode, source, target, trigger), coded with the ``src`` on ``PYTHONPATH``. Run
from the worktree root::

    PYTHONPATH=src nice python3 docs/data/approved-2026-12-06-s36-approved/census.py \
        --check-sets heldout-s34,heldout-s34b,heldout-s34c,heldout-s35,heldout-s35b,heldout-s35c
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

APPROVING = re.compile(r"\b(approv\w*)\b", re.IGNORECASE)


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
            if not APPROVING.search(record.text):
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
                for k, e in enumerate(events):
                    print(
                        f"   {name}{'' if k == 0 else ' +' + str(k)}: {e.event_type} {e.mode} "
                        f"{sorted(fold(e.sources))} -> {sorted(fold(e.targets))} [{e.trigger}]"
                    )


if __name__ == "__main__":
    main()
