"""Session 22 (s22-fix): session 21's ``measure21.py`` (session 18's ``measure18.py``) on
session 22's READING evidence files, every finding with its verdict, written to
``items-CODER[-RULES].json`` here.

READING: session 21's READING files and ``evidence-heldout-s19`` (CHECK in session 21); the CHECK
files ``evidence-heldout-s20`` and ``-s21`` and session 22's held-out file are never opened
here. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/fix-2026-12-05-s22-fix/measure22.py rules nlp
    PYTHONPATH=src nice python3 docs/data/fix-2026-12-05-s22-fix/measure22.py \\
        --rules SHARED_GATES rules nlp
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "seed-2026-12-05-s21-seed"))
import measure21  # noqa: E402  (session 21's READING set, set on session 18's measure)

measure18 = measure21.measure18
measure18.HERE = HERE
measure18.READING = tuple(
    sorted([*measure18.READING, "evidence-heldout-s19"], key="{}.jsonl".format)
)

if __name__ == "__main__":
    measure18.main()
