"""Session 22 (s22-fix): s21-codes' ``evidence_compare.py`` with session 22's file split.

READING adds evidence-heldout-s19 (a CHECK file of session 21, a READING file from session 22
on); CHECK is evidence-heldout-s20 and -s21 (declared.md of session 22), aggregate figures only
with ``--check``. Run from the worktree root::

    nice python3 docs/data/fix-2026-12-05-s22-fix/evidence_compare22.py \\
        --before /tmp/s22-start/src --src src --out docs/data/fix-2026-12-05-s22-fix/OUT.json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "codes-2026-12-05-s21-codes"))
import evidence_compare  # noqa: E402  (session 21's script; its file lists are replaced here)

evidence_compare.READING = [*evidence_compare.READING, "evidence-heldout-s19.jsonl"]
evidence_compare.CHECK = ["evidence-heldout-s20.jsonl", "evidence-heldout-s21.jsonl"]

if __name__ == "__main__":
    evidence_compare.main()
