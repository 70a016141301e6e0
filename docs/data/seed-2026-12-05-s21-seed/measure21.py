"""Session 21 (s21-seed): session 18's ``measure18.py`` on session 21's READING evidence files:
every finding of the evidence finder, right or wrong, why a wrong one is wrong, its ``Signals``
and its sentence, written to ``items-CODER[-RULES].json`` here.

READING: every evidence gold file of tests/data/news except the CHECK files
``evidence-heldout-s19.jsonl`` and ``evidence-heldout-s20.jsonl`` (never opened here) and
session 21's set being built; that is session 18's READING set with its CHECK file (-s17) and
its held-out file (-s18) back in. Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/seed-2026-12-05-s21-seed/measure21.py rules nlp
    PYTHONPATH=src nice python3 docs/data/seed-2026-12-05-s21-seed/measure21.py \\
        --rules SHARED_GATES rules nlp
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import measure18  # noqa: E402  (session 18's measure, with its READING set changed below)

NOT_READING = {"evidence-heldout-s19", "evidence-heldout-s20", "evidence-heldout-s21"}
"""The CHECK files and session 21's held-out file (its name once built): never opened here."""
measure18.HERE = HERE
measure18.READING = tuple(
    sorted({*measure18.READING, *measure18.NOT_READING} - NOT_READING, key=lambda n: n + ".jsonl")
)

if __name__ == "__main__":
    measure18.main()
