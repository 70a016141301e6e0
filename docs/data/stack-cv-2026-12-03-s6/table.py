"""The per-file table of ``stack-lofo.json`` (F1, actor accuracy, precision, recall) and the
adoption rule's verdict for each candidate column.

    python docs/data/stack-cv-2026-12-03-s6/table.py stack-lofo.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def f1(f: dict[str, int]) -> float:
    return 2 * f["correct"] / (f["predicted"] + f["n"]) if f["correct"] else 0.0


def actor(f: dict[str, int]) -> float:
    return f["actor_ok"] / f["actor_n"] if f["actor_n"] else 0.0


def cell(f: dict[str, int]) -> str:
    p = f["correct"] / f["predicted"] if f["predicted"] else 0.0
    return f"{f1(f):.3f} / {actor(f):.3f} / {p:.3f} / {f['correct'] / f['n']:.3f}"


def main(path: str) -> None:
    data: dict[str, Any] = json.loads(Path(path).read_text())
    files = data["files"]
    cols = ["rules", "nlp", "stack", "stack+silent"]
    cols += [k for k in next(iter(files.values()))["held"] if k.startswith("grid")]
    print("| file | chosen (alone; joint) | " + " | ".join(cols[:4]) + " |")
    print("| --- | --- |" + " --- |" * 4)
    pooled: dict[str, dict[str, int]] = {}
    for name, out in files.items():
        held = out["held"]
        short = Path(name).stem
        row = [cell(held[c]) for c in cols[:4]]
        print(f"| {short} | {out['chosen_alone']}; {out['chosen_joint']} | " + " | ".join(row) + " |")
        for c in cols:
            acc = pooled.setdefault(c, dict.fromkeys(held[c], 0))
            for k, v in held[c].items():
                acc[k] += v
    print("| pooled | | " + " | ".join(cell(pooled[c]) for c in cols[:4]) + " |")
    print()
    for c in cols[1:]:
        lower = [
            Path(n).stem
            for n, out in files.items()
            if f1(out["held"][c]) < f1(out["held"]["rules"]) - 1e-9
            or actor(out["held"][c]) < actor(out["held"]["rules"]) - 1e-9
        ]
        below_nlp = [
            Path(n).stem
            for n, out in files.items()
            if f1(out["held"][c]) < f1(out["held"]["nlp"]) - 1e-9
            or actor(out["held"][c]) < actor(out["held"]["nlp"]) - 1e-9
        ]
        print(
            f"{c}: pooled {cell(pooled[c])}; lower than rules on {len(lower)} files {lower}; "
            f"lower than shipped nlp on {len(below_nlp)} {below_nlp}"
        )


if __name__ == "__main__":
    main(sys.argv[1])
