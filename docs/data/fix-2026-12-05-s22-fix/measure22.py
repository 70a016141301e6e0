"""Session 22 (s22-fix): session 18's ``measure18.py`` on session 22's READING evidence files,
every finding with its verdict, written to ``items-CODER[-RULES].json`` here.

READING: every evidence gold file of tests/data/news except the CHECK files
``evidence-heldout-s20`` and ``-s21`` (never opened here) and session 22's held-out file; that is
session 21's READING set with ``evidence-heldout-s19`` added. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/fix-2026-12-05-s22-fix/measure22.py rules nlp
    PYTHONPATH=src nice python3 docs/data/fix-2026-12-05-s22-fix/measure22.py \\
        --rules SHARED_GATES rules nlp
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import measure18  # noqa: E402  (session 18's measure, with its READING set changed below)

NOT_READING = {"evidence-heldout-s20", "evidence-heldout-s21", "evidence-heldout-s22"}
"""The CHECK files and session 22's held-out file (its name once built): never opened here."""
measure18.HERE = HERE
measure18.READING = tuple(
    sorted({*measure18.READING, *measure18.NOT_READING} - NOT_READING, key=lambda n: n + ".jsonl")
)

if __name__ == "__main__":
    measure18.main()
