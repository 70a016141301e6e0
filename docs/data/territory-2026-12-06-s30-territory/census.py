"""Census of s30-territory: READING records that name a territory whose sovereignty is disputed.

For every READING file of :func:`accord.news.nlp.rules_cv.dev_sets` (the CHECK files named by
``--check-sets`` are skipped, never opened), the records whose sentence names a territory of
:data:`NAMES` (the class of docs/validation-events/session-30-territory.md, with Gaza, the West Bank,
Taiwan and the word "occupied", which the class leaves out, for the comparison), with their gold, how the gazetteer resolves each
such name (code, and the word before it: "in", "on", "over" ... make it the place of an act) and
each coder's events (type, mode, source, target, location, trigger), coded with the ``src`` on
``PYTHONPATH``. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/territory-2026-12-06-s30-territory/census.py \
        --check-sets heldout-s28,heldout-s28b,heldout-s28c,heldout-s29,heldout-s29b,heldout-s29c
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

NAMES = re.compile(
    r"\b(crimea\w*|sevastopol|donbas+|donetsk|luhansk|lugansk|zaporizh\w*|kherson|golan"
    r"|west bank|east jerusalem|gaza\w*|western sahara|sahrawi|kashmir|abkhaz\w*|ossetia\w*"
    r"|tskhinvali|transnistr\w*|northern cyprus|turkish cypriot|karabakh|taiwan\w*|falkland\w*"
    r"|malvinas|gibraltar|occupied|south china sea|east china sea|scarborough|second thomas"
    r"|spratly\w*|paracel\w*|senkaku\w*|diaoyu)\b",
    re.IGNORECASE,
)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    gaz = load()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            if not NAMES.search(record.text):
                continue
            tokens = tokenize(record.text)
            mentions = find_mentions(tokens, record.text, record.date, gaz, bare=True)
            named = []
            for m in mentions:
                words = record.text[tokens[m.start].start : tokens[m.end - 1].end]
                if NAMES.search(words):
                    before = tokens[m.start - 1].text if m.start else ""
                    named.append(f"{before!r} {words!r}={m.actor.code or '-'}")
            print(
                f"== {dev.name} {record.id} gold {record.event} "
                f"{sorted(record.sources)} -> {sorted(record.targets)}"
            )
            print(f"   {record.text}")
            print(f"   gazetteer: {'; '.join(named) or 'no mention of the name'}")
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                if not events:
                    print(f"   {name}: NONE")
                for k, e in enumerate(events):
                    where = e.location.country if e.location else "-"
                    print(
                        f"   {name}{'' if k == 0 else ' +' + str(k)}: {e.event_type} {e.mode} "
                        f"{sorted(fold(e.sources))} -> {sorted(fold(e.targets))} @{where} "
                        f"[{e.trigger}]"
                    )


if __name__ == "__main__":
    main()
