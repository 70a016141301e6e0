"""Records whose first rules-coder event changed between two outputs of rows.py.

s13-rulesactors' script, reused by s14-rulesactors.

Development only (READING files; rows.py never opens the CHECK files). Usage (worktree root)::

    python3 docs/data/actors-2026-12-04-s14-rulesactors/diff_rows.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> None:
    before = {r["id"]: r for r in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))}
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    fixed = broken = changed = 0
    for a in after:
        b = before[a["id"]]
        keys = ("got", "source", "target")
        if all(a[k] == b[k] for k in keys):
            continue
        changed += 1
        mark = (
            "FIXED" if a["ok"] and not b["ok"] else "BROKEN" if b["ok"] and not a["ok"] else "same"
        )
        fixed += mark == "FIXED"
        broken += mark == "BROKEN"
        print(mark, a["file"], a["id"], "gold", a["gold"], a["gold_source"], a["gold_target"])
        print(
            "   before",
            b["got"],
            b["source"],
            b["target"],
            "| after",
            a["got"],
            a["source"],
            a["target"],
        )
        print("   ", a["text"][:300])
    ok_b = sum(r["ok"] for r in before.values())
    ok_a = sum(r["ok"] for r in after)
    print(f"changed {changed} fixed {fixed} broken {broken}; records right {ok_b} -> {ok_a}")


if __name__ == "__main__":
    main()
