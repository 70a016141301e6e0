"""Census of s29-expulsion: READING records with an expulsion told in the passive or with a
destination.

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), the records whose sentence holds an expel, expulsion,
deport or deportation word, "leave the country" or *persona non grata*, with their gold, the
flags ``passive`` (a form of "be" or "get" up to three words before the verb, or "given ... to
leave") and ``to`` ("to" after the verb in its clause), and each coder's events (type, mode,
source, target, trigger), coded with the ``src`` on ``PYTHONPATH``. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/expulsion-2026-12-06-s29-expulsion/census.py \
        --check-sets heldout-s27,heldout-s27b,heldout-s27c,heldout-s28,heldout-s28b,heldout-s28c
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

WORDS = re.compile(
    r"\b(expel\w*|expuls\w*|deport\w*|leave the country|personae? non grata)\b", re.IGNORECASE
)
PASSIVE = re.compile(
    r"\b(is|are|was|were|be|been|being|get|got|gets|getting)\s+(\w+\s+){0,2}"
    r"(expelled|deported)\b|\bgiven\b[^.;]{0,60}\bto leave\b",
    re.IGNORECASE,
)
DESTINATION = re.compile(r"\b(expelled|deported|expelling|deporting)\b[^.;,]{0,60}\bto\b", re.I)


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
            flags = [
                name
                for name, pattern in (("passive", PASSIVE), ("to", DESTINATION))
                if pattern.search(record.text)
            ]
            print(
                f"== {dev.name} {record.id} [{','.join(flags) or '-'}] gold {record.event} "
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
