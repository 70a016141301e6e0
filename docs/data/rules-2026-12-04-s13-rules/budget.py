"""Error budget of one coder on the READING files, from evaluate_reading.py's JSON.

Session 13 (s13-rules). Each record in a file's error list is put in one bucket, in this
order: uncoded (gold type, nothing coded), false alarm (gold NONE, an event coded), wrong type
(confusion pair), type right and source wrong, type right and source right and target wrong.
Also counts actor slots wrong whatever the type. Usage (worktree root)::

    python3 docs/data/rules-2026-12-04-s13-rules/budget.py /tmp/reading-start.json rules \
        > docs/data/rules-2026-12-04-s13-rules/budget-start.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def bucket(e: dict[str, object]) -> str:
    """The one bucket of an error record."""
    if e["got"] == "NONE":
        return "uncoded"
    if e["gold"] == "NONE":
        return "false alarm"
    if e["got"] != e["gold"]:
        return "wrong type"
    if e["gold_source"] and e["source"] != e["gold_source"]:
        return "source wrong (type right)"
    return "target wrong (type and source right)"


def main() -> None:
    data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))[sys.argv[2]]
    names = [
        "uncoded",
        "false alarm",
        "wrong type",
        "source wrong (type right)",
        "target wrong (type and source right)",
    ]
    total: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    slots: Counter[str] = Counter()
    print("file | n | " + " | ".join(names) + " | src slots wrong | tgt slots wrong")
    for name, fig in data.items():
        c: Counter[str] = Counter(bucket(e) for e in fig["errors"])
        s = sum(1 for e in fig["errors"] if e["gold_source"] and e["source"] != e["gold_source"])
        t = sum(1 for e in fig["errors"] if e["gold_target"] and e["target"] != e["gold_target"])
        slots["source"] += s
        slots["target"] += t
        for e in fig["errors"]:
            if bucket(e) == "wrong type":
                pairs[(str(e["gold"]), str(e["got"]))] += 1
        total.update(c)
        spread.update(k for k in c)
        nrec = sum(sum(r.values()) for r in fig["confusion"].values())
        print(f"{name} | {nrec} | " + " | ".join(str(c[k]) for k in names) + f" | {s} | {t}")
    print(
        "pooled | | "
        + " | ".join(f"{total[k]} ({spread[k]} files)" for k in names)
        + f" | {slots['source']} | {slots['target']}"
    )
    print("\nwrong-type pairs (gold -> got), top 25:")
    for (g, o), n in pairs.most_common(25):
        print(f"  {g} -> {o}: {n}")


if __name__ == "__main__":
    main()
