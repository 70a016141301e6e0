"""Records whose first event moves between two ``trace.py`` outputs (s44-nlproles): per coder,
the records fixed and broken (right = the gold type, source set and target set, a slot the
gold leaves empty not scored: the harness's reading of ``--errors``), and every record whose
first event changes at all. READING files only (``trace.py`` leaves the CHECK files out).

Run from the worktree root::

    python3 docs/data/nlproles-2026-12-07-s44-nlproles/moved.py START.json CANDIDATE.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def right(r: dict[str, Any], coder: str) -> bool:
    e = r[coder]
    if r["gold"] == "NONE":
        return e is None
    if e is None or e["type"] != r["gold"]:
        return False
    ok_s = not r["gold_source"] or e["source"] == r["gold_source"]
    return ok_s and (not r["gold_target"] or e["target"] == r["gold_target"])


def main() -> None:
    start = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    cand = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    assert [(r["file"], r["id"]) for r in start] == [(r["file"], r["id"]) for r in cand]
    for coder in ("rules", "nlp"):
        fixed = [
            (a["file"], a["id"])
            for a, b in zip(start, cand, strict=True)
            if not right(a, coder) and right(b, coder)
        ]
        broken = [
            (a["file"], a["id"])
            for a, b in zip(start, cand, strict=True)
            if right(a, coder) and not right(b, coder)
        ]
        changed = [(a, b) for a, b in zip(start, cand, strict=True) if a[coder] != b[coder]]
        print(
            f"{coder}: fixed {len(fixed)} {fixed}; broken {len(broken)} {broken}; "
            f"first events changed {len(changed)}"
        )
        for a, b in changed:
            ea, eb = a[coder], b[coder]
            print(
                f"  - {a['file']} {a['id']} gold {a['gold']} {a['gold_source']}->{a['gold_target']}"
            )
            for side, e in (("start", ea), ("cand.", eb)):
                shown = e and f"{e['type']} {e['source']}->{e['target']} ({e['trigger']!r})"
                print(f"    {side} {shown}")
            print(f"    {a['text'][:200]!r}")


if __name__ == "__main__":
    main()
