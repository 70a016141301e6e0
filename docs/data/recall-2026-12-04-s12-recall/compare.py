"""READING files before / after (s12-recall): pooled and per-file figures, records fixed and
broken (a record is right when it is in no ``--errors`` list), per coder.

Run from the worktree root after :mod:`evaluate_reading` wrote both files::

    python3 docs/data/recall-2026-12-04-s12-recall/compare.py \
        docs/data/recall-2026-12-04-s12-recall/before.json \
        docs/data/recall-2026-12-04-s12-recall/after.json \
        --out docs/data/recall-2026-12-04-s12-recall/compare.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from evaluate_reading import pooled

    before = json.loads(Path(args.before).read_text(encoding="utf-8"))
    after = json.loads(Path(args.after).read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for coder in after:
        sets = list(after[coder])
        files = {}
        for name in sets:
            b, a = before[coder][name], after[coder][name]
            wrong_b = {e["id"] for e in b["errors"]}
            wrong_a = {e["id"] for e in a["errors"]}
            files[name] = {
                "f1": [b["event_f1"], a["event_f1"]],
                "actor": [b["actor_accuracy"], a["actor_accuracy"]],
                "fixed": sorted(wrong_b - wrong_a),
                "broken": sorted(wrong_a - wrong_b),
            }
        out[coder] = {
            "before": pooled([before[coder][n] for n in sets]),
            "after": pooled([after[coder][n] for n in sets]),
            "fixed": sum(len(f["fixed"]) for f in files.values()),
            "broken": sum(len(f["broken"]) for f in files.values()),
            "worst_file_net": min(len(f["fixed"]) - len(f["broken"]) for f in files.values()),
            "files": files,
        }
        print(coder, json.dumps({k: v for k, v in out[coder].items() if k != "files"}))
        for name, f in files.items():
            if f["fixed"] or f["broken"] or f["f1"][0] != f["f1"][1]:
                print("  ", name, f)
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
