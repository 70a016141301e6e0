"""s31-deport census: the READING records whose sentence holds an expel, deport or expulsion
word, with the gold event and each coder's result in the lead's run of the start code ("OK" where
the record is in no error list; else the coder's type, source and target). The CHECK files are
skipped by name and never opened.

Run from the worktree root::

    python3 docs/data/deport-2026-12-06-s31-deport/census.py /tmp/reading-s31-start.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CHECK = frozenset(
    {"heldout-s29", "heldout-s29b", "heldout-s29c", "heldout-s30", "heldout-s30b", "heldout-s30c"}
)
WORDS = re.compile(r"\b(expel\w*|deport\w*|expuls\w*)", re.I)


def main(start_path: str) -> None:
    root = Path(".").resolve()
    sys.path.insert(0, str(root / "src"))
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(start_path).read_text())
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        errors = {c: {e["id"]: e for e in start[c][dev.name]["errors"]} for c in ("rules", "nlp")}
        for rec in json.loads(Path(dev.path).read_text()):
            text = rec.get("text") or ""
            if rec.get("event") == "DOCUMENT" or not WORDS.search(text):
                continue
            codes = [[a.get("code") for a in rec.get(k) or []] for k in ("source", "target")]
            gold = (rec.get("event"), rec.get("mode"), codes[0], codes[1])
            cells = []
            for coder in ("rules", "nlp"):
                e = errors[coder].get(rec["id"])
                got = "OK" if e is None else f"{e['got']} {e['source']}->{e['target']}"
                cells.append(f"{coder}: {got}")
            print(f"[{dev.name}] {rec['id']} gold={gold}\n  {text}\n  " + " | ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/reading-s31-start.json")
