"""READING gold records whose text matches a regular expression, with each coder's start output.

Session 45 (s45-falsealarm): how the READING gold codes a construction, and what the start code
emitted there, before a rule is written. The six CHECK files of session 45 are dropped by name
before any file is opened. Each line: set, id, gold type, gold source -> target, per coder of
the start run (``START``, the harness's READING output with ``errors``) ``ok`` (no error
listed) or the type and trigger it emitted; then the text.

    python3 docs/data/falsealarm-2026-12-07-s45-falsealarm/gold.py 'declin\\w* to comment' \\
        /tmp/reading-s45-start.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
    "heldout-s44",
    "heldout-s44b",
    "heldout-s44c",
}


def actors(value: Any) -> str:
    """A gold source or target (a list of actors or one) as its codes joined by '+'."""
    items = value if isinstance(value, list) else [value] if value else []
    return "+".join(str(i.get("code") if isinstance(i, dict) else i) for i in items)


def main() -> None:
    from accord.news.nlp.rules_cv import dev_sets

    pattern = re.compile(sys.argv[1], re.IGNORECASE)
    start = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")) if len(sys.argv) > 2 else {}
    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        got = {
            coder: {str(e["id"]): e for e in files.get(dev.name, {}).get("errors", [])}
            for coder, files in start.items()
        }
        records = json.loads(Path(dev.path).read_text(encoding="utf-8"))
        for record in records:
            text = " ".join(str(record.get("text", "")).split())
            if record.get("event") == "DOCUMENT" or not pattern.search(text):
                continue
            rid = str(record.get("id"))
            coded = " ".join(
                f"{c}={got[c][rid]['got']}:{got[c][rid]['trigger']}" if rid in got[c] else f"{c}=ok"
                for c in got
            )
            print(
                f"{dev.name} {rid} {record.get('event') or 'NONE'} "
                f"{actors(record.get('source'))}->{actors(record.get('target'))} [{coded}] | {text}"
            )


if __name__ == "__main__":
    main()
