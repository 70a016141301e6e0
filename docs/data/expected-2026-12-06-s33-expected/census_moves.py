"""s33-expected: the census records whose first event moved between two census runs
(``census.py``), per coder, with the gold and whether each reading is right (type, and the
gold's non-empty source and target sets, with the gazetteer's organisation classes folded).

Run from the worktree root (``PYTHONPATH=src``)::

    python3 docs/data/expected-2026-12-06-s33-expected/census_moves.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    from accord.news.gazetteer import load

    classes = load().org_classes
    before = {r["id"]: r for r in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))}
    after = {r["id"]: r for r in json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))}

    def right(r: dict[str, Any], coder: str) -> bool:
        e = r[coder]
        gs = sorted({classes.get(x, x) for x in r["gs"]})
        gt = sorted({classes.get(x, x) for x in r["gt"]})
        if e[0] != r["gold"]:
            return False
        return r["gold"] == "NONE" or ((not gs or e[1] == gs) and (not gt or e[2] == gt))

    for rid, b in before.items():
        a = after[rid]
        for coder in ("rules", "nlp"):
            if b[coder] != a[coder]:
                was = "right" if right(b, coder) else "wrong"
                now = "right" if right(a, coder) else "wrong"
                print(
                    f"{coder} {b['set']} {rid} gold {b['gold']} {b['gs']} {b['gt']}: "
                    f"{b[coder]} ({was}) -> {a[coder]} ({now})"
                )


if __name__ == "__main__":
    main()
