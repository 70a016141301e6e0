"""READING files: the session-start figures against this branch's, both coders, pooled (the
harness's ``pooled``) and per file (records fixed and broken: a record is right when it is in
no error list of ``accord events evaluate --errors``).

Run from the worktree root::

    python3 docs/data/names-2026-12-04-s15-names/compare.py /tmp/reading-s15-start.json \\
        docs/data/names-2026-12-04-s15-names/after.json \\
        > docs/data/names-2026-12-04-s15-names/compare.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def main() -> None:
    sys.path.insert(0, str(Path.cwd() / "docs" / "data" / "protocol-2026-12-04-s13"))
    from evaluate_reading import pooled

    before, after = (json.loads(Path(p).read_text("utf-8")) for p in sys.argv[1:3])
    out: dict[str, Any] = {}
    for coder in after:
        files = {}
        fixed_all, broken_all = [], []
        for name, figures in after[coder].items():
            old = {str(e["id"]) for e in before[coder][name]["errors"]}
            new = {str(e["id"]) for e in figures["errors"]}
            fixed, broken = sorted(old - new), sorted(new - old)
            fixed_all += fixed
            broken_all += broken
            if fixed or broken:
                files[name] = {"fixed": fixed, "broken": broken, "net": len(fixed) - len(broken)}
        keys = ("event_f1", "actor_accuracy", "correct", "predicted", "actor_ok", "actor_n")
        b = pooled(list(before[coder].values()))
        a = pooled(list(after[coder].values()))
        out[coder] = {
            "before": {k: b[k] for k in keys},
            "after": {k: a[k] for k in keys},
            "fixed": fixed_all,
            "broken": broken_all,
            "files": files,
        }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
