"""The oracle bound of a choice among the rules coder's events (s21-rank, step 1).

For every READING record, from s21-census's trace of every event the rules coder emits
(``trace-start.json``, main 921e88a's parent a7aa678 code): whether the first event is right
(type the gold's, and the gold's source and target sets where the gold names them, as
``accord events evaluate`` counts a record right) and whether a later one is. An oracle that
puts the right event first fixes the second kind and breaks nothing; the type-only count is the
bound for event F1. Run from the worktree root::

    PYTHONPATH=src python3 docs/data/rank-2026-12-05-s21-rank/oracle.py \
        docs/data/census-2026-12-05-s21-census/trace-start.json \
        docs/data/rank-2026-12-05-s21-rank/oracle.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.news.evaluate import read_gold
from accord.news.gazetteer import load
from accord.news.nlp.rules_cv import dev_sets


def main() -> None:
    trace = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))["rules"]
    classes = load().org_classes
    root = Path.cwd()
    out: dict[str, dict[str, object]] = {}
    for dev in dev_sets(root, root.parent / "shared"):
        if dev.name not in trace:
            continue
        rows = trace[dev.name]
        fix_full: list[str] = []
        fix_type: list[str] = []
        for item in read_gold(dev.path, dev.split):
            events = rows[item.id]
            if not events:
                continue
            gs = sorted({classes.get(c, c) for c in item.sources})
            gt = sorted({classes.get(c, c) for c in item.targets})

            def full(
                e: dict[str, object], gs: list[str] = gs, gt: list[str] = gt, kind: str = item.event
            ) -> bool:
                return (
                    e["type"] == kind
                    and (not gs or e["source"] == gs)
                    and (not gt or e["target"] == gt)
                )

            if not full(events[0]) and any(full(e) for e in events[1:]):
                fix_full.append(item.id)
            if events[0]["type"] != item.event and any(e["type"] == item.event for e in events[1:]):
                fix_type.append(item.id)
        out[dev.name] = {
            "records_fixed": len(fix_full),
            "type_fixed": len(fix_type),
            "records": fix_full,
        }
    pooled = {
        "records_fixed": sum(int(v["records_fixed"]) for v in out.values()),  # type: ignore[call-overload]
        "type_fixed": sum(int(v["type_fixed"]) for v in out.values()),  # type: ignore[call-overload]
        "files_with_fix": sum(bool(v["records_fixed"]) for v in out.values()),
        "broken": 0,
    }
    Path(sys.argv[2]).write_text(
        json.dumps({"pooled": pooled, "per_file": out}, indent=1) + "\n", encoding="utf-8"
    )
    print(json.dumps(pooled))
    for name, v in out.items():
        print(name, v["records_fixed"], v["type_fixed"])


if __name__ == "__main__":
    main()
