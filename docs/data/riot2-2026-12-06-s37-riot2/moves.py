"""The records whose first event moves between two census files of s37-riot2 (census.py).

Run from a worktree root::

    python3 docs/data/riot2-2026-12-06-s37-riot2/moves.py START.json CANDIDATE.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _show(event: dict[str, Any] | None) -> str:
    if event is None:
        return "none"
    src, tgt = ",".join(event["source"]), ",".join(event["target"])
    return f"{event['type']}/{event['mode']} {src}->{tgt} {event['trigger']!r}"


def _right(row: dict[str, Any], event: dict[str, Any] | None) -> bool:
    gold = row["gold"]
    if event is None:
        return bool(gold["type"] == "NONE")
    return bool(
        event["type"] == gold["type"]
        and event["source"] == gold["source"]
        and (not gold["target"] or event["target"] == gold["target"])
    )


def _rows(path: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    return rows


def main() -> None:
    start = {(r["set"], r["id"]): r for r in _rows(sys.argv[1])}
    after = {(r["set"], r["id"]): r for r in _rows(sys.argv[2])}
    print(f"records: start {len(start)}, candidate {len(after)}")
    for coder in ("rules", "nlp"):
        for label, rows in (("start", start), ("candidate", after)):
            right = sum(_right(r, r[coder]) for r in rows.values())
            print(f"{coder} first events right ({label}): {right} of {len(rows)}")
    for key in sorted(set(start) | set(after)):
        a, b = start.get(key), after.get(key)
        row = a or b
        assert row is not None
        for coder in ("rules", "nlp"):
            ea = a[coder] if a else None
            eb = b[coder] if b else None
            if ea == eb:
                continue
            verdict = {(False, True): "fixed", (True, False): "BROKEN"}.get(
                (_right(row, ea), _right(row, eb)), "moved"
            )
            gold = row["gold"]
            print(
                f"{key[0]} {key[1]} {coder}: {_show(ea)} -> {_show(eb)} [{verdict}]"
                f" gold {gold['type']}/{gold['mode']} {gold['source']}->{gold['target']}"
            )
            print(f"    {row['text']}")


if __name__ == "__main__":
    main()
