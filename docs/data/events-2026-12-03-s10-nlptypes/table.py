"""Markdown table of a ``types_foldheads.py`` output: event F1 / actor accuracy per file.
Run: ``python table.py types-foldheads.json``."""

import json
import sys


def f1(c):
    if not c["correct"]:
        return 0.0
    p, r = c["correct"] / c["predicted"], c["correct"] / c["n"]
    return 2 * p * r / (p + r)


def main():
    r = json.load(open(sys.argv[1]))
    keys = list(next(iter(r["files"].values()))["held"])
    print("| file | margin chosen |", " | ".join(keys), "|")
    print("| --- | ---: |" + " ---: |" * len(keys))
    rows = [(f.split("/")[-1], v["chosen_margin"], v["held"]) for f, v in r["files"].items()]
    rows.append(("pooled", "", r["pooled"]))
    for name, x, held in rows:
        cells = [f"{f1(held[k]):.3f} / {held[k]['actor_ok'] / held[k]['actor_n']:.3f}" for k in keys]
        print(f"| {name} | {x} |", " | ".join(cells), "|")
    print("files lower:", r["files_lower"], "margin on all files:", r["margin_on_all_files"])


if __name__ == "__main__":
    main()
