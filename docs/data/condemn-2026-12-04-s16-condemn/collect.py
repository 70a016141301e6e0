"""s16-condemn, step 1: READING records whose sentence condemns, denounces, blames or accuses
over an attack, a strike or a violation, with the gold and
the first event of each coder (run here on the sentence, as ``accord events evaluate`` runs
it: the record's date and home country).

The CHECK files (``heldout-s15``, ``heldout-s15b``) are dropped by name before any file is
opened. A record is listed when its sentence holds a word of condemnation (condemn, denounce,
blame, accuse, decry, deplore, censure, criticise, slam, lambaste) and a word of attack
(attack, strike, assault, aggression, violation, bombing, shelling, raid, ...), or a verb of
saying with an attack word ("X said Y attacked Z"). The list is a candidate pool: each record
is then read by hand.

Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/condemn-2026-12-04-s16-condemn/collect.py \
        > docs/data/condemn-2026-12-04-s16-condemn/pool.txt
"""

from __future__ import annotations

import re
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import fold, read_gold
from accord.news.nlp.rules_cv import dev_sets
from accord.news.types import Event

CHECK = ("heldout-s15", "heldout-s15b")
CONDEMN = re.compile(
    r"\b(condemn\w*|denounc\w*|blam\w*|accus\w*|decr(y|ied|ies)|deplor\w*|censur\w*"
    r"|critici[sz]\w*|slam\w*|lambast\w*|protest\w*|cowardly|terrorist act)\b",
    re.I,
)
ATTACK = re.compile(
    r"\b(attack\w*|strik\w*|struck|assault\w*|aggression|violat\w*|bomb\w*|shell\w*|raid\w*"
    r"|incursion\w*|invasion|invad\w*|kill\w*|massacre\w*|drone|missile\w*|airstrike\w*"
    r"|fir(ed|ing) on|shot|hit)\b",
    re.I,
)
SAY = re.compile(r"\b(said|says|say|told|claimed|reported|according to|alleged)\b", re.I)


def _shown(events: list[Event]) -> str:
    if not events:
        return "NONE"
    e = events[0]
    return (
        f"{e.event_type} {'+'.join(sorted(fold(e.sources))) or '-'} -> "
        f"{'+'.join(sorted(fold(e.targets))) or '-'}  [{e.trigger}]"
    )


def main() -> None:
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path, dev.split):
            text = record.text
            if not ATTACK.search(text):
                continue
            kind = "condemn" if CONDEMN.search(text) else "say" if SAY.search(text) else None
            if kind is None:
                continue
            sources = "+".join(sorted(record.sources)) or "-"
            gold = f"{record.event} {sources} -> {'+'.join(sorted(record.targets)) or '-'}"
            print(f"[{kind}] {dev.name} {record.id} gold {gold}")
            print(f"    {text}")
            for name, coder in coders.items():
                print(f"    {name}: {_shown(coder.code_sentence(text, record.date, record.home))}")
            print()


if __name__ == "__main__":
    main()
