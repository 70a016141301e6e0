"""The tables of ``recall8_lofo.py`` (markdown): the seed spread per file, each head's cells
(event F1 / actor accuracy / precision / recall out of file) and the adoption rule's verdict
(pooled F1 and actor accuracy higher than ``seed 0``; on no file lower by more than its spread).

    python docs/data/recall-cv-2026-12-03-s8/table8.py recall8-lofo.json [nested8-lofo.json]
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
SEEDS = [f"seed {s}" for s in range(5)]
CANDIDATES = ("bag5", "light", "nested", "nested-f1")
"""The heads the adoption rule judges (``bag3`` and the other seeds are measurements)."""
KEYS = ("n", "predicted", "correct", "actor_ok", "actor_n")


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
    seeds = [h for h in heads if h in SEEDS]
    print("Seed spread (event F1 / actor accuracy: min - max over the seeds, spread):\n")
    print("| file | F1 min-max | spread | actor min-max | spread |")
    print("| --- | --- | --- | --- | --- |")
    spread: dict[str, tuple[float, float]] = {}
    for name, held in files.items():
        short = SHORT.get(Path(name).name, Path(name).stem)
        fs = [f1(held[s]) for s in seeds if s in held]
        acts = [actor(held[s]) for s in seeds if s in held]
        spread[name] = (max(fs) - min(fs), max(acts) - min(acts))
        print(
            f"| {short} | {min(fs):.3f}-{max(fs):.3f} | {spread[name][0]:.3f} "
            f"| {min(acts):.3f}-{max(acts):.3f} | {spread[name][1]:.3f} |"
        )
    print()
    print("| file | " + " | ".join(heads) + " |")
    print("| --- |" + " --- |" * len(heads))
    pooled = {h: dict.fromkeys(KEYS, 0) for h in heads}
    below: dict[str, list[str]] = {h: [] for h in heads}
    lower: dict[str, list[str]] = {h: [] for h in heads}
    for name, held in files.items():
        short = SHORT.get(Path(name).name, Path(name).stem)
        cells = [cell(held[h]) if h in held else "" for h in heads]
        print(f"| {short} | " + " | ".join(cells) + " |")
        base = held["seed 0"]
        tol_f, tol_a = spread[name]
        for h in heads:
            if h not in held:
                continue
            for k in KEYS:
                pooled[h][k] += held[h][k]
            df, da = f1(held[h]) - f1(base), actor(held[h]) - actor(base)
            if df < -1e-9 or da < -1e-9:
                lower[h].append(short)
            if df < -tol_f - 1e-9 or da < -tol_a - 1e-9:
                below[h].append(f"{short} ({df:+.3f} / {da:+.3f})")
    print("| **pooled** | " + " | ".join(cell(pooled[h]) for h in heads) + " |")
    print()
    b = pooled["seed 0"]
    for h in [h for h in heads if h in CANDIDATES]:
        up = f1(pooled[h]) > f1(b) + 1e-9 and actor(pooled[h]) > actor(b) + 1e-9
        verdict = "ADOPTED" if up and not below[h] else "not adopted"
        print(
            f"* {h}: pooled {f1(pooled[h]):.3f} / {actor(pooled[h]):.3f} "
            f"(seed 0 {f1(b):.3f} / {actor(b):.3f}); coded {pooled[h]['predicted']}, "
            f"right {pooled[h]['correct']}; lower than seed 0 on {len(lower[h])} files; "
            f"beyond the spread on {len(below[h])}: {', '.join(below[h])}; {verdict}"
        )


if __name__ == "__main__":
    main()
