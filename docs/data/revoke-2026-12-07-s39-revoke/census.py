"""Census for s39-revoke (session 39; session 38's s38-visanoun census.py with this session's
CHECK names): every READING record whose sentence holds a noun of revoking or cancelling
("revocation", "cancellation", "cancelation", singular or plural), with its gold (type, mode,
actors) and each
coder's first event (type, mode, source, target, trigger) and every event's type. The CHECK
files are skipped by name and never opened.

    PYTHONPATH=SRC python3 docs/data/revoke-2026-12-07-s39-revoke/census.py . OUT.json
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
PAT = re.compile(r"\b(?:revocations?|cancell?ations?)\b", re.I)


def main() -> None:
    from accord.news.coders import get_coder
    from accord.news.evaluate import fold, read_gold
    from accord.news.nlp.rules_cv import dev_sets

    root, out = Path(sys.argv[1]).resolve(), sys.argv[2]
    rows: list[dict[str, Any]] = []
    coders = {n: get_coder(n, strict=True).coder for n in ("rules", "nlp")}
    for ds in dev_sets(root, root.parent / "shared"):
        if ds.name in CHECK:
            continue
        items = {
            str(it.get("id")): it
            for it in json.loads(Path(ds.path).read_text())
            if isinstance(it, dict)
        }
        for r in read_gold(ds.path, ds.split):
            if not PAT.search(r.text):
                continue
            row: dict[str, Any] = {
                "set": ds.name,
                "id": r.id,
                "text": r.text,
                "gold": r.event,
                "gold_mode": items.get(r.id, {}).get("mode"),
                "gold_s": sorted(r.sources),
                "gold_t": sorted(r.targets),
            }
            for name, coder in coders.items():
                events = coder.code_sentence(r.text, r.date, r.home)
                b = events[0] if events else None
                actors = [sorted(fold(b.sources)), sorted(fold(b.targets))] if b else []
                row[name] = [b.event_type, b.mode, *actors, b.trigger] if b else None
                row[name + "_all"] = [e.event_type for e in events]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1))
    print(len(rows))


if __name__ == "__main__":
    main()
