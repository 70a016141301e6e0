"""The CHECK records the adopted change moved, listed AFTER the decision (s13-rulesactors).

Run only after the verdict was committed (COMMON: "After your decision is committed you may
list their changed records"). Rules coder, ``accord events evaluate --errors`` on the two
CHECK files under the branch point and under ``src``; prints the ids whose error entry
(type, source, target) differs, with the coder's codes before and after and the gold codes.
Usage (worktree root)::

    python3 docs/data/actors-2026-12-04-s13-rulesactors/check_changed.py /tmp/s13-main/src src
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

FILES = ("tests/data/news/news-heldout-s12.json", "tests/data/news/news-heldout-s12b.json")


def _errors(src: str, path: str) -> dict[str, dict[str, object]]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    command = [
        sys.executable,
        "-c",
        "import sys; from accord.cli import main; sys.argv[0] = 'accord'; main()",
        "events",
        "evaluate",
        path,
        "--coder",
        "rules",
        "--json",
        "--errors",
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return {str(e["id"]): e for e in json.loads(done.stdout)["errors"]}


def main() -> None:
    keys = ("got", "source", "target")
    for path in FILES:
        before, after = _errors(sys.argv[1], path), _errors(sys.argv[2], path)
        for i in sorted(set(before) | set(after)):
            b, a = before.get(i), after.get(i)
            if b and a and all(b[k] == a[k] for k in keys):
                continue
            e = b or a
            assert e is not None
            show = [(x[k] if x else "right") for x in (b, a) for k in keys]
            print(Path(path).name, i, "gold", e["gold"], e["gold_source"], e["gold_target"])
            print("   before", show[:3], "after", show[3:])


if __name__ == "__main__":
    main()
