"""The mentions of every READING record under one ``src`` tree, for a diff of two trees.

Session 12 (s12-gazetteer), used for the facility probe (not a candidate). Run from the
worktree root, once per tree, then compare the two JSON lists record by record::

    PYTHONPATH=/tmp/gz/base/src python3 \
        docs/data/gazetteer-2026-12-04-s12-gazetteer/mentions_diff.py /tmp/gz/m_base.json
    PYTHONPATH=/tmp/gz/dev2/src python3 \
        docs/data/gazetteer-2026-12-04-s12-gazetteer/mentions_diff.py /tmp/gz/m_dev2.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CHECK = ("heldout-s11", "heldout-s11b")


def main() -> None:
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    root = Path.cwd()
    gaz = load()
    rows = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            found = find_mentions(tokenize(rec.text), rec.text, rec.date, gaz, bare=True)
            rows.append([dev.name, rec.id, [[m.actor.text, m.actor.code] for m in found]])
    Path(sys.argv[1]).write_text(json.dumps(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
