"""Every event both coders give a few READING records, best first (s22-claim's reading aid).

Run from the worktree root with ``PYTHONPATH=src``: ``python3 probe.py SET:ID ...``. Only the
READING sets of :func:`accord.news.nlp.rules_cv.dev_sets` are opened; the session's CHECK
files (heldout-s20* and heldout-s21*) are refused before anything is read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = ("heldout-s20", "heldout-s20b", "heldout-s21", "heldout-s21b", "heldout-s21c")


def main() -> None:
    """Print each asked record's gold and every event of each coder."""
    root = Path.cwd()
    sets = {d.name: d for d in dev_sets(root, root.parent / "shared") if d.name not in CHECK}
    coders = [get_coder(name, strict=True).coder for name in ("rules", "nlp")]
    for arg in sys.argv[1:]:
        name, rid = arg.split(":", 1)
        dev = sets[name]
        record = next(r for r in read_gold(dev.path, dev.split) if r.id == rid)
        gold = f"{record.event} {sorted(record.sources)}->{sorted(record.targets)}"
        print(f"== {name} {rid} gold {gold}\n   {record.text[:200]}")
        for coder in coders:
            for event in coder.code_sentence(record.text, record.date, record.home):
                who = [a.code for a in event.sources], [a.code for a in event.targets]
                print(
                    f"   {coder.name:5} {event.event_type:9} {who[0]}->{who[1]} {event.trigger!r}"
                )


if __name__ == "__main__":
    main()
