"""READING figures before and after candidate J: per coder, pooled event F1 and actor accuracy
(the harness's :func:`pooled`), and per file the records right (in no error list), fixed and
broken, with their ids.

Session 13, s13-judgement. Run from the worktree root after the READING run::

    python3 docs/data/judgement-2026-12-04-s13-judgement/compare.py \
        docs/data/judgement-2026-12-04-s13-judgement/reading-before.json \
        docs/data/judgement-2026-12-04-s13-judgement/reading-after.json
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path


def main() -> None:
    here = Path(__file__).resolve().parent
    spec = importlib.util.spec_from_file_location(
        "harness", here.parent / "protocol-2026-12-04-s13" / "evaluate_reading.py"
    )
    assert spec is not None and spec.loader is not None
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    before = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text("utf-8"))
    for coder in after:
        b, a = before[coder], after[coder]
        pb = harness.pooled(list(b.values()))
        pa = harness.pooled(list(a.values()))
        print(
            coder,
            "event F1",
            pb["event_f1"],
            "->",
            pa["event_f1"],
            "actor accuracy",
            pb["actor_accuracy"],
            "->",
            pa["actor_accuracy"],
            "correct",
            pb["correct"],
            "->",
            pa["correct"],
            "predicted",
            pb["predicted"],
            "->",
            pa["predicted"],
        )
        for name in a:
            wb = {e["id"] for e in b[name]["errors"]}
            wa = {e["id"] for e in a[name]["errors"]}
            fixed, broken = sorted(wb - wa), sorted(wa - wb)
            changed = [
                (e["id"], e["got"], e["source"], e["target"])
                for e in a[name]["errors"]
                if e["id"] in wb
                and (e["got"], e["source"], e["target"])
                != next(
                    (x["got"], x["source"], x["target"])
                    for x in b[name]["errors"]
                    if x["id"] == e["id"]
                )
            ]
            if fixed or broken or changed:
                print(f"  {name}: fixed {fixed} broken {broken} still wrong, changed {changed}")


if __name__ == "__main__":
    main()
