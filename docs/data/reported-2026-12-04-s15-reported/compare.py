"""READING figures before and after a candidate (s15-reported), for one coder.

Reads two outputs of ``evaluate_reading_s15.py`` (with ``--errors``: the READING run) and
prints, pooled over the files both hold: event F1, actor accuracy and counts before and after;
per file, the records fixed and broken (a record is right when it is in no error list: type,
source set and target set as the gold) and the files more than 2 records worse net.

Run from the worktree root::

    python3 docs/data/reported-2026-12-04-s15-reported/compare.py BEFORE.json AFTER.json nlp
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "protocol-2026-12-04-s13"))
    from evaluate_reading import pooled

    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))[sys.argv[3]]
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))[sys.argv[3]]
    names = [n for n in before if n in after]
    rows: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
    fixed_all: list[str] = []
    broken_all: list[str] = []
    worse: list[str] = []
    for name in names:
        b, a = before[name], after[name]
        rows["before"].append({k: v for k, v in b.items() if k != "errors"})
        rows["after"].append({k: v for k, v in a.items() if k != "errors"})
        wb = {str(e["id"]) for e in b["errors"]}
        wa = {str(e["id"]) for e in a["errors"]}
        fixed, broken = sorted(wb - wa), sorted(wa - wb)
        if (
            fixed
            or broken
            or b["event_f1"] != a["event_f1"]
            or b["actor_accuracy"] != a["actor_accuracy"]
        ):
            print(
                f"{name}: F1 {b['event_f1']} -> {a['event_f1']}, actors {b['actor_accuracy']} -> "
                f"{a['actor_accuracy']}; fixed {fixed}, broken {broken}"
            )
        fixed_all += [f"{name}:{i}" for i in fixed]
        broken_all += [f"{name}:{i}" for i in broken]
        if len(broken) - len(fixed) > 2:
            worse.append(name)
    pb, pa = pooled(rows["before"]), pooled(rows["after"])
    print(f"files: {len(names)}")
    for key in (
        "correct",
        "predicted",
        "gold",
        "actor_ok",
        "actor_n",
        "event_f1",
        "actor_accuracy",
    ):
        print(f"  {key}: {pb[key]} -> {pa[key]}")
    print(f"fixed {len(fixed_all)}, broken {len(broken_all)}; files more than 2 worse net: {worse}")


if __name__ == "__main__":
    main()
