"""Session 22 (s22-fix): two ``measure22.py`` outputs of one coder compared, per READING file:
findings, right ones and precision for each, and the right findings gained and lost and the
wrong ones removed and added, with the ids of the records whose findings moved. Run from the
worktree root::

    python3 docs/data/fix-2026-12-05-s22-fix/items_compare.py \\
        docs/data/fix-2026-12-05-s22-fix/items-rules.json \\
        docs/data/fix-2026-12-05-s22-fix/items-rules-SHARED_GATES.json
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

Finding = tuple[str, str, tuple[str, ...]]


def findings(path: Path) -> dict[Finding, bool]:
    """Each finding (file, record id, actor/issue/direction) with whether it is right."""
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    return {(i["file"], i["id"], tuple(i["key"])): bool(i["right"]) for i in items}


def compare(before: dict[Finding, bool], after: dict[Finding, bool]) -> dict[str, Any]:
    """Pooled figures of both sides and what moved, per file."""
    moved: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for finding in before.keys() ^ after.keys():
        file, rid, _key = finding
        right = before.get(finding, after.get(finding))
        gone = finding in before
        kind = (
            ("right_lost" if gone else "right_gained")
            if right
            else ("wrong_removed" if gone else "wrong_added")
        )
        moved[file][kind].append(rid)
    sides = {}
    for side, found in (("before", before), ("after", after)):
        n, ok = len(found), sum(found.values())
        sides[side] = {"found": n, "right": ok, "precision": round(ok / n, 4) if n else None}
    return {**sides, "moved": {f: dict(k) for f, k in sorted(moved.items())}}


def main() -> None:
    before, after = (Path(a) for a in sys.argv[1:3])
    print(json.dumps(compare(findings(before), findings(after)), indent=1))


if __name__ == "__main__":
    main()
