"""READING figures of two runs of ``evaluate_reading_s15.py`` (s15-barefill): per coder in
both, pooled event F1 and actor accuracy before and after, and per file the records fixed and
broken (a record is right when it is in no error list of ``--errors``: type, source set and
target set as the gold), with their ids; the adoption rule's part (3) read off it: pooled
event F1 and actor accuracy not lower, no file more than 2 records worse net.

Run from the worktree root::

    python3 docs/data/actors-2026-12-04-s15-barefill/reading_compare.py BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    sys.path.insert(0, str(Path.cwd() / "docs/data/protocol-2026-12-04-s13"))
    from evaluate_reading import pooled

    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    for coder in after:
        b: dict[str, Any] = before[coder]
        a: dict[str, Any] = after[coder]
        files = [f for f in a if f in b]
        pb, pa = pooled([b[f] for f in files]), pooled([a[f] for f in files])
        keys = ("event_f1", "actor_accuracy", "correct", "predicted", "actor_ok", "actor_n")
        print(f"{coder} ({len(files)} files) before", {k: pb[k] for k in keys})
        print(f"{coder} ({len(files)} files) after ", {k: pa[k] for k in keys})
        worst = 0
        total_fixed = total_broken = 0
        for f in files:
            wb = {str(e["id"]) for e in b[f]["errors"]}
            wa = {str(e["id"]) for e in a[f]["errors"]}
            fixed, broken = sorted(wb - wa), sorted(wa - wb)
            total_fixed += len(fixed)
            total_broken += len(broken)
            worst = max(worst, len(broken) - len(fixed))
            if fixed or broken:
                print(f"  {f}: fixed {fixed} broken {broken}")
        ok = (
            pa["event_f1"] >= pb["event_f1"]
            and pa["actor_accuracy"] >= pb["actor_accuracy"]
            and worst <= 2
        )
        print(
            f"  {coder}: records fixed {total_fixed}, broken {total_broken}; "
            f"worst file net {-worst:+d}; rule (3) {'holds' if ok else 'FAILS'}"
        )


if __name__ == "__main__":
    main()
