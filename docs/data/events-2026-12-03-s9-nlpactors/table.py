"""Markdown tables of actors_lofo.py's output: python table.py actors-lofo.json COL [COL ...]
(each cell event F1 / actor accuracy of the held-out file; then the pooled row, and the
nlp-minus-rules gap of the first and last columns)."""
import json
import sys
from pathlib import Path


def f1(c):
    if not c["correct"]:
        return 0.0
    p, r = c["correct"] / c["predicted"], c["correct"] / c["n"]
    return 2 * p * r / (p + r)


def actor(c):
    return c["actor_ok"] / c["actor_n"] if c["actor_n"] else 0.0


def main():
    data = json.loads(Path(sys.argv[1]).read_text())
    cols = sys.argv[2:]
    first, last = cols[1], cols[-1]  # cols[0] is "rules"
    print("| file | " + " | ".join(cols) + f" | gap {first} | gap {last} |")
    print("| --- |" + " ---: |" * (len(cols) + 2))
    pooled = {c: {} for c in cols}
    for f, v in data["files"].items():
        held = v["held"]
        cells = [f"{f1(held[c]):.3f} / {actor(held[c]):.3f}" for c in cols]
        gaps = [
            f"{f1(held[c]) - f1(held['rules']):+.3f} / {actor(held[c]) - actor(held['rules']):+.3f}"
            for c in (first, last)
        ]
        print(f"| {Path(f).name} | " + " | ".join(cells + gaps) + " |")
        for c in cols:
            for k, x in held[c].items():
                pooled[c][k] = pooled[c].get(k, 0) + x
    cells = [f"**{f1(pooled[c]):.3f} / {actor(pooled[c]):.3f}**" for c in cols]
    gaps = [
        f"{f1(pooled[c]) - f1(pooled['rules']):+.3f} / {actor(pooled[c]) - actor(pooled['rules']):+.3f}"
        for c in (first, last)
    ]
    print("| pooled | " + " | ".join(cells + gaps) + " |")


if __name__ == "__main__":
    main()
