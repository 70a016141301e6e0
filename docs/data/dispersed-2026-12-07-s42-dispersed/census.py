"""Census for s42-dispersed (session 42): every READING record whose sentence holds a form of
"disperse" (disperse, disperses, dispersed, dispersing, dispersal; any case), with its gold
(type, source, target) and each coder's events (type, mode, source, target, trigger). Each row
is read by hand for the object of the dispersal (a crowd or not) and whether the sentence names
force. The CHECK files are skipped by name and never opened. Adapted from session 41's census
(docs/data/sworn-2026-12-07-s41-sworn/census.py).

    PYTHONPATH=SRC python3 docs/data/dispersed-2026-12-07-s42-dispersed/census.py . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s40", "heldout-s40b", "heldout-s40c", "heldout-s41", "heldout-s41b", "heldout-s41c"}
)
WORD = re.compile(r"\bdispers(?:e|es|ed|ing|al|als)\b", re.I)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    rows: list[dict[str, Any]] = []
    files = 0
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        files += 1
        for r in read_gold(ds.path, ds.split):
            if not WORD.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": ds.name,
                "id": r.id,
                "text": r.text,
                "forms": sorted({m.group(0).lower() for m in WORD.finditer(r.text)}),
                "gold": [r.event, sorted(r.sources), sorted(r.targets)],
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                row[name] = [
                    [
                        e.event_type,
                        e.mode,
                        sorted(fold(e.sources)),
                        sorted(fold(e.targets)),
                        e.trigger,
                    ]
                    for e in events
                ] or [["NONE", None, [], [], None]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(files, "READING files;", len(rows), "records")


if __name__ == "__main__":
    main()
