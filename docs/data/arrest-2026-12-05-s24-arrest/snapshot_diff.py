"""What the regenerated nlp snapshot changes against a commit's: events added, removed, or
changed in a field other than the confidence, and the largest confidence move.

    python3 docs/data/arrest-2026-12-05-s24-arrest/snapshot_diff.py a6a55af
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

PATH = "tests/data/news/nlp-events-snapshot.json"
CONFIDENCE = 5


def main(commit: str) -> None:
    old: dict[str, list[list[Any]]] = json.loads(
        subprocess.check_output(["git", "show", f"{commit}:{PATH}"])
    )
    with open(PATH, encoding="utf-8") as handle:
        new: dict[str, list[list[Any]]] = json.load(handle)
    events = sum(len(v) for v in old.values())
    other: list[str] = []
    moved = 0
    largest = 0.0
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key, []), new.get(key, [])
        if len(before) != len(after):
            other.append(f"{key}: {len(before)} -> {len(after)} events")
            continue
        for b, a in zip(before, after, strict=True):
            strip_b = b[:CONFIDENCE] + b[CONFIDENCE + 1 :]
            strip_a = a[:CONFIDENCE] + a[CONFIDENCE + 1 :]
            if strip_b != strip_a:
                other.append(f"{key}: {strip_b[:5]} -> {strip_a[:5]}")
            if b[CONFIDENCE] != a[CONFIDENCE]:
                moved += 1
                largest = max(largest, abs(a[CONFIDENCE] - b[CONFIDENCE]))
    print(f"items {len(old)} -> {len(new)}; events {events} -> {sum(len(v) for v in new.values())}")
    print(f"confidence changed: {moved} events, largest move {largest:.4f}")
    print(f"changed otherwise: {len(other)}")
    for line in other:
        print("  " + line)


if __name__ == "__main__":
    main(sys.argv[1])
