"""Session 10 (s10-evidence): tried and dropped. Keep only the items that both paths find (the
rules coder's word order and the nlp coder's parse give the same actor, issue and direction):
two readings that agree. Nothing is fitted, so there is no fold; it reads the items of
``cv-rules.json`` and ``cv-nlp.json`` (written by ``confidence10.py rules nlp``) and prints each
file's right/found before and after for each coder.

Run from anywhere: ``python docs/data/evidence-cv-2026-12-03-s10-evidence/agree10.py``."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence10 import GOLD, HERE


def main() -> None:
    files = {}
    for path in GOLD:  # named one by one: a glob would pick up a set still held out
        for line in path.read_text().splitlines():
            files[json.loads(line)["id"]] = path.name
    found = {}
    for coder in ("rules", "nlp"):
        data = json.loads((HERE / f"cv-{coder}.json").read_text())
        found[coder] = {(i["id"], i["found"]): i["right"] for i in data["items_out_of_fold"]}
    both = set(found["rules"]) & set(found["nlp"])
    for coder, items in found.items():
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for key, right in items.items():
            row = per[files[key[0]]]
            row[0] += 1
            row[1] += right
            if key in both:
                row[2] += 1
                row[3] += right
        print(coder)
        for name in sorted(per):
            n, r, n2, r2 = per[name]
            print(f"  {name:30} {r}/{n} = {r / n:.3f} -> {r2}/{n2} = {r2 / n2:.3f}")
        n, r, n2, r2 = (sum(row[i] for row in per.values()) for i in range(4))
        print(f"  {'pooled':30} {r}/{n} = {r / n:.3f} -> {r2}/{n2} = {r2 / n2:.3f}")


if __name__ == "__main__":
    main()
