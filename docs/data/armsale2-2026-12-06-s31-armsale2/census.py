"""Census of s31-armsale2: READING records whose gold is AID or whose sentence holds an arms word.

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), the records whose gold type is AID, or whose
sentence holds a word of the brief's list (sale, purchase, bought, acquire, order, deliver,
drones, aircraft, jets, missiles, systems) or another arms word, with their gold and each
coder's events (type, mode, source, target, trigger), coded with the ``src`` on
``PYTHONPATH``. ``--coders`` picks the coders (default both). Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/armsale2-2026-12-06-s31-armsale2/census.py \\
        --check-sets heldout-s29,heldout-s29b,heldout-s29c,heldout-s30,heldout-s30b,heldout-s30c
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

WORDS = re.compile(
    r"\b(sale|sales|sell\w*|sold|purchas\w*|buy\w*|bought|acqui\w*|order\w*|deliver\w*|"
    r"drones?|aircraft|jets?|missiles?|systems?|arms|weapon\w*|fighter\w*|tanks?|"
    r"munition\w*|ammunition|artillery|rockets?|helicopters?|warships?|frigates?|"
    r"submarines?|patriot|himars|f-\d+\w*|rafale\w*|s-400|interceptors?)\b",
    re.IGNORECASE,
)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--coders", default="rules,nlp")
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    coders = {name: get_coder(name, strict=True).coder for name in args.coders.split(",")}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            if record.event != "AID" and not WORDS.search(record.text):
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
