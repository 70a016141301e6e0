"""The self-dyad records of a READING run (session 24, s24-selfdyad): every per-record error
where a coder's source set equals its target set (both non-empty) and the gold's do not.
``python3 THIS /tmp/reading-s24-start.json OUT.json`` (selfdyad-start.json: 339 records, rules
208, nlp 131)."""

from __future__ import annotations

import json
import sys

def main() -> None:
    """Run the script (imported, it does nothing: tests/test_docs.py imports it)."""
    with open(sys.argv[1]) as handle:
        run = json.load(handle)
    out = []
    for coder, files in run.items():
        for name, figures in files.items():
            for e in figures["errors"]:
                same = e["source"] and e["target"] and set(e["source"]) == set(e["target"])
                gold_same = e["gold_source"] and set(e["gold_source"]) == set(e["gold_target"])
                if same and not gold_same:
                    out.append({"coder": coder, "set": name, **e})
    with open(sys.argv[2], "w") as handle:
        json.dump(out, handle, indent=1)
    print(len(out))

if __name__ == "__main__":
    main()
