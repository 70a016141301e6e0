"""Census for s36-promised (session 36): every READING record whose sentence names a release of
people ("free", "freed", "frees", "freeing", "set free", "release(d/s)", "releasing", "pardon",
"amnesty"), with its gold (type, mode, actors), each coder's first event (type, mode, source,
target, trigger) and a mark where a word of promise or plan stands before the release word in
its clause ("will", "would", "to", "promised", "pledged", "vowed", "announced", "plans").
The CHECK files of session 36 are skipped by name and never opened.

    PYTHONPATH=SRC python3 docs/data/promised-2026-12-06-s36-promised/census.py . OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = frozenset(
    {"heldout-s34", "heldout-s34b", "heldout-s34c", "heldout-s35", "heldout-s35b", "heldout-s35c"}
)
RELEASE = re.compile(
    r"\b(?:free[ds]?|freeing|releas(?:e[ds]?|ing)|pardon(?:s|ed|ing)?|amnest(?:y|ies))\b", re.I
)
PROMISE = re.compile(
    r"\b(?:will|would|to|promised|promises|promise|pledged|pledges|vowed|vows|announced|"
    r"plans?|planned|set|expected|agreed|offered|ready)\b",
    re.I,
)


def _promise_before(text: str, start: int) -> list[str]:
    """The promise words within the six words before a release word."""
    before = text[:start].split()[-6:]
    return [w for w in before if PROMISE.fullmatch(w.strip(",.;:").lower())]


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
            hits = list(RELEASE.finditer(r.text))
            if not hits:
                continue
            marks = sorted({w for m in hits for w in _promise_before(r.text, m.start())})
            row: dict[str, Any] = {
                "words": sorted({m.group(0).lower() for m in hits}),
                "promise": marks,
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
            rows.append(row)
    Path(out).write_text(json.dumps(rows, indent=1))
    print(len(rows))


if __name__ == "__main__":
    main()
