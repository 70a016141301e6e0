"""s34-deployed's census: both coders on the READING records a deployment can move.

Session 34 (s34-deployed). Reads every READING file of
:func:`accord.news.nlp.rules_cv.dev_sets` (the six CHECK files of session 34 are skipped by
name, never opened) and keeps the records whose sentence holds a verb that sends or deploys
(deploy, send, dispatch, rush, station, any form), "airlift", "flew" or "fly", or whose gold is
AID or MOBILIZE; codes each with both coders (the code on ``PYTHONPATH``) and writes, per
record, its file, id, text, gold type, mode and actors, and each coder's first event (type,
sources, targets, trigger, mode). Run from the worktree root (``../shared`` a link to
/work/shared)::

    PYTHONPATH=/tmp/s34-start/src python3 docs/data/deployed-2026-12-06-s34-deployed/census.py \\
        docs/data/deployed-2026-12-06-s34-deployed/census-start.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b", "heldout-s33c"}
)
VERBS = re.compile(
    r"\b(deploy\w*|sen[dt]s?|sending|dispatch\w*|rush\w*|station\w*|airlift\w*|flew|fly)\b",
    re.I,
)


def census(out: str) -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    rows: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        modes = {}
        if dev.path.endswith(".json"):
            items = json.loads(Path(dev.path).read_text(encoding="utf-8"))
            modes = {str(i.get("id")): i.get("mode") for i in items if isinstance(i, dict)}
        for r in read_gold(dev.path, dev.split):
            if r.event not in ("AID", "MOBILIZE") and not VERBS.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "text": r.text,
                "gold": [r.event, modes.get(r.id), sorted(r.sources), sorted(r.targets)],
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                e = events[0] if events else None
                row[name] = (
                    [
                        e.event_type,
                        e.mode,
                        sorted(fold(e.sources)),
                        sorted(fold(e.targets)),
                        e.trigger,
                    ]
                    if e
                    else None
                )
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "records", file=sys.stderr)


if __name__ == "__main__":
    census(sys.argv[1])
