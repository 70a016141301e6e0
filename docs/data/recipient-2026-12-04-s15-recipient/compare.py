"""Records whose first nlp event differs between ``base`` and ``var`` in ``simulate.py``'s
output: FIXED / BROKEN (a record is right when its type, source set and target set, where the
gold has them, are the gold's), or changed; then the counts and target slots gained and lost.

    python3 docs/data/recipient-2026-12-04-s15-recipient/compare.py OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def right(r: dict[str, Any], k: str) -> bool:
    e = r[k]
    if (e[0] if e else "NONE") != r["gold"]:
        return False
    if r["gs"] and (not e or e[1] != r["gs"]):
        return False
    return not (r["gt"] and (not e or e[2] != r["gt"]))


def slot(r: dict[str, Any], k: str) -> bool:
    return bool(r["gt"]) and r[k] is not None and r[k][2] == r["gt"]


def main() -> None:
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    fixed = broken = gained = lost = 0
    for r in rows:
        if r["base"] == r["var"]:
            continue
        a, b = right(r, "base"), right(r, "var")
        tag = "FIXED" if b and not a else "BROKEN" if a and not b else "changed"
        fixed += tag == "FIXED"
        broken += tag == "BROKEN"
        gained += slot(r, "var") and not slot(r, "base")
        lost += slot(r, "base") and not slot(r, "var")
        print(
            f"{tag} {r['file']}:{r['id']} gold {r['gold']} {r['gs']}->{r['gt']}"
            f" | base {r['base']} | var {r['var']}"
        )
    print(f"fixed {fixed} broken {broken} target slots +{gained} -{lost}")


if __name__ == "__main__":
    main()
