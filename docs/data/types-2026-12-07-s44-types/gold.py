"""READING gold records whose text matches a regular expression, with each coder's start output.

Session 44 (s44-types): how the gold types a construction across the READING files, and what
the start code coded there, before a rule is written. The CHECK files of session 44 are dropped
by name before any file is opened. Each line: set, id, gold type, gold source -> target, and per
coder of the start run (``START``, the harness's READING output) ``ok`` (no error listed) or
the type it got; then the text.

    python3 docs/data/types-2026-12-07-s44-types/gold.py 'oppos(e|ed|es|ing)' \
        /tmp/reading-s44-start.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

CHECK = {
    "heldout-s42",
    "heldout-s42b",
    "heldout-s42c",
    "heldout-s43",
    "heldout-s43b",
    "heldout-s43c",
}


def actors(value: Any) -> str:
    """A gold source or target (a list of actors or one) as its codes joined by '+'."""
    items = value if isinstance(value, list) else [value] if value else []
    out = []
    for item in items:
        out.append(str(item.get("code") if isinstance(item, dict) else item))
    return "+".join(out)


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
                f"{coder}={got[coder][rid]['got'] if rid in got[coder] else 'ok'}" for coder in got
            )
            print(
                f"{dev.name} {rid} {record.get('event')} "
                f"{actors(record.get('source'))}->{actors(record.get('target'))} [{coded}] | {text}"
            )


if __name__ == "__main__":
    main()
