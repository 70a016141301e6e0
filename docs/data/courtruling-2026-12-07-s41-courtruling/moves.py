"""Moves between two census files of s41-courtruling (session 41): every READING record whose
events differ between the start code's census and the candidate's, with its gold and both
events lists, first event marked. READING records only (the census skips the CHECK files).

    python3 docs/data/courtruling-2026-12-07-s41-courtruling/moves.py START.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    start = {(r["set"], r["id"]): r for r in json.loads(Path(sys.argv[1]).read_text())}
    after = {(r["set"], r["id"]): r for r in json.loads(Path(sys.argv[2]).read_text())}
    for key, a in after.items():
        b = start[key]
        for coder in ("rules", "nlp"):
            if a[coder] == b[coder]:
                continue
            first = "first event moves" if a[coder][0] != b[coder][0] else "later events move"
            print(f"{key[0]} {key[1]} {coder}: {first}; gold {a['gold']}")
            print(f"  {a['text']}")
            print(f"  start: {b[coder]}")
            print(f"  after: {a[coder]}")


if __name__ == "__main__":
    main()
