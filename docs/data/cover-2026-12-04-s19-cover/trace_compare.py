"""Two ``trace.py`` outputs compared, as the harness scores a record (the first event's type
and folded source / target sets as the gold's; a gold NONE record right when uncoded):
records fixed and broken per file, and pooled event F1 and actor accuracy (slots).

    python3 docs/data/cover-2026-12-04-s19-cover/trace_compare.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def right(r: dict[str, Any]) -> bool:
    e = r["nlp"]
    if r["gold"] == "NONE":
        return e is None
    if e is None or e["type"] != r["gold"]:
        return False
    return all(not r[f"gold_{s}"] or e[s] == r[f"gold_{s}"] for s in ("source", "target"))


def figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    gold = sum(r["gold"] != "NONE" for r in rows)
    pred = sum(r["nlp"] is not None for r in rows)
    ok = sum(r["nlp"] is not None and r["nlp"]["type"] == r["gold"] for r in rows)
    slots = hits = 0
    for r in rows:
        for s in ("source", "target"):
            if r[f"gold_{s}"]:
                slots += 1
                hits += r["nlp"] is not None and r["nlp"][s] == r[f"gold_{s}"]
    return {
        "records_right": sum(map(right, rows)),
        "event_f1": round(2 * ok / (pred + gold), 4),
        "predicted": pred,
        "correct": ok,
        "actor_slots": f"{hits}/{slots}",
        "actor_accuracy": round(hits / slots, 4),
    }


def main() -> None:
    a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
    fixed: Counter[str] = Counter()
    broken: Counter[str] = Counter()
    changed = 0
    for x, y in zip(a, b, strict=True):
        assert x["id"] == y["id"]
        changed += x["nlp"] != y["nlp"]
        if right(x) != right(y):
            (fixed if right(y) else broken)[y["file"]] += 1
            print("fixed" if right(y) else "broken", y["file"], y["id"], x["nlp"], "->", y["nlp"])
    print("first events changed", changed)
    print("before", figures(a))
    print("after ", figures(b))
    files = sorted(set(fixed) | set(broken))
    print("per file net:", {f: fixed[f] - broken[f] for f in files})
    print("fixed", sum(fixed.values()), "broken", sum(broken.values()))


if __name__ == "__main__":
    main()
