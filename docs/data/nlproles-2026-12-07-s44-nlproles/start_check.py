"""Check ``trace.py``'s start output against the lead's READING start run (s44-nlproles): per
coder and READING file, the records that are not right in the trace (the gold type, source set
and target set: ``moved.right``) must be exactly the ids of the start run's ``--errors`` list,
and the start run must hold the 98 READING files and no CHECK file.

Run from the worktree root::

    python3 docs/data/nlproles-2026-12-07-s44-nlproles/start_check.py \
        /tmp/trace-start.json /tmp/reading-s44-start.json
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    spec = importlib.util.spec_from_file_location("moved", HERE / "moved.py")
    assert spec is not None and spec.loader is not None
    moved = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(moved)
    trace_spec = importlib.util.spec_from_file_location("trace", HERE / "trace.py")
    assert trace_spec is not None and trace_spec.loader is not None
    trace = importlib.util.module_from_spec(trace_spec)
    trace_spec.loader.exec_module(trace)
    rows = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    start = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    for coder in ("rules", "nlp"):
        files = set(start[coder])
        assert not files & set(trace.CHECK), "a CHECK file in the start run"
        assert len(files) == 98, len(files)
        wrong: dict[str, set[str]] = defaultdict(set)
        for r in rows:
            if not moved.right(r, coder):
                wrong[r["file"]].add(str(r["id"]))
        assert {r["file"] for r in rows} == files
        bad = [f for f in files if wrong[f] != {str(e["id"]) for e in start[coder][f]["errors"]}]
        print(
            f"{coder}: {len(files)} files, {sum(map(len, wrong.values()))} records wrong;"
            f" files that differ from the start run: {bad or 'none'}"
        )


if __name__ == "__main__":
    main()
