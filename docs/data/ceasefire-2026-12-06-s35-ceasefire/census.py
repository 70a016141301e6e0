"""Census for s35-ceasefire (session 35): every READING record whose sentence names a ceasefire
("ceasefire", "cease-fire", "truce") or a halt ("halt", "halted", ...) together with a verb of
announcing, declaring, ordering, agreeing or observing ("announce", "declare", "order", "agree",
"observe", any form). Its gold (type, mode, actors) and each coder's events (type, mode,
source, target, trigger; the first is the one scored). The CHECK files are skipped by name and
never opened.

    PYTHONPATH=SRC python3 docs/data/ceasefire-2026-12-06-s35-ceasefire/census.py . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s33", "heldout-s33b", "heldout-s33c", "heldout-s34", "heldout-s34b", "heldout-s34c"}
)
PACT = re.compile(r"\b(?:cease-?fires?|truces?|halt\w*)\b", re.I)
VERB = re.compile(r"\b(?:announc|declar|order|agree|observ)\w*", re.I)


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
            if not (PACT.search(r.text) and VERB.search(r.text)):
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
                row[name] = [
                    [
                        e.event_type,
                        e.mode,
                        sorted(fold(e.sources)),
                        sorted(fold(e.targets)),
                        e.trigger,
                    ]
                    for e in events
                ]
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1))
    print(len(rows))


if __name__ == "__main__":
    main()
