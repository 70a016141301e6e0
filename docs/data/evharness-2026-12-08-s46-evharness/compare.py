"""Session 46 (s46-evharness): the shared evidence harness's READING output against session 45's
``evidence45.py`` (a scratch copy with the same CHECK files written in), figure by figure.

Both files are ``{"files": [...], CODER: {"before", "after", moved counts, "part_2_evidence",
"files", "worst_file_net_right", "changed"}}``; the shared harness adds ``check_sets``,
``net_right`` and ``false_fewer``, which the old one has not (they are left out of the
comparison). Run from the worktree root::

    python3 docs/data/evharness-2026-12-08-s46-evharness/compare.py \\
        docs/data/evharness-2026-12-08-s46-evharness/evidence-reading-copy45.json \\
        docs/data/evharness-2026-12-08-s46-evharness/evidence-reading-shared.json

Prints each coder's pooled figures and every key that differs; exits 1 if any does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

NEW_ONLY = ("check_sets", "net_right", "false_fewer")


def strip(report: dict[str, Any]) -> dict[str, Any]:
    """``report`` without the keys only the shared harness writes."""
    out = {k: v for k, v in report.items() if k not in NEW_ONLY}
    for coder in ("rules", "nlp"):
        out[coder] = {k: v for k, v in report[coder].items() if k not in NEW_ONLY}
    return out


def differences(old: dict[str, Any], new: dict[str, Any], where: str = "") -> list[str]:
    """Every path (``nlp.files.evidence-gold.right_after``) whose values differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        found = [f"{where}{k}: only in one" for k in sorted(set(old) ^ set(new))]
        for k in sorted(set(old) & set(new)):
            found += differences(old[k], new[k], f"{where}{k}.")
        return found
    return [] if old == new else [f"{where.rstrip('.')}: {old!r} != {new!r}"]


def main() -> None:
    old, new = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:3])
    for coder in ("rules", "nlp"):
        for name, report in (("evidence45", old), ("shared", new)):
            entry = report[coder]
            print(
                coder,
                name,
                len(report["files"]),
                "files",
                json.dumps(entry["before"]),
                json.dumps(entry["after"]),
                entry["part_2_evidence"],
                len(entry["changed"]),
            )
    found = differences(strip(old), strip(new))
    print("\n".join(found) if found else "equal: every figure, file and changed finding")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
