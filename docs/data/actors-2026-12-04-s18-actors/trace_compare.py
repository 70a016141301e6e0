"""Records fixed and broken between two ``trace.py`` outputs (s18-actors; in sample, READING
files only: a development check before the harness's runs, not a deciding figure).

A record is right for a coder when its first event has the gold type and every slot the gold
fills is the gold's set (``accord events evaluate``'s error list); slots right are counted as
the evaluation counts them. Prints per coder the pooled slots right, and each record fixed or
broken with its file and id.

Run from the worktree root::

    python3 docs/data/actors-2026-12-04-s18-actors/trace_compare.py BASE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def slots(r: dict[str, Any], coder: str) -> int:
    e = r[coder]
    ok_s = bool(r["gold_source"]) and e is not None and e["source"] == r["gold_source"]
    ok_t = bool(r["gold_target"]) and e is not None and e["target"] == r["gold_target"]
    return int(ok_s) + int(ok_t)


def right(r: dict[str, Any], coder: str) -> bool:
    e = r[coder]
    got = e["type"] if e is not None else "NONE"
    n = bool(r["gold_source"]) + bool(r["gold_target"])
    return got == r["gold"] and slots(r, coder) == n


def main() -> None:
    base, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
    assert [r["id"] for r in base] == [r["id"] for r in after]
    for coder in ("nlp", "rules"):
        s0 = sum(slots(r, coder) for r in base)
        s1 = sum(slots(r, coder) for r in after)
        fixed = [
            b for a, b in zip(base, after, strict=True) if not right(a, coder) and right(b, coder)
        ]
        broken = [
            b for a, b in zip(base, after, strict=True) if right(a, coder) and not right(b, coder)
        ]
        moved = sum(a[coder] != b[coder] for a, b in zip(base, after, strict=True))
        print(f"{coder}: slots {s0} -> {s1}; first events changed {moved};", end=" ")
        print(f"fixed {len(fixed)}, broken {len(broken)}")
        for tag, rows in (("fixed", fixed), ("broken", broken)):
            for r in rows:
                print(f"  {tag} {r['file']} {r['id']}: {r['text'][:110]}")


if __name__ == "__main__":
    main()
