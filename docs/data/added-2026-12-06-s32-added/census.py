"""s32-added census: every READING record whose sentence holds add/adds/added/adding, with the
gold and each coder's error (or OK) in the lead's READING run of the start code.

Run from the worktree root: ``python3 docs/data/added-2026-12-06-s32-added/census.py
/tmp/reading-s32-start.json > census-start.txt``. The CHECK files are skipped by name."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CHECK = {"heldout-s30", "heldout-s30b", "heldout-s30c", "heldout-s31", "heldout-s31b"}
CHECK |= {"heldout-s31c"}
ADD = re.compile(r"\b(add|adds|added|adding)\b", re.I)


def main(start_json: str) -> None:
    sys.path.insert(0, "src")
    from accord.news.nlp.rules_cv import dev_sets

    start = json.loads(Path(start_json).read_text(encoding="utf-8"))
    root = Path.cwd()
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name in CHECK:
            continue
        records = json.loads(Path(dev.path).read_text(encoding="utf-8"))
        errors = {c: {e["id"]: e for e in start[c][dev.name]["errors"]} for c in ("rules", "nlp")}
        for r in records:
            text = r.get("text", "")
            if not ADD.search(text) or r.get("event") == "DOCUMENT":
                continue
            out = []
            for c in ("rules", "nlp"):
                e = errors[c].get(r["id"])
                out.append(
                    f"{c}:OK"
                    if e is None
                    else f"{c}:{e['got']} {e['source']}->{e['target']} trig={e['trigger']}"
                )
            sources = [x.get("code") for x in r.get("source") or []]
            targets = [x.get("code") for x in r.get("target") or []]
            print(dev.name, r["id"], "GOLD", r.get("event"), sources, targets, "|", " | ".join(out))
            print("   ", text[:400])


if __name__ == "__main__":
    main(sys.argv[1])
