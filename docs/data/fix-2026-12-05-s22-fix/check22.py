"""Session 22 (s22-fix): the one CHECK run of the evidence candidate E1 (``SHARED_GATES``) on
session 22's pooled evidence CHECK files, aggregate figures only.

Session 21's ``check21.py`` (session 18's ``check18.py`` on a pool of files), with its output
written here and ``check_rule_met`` read as part (5) of session 22's rule, for a correction:
precision not lower and no right finding lost (session 18's form, which asked for a net gain,
no longer applies to a correction). No record id, text or per-record output is printed or
written. Run once, from the worktree root, after the protocol and the code are committed::

    PYTHONPATH=src nice python3 docs/data/fix-2026-12-05-s22-fix/check22.py \\
        tests/data/news/evidence-heldout-s20.jsonl tests/data/news/evidence-heldout-s21.jsonl \\
        --out check-E1.json
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "seed-2026-12-05-s21-seed"))
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import check18  # noqa: E402  (session 18's aggregate-only CHECK run)
import check21  # noqa: E402  (session 21's pooling of the files)


def correction_rule(before: dict[str, Any], after: dict[str, Any], moved: dict[str, int]) -> bool:
    """Part (5), evidence form: precision not lower and no right finding lost."""
    not_lower = before["precision"] is None or (
        after["precision"] is not None and after["precision"] >= before["precision"]
    )
    return not_lower and moved["right_lost"] == 0


check18.check_rule = correction_rule
check21.HERE = HERE

if __name__ == "__main__":
    check21.main()
