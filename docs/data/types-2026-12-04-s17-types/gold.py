"""Print the READING gold records whose text matches a regular expression (never a CHECK file).

Session 17 (s17-types): how the gold types a construction across files, before a rule is
written for it. The CHECK sets are dropped by name before any file is opened.

    python3 docs/data/types-2026-12-04-s17-types/gold.py 'gather(ed|ing)'
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from accord.news.nlp.rules_cv import dev_sets

CHECK = {"heldout-s15", "heldout-s15b"}


def main() -> None:
    pattern = re.compile(sys.argv[1], re.IGNORECASE)
    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = json.loads(Path(dev.path).read_text())
        if isinstance(records, dict):
            records = records.get("records") or records.get("events") or []
        for record in records:
            text = str(record.get("text", ""))
            if record.get("event") == "DOCUMENT" or not pattern.search(text):
                continue
            print(
                f"{dev.name} {record.get('id')} {record.get('event')} "
                f"{record.get('source')}->{record.get('target')} | {text[:300]}"
            )


if __name__ == "__main__":
    main()
