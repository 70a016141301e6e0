"""READING figures of a candidate against the session start, both coders (s13-rules).

Reads two outputs of ``docs/data/protocol-2026-12-04-s13/evaluate_reading.py`` (READING
files, with errors) and prints, per coder: pooled event F1 and actor accuracy before and
after, records fixed and broken (a record is right when it is in no error list), their ids,
and the worst file's net. Usage (worktree root)::

    python3 docs/data/rules-2026-12-04-s13-rules/compare.py /tmp/reading-start.json \
        docs/data/rules-2026-12-04-s13-rules/reading-CAND.json
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _harness() -> Any:
    path = Path("docs/data/protocol-2026-12-04-s13/evaluate_reading.py")
    spec = importlib.util.spec_from_file_location("evaluate_reading", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    harness = _harness()
    before = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    after = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    out: dict[str, Any] = {}
    for coder in after:
        files = list(after[coder])
        fixed: list[tuple[str, str]] = []
        broken: list[tuple[str, str]] = []
        for name in files:
            wrong_b = {e["id"] for e in before[coder][name]["errors"]}
            wrong_a = {e["id"] for e in after[coder][name]["errors"]}
            fixed += [(name, i) for i in sorted(wrong_b - wrong_a)]
            broken += [(name, i) for i in sorted(wrong_a - wrong_b)]
        net = Counter(n for n, _ in fixed)
        net.subtract(Counter(n for n, _ in broken))
        pb = harness.pooled([before[coder][n] for n in files])
        pa = harness.pooled([after[coder][n] for n in files])
        out[coder] = {
            "event_f1": [pb["event_f1"], pa["event_f1"]],
            "actor_accuracy": [pb["actor_accuracy"], pa["actor_accuracy"]],
            "predicted": [pb["predicted"], pa["predicted"]],
            "correct": [pb["correct"], pa["correct"]],
            "false_alarms": [pb["false_alarms"], pa["false_alarms"]],
            "fixed": fixed,
            "broken": broken,
            "files_fixed": sorted({n for n, _ in fixed}),
            "worst_file_net": min(net.values()) if net else 0,
        }
        print(coder, json.dumps(out[coder]))
    if len(sys.argv) > 3:
        Path(sys.argv[3]).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
