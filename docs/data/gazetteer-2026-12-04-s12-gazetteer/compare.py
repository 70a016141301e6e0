"""Before / after on the READING files, both coders: pooled event F1 and actor accuracy, and
per file the records fixed and broken (a record is wrong when it is in the file's error list
of ``accord events evaluate --errors``).

Session 12 (s12-gazetteer). Inputs are two outputs of
``docs/data/recall-2026-12-04-s12-recall/evaluate_reading.py``. Run from the worktree root::

    python3 docs/data/gazetteer-2026-12-04-s12-gazetteer/compare.py \
        docs/data/gazetteer-2026-12-04-s12-gazetteer/before.json \
        docs/data/gazetteer-2026-12-04-s12-gazetteer/after.json \
        > docs/data/gazetteer-2026-12-04-s12-gazetteer/compare.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _counts(f: dict[str, Any]) -> dict[str, int]:
    confusion = f["confusion"]
    correct = sum(row.get(k, 0) for k, row in confusion.items() if k != "NONE")
    sn, tn = int(f["source_n"]), int(f["target_n"])
    return {
        "gold": int(f["n"]),
        "predicted": int(f["predicted"]),
        "correct": correct,
        "actor_ok": round((f["source_accuracy"] or 0) * sn)
        + round((f["target_accuracy"] or 0) * tn),
        "actor_n": sn + tn,
    }


def _pooled(files: dict[str, Any]) -> dict[str, float]:
    c = [_counts(f) for f in files.values()]
    t = {k: sum(x[k] for x in c) for k in c[0]}
    p = t["correct"] / t["predicted"] if t["predicted"] else 0.0
    r = t["correct"] / t["gold"] if t["gold"] else 0.0
    return {
        **t,
        "event_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "actor_accuracy": round(t["actor_ok"] / t["actor_n"], 4),
    }


def main() -> None:
    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for coder in before:
        files = {}
        for name in before[coder]:
            wb = {str(e["id"]) for e in before[coder][name]["errors"]}
            wa = {str(e["id"]) for e in after[coder][name]["errors"]}
            if wb != wa:
                files[name] = {"fixed": sorted(wb - wa), "broken": sorted(wa - wb)}
        out[coder] = {
            "before": _pooled(before[coder]),
            "after": _pooled(after[coder]),
            "changed_files": files,
        }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
