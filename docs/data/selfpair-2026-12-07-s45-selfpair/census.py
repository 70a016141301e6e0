"""Census of the events whose source and target share an actor code (session 45, s45-selfpair).

Codes every record of the READING files (``accord.news.nlp.rules_cv.dev_sets`` less the CHECK
files named by ``--check-sets``, which are skipped by name and never opened) with one coder, as
``accord events evaluate`` does (the first event is the one scored), and writes one row per
record whose first event's source and target sets (organisations folded to their gold class)
share a code, with the gold's type and actors. Run with the code to census on ``PYTHONPATH``::

    PYTHONPATH=/tmp/s45-start/src nice python3 \\
        docs/data/selfpair-2026-12-07-s45-selfpair/census.py --coder rules --out FILE
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

CHECK = "heldout-s43,heldout-s43b,heldout-s43c,heldout-s44,heldout-s44b,heldout-s44c"


def main() -> None:
    """Run the census (imported, it does nothing: tests/test_docs.py imports it)."""
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.gazetteer import load
    from accord.news.nlp.rules_cv import dev_sets

    parser = argparse.ArgumentParser()
    parser.add_argument("--coder", default="rules")
    parser.add_argument("--out", required=True)
    parser.add_argument("--check-sets", default=CHECK)
    args = parser.parse_args()
    check = set(args.check_sets.split(","))
    coder = get_coder(args.coder, strict=True).coder
    classes = load().org_classes
    root = Path.cwd()
    rows: list[dict[str, Any]] = []
    totals = {"records": 0, "coded": 0, "same": 0}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in check:
            continue
        for record in read_gold(dev.path, dev.split):
            totals["records"] += 1
            events = coder.code_sentence(record.text, record.date, record.home)
            if not events:
                continue
            totals["coded"] += 1
            best = events[0]
            src, tgt = fold(best.sources), fold(best.targets)
            if not src & tgt:
                continue
            totals["same"] += 1
            gold_s = sorted(classes.get(c, c) for c in record.sources)
            gold_t = sorted(classes.get(c, c) for c in record.targets)
            rows.append(
                {
                    "set": dev.name,
                    "id": record.id,
                    "gold": record.event,
                    "got": best.event_type,
                    "gold_source": gold_s,
                    "gold_target": gold_t,
                    "source": sorted(src),
                    "target": sorted(tgt),
                    "trigger": best.trigger,
                    "source_refs": [[a.code, a.role, a.text] for a in best.sources],
                    "target_refs": [[a.code, a.role, a.text] for a in best.targets],
                    "home": record.home,
                    "others": len(events) - 1,
                    "text": record.text,
                }
            )
        print(dev.name, totals, flush=True)
    out = {"coder": args.coder, "totals": totals, "rows": rows}
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
