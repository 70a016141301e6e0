"""The READING records still wrong before and after whose coded source or target changed
(session 24, s24-selfdyad): ``python3 THIS START.json AFTER.json``."""

from __future__ import annotations

import json
import sys

def main() -> None:
    """Run the script (imported, it does nothing: tests/test_docs.py imports it)."""
    with open(sys.argv[1]) as handle:
        start = json.load(handle)
    with open(sys.argv[2]) as handle:
        after = json.load(handle)
    for coder in start:
        for name, figures in start[coder].items():
            now = {e["id"]: e for e in after[coder][name]["errors"]}
            for e in figures["errors"]:
                f = now.get(e["id"])
                if f and (f["source"], f["target"], f["got"]) != (e["source"], e["target"], e["got"]):
                    print(coder, name, e["id"], e["got"], e["source"], e["target"], "->", f["got"],
                          f["source"], f["target"], "| gold", e["gold"], e["gold_source"],
                          e["gold_target"])

if __name__ == "__main__":
    main()
