"""Session 20 (s20-recheck): a copy of
``docs/data/evidence-2026-12-04-s19-evdir/check19.py``, code unchanged, run once on
``tests/data/news/evidence-heldout-s19.jsonl`` only (the session-19 half of the pooled CHECK
files), writing here (``--out`` is a name in this folder; aggregate figures only).

Session 19 (s19-evdir): the one CHECK run of candidates A (``PRICE_GATES``), B
(``TEXT_GATES``) and both together (``PRICE_TEXT_GATES``) on an evidence CHECK file, aggregate
figures only: session 18's ``check18.py`` with session 19's candidates, writing here.

For each coder, ``evaluate_evidence`` (what ``accord evidence evaluate`` runs) with the default
finder and with each candidate: gold stances, findings, right ones, precision, recall; against
the default, the right findings gained and lost and the wrong ones removed and added (counted
over the whole file), and whether the CHECK part of the adoption rule holds (docs/validation-
events/session-19-evdir.md). No record id, text or per-record output is printed or written. A
candidate the code no longer has is skipped, so the run is reproduced at the commit that ran
it. Run once, from the worktree root, after the protocol and the code are committed::

    PYTHONPATH=src nice python3 docs/data/evidence-2026-12-04-s19-evdir/check19.py \\
        tests/data/news/evidence-heldout-s18.jsonl --out check19.json
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "evidence-2026-12-04-s18-evdir"))
import check18  # noqa: E402  (session 18's aggregate-only CHECK run)

check18.HERE = HERE
check18.CANDIDATES = ("PRICE_GATES", "TEXT_GATES", "PRICE_TEXT_GATES")

if __name__ == "__main__":
    check18.main()
