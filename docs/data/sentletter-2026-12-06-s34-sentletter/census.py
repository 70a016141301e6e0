"""Census of READING records where a letter, message, note, complaint or statement is sent,
delivered, submitted or handed over (s34-sentletter), with every event of both coders.

The CHECK files of session 34 are dropped by name before any file is read. Run from the
worktree root with the code to census on PYTHONPATH::

    PYTHONPATH=src nice python3 docs/data/sentletter-2026-12-06-s34-sentletter/census.py OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from accord.news.coders import get_coder
from accord.news.evaluate import fold, read_gold
from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s32", "heldout-s32b", "heldout-s32c", "heldout-s33", "heldout-s33b"}
CHECK |= {"heldout-s33c"}

VERB = r"(?:sen[dt]s?|sending|deliver(?:s|ed|ing)?|submit(?:s|ted|ting)?|hand(?:s|ed|ing)?)"
NOUN = r"(?:letters?|messages?|notes?|complaints?|statements?|communications?)"
# the verb then the noun within six words, or the noun then a passive verb within six words
PATTERN = re.compile(
    rf"\b{VERB}\b(?:\W+\w+){{0,6}}?\W+{NOUN}\b|\b{NOUN}\b(?:\W+\w+){{0,6}}?\W+{VERB}\b",
    re.IGNORECASE,
)
CONTENT = re.compile(r",\s+\w+ing\b|\bsaying\b|\bin which\b|\b(?:letter|message|note)\s+\w+ing\b")


def main() -> None:
    out_path = Path(sys.argv[1])
    root = Path.cwd()
    coders = {name: get_coder(name, strict=True).coder for name in ("rules", "nlp")}
    rows: list[dict[str, object]] = []
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        for record in read_gold(dev.path):
            if not PATTERN.search(record.text):
                continue
            row: dict[str, object] = {
                "set": dev.name,
                "id": record.id,
                "text": record.text,
                "gold": [record.event, sorted(record.sources), sorted(record.targets)],
                "content_clause": bool(CONTENT.search(record.text)),
            }
            for name, coder in coders.items():
                events = coder.code_sentence(record.text, record.date, record.home)
                row[name] = [
                    [e.event_type, sorted(fold(e.sources)), sorted(fold(e.targets)), e.trigger]
                    for e in events
                ]
            rows.append(row)
    out_path.write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
