"""The per-file table of ``recall_lofo.py`` / ``objects_lofo.py`` output (markdown): each cell
event F1 / actor accuracy / precision / recall out of file, and which heads are lower than
``shipped`` in event F1 or actor accuracy on some file.

    python docs/data/recall-cv-2026-12-03-s7/table.py recall-lofo.json [objects-lofo.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHORT = {
    "PLOVER_GSR_CAMEO.dev.json": "OEDA dev",
    "diplomacy-2025.json": "diplomacy-2025",
    "seed-article.json": "seed article",
}


def f1(c: dict[str, int]) -> float:
    if not c["correct"]:
        return 0.0
    p, r = c["correct"] / c["predicted"], c["correct"] / c["n"]
    return 2 * p * r / (p + r)


def actor(c: dict[str, int]) -> float:
    return c["actor_ok"] / c["actor_n"] if c["actor_n"] else 0.0


def cell(c: dict[str, int]) -> str:
    p = c["correct"] / c["predicted"] if c["predicted"] else 0.0
    return f"{f1(c):.3f} / {actor(c):.3f} / {p:.3f} / {c['correct'] / c['n']:.3f}"


def main() -> None:
    files: dict[str, dict[str, dict[str, int]]] = {}
    for path in sys.argv[1:]:
        for name, out in json.loads(Path(path).read_text())["files"].items():
            files.setdefault(name, {}).update(out["held"])
    heads = list(dict.fromkeys(h for held in files.values() for h in held))
    print("| file | " + " | ".join(heads) + " |")
    print("| --- |" + " --- |" * len(heads))
    pooled = {h: {"n": 0, "predicted": 0, "correct": 0, "actor_ok": 0, "actor_n": 0} for h in heads}
    lower: dict[str, list[str]] = {h: [] for h in heads}
    for name, held in files.items():
        short = SHORT.get(Path(name).name, Path(name).stem)
        print(f"| {short} | " + " | ".join(cell(held[h]) for h in heads) + " |")
        base = held["shipped"]
        for h in heads:
            for k in pooled[h]:
                pooled[h][k] += held[h][k]
            if f1(held[h]) < f1(base) - 1e-9 or actor(held[h]) < actor(base) - 1e-9:
                lower[h].append(short)
    print("| **pooled** | " + " | ".join(cell(pooled[h]) for h in heads) + " |")
    print()
    for h in heads:
        print(f"* {h}: lower than shipped on {len(lower[h])} files: {', '.join(lower[h])}")
        print(f"  coded {pooled[h]['predicted']}, right {pooled[h]['correct']}")


if __name__ == "__main__":
    main()
