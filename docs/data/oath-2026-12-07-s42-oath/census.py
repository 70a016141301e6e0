"""Census for s42-oath (session 42): every READING record whose sentence holds a word of taking
an office ("sworn in", "swearing-in", any form of "swear", "inaugurat*", "take / took / taking /
takes / taken the oath", "take / took / taking / takes / taken office", "assume(s/d) office",
"assuming office"; any case), with its gold (type, source, target) and each coder's events
(type, source, target, trigger). Each row is read by hand for whether the word there reports
taking an office. The CHECK files are skipped by name and never opened. Adapted from session
41's census (docs/data/sworn-2026-12-07-s41-sworn/census.py).

    PYTHONPATH=SRC python3 docs/data/oath-2026-12-07-s42-oath/census.py . OUT.json
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
WORD = re.compile(
    r"\b(?:swear(?:s|ing)?(?:-in)?|swore|sworn|inaugurat\w*"
    r"|(?:take|takes|taking|took|taken)\s+(?:the\s+)?(?:oath|office)"
    r"|assum(?:e|es|ed|ing)\s+office)\b",
    re.I,
)


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
                "forms": sorted({m.group(0).lower() for m in WORD.finditer(r.text)}),
                "gold": [r.event, sorted(r.sources), sorted(r.targets)],
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                row[name] = [
                    [e.event_type, sorted(fold(e.sources)), sorted(fold(e.targets)), e.trigger]
                    for e in events
                ] or [["NONE", [], [], None]]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    main()
