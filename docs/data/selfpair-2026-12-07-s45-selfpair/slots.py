"""The actor slots (a gold source or target matched) that moved between two READING runs, on
records wrong in both (session 45, s45-selfpair): ``python3 THIS START.json AFTER.json``."""

from __future__ import annotations

import json
import sys


def main() -> None:
    """Print the moved slots (imported, it does nothing: tests/test_docs.py imports it)."""
    with open(sys.argv[1], encoding="utf-8") as handle:
        start = json.load(handle)
    with open(sys.argv[2], encoding="utf-8") as handle:
        after = json.load(handle)
    for coder, files in after.items():
        net = 0
        for name, figures in files.items():
            before = {e["id"]: e for e in start[coder][name]["errors"]}
            for e in figures["errors"]:
                b = before.get(e["id"])
                if b is None:
                    continue
                moved = 0
                for side in ("source", "target"):
                    gold = e["gold_" + side]
                    if gold:
                        moved += (e[side] == gold) - (b[side] == gold)
                if moved or (b["got"], b["source"], b["target"]) != (
                    e["got"],
                    e["source"],
                    e["target"],
                ):
                    net += moved
                    print(
                        f"{coder} {name} {e['id']} slots {moved:+d} gold {e['gold']} "
                        f"{e['gold_source']} -> {e['gold_target']}; before {b['got']} "
                        f"{b['source']} -> {b['target']}; after {e['got']} {e['source']} -> "
                        f"{e['target']}: {e['text'][:90]}"
                    )
        print(f"{coder}: net slots on records wrong before and after {net:+d}")


if __name__ == "__main__":
    main()
