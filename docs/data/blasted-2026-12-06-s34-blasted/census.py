"""s34-blasted's census: every READING record whose sentence holds a verb of harsh criticism
(blast, slam, lambast, hit out, berate, excoriate, castigate, assail, bash ...), with the gold
type, mode and actors and each coder's first event (type, source, target, trigger), one JSON
line a record. The CHECK files of session 34 are skipped by name and never opened.

Run from the worktree root, with the code to census on PYTHONPATH::

    PYTHONPATH=src nice python3 docs/data/blasted-2026-12-06-s34-blasted/census.py . \
        > docs/data/blasted-2026-12-06-s34-blasted/census-candidate.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CHECK = frozenset(
    {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b", "heldout-s33c"}
)
WORDS = re.compile(
    r"\b(blast\w*|slam\w*|lambast\w*|hit(s|ting)? out|excoriat\w*|rapped|savaged|pilloried|"
    r"berat\w*|castigat\w*|assail\w*|bashed|bashing)\b",
    re.I,
)


def main(root: Path) -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    coders = {name: get_coder(name).coder for name in ("rules", "nlp")}
    for ds in dev_sets(root, root.resolve().parent / "shared"):
        if ds.name in CHECK:
            continue
        raw = json.loads(Path(ds.path).read_text(encoding="utf-8"))
        modes = {str(r.get("id")): r.get("mode") for r in raw if isinstance(r, dict)}
        for rec in read_gold(ds.path):
            found = WORDS.search(rec.text)
            if not found:
                continue
            row: dict[str, object] = {
                "set": ds.name,
                "id": rec.id,
                "word": found.group(0),
                "gold": [rec.event, modes.get(rec.id), sorted(rec.sources), sorted(rec.targets)],
                "text": rec.text,
            }
            for name, coder in coders.items():
                events = coder.code_sentence(rec.text, rec.date, rec.home)
                best = events[0] if events else None
                row[name] = (
                    [
                        best.event_type,
                        best.mode,
                        sorted(fold(best.sources)),
                        sorted(fold(best.targets)),
                        best.trigger,
                    ]
                    if best
                    else None
                )
            print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
