"""Census of s30-armsale: READING records about a sale, purchase or delivery of arms.

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), the records whose sentence holds a word of sale,
purchase, delivery or transfer and a word of arms (weapons, missiles, jets, tanks, drones,
munitions, arms ...), or "arms deal/sale", with their gold and each coder's events (type, mode,
source, target, trigger), coded with the ``src`` on ``PYTHONPATH``. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/armsale-2026-12-06-s30-armsale/census.py \
        --check-sets heldout-s28,heldout-s28b,heldout-s28c,heldout-s29,heldout-s29b,heldout-s29c
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

TRADE = re.compile(
    r"\b(sale|sales|sell\w*|sold|purchas\w*|buy\w*|bought|acqui\w*|deliver\w*|transfer\w*|"
    r"supply|supplie\w*|supplying|export\w*|import\w*|procure\w*|order\w*|deal|deals|"
    r"contract\w*|approv\w*|clear\w*|notif\w*|ship\w*|provid\w*|send\w*|sent|give\w*|gave)\b",
    re.IGNORECASE,
)
ARMS = re.compile(
    r"\b(arms|weapon\w*|missile\w*|jets?|fighter\w*|aircraft|tanks?|drones?|munition\w*|"
    r"ammunition|artillery|rockets?|howitzers?|helicopters?|warships?|frigates?|submarines?|"
    r"air defen[cs]e\w*|patriot|himars|f-\d+\w*|rafale\w*|s-400|systems?|military equipment|"
    r"armou?r\w*|interceptors?|shells?|bombs?)\b",
    re.IGNORECASE,
)


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
            if not (TRADE.search(record.text) and ARMS.search(record.text)):
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
