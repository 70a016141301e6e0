"""Session 20 (s20-recheck): a copy of
``docs/data/evidence-2026-12-04-s19-evlearn/check19l.py``, code unchanged, run once on
``tests/data/news/evidence-heldout-s19.jsonl`` only (the session-19 half of the pooled CHECK
files), writing here (``--out`` is a name in this folder; aggregate figures only).

Session 19 (s19-evlearn): the one CHECK run of the learned direction check on an evidence
CHECK file, aggregate figures only: session 18's ``check18.py`` with this session's candidates
(``DIRECTION_DROP_GATES``, ``DIRECTION_FLIP_GATES``: the default finder and the bundled model,
fitted on all READING files), writing here. No record id, text or per-record output is printed
or written. A candidate the code no longer has is skipped, so the run is reproduced at the
commit that ran it. Run once, from the worktree root, after the protocol and the code are
committed::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s19-evlearn/check19l.py \\
        tests/data/news/evidence-heldout-s18.jsonl --out check19l.json

The learned check was not adopted and is not in the code: apply
``candidate-learned-direction.patch`` (here; ``git apply`` on 18ff474 or this branch) before
running this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import check18  # noqa: E402  (session 18's aggregate-only CHECK run)

check18.HERE = HERE
check18.CANDIDATES = ("DIRECTION_DROP_GATES", "DIRECTION_FLIP_GATES")

if __name__ == "__main__":
    check18.main()
