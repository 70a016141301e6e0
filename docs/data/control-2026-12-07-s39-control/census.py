"""Census for s39-control (session 39): every READING record whose sentence holds a form of
"control" (the verb or the noun, any case), with its gold (type, source, target) and each
coder's first event (type, source, target, trigger). Each row is read by hand for whether
"control" there names holding (a state) or an act. The CHECK files are skipped by name and
never opened.

    PYTHONPATH=SRC python3 docs/data/control-2026-12-07-s39-control/census.py . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s37", "heldout-s37b", "heldout-s37c", "heldout-s38", "heldout-s38b", "heldout-s38c"}
)
WORD = re.compile(r"\bcontrol(?:s|led|ling)?\b", re.I)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    rows: list[dict[str, Any]] = []
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        for r in read_gold(ds.path, ds.split):
            if not WORD.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": ds.name,
                "id": r.id,
                "text": r.text,
                "gold": [r.event, sorted(r.sources), sorted(r.targets)],
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                best = events[0] if events else None
                if best is None:
                    row[name] = ["NONE", [], [], None]
                    continue
                got = [best.event_type, sorted(fold(best.sources)), sorted(fold(best.targets))]
                row[name] = [*got, best.trigger]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()
