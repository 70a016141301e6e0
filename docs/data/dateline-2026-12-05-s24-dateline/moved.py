"""The READING records whose events a change moves, from two dump.py outputs, with the gold.

    PYTHONPATH=src python3 docs/data/dateline-2026-12-05-s24-dateline/moved.py BEFORE AFTER

For each coder and record: the first (scored) event before and after, the gold, and whether
the first event moved (``*``) or only a later one. The scoring folds organisations to their
gold class (UN -> IGO) and compares sets of codes, as ``accord events evaluate`` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.evaluate import read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s22", "heldout-s22b", "heldout-s22c", "heldout-s23", "heldout-s23b"}
CHECK |= {"heldout-s23c"}
FOLD = {"UN": "IGO", "UNSC": "IGO", "EU": "IGO", "ICC": "IGO", "AU": "IGO", "NATO": "IGO"}


def _first(events: list[list[object]]) -> tuple[str, frozenset[str], frozenset[str]]:
    if not events:
        return ("NONE", frozenset(), frozenset())
    kind, src, tgt = events[0][0], events[0][1], events[0][2]
    assert isinstance(kind, str) and isinstance(src, list) and isinstance(tgt, list)
    return (kind, frozenset(FOLD.get(c, c) for c in src), frozenset(FOLD.get(c, c) for c in tgt))


def main() -> None:
    before = json.loads(Path(sys.argv[1]).read_text())
    after = json.loads(Path(sys.argv[2]).read_text())
    gold = {}
    for dev in dev_sets(Path.cwd(), Path("/work/shared")):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path):
            gold[f"{dev.name}:{record.id}"] = (
                record.event,
                frozenset(record.sources),
                frozenset(record.targets),
            )
    for coder in before:
        for key, events in before[coder].items():
            new = after[coder][key]
            if events == new:
                continue
            b, a, g = _first(events), _first(new), gold[key]
            mark = "*" if b != a else " "
            verdict = {(True, False): "broken", (False, True): "fixed"}.get((b == g, a == g), "")
            print(
                f"{coder:5} {mark} {key:24} {verdict:6} gold {g[0]} {sorted(g[1])}->{sorted(g[2])}"
            )
            print(f"        before {events[:2]}")
            print(f"        after  {new[:2]}")


if __name__ == "__main__":
    main()
