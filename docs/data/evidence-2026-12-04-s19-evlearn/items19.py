"""Session 19 (s19-evlearn, issue 14 item 6): session 18's ``measure18.py`` on session 19's
READING files, writing here: every finding of the evidence finder with its verdict, why a wrong
one is wrong, its ``Signals`` (which now carry the words the direction model reads) and its
sentence, in ``items-CODER[-RULES].json``.

READING: every evidence gold file of tests/data/news except the CHECK file
``evidence-heldout-s18.jsonl`` (never opened here) and session 19's sets being built
(``evidence-heldout-s19*``, never opened). Run from the worktree root::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s19-evlearn/items19.py rules nlp

The learned check was not adopted and is not in the code: apply
``candidate-learned-direction.patch`` (here; ``git apply`` on 18ff474 or this branch) before
running this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import measure18  # noqa: E402  (session 18's measure, with its READING set replaced below)

CHECK = "evidence-heldout-s18"
"""The CHECK file: never opened here."""
measure18.HERE = HERE
measure18.READING = tuple(
    p.stem
    for p in sorted(measure18.DATA.glob("evidence-*.jsonl"))
    if (p.stem == "evidence-gold" or p.stem.startswith("evidence-heldout-"))
    and p.stem != CHECK
    and not p.stem.startswith("evidence-heldout-s19")
)

if __name__ == "__main__":
    measure18.main()
