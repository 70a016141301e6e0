"""The READING records in which s30-territory's construction can act, and both coders' first
events on them.

Every READING record (the CHECK files named by ``--check-sets`` are skipped, never opened)
whose sentence gives a code only through a disputed territory named as the place of an act
(:func:`accord.news.coding.disputed_codes`, run with the candidate's ``src``): the only records
whose events the candidate can change (the rules coder skips only such groups; the nlp coder
drops only such codes and borrows the rules coder's recipients). With ``--ids FILE`` it codes
the records listed there (one ``set id`` a line) with the ``src`` on ``PYTHONPATH`` and prints
each coder's first event, for the start code and the candidate in turn. Run from the worktree
root::

    PYTHONPATH=src python3 docs/data/territory-2026-12-06-s30-territory/disputed_records.py \\
        --check-sets heldout-s28,heldout-s28b,heldout-s28c,heldout-s29,heldout-s29b,heldout-s29c
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main() -> None:
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    parser = argparse.ArgumentParser()
    parser.add_argument("--check-sets", required=True)
    parser.add_argument("--ids")
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    wanted = None
    if args.ids:
        wanted = {tuple(line.split()) for line in Path(args.ids).read_text().splitlines() if line}
    coders = {}
    if wanted is not None:
        from accord.news.coders import get_coder

        coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    gaz = load()
    for dev in dev_sets(Path("."), Path("../shared")):
        if dev.name in check:
            continue
        for record in read_gold(dev.path):
            if wanted is None:
                from accord.news.coding import disputed_codes

                tokens = tokenize(record.text)
                mentions = find_mentions(
                    tokens, record.text, record.date, gaz, bare=True, home=record.home
                )
                codes = disputed_codes(tokens, mentions)
                if codes:
                    print(dev.name, record.id, ",".join(sorted(codes)))
                continue
            if (dev.name, record.id) not in wanted:
                continue
            line = (
                f"{dev.name} {record.id} gold {record.event} {sorted(record.sources)} -> "
                f"{sorted(record.targets)}"
            )
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                first = events[0] if events else None
                line += (
                    f" | {name} {first.event_type} {sorted(fold(first.sources))} -> "
                    f"{sorted(fold(first.targets))}"
                    if first
                    else f" | {name} NONE"
                )
            print(line)


if __name__ == "__main__":
    main()
