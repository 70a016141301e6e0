"""s33-expected census: every READING record whose sentence holds expect/expected/expects/
expectation, aim/aimed/aims/aiming at or to, intend/intended/intends or designed to, with its
gold and each coder's first event (type, sources, targets, trigger), coded by the code under
the first argument. The CHECK files of session 33 are skipped by name (never opened).

Run from the worktree root::

    python3 docs/data/expected-2026-12-06-s33-expected/census.py SRC OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {
    "heldout-s31",
    "heldout-s31b",
    "heldout-s31c",
    "heldout-s32",
    "heldout-s32b",
    "heldout-s32c",
}
PATTERN = re.compile(
    r"\b(expect\w*|aim(s|ed|ing)?\s+(at|to)|intended\s+to|designed\s+to|intend\w*)\b", re.I
)


def main() -> None:
    sys.path.insert(0, sys.argv[1])
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root = Path.cwd()
    coders = {name: get_coder(name).coder for name in ("rules", "nlp")}
    out: list[dict[str, Any]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for r in read_gold(dev.path, dev.split):
            if not PATTERN.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": dev.name,
                "id": r.id,
                "gold": r.event,
                "gs": sorted(r.sources),
                "gt": sorted(r.targets),
                "text": r.text,
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                b = events[0] if events else None
                row[name] = (
                    [b.event_type, sorted(fold(b.sources)), sorted(fold(b.targets)), b.trigger]
                    if b
                    else ["NONE"]
                )
            out.append(row)
    Path(sys.argv[2]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(len(out))


if __name__ == "__main__":
    main()
