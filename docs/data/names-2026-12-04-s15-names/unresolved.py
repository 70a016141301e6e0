"""Gold actors of the READING event files that no mention of the sentence resolves to.

Session 12 (s12-gazetteer), rerun by s15-names with session 15's CHECK files. For every record of the READING files (``dev_sets`` less the
CHECK files ``heldout-s14``, ``heldout-s14b``, which are never opened here), the gold source
and target codes that :func:`accord.news.resolve.find_mentions` (``bare=True``, the coders'
call) gives no mention of the sentence (both sides folded to the evaluator's classes: UN ->
IGO), with the sentence's mentions. Run from the worktree
root::

    PYTHONPATH=src python3 docs/data/names-2026-12-04-s15-names/unresolved.py \
        > docs/data/names-2026-12-04-s15-names/unresolved.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CHECK = ("heldout-s14", "heldout-s14b")


def main() -> None:
    from accord.news.evaluate import read_gold
    from accord.news.gazetteer import load, tokenize
    from accord.news.nlp.rules_cv import dev_sets
    from accord.news.resolve import find_mentions

    root = Path.cwd()
    gaz = load()
    classes = gaz.org_classes
    out = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for rec in read_gold(dev.path, dev.split):
            gold = {classes.get(c, c) for c in rec.sources | rec.targets}
            if not gold:
                continue
            mentions = find_mentions(tokenize(rec.text), rec.text, rec.date, gaz, bare=True)
            found = {classes.get(m.actor.code, m.actor.code) for m in mentions}
            missing = sorted(gold - found)
            if missing:
                out.append(
                    {
                        "set": dev.name,
                        "id": rec.id,
                        "event": rec.event,
                        "missing": missing,
                        "source": sorted(rec.sources),
                        "target": sorted(rec.targets),
                        "mentions": [f"{m.actor.text}={m.actor.code}" for m in mentions],
                        "text": rec.text,
                    }
                )
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
