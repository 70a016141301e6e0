"""Markdown table of a ``recall_lofo.py`` JSON: event F1 / actor accuracy / precision /
recall per file and pooled, and the files where each candidate is lower than the shipped nlp
coder or the rules coder (the adoption rule).

    python docs/data/recall-cv-2026-12-03-s6/table.py recall-lofo.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def f1(f: dict[str, int]) -> float:
    p = f["correct"] / f["predicted"] if f["predicted"] else 0.0
    r = f["correct"] / f["n"] if f["n"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def actor(f: dict[str, int]) -> float:
    return f["actor_ok"] / f["actor_n"] if f["actor_n"] else 0.0


def cell(f: dict[str, int]) -> str:
    p = f["correct"] / f["predicted"] if f["predicted"] else 0.0
    return f"{f1(f):.3f} / {actor(f):.3f} / {p:.3f} / {f['correct'] / f['n']:.3f}"


def main(path: str) -> None:
    files = json.loads(Path(path).read_text())["files"]
    cols = [k for k in next(iter(files.values()))["held"] if not k.startswith("grid")]
    print("| file | " + " | ".join(cols) + " |")
    print("| --- |" + " --- |" * len(cols))
    pooled: dict[str, dict[str, int]] = {}
    for name, out in files.items():
        held = out["held"]
        print(f"| {Path(name).stem} | " + " | ".join(cell(held[c]) for c in cols) + " |")
        for c in cols:
            acc = pooled.setdefault(c, dict.fromkeys(held[c], 0))
            for k, v in held[c].items():
                acc[k] += v
    print("| **pooled** | " + " | ".join(cell(pooled[c]) for c in cols) + " |")
    for c in cols[2:]:
        for base in ("nlp", "rules"):
            low = [
                Path(n).stem
                for n, out in files.items()
                if f1(out["held"][c]) < f1(out["held"][base]) - 1e-9
                or actor(out["held"][c]) < actor(out["held"][base]) - 1e-9
            ]
            print(f"{c}: lower than {base} on {len(low)} files: {', '.join(low) or '-'}")
    chosen = {Path(n).stem: out.get("chosen_threshold") for n, out in files.items()}
    print("chosen thresholds:", chosen)


if __name__ == "__main__":
    main(sys.argv[1])
