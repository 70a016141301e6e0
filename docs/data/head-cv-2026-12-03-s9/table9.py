"""The tables of ``head9_lofo.py`` (markdown) and the adoption rule's verdict (its docstring):
per file the mean over seeds 0-2 of event F1 / actor accuracy out of file, A's seed spread, and
per candidate the files where it is lower than A by more than that spread.

    python docs/data/head-cv-2026-12-03-s9/table9.py head9-lofo.json
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
BASE = "A"
CANDIDATES = ("B", "C1", "C0.3", "BC1", "BC0.3")
EPS = 1e-9
KEYS = ("n", "predicted", "correct", "actor_ok", "actor_n")


def f1(c: dict[str, int]) -> float:
    if not c["correct"]:
        return 0.0
    p, r = c["correct"] / c["predicted"], c["correct"] / c["n"]
    return 2 * p * r / (p + r)


def actor(c: dict[str, int]) -> float:
    return c["actor_ok"] / c["actor_n"] if c["actor_n"] else 0.0


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def main() -> None:
    result = json.loads(Path(sys.argv[1]).read_text())
    seeds = result["seeds"]
    files = result["files"]
    heads = [BASE, *(c for c in CANDIDATES if f"{c} seed 0" in next(iter(files.values()))["held"])]

    def per_seed(name: str, held: dict[str, dict[str, int]]) -> list[dict[str, int]]:
        return [held[f"{name} seed {s}"] for s in seeds]

    print("| file | rules | " + " | ".join(heads) + " | A spread (F1 / actor) |")
    print("| --- | --- | " + " | ".join("---" for _ in heads) + " | --- |")
    fails: dict[str, list[str]] = {h: [] for h in heads[1:]}
    pooled: dict[str, list[dict[str, int]]] = {h: [] for h in heads}
    for name, out in files.items():
        held = out["held"]
        short = SHORT.get(Path(name).name, Path(name).stem.replace("news-", ""))
        r = held["rules"]
        cells = []
        base = per_seed(BASE, held)
        bf, ba = [f1(c) for c in base], [actor(c) for c in base]
        spread = (max(bf) - min(bf), max(ba) - min(ba))
        for h in heads:
            cs = per_seed(h, held)
            mf, ma = mean([f1(c) for c in cs]), mean([actor(c) for c in cs])
            mark = ""
            if h != BASE:
                low_f = mf < mean(bf) - spread[0] - EPS
                low_a = ma < mean(ba) - spread[1] - EPS
                if low_f or low_a:
                    fails[h].append(short + (" F1" if low_f else "") + (" actor" if low_a else ""))
                    mark = " **low**"
            cells.append(f"{mf:.3f} / {ma:.3f}{mark}")
        print(
            f"| {short} | {f1(r):.3f} / {actor(r):.3f} | "
            + " | ".join(cells)
            + f" | {spread[0]:.3f} / {spread[1]:.3f} |"
        )
        for h in heads:
            pooled[h].append({f"{s}": held[f"{h} seed {s}"] for s in seeds})  # type: ignore[misc]
    row = []
    pooled_fig: dict[str, tuple[float, float]] = {}
    for h in heads:
        fs, acts = [], []
        for s in seeds:
            tot = {k: sum(p[f"{s}"][k] for p in pooled[h]) for k in KEYS}
            fs.append(f1(tot))
            acts.append(actor(tot))
        pooled_fig[h] = (mean(fs), mean(acts))
        row.append(f"{mean(fs):.3f} / {mean(acts):.3f} ({min(fs):.3f}-{max(fs):.3f})")
    print("| **pooled** (seed mean; F1 range) | | " + " | ".join(row) + " | |")
    print()
    print("Differences from A in counts (seed mean): right events, events coded, actors right\n")
    print("| file (gold events) | " + " | ".join(heads[1:]) + " |")
    print("| --- | " + " | ".join("---" for _ in heads[1:]) + " |")
    for name, out in files.items():
        held = out["held"]
        short = SHORT.get(Path(name).name, Path(name).stem.replace("news-", ""))
        cells = []
        for h in heads[1:]:
            d = {
                k: mean([held[f"{h} seed {s}"][k] - held[f"{BASE} seed {s}"][k] for s in seeds])
                for k in ("correct", "predicted", "actor_ok")
            }
            cells.append(" / ".join(f"{d[k]:+.1f}".replace("+0.0", "0") for k in d))
        print(f"| {short} ({held['rules']['n']}) | " + " | ".join(cells) + " |")
    print()
    for h in heads[1:]:
        up = pooled_fig[h][0] > pooled_fig[BASE][0] and pooled_fig[h][1] > pooled_fig[BASE][1]
        verdict = "qualifies" if up and not fails[h] else "does not qualify"
        print(
            f"* {h}: pooled {pooled_fig[h][0]:.4f} / {pooled_fig[h][1]:.4f} against A's "
            f"{pooled_fig[BASE][0]:.4f} / {pooled_fig[BASE][1]:.4f} "
            f"({'higher in both' if up else 'not higher in both'}); lower beyond A's spread on: "
            f"{', '.join(fails[h]) or 'no file'}: **{verdict}**"
        )


if __name__ == "__main__":
    main()
